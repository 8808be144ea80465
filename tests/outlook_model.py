"""How Outlook and Exchange read a feed's times, modelled from [MS-OXCICAL] for these tests.

Written from the specification, not from the project's code nor any other
model of it, and reading the bytes itself (no icalendar), so that the two
cannot share a mistake.  Outlook does not keep a VTIMEZONE as written: it
fills one ``PidLidTimeZoneStruct`` (2.1.3.1.1.19, [MS-OXOCAL] 2.2.1.39):

* ``lBias`` from the STANDARD sub-component's TZOFFSETTO (minutes west of
  UTC), ``lDaylightBias`` from the DAYLIGHT one's, relative to it; of
  several of a kind, the one with the latest DTSTART is read.  A VTIMEZONE
  needs one STANDARD (1 or more); without DAYLIGHT the zone has no change.
* each onset a SYSTEMTIME: wHour and wMinute from DTSTART, the day from the
  RRULE (2.1.3.1.1.19.2.2): FREQ=YEARLY with either one BYDAY of a single
  occurrence of a single weekday (wYear 0, wDay the occurrence, 5 for the
  last, 2.1.3.2.1.6) or one BYMONTHDAY (wYear 1, an absolute day), the
  month from BYMONTH.  Any other rule is one Outlook cannot hold.

A local time is then daylight time from the daylight onset (a standard
wall time) to the standard onset (a daylight wall time) of its own year,
the period wrapping the new year south of the equator.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
import re

import attrs

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Unreadable(Exception):
    """A VTIMEZONE, or a TZID, Outlook cannot read the way the feed means it."""


@attrs.frozen
class SystemTime:
    """The part of a SYSTEMTIME a time zone onset uses."""

    absolute: bool  # wYear 1: wDay is a day of the month; wYear 0: the wDay-th wDayOfWeek
    month: int
    day: int  # 1-5 (5: the last) or a day of the month
    weekday: int  # 0 = Monday here (SYSTEMTIME counts from Sunday; only the name matters)
    hour: int
    minute: int

    def in_year(self, year: int) -> dt.datetime:
        if self.absolute:
            date = dt.date(year, self.month, self.day)
        else:
            days = [
                d
                for d in range(1, month_calendar.monthrange(year, self.month)[1] + 1)
                if dt.date(year, self.month, d).weekday() == self.weekday
            ]
            date = dt.date(year, self.month, days[-1] if self.day == 5 else days[self.day - 1])
        return dt.datetime(date.year, date.month, date.day, self.hour, self.minute)


@attrs.frozen
class TimeZoneStruct:
    """PidLidTimeZoneStruct: biases in minutes (UTC = local + bias), and the two onsets."""

    bias: int
    standard_bias: int
    daylight_bias: int
    standard_date: SystemTime | None
    daylight_date: SystemTime | None

    def to_utc(self, local: dt.datetime) -> dt.datetime:
        bias = self.bias + self.standard_bias
        if self.standard_date is not None and self.daylight_date is not None:
            to_daylight = self.daylight_date.in_year(local.year)
            to_standard = self.standard_date.in_year(local.year)
            if to_daylight < to_standard:
                daylight = to_daylight <= local < to_standard
            else:
                daylight = not to_standard <= local < to_daylight
            if daylight:
                bias = self.bias + self.daylight_bias
        return (local + dt.timedelta(minutes=bias)).replace(tzinfo=dt.UTC)


def _lines(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def _components(lines: list[str], name: str) -> list[list[str]]:
    """The content lines of each ``name`` component (nested ones included)."""
    out: list[list[str]] = []
    depth = 0
    for line in lines:
        if line == f"BEGIN:{name}":
            depth += 1
            out.append([])
            continue
        if line == f"END:{name}":
            depth -= 1
            continue
        if depth:
            out[-1].append(line)
    return out


def _properties(lines: list[str]) -> list[tuple[str, dict[str, str], str]]:
    """(name, parameters, value) of each line outside nested components."""
    out = []
    depth = 0
    for line in lines:
        if line.startswith("BEGIN:"):
            depth += 1
        elif line.startswith("END:"):
            depth -= 1
        elif depth == 0:
            head, _, value = line.partition(":")
            name, *params = head.split(";")
            out.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return out


def _first(properties: list[tuple[str, dict[str, str], str]], name: str) -> str | None:
    return next((value for n, _, value in properties if n == name), None)


def _minutes(offset: str) -> int:
    sign = -1 if offset.startswith("-") else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[3:5]))


def _onset(lines: list[str], tzid: str, kind: str) -> tuple[str, int, SystemTime | None]:
    """(DTSTART, TZOFFSETTO in minutes, the onset) of one STANDARD or DAYLIGHT."""
    properties = _properties(lines)
    start, offset = _first(properties, "DTSTART"), _first(properties, "TZOFFSETTO")
    if start is None or offset is None:
        raise Unreadable(f"{tzid}: a {kind} without DTSTART or TZOFFSETTO")
    rules = [value for name, _, value in properties if name == "RRULE"]
    if not rules:
        return start, _minutes(offset), None
    if len(rules) > 1:
        raise Unreadable(f"{tzid}: {kind} has {len(rules)} RRULEs")
    parts = dict(part.split("=", 1) for part in rules[0].upper().split(";"))
    if parts.pop("FREQ", None) != "YEARLY":
        raise Unreadable(f"{tzid}: {kind} RRULE is not YEARLY")
    month = int(parts.pop("BYMONTH", start[4:6]))
    byday, bymonthday = parts.pop("BYDAY", None), parts.pop("BYMONTHDAY", None)
    parts.pop("WKST", None)
    if parts or (byday is None) == (bymonthday is None):
        raise Unreadable(f"{tzid}: {kind} RRULE {rules[0]} is no rule Outlook holds")
    hour, minute = int(start[9:11]), int(start[11:13])
    if bymonthday is not None:
        if "," in bymonthday or int(bymonthday) < 1:
            raise Unreadable(f"{tzid}: {kind} BYMONTHDAY={bymonthday}")
        return (
            start,
            _minutes(offset),
            SystemTime(
                absolute=True, month=month, day=int(bymonthday), weekday=0, hour=hour, minute=minute
            ),
        )
    assert byday is not None
    match = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", byday)
    if match is None or int(match.group(1)) not in (1, 2, 3, 4, -1):
        raise Unreadable(f"{tzid}: {kind} BYDAY={byday} is not one occurrence of one day")
    week = int(match.group(1))
    return (
        start,
        _minutes(offset),
        SystemTime(
            absolute=False,
            month=month,
            day=5 if week == -1 else week,
            weekday=WEEKDAYS.index(match.group(2)),
            hour=hour,
            minute=minute,
        ),
    )


def time_zone_structs(data: bytes) -> dict[str, TimeZoneStruct]:
    """What Outlook keeps of each VTIMEZONE of a feed, by TZID; Unreadable where it cannot."""
    out = {}
    for block in _components(_lines(data), "VTIMEZONE"):
        tzid = _first(_properties(block), "TZID") or ""
        kept = {}
        for kind in ("STANDARD", "DAYLIGHT"):
            onsets = [_onset(lines, tzid, kind) for lines in _components(block, kind)]
            if onsets:
                kept[kind] = max(onsets, key=lambda onset: onset[0])
        if "STANDARD" not in kept:
            raise Unreadable(f"{tzid}: no STANDARD, so no standard offset")
        _, standard, standard_date = kept["STANDARD"]
        if "DAYLIGHT" not in kept:
            out[tzid] = TimeZoneStruct(
                bias=-standard,
                standard_bias=0,
                daylight_bias=0,
                standard_date=None,
                daylight_date=None,
            )
            continue
        _, daylight, daylight_date = kept["DAYLIGHT"]
        if standard_date is None or daylight_date is None:
            raise Unreadable(f"{tzid}: STANDARD and DAYLIGHT need a yearly RRULE each")
        out[tzid] = TimeZoneStruct(
            bias=-standard,
            standard_bias=0,
            daylight_bias=standard - daylight,
            standard_date=standard_date,
            daylight_date=daylight_date,
        )
    return out


def _instant(value: str, params: dict[str, str], zones: dict[str, TimeZoneStruct]) -> object:
    if params.get("VALUE") == "DATE" or len(value) == 8:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    local = dt.datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    if value.endswith("Z"):
        return local.replace(tzinfo=dt.UTC)
    tzid = params.get("TZID")
    if tzid is None:
        raise Unreadable(f"floating time {value}")
    if tzid not in zones:
        raise Unreadable(f"TZID {tzid} has no VTIMEZONE")
    return zones[tzid].to_utc(local)


def outlook_events(data: bytes) -> dict[str, tuple[object, object]]:
    """UID to (start, end) as Outlook places them: UTC instants, or dates for all-day events."""
    zones = time_zone_structs(data)
    out = {}
    for event in _components(_lines(data), "VEVENT"):
        properties = _properties(event)
        times = {
            name: _instant(value, params, zones)
            for name, params, value in properties
            if name in ("DTSTART", "DTEND")
        }
        uid = _first(properties, "UID") or ""
        out[uid] = (times["DTSTART"], times.get("DTEND"))
    return out
