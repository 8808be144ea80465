"""Feeds people ask for: chosen talks, one file per talk, one feed per speaker.

Every one is cut from the whole feed after it is built (and updated against
``--previous``), never rebuilt from a smaller program: a UID's number
(``break-2``) depends on the whole program, and a talk must carry the same
UID, SEQUENCE and bytes in every file it appears in.

A selector (``build --only``, repeatable) picks the items that match it in
any of three ways, and a feed keeps the union:

* a talk id, the item's key (:func:`fastpath_ical.identity.keys`):
  ``ana-klimovic``, ``break-2``;
* a person's name, matched as a slug, so accents and case do not matter:
  ``"Christian Kastner"`` picks every item Christian Kästner is named on;
* a kind: ``talk``, ``remarks`` or ``break``.

A selector that picks nothing is an error, since a typo would otherwise
publish an empty feed.  The all-day event, when asked for, is in every feed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from icalendar import Calendar, Event

from .errors import FastpathError
from .feed import single_event_calendar, with_timezones
from .identity import DEFAULT_UID_DOMAIN, key_of_uid, keys, slug, uid_of, uids
from .model import Item, ItemKind, Program

__all__ = ["SelectError", "by_speaker", "only", "selected_uids", "split"]


class SelectError(FastpathError):
    """A selector that matches no item; ``selector`` is what was given."""

    def __init__(self, message: str, *, selector: str) -> None:
        super().__init__(message)
        self.selector = selector


def _picks(selector: str, key: str, item: Item) -> bool:
    wanted = slug(selector, words=100)
    if selector.strip().lower() in {kind.value for kind in ItemKind}:
        return item.kind.value == selector.strip().lower()
    return key == selector.strip() or any(
        slug(person.name, words=100) == wanted for person in item.people
    )


def selected_uids(
    program: Program, selectors: Iterable[str], *, domain: str = DEFAULT_UID_DOMAIN
) -> frozenset[str]:
    """The UIDs of the items any selector picks; raises :class:`SelectError` for a dud."""
    table = list(zip(keys(program), uids(program, domain=domain), program.items, strict=True))
    chosen: set[str] = set()
    for selector in selectors:
        hits = {uid for key, uid, item in table if _picks(selector, key, item)}
        if not hits:
            raise SelectError(
                f"--only {selector!r} matches no talk id, speaker or kind "
                "(talk ids: `fastpath-ical build -o - | grep ^UID`)",
                selector=selector,
            )
        chosen |= hits
    return frozenset(chosen)


def _events(calendar: Calendar) -> list[Event]:
    return [c for c in calendar.subcomponents if isinstance(c, Event)]


def _keep(calendar: Calendar, wanted: frozenset[str], whole: str | None) -> Calendar:
    out = Calendar.from_ical(calendar.to_ical())
    out.subcomponents[:] = [
        c
        for c in out.subcomponents
        if c.name == "VEVENT" and (str(c["UID"]) in wanted or str(c["UID"]) == whole)
    ]
    return with_timezones(out)


def _whole_uid(program: Program, domain: str) -> str:
    return uid_of(program, keys(program, whole_program=True)[-1], domain=domain)


def only(
    calendar: Calendar,
    program: Program,
    selectors: Iterable[str],
    *,
    domain: str = DEFAULT_UID_DOMAIN,
) -> Calendar:
    """The feed with only the events the selectors pick (and the all-day event, if any)."""
    wanted = selected_uids(program, selectors, domain=domain)
    return _keep(calendar, wanted, _whole_uid(program, domain))


def split(calendar: Calendar, program: Program) -> tuple[tuple[str, Calendar], ...]:
    """One importable calendar per event, with the key its file is named by.

    Cancelled events carried from a previous feed get their file too, so a
    reader who imported the talk and fetches it again sees the cancellation.
    """
    out: list[tuple[str, Calendar]] = []
    taken: set[str] = set()
    for event in _events(calendar):
        key = key_of_uid(str(event["UID"]), program)
        while key in taken:  # two carried UIDs can only clash if made safe alike
            key += "_"
        taken.add(key)
        out.append((key, single_event_calendar(event)))
    return tuple(out)


def by_speaker(
    calendar: Calendar,
    program: Program,
    *,
    domain: str = DEFAULT_UID_DOMAIN,
    carried: Mapping[str, str] | None = None,
) -> tuple[tuple[str, Calendar], ...]:
    """A feed per person named on the program, keyed by the slug of their name.

    ``carried`` maps a UID by the rule to the previous UID the update kept
    (:attr:`fastpath_ical.updates.Update.carried`).  A cancelled talk has no
    speaker any more, so it is not in these feeds; build a speaker's feed
    with ``--only NAME --previous`` to carry cancellations.
    """
    renamed = dict(carried or {})
    people: dict[str, tuple[str, set[str]]] = {}
    for uid, item in zip(uids(program, domain=domain), program.items, strict=True):
        for person in item.people:
            name_slug = slug(person.name, words=100) or "person"
            name, chosen = people.setdefault(name_slug, (person.name, set()))
            chosen.add(renamed.get(uid, uid))
    whole = _whole_uid(program, domain)
    out = []
    for name_slug in sorted(people):
        name, chosen = people[name_slug]
        feed = _keep(calendar, frozenset(chosen), whole)
        title = f"{program.short_name} – {name}"
        for prop in ("NAME", "X-WR-CALNAME"):
            if prop in feed:
                feed.pop(prop)
                feed.add(prop, title)
        out.append((name_slug, feed))
    return tuple(out)
