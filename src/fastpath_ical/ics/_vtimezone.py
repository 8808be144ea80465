"""VTIMEZONE blocks that every reader reads the way zoneinfo does.

icalendar generates each block; this module asks it for a narrow one (the
days the events need, not its default 1970-2038, which vobject and ical.js
read an hour off in 2021), drops the COMMENT libical rejects, and then holds
the block to zoneinfo, because icalendar 7's generator is wrong in places:
it steps through wall-clock time 64 days at a time and so steps over short
periods of another offset (Cairo's summer time of 16 May to 26 June 2014),
writes a spring-forward onset an hour late (03:00 with the offset before
it), and can write only summer observances, which dateutil (inside vobject
and Radicale) cannot read (Tbilisi, June 2004).  A TZID time that a reader
of the block would place at another instant than zoneinfo does is written
in UTC instead: never wrong, only less pretty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component, Timezone, TimezoneDaylight, TimezoneStandard

from ..zones import is_portable_zone

__all__ = ["block_agrees", "with_timezones"]

_TIMES = ("DTSTART", "DTEND")
_OBSERVANCES = (TimezoneStandard, TimezoneDaylight)


def with_timezones(calendar: Calendar) -> Calendar:
    """``calendar`` with exactly the VTIMEZONEs its events use, each narrow and checked.

    Each block spans the local days of that zone's events and one whole day
    more on either side, so that a change at the first or the last local
    midnight is inside it.  An event is written in UTC instead when its TZID
    is not an IANA zone (from an old or foreign previous feed: a TZID without
    its VTIMEZONE is read as floating, or as UTC), when the block would
    misplace one of its times, or when a common reader cannot read the block.
    """
    events = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    for event in events:
        if any(_zone_or_none(tzid) is None for tzid, _ in _zoned_times(event)):
            _to_utc(event)
    while True:
        spans: dict[str, list[dt.date]] = {}
        for event in events:
            for tzid, moment in _zoned_times(event):
                spans.setdefault(tzid, []).append(moment.date())
        blocks = {
            tzid: _block(tzid, min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=2))
            for tzid, days in sorted(spans.items())
        }
        wrong = [
            event
            for event in events
            if not all(
                _readable(blocks[tzid]) and block_agrees(blocks[tzid], moment)
                for tzid, moment in _zoned_times(event)
            )
        ]
        if not wrong:
            break
        for event in wrong:  # and narrow the blocks to the events left
            _to_utc(event)
    calendar.subcomponents[:] = [*blocks.values(), *events]
    return calendar


def _block(tzid: str, first: dt.date, last: dt.date) -> Timezone:
    """icalendar's block from 00:00 on ``first`` up to, not including, 00:00 on ``last``."""
    block = Timezone.from_tzid(tzid, first_date=first, last_date=last)
    block.pop("COMMENT", None)
    return block


def _readable(block: Timezone) -> bool:
    """Whether dateutil's reader (inside vobject and so Radicale) can read ``block`` at all.

    It fails on a block of several observances none of which is STANDARD,
    which icalendar writes where tzdata calls both offsets summer time
    (Tbilisi, 27 June 2004).
    """
    kinds = [c.name for c in block.subcomponents if isinstance(c, _OBSERVANCES)]
    return len(kinds) < 2 or "STANDARD" in kinds


def block_agrees(block: Timezone, moment: dt.datetime) -> bool:
    """Whether every reader of ``block`` places ``moment``'s wall-clock time at ``moment``.

    Readers differ in how they place a time near an onset, so both ways are
    asked.  The RFC's (5545, 3.6.5): an onset is a local time in the offset
    before it, and an offset holds from its onset, as an instant, to the next
    one; a wall time the block skips or repeats has no single instant.  The
    common one (libical, ical.js): the offset of the last onset at or before
    the wall time, both compared as local times.
    """
    wall = moment.replace(tzinfo=None)
    true = moment.astimezone(dt.UTC).replace(tzinfo=None)
    onsets = sorted(_onsets(block))
    if not onsets:
        return False
    by_instant = []
    for index, (start, before, after) in enumerate(onsets):
        candidate = wall - after
        later = onsets[index + 1 :]
        if (index == 0 or start - before <= candidate) and (
            not later or candidate < later[0][0] - later[0][1]
        ):
            by_instant.append(candidate)
    by_wall = [after for start, _, after in onsets if start <= wall] or [onsets[0][2]]
    return by_instant == [true] and wall - by_wall[-1] == true


def _onsets(block: Timezone) -> Iterator[tuple[dt.datetime, dt.timedelta, dt.timedelta]]:
    """(local onset, offset before, offset after) of each observance in ``block``."""
    for observance in block.subcomponents:
        if not isinstance(observance, _OBSERVANCES):
            continue
        for start in [observance.DTSTART, *(rdate for rdate, _ in observance.rdates)]:
            yield start.replace(tzinfo=None), observance.TZOFFSETFROM, observance.TZOFFSETTO


def _zoned_times(event: Component) -> Iterable[tuple[str, dt.datetime]]:
    """(TZID, aware value) of each TZID-bearing DTSTART/DTEND of an event."""
    for name in _TIMES:
        prop = event.get(name)
        tzid = prop.params.get("TZID") if prop is not None else None
        if tzid and isinstance(prop.dt, dt.datetime) and prop.dt.tzinfo is not None:
            yield str(tzid), prop.dt


def _zone_or_none(tzid: str) -> ZoneInfo | None:
    return ZoneInfo(tzid) if is_portable_zone(tzid) else None


def _to_utc(event: Component) -> None:
    for name in _TIMES:
        value = event.get(name)
        if value is not None and isinstance(value.dt, dt.datetime):
            event.pop(name)
            event.add(name, value.dt.astimezone(dt.UTC))
