"""The previous feed's events that go, read one at a time and let go, for ``_streamed``.

An update keeps every event the program no longer has, as CANCELLED.
``_updates.read_rest`` reads the rest of the previous feed with each such
event a *stub* of its short lines (``_carried``): at 100,000 items with
half the talks replaced, 48,000 icalendar events (about 4 KB each) held
together from the reading to the writing, most of the 1.2 GB an update
written one event at a time peaked at (issue 13).

:func:`read_going` reads as ``read_rest`` reads, in the same order and with
the same values, but hands each stub made from its own lines
(``Carried.own``) to the caller as soon as it is made and completed (the
values it shares with an earlier stub given it, ``complete_stubs``), and
keeps what the caller keeps of it in its place: the caller notes what the
update reads of it (its UID rule's keys, times, STATUS, what the removal
guard says of it) and writes its lines as cancelled, and the event is let
go.  Only the values of the lines a later stub shares are kept.

Where ``read_rest`` would read otherwise than with every stub so made (a
stub not made, a UID twice, a value shared that is none or a list, an
event read with an error), :func:`read_going` says None, and the update is
made whole: the same bytes.  Property tests hold the update made with it
to the update made whole.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, TypeVar

from icalendar import Component, Event

from ..errors import PreviousFeedError
from ._carried import Carried, set_aside_gone
from ._parse import parse_calendar
from ._plain_lines import made_event
from ._updates import _joined, check_previous_event, previous_events

__all__ = ["read_going"]

Kept = TypeVar("Kept")


def read_going(
    rest: list[str],
    present: Collection[str],
    others: Sequence[tuple[int, int, str | None]],
    stamps: Collection[str],
    keep: Callable[[Event, Carried], Kept],
) -> tuple[list[Event | Kept], dict[str, Carried]] | None:
    """``read_rest(rest, present, others, stamps)``'s events and what is carried, but that
    each stub made from its own lines is given, whole, to ``keep`` as it is made, and what
    ``keep`` returns stands in its place among the events; None where ``read_rest`` reads
    the feed otherwise (the update is then made whole)."""
    lines, gone = set_aside_gone(rest, present, others)
    try:
        parsed = parse_calendar(_joined(lines), PreviousFeedError)
        del lines
        events = previous_events(parsed)
    except PreviousFeedError:
        return None
    order = _in_order(parsed.subcomponents, gone)
    if order is None or not _stubs_known(events, gone):
        return None
    uids = {str(event["UID"]) for event in events}
    if any(uid in stamps for uid in uids):
        return None
    wanted: dict[str, set[str]] = {}  # the names of each stub's lines that a later one shares
    for stub in gone.values():
        for name, source in stub.shared:
            wanted.setdefault(source, set()).add(name)
    values: dict[tuple[str, str], Any] = {}
    mine = {id(event): event for event in events}
    out: list[Event | Kept] = []
    for component in order:
        if isinstance(component, str):  # a stub made from its own lines
            carried = gone[component]
            made = _made(carried)
            if made is None or not _completed(made, component, carried, wanted, values):
                return None
            out.append(keep(made, carried))
            continue
        event = mine.get(id(component))
        if event is None:
            continue
        uid = str(event["UID"])
        shares = gone.get(uid)
        if shares is not None and not _completed(event, uid, shares, wanted, values):
            return None
        out.append(event)
    return out, gone


def _made(carried: Carried) -> Event | None:
    """The stub of ``carried``'s own lines, as ``add_made_stubs`` makes it; None where it
    makes none, or where ``previous_events`` does not take it."""
    event = made_event(carried.own)
    if event is None:
        return None
    try:
        check_previous_event(event)
    except PreviousFeedError:
        return None
    return event


def _in_order(
    parsed: Sequence[Component], gone: dict[str, Carried]
) -> list[Component | str] | None:
    """The calendar's components with the UID of each stub made from its own lines where
    ``add_made_stubs`` puts the stub; None where it puts none."""
    made = sorted((stub.at, uid) for uid, stub in gone.items() if stub.own)
    components = iter(parsed)
    merged: list[Component | str] = []
    for at, uid in made:
        while len(merged) < at:
            component = next(components, None)
            if component is None:
                return None
            merged.append(component)
        merged.append(uid)
    merged.extend(components)
    return merged


def _stubs_known(events: Sequence[Event], gone: dict[str, Carried]) -> bool:
    """``complete_stubs``' checks of the events parsed, and of those made (each the only
    event of its UID, read without an error): a stub's UID exactly one event's."""
    seen: dict[str, Event] = {}
    twice = set()
    for event in events:
        uid = str(event["UID"])
        if uid in seen:
            twice.add(uid)
        seen[uid] = event
    for uid, stub in gone.items():
        if stub.own:
            if uid in seen:
                return False
        elif uid not in seen or uid in twice or seen[uid].errors:
            return False
    return True


def _completed(
    event: Event,
    uid: str,
    stub: Carried,
    wanted: Mapping[str, Collection[str]],
    values: dict[tuple[str, str], Any],
) -> bool:
    """Note the values of ``event``'s lines that a later stub shares, and give it those of
    the lines it shares with an earlier one (``complete_stubs``); False where that reads
    the feed otherwise."""
    for name in wanted.get(uid, ()):
        value = event.get(name)
        if value is None or isinstance(value, list):
            return False
        values[(name, uid)] = value
    for name, source in stub.shared:
        value = values.get((name, source))
        if value is None:
            return False
        event[name] = value
    return True
