"""What an update makes: the calendar, stamped, and its bytes.

An event that changed gets SEQUENCE + 1 and DTSTAMP and LAST-MODIFIED
``now`` (:func:`stamp`), one that goes is kept as CANCELLED (:func:`cancel`),
and :class:`Update` holds the calendar with what happened to each UID
(``_updates`` decides which is which).  Made against a previous feed read
for the new calendar (``read_previous_for``), two kinds of event are held
as lines already written, not as values to write: the events that go, as
the previous feed's lines (``_carried``), read whole only when
:attr:`Update.calendar` is asked for; and the events of the new calendar
(unchanged, new or changed: all but one given a carried UID), as the lines
written to compare them, so :func:`update_bytes` writes only their stamps
again.  Property tests hold :func:`update_bytes` to
``calendar_bytes(update(calendar, read_previous(data), now).calendar)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Mapping
from typing import Any

import attrs
from icalendar import Calendar, Component, Event
from icalendar.timezone import tzp

from .._arguments import checked
from ._bytes import LineWriter, calendar_bytes, fold
from ._carried import Carried, carried_lines, read_whole, stamped_lines
from ._copies import copy_component
from ._unchanged import instant

__all__ = [
    "STAMPS",
    "Update",
    "as_written",
    "cancel",
    "cancelled_before",
    "sequence",
    "stamp",
    "update_bytes",
]


@attrs.frozen(kw_only=True, eq=False)
class Update:
    """The updated calendar, and what happened to each UID (in feed order).

    Made against a previous feed read for the new calendar
    (:func:`read_previous_for`), an event that goes is held as the lines it
    had until :attr:`calendar` is asked for (``_carried``): write the update
    with :func:`update_bytes`, which does not need it read.
    """

    #: The calendar, but that each event of ``pending`` is a stub of its lines.
    draft: Calendar
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    #: (UID by the rule, previous UID it was given instead).
    carried: tuple[tuple[str, str], ...] = ()
    #: Events written in UTC because no VTIMEZONE could hold them (:func:`with_timezones`).
    warnings: tuple[str, ...] = ()
    #: The events of ``draft`` that go, stubs of the previous feed's lines (``_carried``).
    pending: tuple[tuple[Event, Carried], ...] = ()
    #: Events of ``draft`` with their lines but their stamps, written already.
    lines: tuple[tuple[Component, list[str]], ...] = ()
    #: The update's clock, to make each pending event whole as the update made its stub.
    now: dt.datetime | None = None

    @functools.cached_property
    def calendar(self) -> Calendar:
        """The updated calendar, every event whole (the ones that go read from their lines
        and cancelled as their stubs were: the same values, the same bytes)."""
        if not self.pending or self.now is None:
            return self.draft
        now = self.now
        whole = {id(stub): cancel(read_whole(aside), now, {})[0] for stub, aside in self.pending}
        calendar = copy_component(self.draft, subcomponents=False)
        calendar.subcomponents = [whole.get(id(sub), sub) for sub in self.draft.subcomponents]
        return calendar

    @property
    def uids(self) -> tuple[str, ...]:
        """The UIDs of the calendar's events, in feed order, without reading what is pending."""
        return tuple(
            str(sub.get("UID", "")) for sub in self.draft.subcomponents if sub.name == "VEVENT"
        )


#: What an update writes of an event anew, once it is written: the stamps it may change.
STAMPS = ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED")


def as_written(
    result: Calendar, calendar: Calendar, written: Mapping[str, tuple[Component, list[str]]]
) -> tuple[tuple[Component, list[str]], ...]:
    """The events of ``result`` whose lines but their stamps are ``written``'s: those whose
    every other value is the very one written (``copy_component`` shares them, and nothing
    changes a value in place), from an event of ``calendar`` with no component inside."""
    if not written:
        return ()
    mine = {id(c) for c in calendar.subcomponents}
    out = []
    for component in result.subcomponents:
        found = written.get(str(component.get("UID", ""))) if component.name == "VEVENT" else None
        if found is None or id(found[0]) not in mine or component.subcomponents:
            continue
        original, lines = found
        if original.subcomponents or not _same_values(component, original):
            continue
        out.append((component, lines))
    return tuple(out)


def _same_values(component: Component, original: Component) -> bool:
    """Whether the two hold the very same values but for their stamps (read as the plain
    dictionaries they are: the names are stored in upper case)."""
    count = 0
    for name, value in dict.items(component):
        if name in STAMPS:
            continue
        count += 1
        before = dict.get(original, name)
        if isinstance(value, list):
            if not isinstance(before, list) or len(value) != len(before):
                return False
            if any(a is not b for a, b in zip(value, before, strict=True)):
                return False
        elif value is not before:
            return False
    return count == sum(1 for name in dict.keys(original) if name not in STAMPS)


def cancel(
    old: Event, now: dt.datetime, typed: dict[tuple[str, object, object], Any]
) -> tuple[Event, bool]:
    """A previous event the program no longer has, as the update keeps it, and whether it
    is cancelled now (one cancelled before is kept as it was)."""
    gone = copy_component(old)
    if cancelled_before(old):
        return gone, False
    gone.pop("STATUS", None)
    gone["STATUS"] = _typed(typed, "STATUS", "CANCELLED")
    gone.subcomponents[:] = [c for c in gone.subcomponents if c.name != "VALARM"]
    stamp(gone, now, sequence=sequence(old) + 1, previous=old, typed=typed)
    return gone, True


def cancelled_before(old: Mapping[str, Any]) -> bool:
    """Whether a previous event that goes was cancelled already: :func:`cancel` keeps it as
    it was, and an update does not count it as one it cancels."""
    return str(old.get("STATUS", "")).upper() == "CANCELLED"


@checked
def update_bytes(result: Update, *, method: bool = True) -> bytes:
    """``calendar_bytes(result.calendar)``: the same bytes, without reading the events that
    go whole (their lines set aside are written as they were, ``_carried``), nor writing
    again the lines of an unchanged event that were written to find it unchanged (only
    its stamps are written).  Without ``method``, the calendar's METHOD is left out
    (``build --no-method``)."""
    head = copy_component(result.draft, subcomponents=False)
    if not method:
        head.pop("METHOD", None)
    if not result.pending and not result.lines:
        head.subcomponents = list(result.draft.subcomponents)
        return calendar_bytes(head)
    # Each event written in part, by id: the stub written anew among the lines set aside,
    # or the lines written already, with only the stamps written anew.
    stubs = {id(stub): (stub, carried.aside) for stub, carried in result.pending}
    lines_of = {id(event): (event, lines) for event, lines in result.lines}
    writer = LineWriter()
    # The stubs and the stamps share most of their values (``LineWriter``): each written once.
    sharing = LineWriter(values_shared=True)
    start, end = writer.folded(head).rsplit(b"\r\n", 1)
    # Each event's bytes go into the buffer as they are made, and are let go: the feed is
    # held once, not as its events' bytes beside their join (and the join beside the last
    # line end added to it).
    out = io.BytesIO()
    out.write(start)
    for sub in result.draft.subcomponents:
        out.write(b"\r\n")
        if id(sub) in stubs:
            whole = carried_lines(sharing.lines_of(sub), stubs[id(sub)][1])
        elif id(sub) in lines_of:
            whole = stamped_lines(lines_of[id(sub)][1], _stamp_lines(sharing, sub))
        else:
            out.write(writer.folded(sub))
            continue
        out.write(b"\r\n".join([fold(line) for line in whole]))
    out.write(b"\r\n")
    out.write(end)
    out.write(b"\r\n")
    return out.getvalue()


def _stamp_lines(writer: LineWriter, event: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The stamps' lines of ``event``, each with its name: what ``lines_of`` writes of them."""
    out = []
    for name in STAMPS:
        if name in event:
            values = event[name]
            for value in values if isinstance(values, list) else (values,):
                out.append((name, writer.line(name, value)))
    return out


def sequence(event: Mapping[str, Any]) -> int:
    try:
        return int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _after(old: Mapping[str, Any], name: str, now: dt.datetime) -> dt.datetime:
    """``now``, unless the previous ``name`` (DTSTAMP, LAST-MODIFIED) is not earlier: then one
    second after it.  The default DTSTAMP is the program's first day, usually after the
    clock, as is a ``--stamp`` in the past; a client takes an update whose stamp does not
    move forward for an old copy and may keep what it has."""
    latest = instant(old.get(name))
    if not isinstance(latest, dt.datetime) or latest.utcoffset() is None or latest < now:
        return now
    return latest + dt.timedelta(seconds=1)


def stamp(
    event: Component,
    now: dt.datetime,
    *,
    sequence: int,
    previous: Mapping[str, Any] | None = None,
    typed: dict[tuple[str, object, object], Any],
) -> None:
    """DTSTAMP ``now`` and SEQUENCE; for a change to a ``previous`` event, LAST-MODIFIED too,
    both one moment moved forward past the previous DTSTAMP and LAST-MODIFIED
    (:func:`_after`).  ``typed`` holds the values made so far (:func:`_typed`)."""
    # Each name removed, then set to the value add() makes of it (:func:`_typed`): what add()
    # does with a typed value of a name the event has not.
    for name in ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED"):
        event.pop(name, None)
    if previous is None:
        event["DTSTAMP"] = _typed(typed, "DTSTAMP", now)
        event["SEQUENCE"] = _typed(typed, "SEQUENCE", sequence)
        return
    # One moment for both: past each previous one, and LAST-MODIFIED never after DTSTAMP
    # (a --stamp before the program's first day, the default DTSTAMP, made it earlier).
    moment = max(_after(previous, "DTSTAMP", now), _after(previous, "LAST-MODIFIED", now))
    event["DTSTAMP"] = _typed(typed, "DTSTAMP", moment)
    event["SEQUENCE"] = _typed(typed, "SEQUENCE", sequence)
    event["LAST-MODIFIED"] = _typed(typed, "LAST-MODIFIED", moment)


def _typed(
    typed: dict[tuple[str, object, object], Any], name: str, value: dt.datetime | int | str
) -> Any:
    """What ``Event.add(name, value)`` stores, made once for all the events an update
    stamps alike (most get ``now``, and SEQUENCE 0 or 1; every cancelled one STATUS
    CANCELLED) and shared, as a copy's values are (``_copies``); ``add`` keeps a typed
    value as it is.  A date-time is known by
    its instant and its zone object (the ``id``: zones compare by offset)."""
    zone = id(value.tzinfo) if isinstance(value, dt.datetime) else type(value)
    key = (name, value, zone)
    if key not in typed:
        plain: object = value
        if isinstance(value, dt.datetime):
            plain = tzp.localize_utc(value)  # as add does for DTSTAMP and LAST-MODIFIED
        typed[key] = Event._encode(name, plain)  # type: ignore[no-untyped-call]
    return typed[key]
