"""Yearly rules, as Outlook keeps a zone: the model the VTIMEZONE writer and readers share.

[MS-OXCICAL] (2.1.3.1.1.19) keeps one STANDARD and one DAYLIGHT, each an
annual onset on a day written as ``BYDAY=nDD`` or ``BYMONTHDAY``: a
:class:`Rule` is that, built from tzdata's changes by ``_vtimezone`` and
read back from a written block by ``_readings``.
"""

from __future__ import annotations

import datetime as dt

import attrs
from icalendar import vRecur

__all__ = ["DAYS", "Observance", "Rule", "YearlyDay", "fixed_rule", "ways"]

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@attrs.frozen
class YearlyDay:
    """A day in a month each year: the nth (1-4, or -1: last) weekday, or a day of the month."""

    month: int
    week: int | None = None
    weekday: int | None = None
    monthday: int | None = None

    def in_year(self, year: int) -> dt.date:
        if self.monthday is not None:
            return dt.date(year, self.month, self.monthday)
        assert self.week is not None
        assert self.weekday is not None
        if self.week > 0:
            first = dt.date(year, self.month, 1)
            return first + dt.timedelta(
                days=(self.weekday - first.weekday()) % 7 + 7 * (self.week - 1)
            )
        last = _month_end(year, self.month)
        return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)

    def recur(self) -> vRecur:
        parts: dict[str, list[object]] = {"FREQ": ["YEARLY"], "BYMONTH": [self.month]}
        if self.monthday is not None:
            parts["BYMONTHDAY"] = [self.monthday]
        else:
            assert self.week is not None
            assert self.weekday is not None
            parts["BYDAY"] = [f"{self.week}{DAYS[self.weekday]}"]
        return vRecur(parts)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def ways(day: dt.date) -> list[YearlyDay]:
    """Every yearly day that falls on ``day`` this year, the way tzdata's rules mostly read first.

    "Last Sunday" before "4th Sunday" for a day in the month's last week;
    a day of the month only where it exists every year (not 29 February).
    """
    week = (day.day - 1) // 7 + 1
    out = []
    if day + dt.timedelta(days=7) > _month_end(day.year, day.month):
        out.append(YearlyDay(month=day.month, week=-1, weekday=day.weekday()))
    if week <= 4:
        out.append(YearlyDay(month=day.month, week=week, weekday=day.weekday()))
    if day.day <= (28 if day.month == 2 else 30):
        out.append(YearlyDay(month=day.month, monthday=day.day))
    return out


@attrs.frozen
class Observance:
    """One STANDARD or DAYLIGHT: its yearly onset (none: from the start), the offsets, the name."""

    day: YearlyDay | None
    time: dt.time
    before: dt.timedelta
    after: dt.timedelta
    name: str

    def onset_in(self, year: int) -> dt.datetime:
        assert self.day is not None
        return dt.datetime.combine(self.day.in_year(year), self.time)


@attrs.frozen
class Rule:
    """What Outlook keeps of a zone: a standard offset, and maybe a daylight one, yearly."""

    standard: Observance
    daylight: Observance | None = None
    #: How unusual the way of writing its days is (0: the way tzdata's rules mostly read).
    oddness: int = 0

    def offset_at(self, wall: dt.datetime) -> dt.timedelta:
        """The offset Outlook gives ``wall`` (2.1.3.1.1.19): daylight from its onset, in
        standard time, to the standard onset, in daylight time, in the wall time's year."""
        if self.daylight is None:
            return self.standard.after
        start = self.daylight.onset_in(wall.year)
        end = self.standard.onset_in(wall.year)
        daylight = start <= wall < end if start < end else not end <= wall < start
        return self.daylight.after if daylight else self.standard.after

    def changes_in(self, year: int) -> set[tuple[dt.datetime, dt.timedelta]]:
        if self.daylight is None:
            return set()
        return {(o.onset_in(year), o.after) for o in (self.standard, self.daylight)}


def fixed_rule(offset: dt.timedelta, name: str) -> Rule:
    return Rule(Observance(day=None, time=dt.time(), before=offset, after=offset, name=name))
