"""How readers read a VTIMEZONE block: RFC 5545's way, libical's and ical.js's, Outlook's.

:func:`block_agrees` holds a time written with a TZID to its block under all
three; ``_vtimezone`` writes a time in UTC where they would not agree.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from dateutil import rrule
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from ._rules import DAYS, Observance, Rule, YearlyDay, fixed_rule

__all__ = ["Reading", "block_agrees"]

_OBSERVANCES = (TimezoneStandard, TimezoneDaylight)


def block_agrees(block: Timezone, moment: dt.datetime) -> bool:
    """Whether every reader of ``block`` places ``moment``'s wall-clock time at ``moment``.

    Three readings are asked.  The RFC's (5545, 3.6.5): an onset is a local
    time in the offset before it, and an offset holds from its onset, as an
    instant, to the next one; a wall time the block skips or repeats has no
    single instant.  The common one (libical, ical.js): the offset of the
    last onset at or before the wall time, both compared as local times.
    Outlook's ([MS-OXCICAL] 2.1.3.1.1.19): the latest STANDARD and DAYLIGHT
    only, each a yearly rule, daylight from its onset to the standard onset
    of the same year.
    """
    return Reading(block, moment.year + 1).agrees(moment)


class Reading:
    """How the three readers of :func:`block_agrees` read one block, for times up to a year.

    The onsets are found once; each time then looks only at the onsets near
    it (by bisection), which gives the same answer as looking at all of them
    whenever the onsets' instants are in order, as in every block written
    here.  A block whose instants are out of order is read the long way.
    """

    #: Farther than any UTC offset: no onset this far from a time can hold it.
    _NEAR = dt.timedelta(days=2)

    def __init__(self, block: Timezone, last_year: int) -> None:
        self.onsets = sorted(_onsets(block, last_year))
        self.starts = [start for start, _, _ in self.onsets]
        self.instants = [start - before for start, before, _ in self.onsets]
        self.ordered = all(a <= b for a, b in zip(self.instants, self.instants[1:], strict=False))
        self.outlook = _outlook_rule(block)

    def agrees(self, moment: dt.datetime) -> bool:
        """:func:`block_agrees`, for a ``moment`` in a year up to the reading's last year."""
        onsets = self.onsets
        if not onsets:
            return False
        wall = moment.replace(tzinfo=None)
        true = moment.astimezone(dt.UTC).replace(tzinfo=None)
        if self.ordered:
            low = max(bisect_right(self.instants, wall - self._NEAR) - 1, 0)
            high = min(bisect_left(self.instants, wall + self._NEAR) + 1, len(onsets))
        else:
            low, high = 0, len(onsets)
        by_instant = []
        for index in range(low, high):
            start, before, after = onsets[index]
            candidate = wall - after
            if (index == 0 or start - before <= candidate) and (
                index + 1 == len(onsets) or candidate < self.instants[index + 1]
            ):
                by_instant.append(candidate)
        last = bisect_right(self.starts, wall) - 1
        by_wall = onsets[last][2] if last >= 0 else onsets[0][2]
        outlook = self.outlook
        return (
            by_instant == [true]
            and wall - by_wall == true
            and outlook is not None
            and wall - outlook.offset_at(wall) == true
        )


def _onsets(
    block: Timezone, last_year: int
) -> Iterator[tuple[dt.datetime, dt.timedelta, dt.timedelta]]:
    """(local onset, offset before, offset after) of each observance, up to ``last_year``."""
    end = dt.datetime(last_year + 1, 1, 1)
    for observance in block.subcomponents:
        if not isinstance(observance, _OBSERVANCES):
            continue
        before, after = observance.TZOFFSETFROM, observance.TZOFFSETTO
        start = observance.DTSTART.replace(tzinfo=None)
        starts = {start, *(rdate.replace(tzinfo=None) for rdate, _ in observance.rdates)}
        for recur in _as_list(observance.get("RRULE")):
            parts = dict(recur)
            until = parts.pop("UNTIL", None)
            text = vRecur(parts).to_ical().decode()  # type: ignore[no-untyped-call]
            rule = rrule.rrulestr(text, dtstart=start)
            limit = end
            if until:
                last = until[0]
                if isinstance(last, dt.datetime) and last.tzinfo is not None:
                    last = last.astimezone(dt.UTC).replace(tzinfo=None) + before
                limit = min(end, last if isinstance(last, dt.datetime) else end)
            starts.update(rule.between(start, limit, inc=True))
        for onset in starts:
            if onset < end:
                yield onset, before, after


def _as_list(value: object) -> list[vRecur]:
    if value is None:
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, vRecur)]


def _outlook_rule(block: Timezone) -> Rule | None:
    """The rule Outlook keeps of ``block``, or None where it keeps none it can use."""
    latest: dict[str, TimezoneStandard | TimezoneDaylight] = {}
    for observance in block.subcomponents:
        if isinstance(observance, _OBSERVANCES):
            kept = latest.get(observance.name)
            if kept is None or kept.DTSTART.replace(tzinfo=None) < observance.DTSTART.replace(
                tzinfo=None
            ):
                latest[observance.name] = observance
    if "STANDARD" not in latest:
        return None
    standard = _outlook_observance(latest["STANDARD"])
    if "DAYLIGHT" not in latest:
        return fixed_rule(standard.after, standard.name)
    daylight = _outlook_observance(latest["DAYLIGHT"])
    if standard.day is None or daylight.day is None:
        return None
    return Rule(standard=standard, daylight=daylight)


def _outlook_observance(observance: TimezoneStandard | TimezoneDaylight) -> Observance:
    recurs = _as_list(observance.get("RRULE"))
    start = observance.DTSTART.replace(tzinfo=None)
    day = _outlook_day(recurs[0], start) if len(recurs) == 1 else None
    return Observance(
        day=day,
        time=start.time(),
        before=observance.TZOFFSETFROM,
        after=observance.TZOFFSETTO,
        name=str(observance.get("TZNAME", "")),
    )


def _parts(recur: vRecur, name: str) -> list[str]:
    value = recur.get(name, [])
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _outlook_day(recur: vRecur, start: dt.datetime) -> YearlyDay | None:
    """The yearly day of an RRULE as [MS-OXCICAL] 2.1.3.1.1.19.2.2 takes it, or None."""
    freq, months = _parts(recur, "FREQ"), _parts(recur, "BYMONTH") or [str(start.month)]
    days, monthdays = _parts(recur, "BYDAY"), _parts(recur, "BYMONTHDAY")
    if (
        set(recur) - {"FREQ", "BYMONTH", "BYDAY", "BYMONTHDAY", "WKST"}
        or freq != ["YEARLY"]
        or len(months) != 1
        or bool(days) == bool(monthdays)
    ):
        return None
    if monthdays:
        return (
            YearlyDay(month=int(months[0]), monthday=int(monthdays[0]))
            if len(monthdays) == 1
            else None
        )
    text = days[0].upper() if len(days) == 1 else ""
    number, weekday = text[:-2], text[-2:]
    if weekday not in DAYS or number not in ("1", "2", "3", "4", "-1", "+1", "+2", "+3", "+4"):
        return None
    return YearlyDay(month=int(months[0]), week=int(number), weekday=DAYS.index(weekday))
