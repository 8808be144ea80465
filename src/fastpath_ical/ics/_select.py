"""Feeds people ask for: chosen talks, one file per talk, one feed per speaker.

Every one is cut from the whole feed after it is built (and updated against
``--previous``), never rebuilt from a smaller program: a UID's number
(``break-2``) depends on the whole program, and a talk must carry the same
UID, SEQUENCE and bytes in every file it appears in.

A selector (``build --only``, repeatable) picks the items that match it in
any of three ways, and a feed keeps the union:

* a talk id, the item's key (:func:`fastpath_ical.ics.keys`):
  ``ana-klimovic``, ``break-2``;
* a person's name, matched as a slug, so accents and case do not matter:
  ``"Christian Kastner"`` picks every item Christian Kästner is named on;
* a kind: ``talk``, ``remarks`` or ``break``.

A selector that picks nothing is an error, since a typo would otherwise
publish an empty feed.  The all-day event, when asked for, is in every feed.

After ``--previous`` carried a UID over (``_identity``), the
talk's id is the carried one, as in its UID and its ``--split`` file name;
``--only`` takes that id as well as the one the rule gives.

A chosen-talks feed is updated (:func:`only_update`) against the previous
events of the talks it picks, never against the ones it leaves out, so that
``--only X --previous FULL.ics`` does not cancel every other talk; a talk
removed from the program is cancelled in it when a selector picks the old
event (by its id, a speaker named in its SUMMARY, or its kind).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from icalendar import Calendar, Event

from .._arguments import checked
from ..errors import SelectError
from ..model import ItemKind, Program
from ._build import single_event_calendar
from ._copies import copy_component
from ._identity import DEFAULT_UID_DOMAIN, key_of_uid, keys, slug, uid_of, uids
from ._parse import categories
from ._updates import Update, update
from ._vtimezone import with_timezones
from ._wording import DASH

__all__ = ["SelectError", "by_speaker", "only", "only_update", "selected_uids", "split"]


def _picks(selector: str, ids: set[str], kind: str, names: Iterable[str]) -> bool:
    """Whether ``selector`` names one of ``ids``, the ``kind``, or one of ``names``."""
    wanted = slug(selector, words=100)
    if selector.strip().lower() in {kind.value for kind in ItemKind}:
        return kind == selector.strip().lower()
    return selector.strip() in ids or any(slug(name, words=100) == wanted for name in names)


@checked
def selected_uids(
    program: Program,
    selectors: Iterable[str],
    *,
    uid_domain: str = DEFAULT_UID_DOMAIN,
    carried: Mapping[str, str] | None = None,
) -> frozenset[str]:
    """The UIDs (by the rule) of the items any selector picks; :class:`SelectError` for a dud.

    ``carried`` (:attr:`fastpath_ical.ics.Update.carried`) lets a
    selector name a talk by its carried id too.
    """
    renamed = dict(carried or {})
    table = [
        ({key, key_of_uid(renamed.get(uid, uid), program)}, uid, item)
        for key, uid, item in zip(
            keys(program), uids(program, uid_domain=uid_domain), program.items, strict=True
        )
    ]
    chosen: set[str] = set()
    for selector in selectors:
        hits = {
            uid
            for ids, uid, item in table
            if _picks(selector, ids, item.kind.value, (p.name for p in item.people))
        }
        if not hits:
            raise SelectError(
                f"{selector!r} matches no talk id, speaker or kind",
                selector=selector,
            )
        chosen |= hits
    return frozenset(chosen)


def _events(calendar: Calendar) -> list[Event]:
    return [c for c in calendar.subcomponents if isinstance(c, Event)]


class _Positions:
    """Where each UID's events are in a calendar, found once for every feed cut from it."""

    def __init__(self, calendar: Calendar) -> None:
        self.calendar = calendar
        self.at: dict[str, list[int]] = {}
        for index, component in enumerate(calendar.subcomponents):
            if component.name == "VEVENT":
                self.at.setdefault(str(component["UID"]), []).append(index)

    def keep(self, wanted: Iterable[str], whole: str | None) -> Calendar:
        """A copy of the calendar with only the events of ``wanted`` (and ``whole``)."""
        chosen = {*wanted, *([whole] if whole is not None else [])}
        places = sorted(index for uid in chosen for index in self.at.get(uid, ()))
        out = copy_component(self.calendar, subcomponents=False)
        out.subcomponents = [copy_component(self.calendar.subcomponents[i]) for i in places]
        return with_timezones(out)


def _keep(calendar: Calendar, wanted: frozenset[str], whole: str | None) -> Calendar:
    return _Positions(calendar).keep(wanted, whole)


def _whole_uid(program: Program, uid_domain: str) -> str:
    return uid_of(program, keys(program, whole_program=True)[-1], uid_domain=uid_domain)


@checked
def only(
    calendar: Calendar,
    program: Program,
    selectors: Iterable[str],
    *,
    uid_domain: str = DEFAULT_UID_DOMAIN,
    carried: Mapping[str, str] | None = None,
) -> Calendar:
    """The feed with only the events the selectors pick (and the all-day event, if any).

    ``calendar`` may be the fresh feed or one updated with ``carried`` UIDs.
    """
    renamed = dict(carried or {})
    wanted = selected_uids(program, selectors, uid_domain=uid_domain, carried=renamed)
    wanted |= {renamed[uid] for uid in wanted if uid in renamed}
    return _keep(calendar, wanted, _whole_uid(program, uid_domain))


@checked
def only_update(
    calendar: Calendar,
    program: Program,
    selectors: Sequence[str],
    previous: Sequence[Event],
    now: dt.datetime,
    *,
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> Update:
    """The chosen-talks feed of ``calendar`` (a fresh build), updated against ``previous``.

    The whole feed is updated first, to learn which previous UIDs are talks
    still on the program (and which were carried over); those the selectors
    leave out are then not given to the update, so they are not cancelled.
    """
    whole = update(calendar, previous, now)
    carried = dict(whole.carried)
    live = set(whole.added + whole.changed + whole.unchanged)
    gone = [event for event in previous if str(event["UID"]) not in live]
    # A selector that picks only a removed talk is no typo: its feed carries the cancellation.
    current = [
        selector
        for selector in selectors
        if _on_program(program, selector, carried, uid_domain)
        or not any(_picks_old(event, [selector], program) for event in gone)
    ]
    picked = selected_uids(program, current, uid_domain=uid_domain, carried=carried)
    picked |= {carried[uid] for uid in picked if uid in carried} | {_whole_uid(program, uid_domain)}
    kept = [
        event
        for event in previous
        if str(event["UID"]) in picked
        or (str(event["UID"]) not in live and _picks_old(event, selectors, program))
    ]
    chosen = only(calendar, program, current, uid_domain=uid_domain, carried=carried)
    return update(chosen, kept, now)


def _on_program(
    program: Program, selector: str, carried: Mapping[str, str], uid_domain: str
) -> bool:
    try:
        selected_uids(program, [selector], uid_domain=uid_domain, carried=carried)
    except SelectError:
        return False
    return True


def _picks_old(event: Event, selectors: Iterable[str], program: Program) -> bool:
    """Whether a selector picks a previous event no longer on the program."""
    uid = str(event.get("UID", ""))
    kinds = [category.lower() for category in categories(event)][1:]
    names = str(event.get("SUMMARY", "")).rsplit(DASH, 1)[-1].split(", ")
    return any(
        _picks(selector, {key_of_uid(uid, program)}, kind, names)
        for selector in selectors
        for kind in kinds or [""]
    )


@checked
def split(
    calendar: Calendar, program: Program, *, method: bool = True
) -> tuple[tuple[str, Calendar], ...]:
    """One importable calendar per event, with the key its file is named by.

    Cancelled events carried from a previous feed get their file too, so a
    reader who imported the talk and fetches it again sees the cancellation.
    Without ``method``, each is a CalDAV calendar object
    (:func:`~fastpath_ical.ics.single_event_calendar`).
    """
    out: list[tuple[str, Calendar]] = []
    taken: set[str] = set()
    for event in _events(calendar):
        key = key_of_uid(str(event["UID"]), program)
        while key in taken:  # two carried UIDs can only clash if made safe alike
            key += "_"
        taken.add(key)
        out.append((key, single_event_calendar(event, method=method)))
    return tuple(out)


@checked
def by_speaker(
    calendar: Calendar,
    program: Program,
    *,
    uid_domain: str = DEFAULT_UID_DOMAIN,
    carried: Mapping[str, str] | None = None,
) -> tuple[tuple[str, Calendar], ...]:
    """A feed per person named on the program, keyed by the slug of their name.

    ``carried`` maps a UID by the rule to the previous UID the update kept
    (:attr:`fastpath_ical.ics.Update.carried`).  A cancelled talk has no
    speaker any more, so it is not in these feeds; build a speaker's feed
    with ``--only NAME --previous`` to carry cancellations.
    """
    renamed = dict(carried or {})
    people: dict[str, tuple[str, set[str]]] = {}
    for uid, item in zip(uids(program, uid_domain=uid_domain), program.items, strict=True):
        for person in item.people:
            name_slug = slug(person.name, words=100) or "person"
            name, chosen = people.setdefault(name_slug, (person.name, set()))
            chosen.add(renamed.get(uid, uid))
    whole = _whole_uid(program, uid_domain)
    positions = _Positions(calendar)
    out = []
    for name_slug in sorted(people):
        name, chosen = people[name_slug]
        feed = positions.keep(chosen, whole)
        title = f"{program.short_name}{DASH}{name}"
        for prop in ("NAME", "X-WR-CALNAME"):
            if prop in feed:
                feed.pop(prop)
                feed.add(prop, title)
        out.append((name_slug, feed))
    return tuple(out)
