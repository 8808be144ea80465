"""Which talk is which, across runs and edits: the UID rule.

A subscribed calendar matches events by UID, so a UID must not change when
the program is rebuilt, nor when a talk is retitled, moved to another time,
or its speaker's name is corrected in spelling, accents or case.  The rule:

    UID = <program>-<key>[-<n>]@<uid_domain>

* ``program``: the program's short name, as a slug (``fastpath-2021``).
* ``key``: for a talk with speakers, their names as a slug, in page order
  (``ana-klimovic``; accents and case folded, so "Christian Kästner" and
  "christian kastner" both give ``christian-kastner``); for any other item
  (remarks, breaks, a talk with no speaker), its title as a slug
  (``opening-remarks``, ``break``).
* ``n``: 2, 3, ... for the second and later items with the same key, in
  program order (two breaks, or a speaker with two talks).
* ``uid_domain``: ``fastpath-ical`` unless the caller gives its own.

What does change the UID: a different speaker, a retitled item that has no
speaker, or an item with the same key inserted or removed before another one
(the numbers after it shift; the update then reads it as a changed event).

The ``<key>[-<n>]`` part is the item's *key* (:func:`keys`): the talk id that
``build --only`` and ``build --split`` use and name files by.  The optional
whole-workshop all-day event has the key ``whole-program``, numbered after
the items' keys like any other (so an item that happens to slug to
``whole-program`` keeps its key).

Carried UIDs.  When a feed is built with ``--previous`` (see
``_updates``), a UID the previous feed published is kept
even where the rule above would now give another one, so that a corrected
speaker name ("Kaoutar El Maghroui" to "Kaoutar El Maghraoui") does not
become a new event next to a stale one.  A new event takes the UID of a
previous event when all of these hold:

* the new UID is not in the previous feed, and the previous UID is not in
  the new one (neither has a partner by the rule above);
* and either the rule gives both events' content the same key before
  numbering (the speakers after the last " – " of a talk's SUMMARY, else
  the SUMMARY, as a slug): the previous event is one whose UID was carried
  before, and its content still names the talk;
* or two of these three hold: both start at the same instant; their
  titles are equal (SUMMARY up to the last " – ", where the speakers
  begin); their keys are alike (:func:`similar_keys`: after the words the
  two UIDs share, the rest matches at a difflib ratio of 0.85 or more:
  "maghroui" and "maghraoui" do, "john-smith" and "jane-smith" do not).

So a corrected name survives a retitle or a move made at the same time;
a talk that is moved, retitled and renamed at once is a new event, and the
old one is cancelled.  Each previous UID is given to at most one new event,
the first in program order.  The carried UID then stays in every later feed
built with ``--previous``, whatever else changes later, because the
content key finds the same partner again.  Where a UID was carried, the
talk id is the carried one: the ``--split`` file is named by it and
``--only`` takes it (as well as the rule's).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .._arguments import checked, unchecked
from ..model import Item, Program

__all__ = [
    "DEFAULT_UID_DOMAIN",
    "WHOLE_PROGRAM_KEY",
    "item_key",
    "key_of_uid",
    "keys",
    "program_prefix",
    "similar_keys",
    "slug",
    "uids",
]

DEFAULT_UID_DOMAIN = "fastpath-ical"
WHOLE_PROGRAM_KEY = "whole-program"
#: How alike two keys must be (difflib ratio) for a speaker-name correction.
SIMILAR = 0.85

# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


@checked
def slug(text: str, *, words: int = 8) -> str:
    """Lower-case ASCII words joined by hyphens; at most ``words`` words."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words])


# Called once per item or person of a program checked at the public function's door.
_slug = unchecked(slug)


@checked
def item_key(item: Item) -> str:
    """The part of an item's UID that says which item it is."""
    if item.kind.has_speakers and item.people:
        key = "-".join(_slug(person.name) for person in item.people)
    else:
        key = _slug(item.title)
    return key or item.kind.value


_item_key = unchecked(item_key)


def program_prefix(program: Program) -> str:
    """The program part of every UID: the short name as a slug."""
    return _slug(program.short_name) or "program"


@checked
def keys(program: Program, *, whole_program: bool = False) -> tuple[str, ...]:
    """The key of every item, numbered, in item order; then the all-day event's if asked."""
    raw = [_item_key(item) for item in program.items]
    if whole_program:
        raw.append(WHOLE_PROGRAM_KEY)
    seen: dict[str, int] = {}
    out: list[str] = []
    for key in raw:
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return tuple(out)


_keys = unchecked(keys)


@checked
def uid_of(program: Program, key: str, *, uid_domain: str = DEFAULT_UID_DOMAIN) -> str:
    """The UID for ``key``, one of :func:`keys`."""
    return _uid(program_prefix(program), key, uid_domain)


@checked
def uids(program: Program, *, uid_domain: str = DEFAULT_UID_DOMAIN) -> tuple[str, ...]:
    """The UID of every item of ``program``, in item order."""
    prefix = program_prefix(program)  # one slug of the short name for all the UIDs
    return tuple(_uid(prefix, key, uid_domain) for key in _keys(program))


def _uid(prefix: str, key: str, uid_domain: str) -> str:
    return f"{prefix}-{key}@{uid_domain}"


@checked
def key_of_uid(uid: str, program: Program) -> str:
    """The key a UID carries: what follows the program prefix, else the whole local part.

    A carried UID from an older feed may not follow the rule; its local part
    is then the key, made safe as a file name.
    """
    local = uid.rpartition("@")[0] or uid
    prefix = program_prefix(program) + "-"
    key = local[len(prefix) :] if local.startswith(prefix) and len(local) > len(prefix) else local
    return re.sub(r"[^A-Za-z0-9._-]+", "_", key).lstrip(".") or "event"


def similar_keys(old: str, new: str) -> bool:
    """Whether two UIDs name the same speakers, spelled a little differently.

    The words both share at the start (program, first names) are dropped, so
    that a long common prefix cannot make two different surnames look alike.
    """
    a = old.rpartition("@")[0].split("-")
    b = new.rpartition("@")[0].split("-")
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    rest_a, rest_b = "-".join(a[shared:]), "-".join(b[shared:])
    if not rest_a or not rest_b:
        return False
    # The two quicker ratios are upper bounds of ratio() (difflib says so, and
    # get_close_matches asks them first): most keys asked about are far apart.  Both are
    # worked out here as difflib works them out (the shorter length; the size of the two
    # keys' multisets of characters in common), without the matcher, which indexes the
    # second key for ratio() when it is made.
    length = len(rest_a) + len(rest_b)
    if 2.0 * min(len(rest_a), len(rest_b)) / length < SIMILAR:
        return False
    common = Counter(rest_a) & Counter(rest_b)
    if 2.0 * sum(common.values()) / length < SIMILAR:
        return False
    import difflib  # for an update's speaker-name corrections only, not for every build

    return difflib.SequenceMatcher(None, rest_a, rest_b).ratio() >= SIMILAR
