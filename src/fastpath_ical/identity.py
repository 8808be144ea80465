"""Which talk is which, across runs and edits: the UID rule.

A subscribed calendar matches events by UID, so a UID must not change when
the program is rebuilt, nor when a talk is retitled, moved to another time,
or its speaker's name is corrected in spelling, accents or case.  The rule:

    UID = <program>-<key>[-<n>]@<domain>

* ``program``: the program's short name, as a slug (``fastpath-2021``).
* ``key``: for a talk with speakers, their names as a slug, in page order
  (``ana-klimovic``; accents and case folded, so "Christian Kästner" and
  "christian kastner" both give ``christian-kastner``); for any other item
  (remarks, breaks, a talk with no speaker), its title as a slug
  (``opening-remarks``, ``break``).
* ``n``: 2, 3, ... for the second and later items with the same key, in
  program order (two breaks, or a speaker with two talks).
* ``domain``: ``fastpath-ical`` unless the caller gives its own.

What does change the UID: a different speaker, a retitled item that has no
speaker, or a new item with the same key inserted before another one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .model import Item, ItemKind, Program

__all__ = ["DEFAULT_UID_DOMAIN", "item_key", "slug", "uids"]

DEFAULT_UID_DOMAIN = "fastpath-ical"

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


def slug(text: str, *, words: int = 8) -> str:
    """Lower-case ASCII words joined by hyphens; at most ``words`` words."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words])


def item_key(item: Item) -> str:
    """The part of an item's UID that says which item it is."""
    if item.kind is ItemKind.TALK and item.people:
        key = "-".join(slug(person.name) for person in item.people)
    else:
        key = slug(item.title)
    return key or item.kind.value


def uids(program: Program, *, domain: str = DEFAULT_UID_DOMAIN) -> tuple[str, ...]:
    """The UID of every item of ``program``, in item order."""
    return _number(slug(program.short_name) or "program", program.items, domain)


def _number(prefix: str, items: Sequence[Item], domain: str) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out: list[str] = []
    for item in items:
        key = item_key(item)
        seen[key] = seen.get(key, 0) + 1
        suffix = "" if seen[key] == 1 else f"-{seen[key]}"
        out.append(f"{prefix}-{key}{suffix}@{domain}")
    return tuple(out)
