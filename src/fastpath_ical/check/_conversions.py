"""Conversions the page writes out in words, recomputed from tzdata.

"11:00 am US EDT = 15:00 UTC" is typed by hand and goes stale when the date
moves; it is found however it is joined ("=", "is", "/", "(...)", an arrow)
and checked on the day its line speaks about, or, for a line about the
whole program, on each day its abbreviation is in use.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from zoneinfo import ZoneInfo

import attrs

from ..errors import LocalTimeError, ZoneError
from ..model import Program
from ..page._clock import ClockTime, TimeRange, parse_offset, parse_time_range
from ..zones import AMBIGUOUS, ZONE_NAMES, StatedZone, localize
from ._days import Days
from ._report import Finding, Severity, format_like, place, readings, said_but
from ._statements import abbreviation_finding, stated_zone

__all__ = ["check_conversions"]


def _zone_pattern() -> re.Pattern[str]:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    iana = r"[A-Z][A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_]+)?"
    return re.compile(r"(?<![\w/])(?:" + iana + "|" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_WORD = _zone_pattern()


@attrs.frozen
class _Side:
    """One side of a written conversion: its times, its zone, and the text they came from.

    ``problem`` is set when the zone is written with a name that means several zones
    ("IST"), so that the conversion cannot be checked.
    """

    times: TimeRange
    zone: StatedZone | None
    name: str
    text: str
    start: int = 0
    end: int = 0
    problem: str | None = None


#: What joins the two sides of a conversion: "=", "is", "/", "(" (the other zone in
#: parentheses), "equals", an arrow.
_CONNECTOR = re.compile(r"\s*(?:=+|\bis\b|\bequals\b|/|\(|→|->|=>)\s*", re.IGNORECASE)


def _sides(text: str, home: str | None = None) -> list[_Side]:
    """Every time or time range in ``text`` with the zone written right after it."""
    out: list[_Side] = []
    pos = 0
    while pos < len(text):
        found = parse_time_range(text[pos:])
        if found is None:
            break
        start, end = pos + found.span[0], pos + found.span[1]
        times = TimeRange(found.start, found.end, (start, end))
        zone: StatedZone | None = None
        name, problem, stop = "", None, end
        for match in _ZONE_WORD.finditer(text, start):
            word = match.group(0)
            if match.start() > end and text[end : match.start()].strip(" \t(*_"):
                break
            if len(word) <= 4 and not word.isupper():
                continue
            name = re.sub(r"\s+", " ", word)
            stop = max(end, match.end())
            try:
                zone = stated_zone(name, home)
            except ZoneError:
                key = name.upper()
                meaning = AMBIGUOUS.get(key)
                problem = (
                    f'"{name}" means several zones ({meaning})' if meaning else f'"{name}"'
                ) + ", so the conversion cannot be checked; write an IANA name or a UTC offset"
            break
        out.append(_Side(times, zone, name, _balanced(text[start:stop]), start, stop, problem))
        pos = max(stop, end, pos + 1)
    return out


def _balanced(text: str) -> str:
    """The text without a closing parenthesis it did not open ("20:30 UTC)")."""
    text = text.strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text


def _written_zone(clock: ClockTime, side: _Side, fallback: str) -> tuple[dt.tzinfo, str]:
    """The zone a time is in: an offset written beside it, else its side's zone."""
    offset = parse_offset(clock.zone) if clock.zone else None
    if offset is not None:
        return dt.timezone(offset), f"UTC{clock.zone}"
    return ZoneInfo(side.zone.iana if side.zone else fallback), side.name


def _instant(day: dt.date, wall: dt.time, zone: dt.tzinfo, side: _Side) -> dt.datetime:
    """The instant a side's time means on ``day``; an abbreviation written beside it picks
    the reading that carries it, so "01:30 EST" on the night the clocks go back is the
    second 01:30 and no error."""
    if not isinstance(zone, ZoneInfo):
        return dt.datetime.combine(day, wall, tzinfo=zone)
    offset = None
    if side.zone is not None and side.zone.abbreviation:
        for fold in (0, 1):
            moment = dt.datetime.combine(day, wall, tzinfo=zone).replace(fold=fold)
            if (moment.tzname() or "").upper() == side.zone.abbreviation.upper():
                offset = moment.utcoffset()
                break
    return localize(day, wall, zone, what=side.text, offset=offset)


def _zoned(side: _Side) -> bool:
    """Whether a side names its zone: a time with none is no conversion's right side."""
    clocks = (side.times.start, side.times.end)
    offsets = [c for c in clocks if c is not None and c.zone and parse_offset(c.zone)]
    return side.zone is not None or side.problem is not None or bool(offsets)


def check_conversions(
    line: int, column: int, text: str, raw: str, days: Days, program: Program
) -> list[Finding]:
    """Each conversion in ``text``: "11:00 am US EDT = 15:00 UTC", "... is ...",
    "... / ...", "11:00 am US EDT (15:00 UTC)"; a left side without a zone is in the
    program's zone.  Checked on the line's own day, or, for a line about the whole
    program, on each day its abbreviation is in use (every day without one)."""
    findings: list[Finding] = []
    for left, right in itertools.pairwise(_sides(text, program.timezone)):
        joined = text[left.end : right.start]
        if not _CONNECTOR.fullmatch(joined) or not _zoned(right):
            continue
        if "/" in joined and not _zoned(left):
            # "10:00 - 11:00 / 14:00 - 15:00 CET" lists two sessions; it converts nothing.
            continue
        at = raw.find(left.text) + 1 if raw and left.text in raw else column + left.start
        says = _written(text[left.start : right.end])
        problem = left.problem or right.problem
        if problem is not None:
            findings.append(
                Finding(
                    line=line,
                    column=at,
                    severity=Severity.WARNING,
                    code="conversion",
                    says=says,
                    right=problem,
                    message=f'"{says}": {problem}',
                )
            )
            continue
        day = days.day_of(line)
        candidates = [day] if day is not None else _days_in_use(left, right, program)
        for candidate in candidates:
            found = _check_pair(line, at, says, left, right, candidate, program.timezone)
            if found:
                findings += found
                break
    return findings


def _days_in_use(left: _Side, right: _Side, program: Program) -> list[dt.date]:
    """The program's days on which the conversion's abbreviations are in use (else all)."""
    dates = list(program.dates)
    kept = dates
    for side in (left, right):
        if side.zone is None or side.zone.abbreviation is None:
            continue
        zone = ZoneInfo(side.zone.iana)
        wall = readings(side.times.start)[0]
        abbreviation = side.zone.abbreviation.upper()
        kept = [
            day
            for day in kept
            if any(
                (
                    dt.datetime.combine(day, wall, tzinfo=zone).replace(fold=fold).tzname() or ""
                ).upper()
                == abbreviation
                for fold in (0, 1)
            )
        ]
    return kept or dates


def _written(text: str) -> str:
    """The conversion as written, its parentheses closed ("11:00 am EDT (15:00 UTC)")."""
    text = _balanced(text)
    return text + ")" * max(0, text.count("(") - text.count(")"))


def _check_pair(
    line: int, column: int, says: str, left: _Side, right: _Side, day: dt.date, home: str
) -> list[Finding]:
    pairs = [(left.times.start, right.times.start)]
    if left.times.end is not None and right.times.end is not None:
        pairs.append((left.times.end, right.times.end))
    expected: list[str] = []
    wrong = False
    findings: list[Finding] = []
    for stated_left, stated_right in pairs:
        left_zone, _ = _written_zone(stated_left, left, home)
        right_zone, _ = _written_zone(stated_right, right, home)
        best: dt.datetime | None = None
        matched = False
        for wall in readings(stated_left):
            try:
                instant = _instant(day, wall, left_zone, left)
            except LocalTimeError as exc:
                findings.append(
                    said_but(line=line, column=column, code="conversion", says=says, right=str(exc))
                )
                return findings
            there = instant.astimezone(right_zone)
            best = best or there
            if there.time().replace(second=0, microsecond=0) in readings(stated_right):
                matched = True
                best = there
                break
        assert best is not None
        expected.append(format_like(stated_right, best.time()))
        wrong = wrong or not matched
        for side, moment in ((left, best), (right, best)):
            if side.zone is not None:
                found = abbreviation_finding(line, column, side.name, side.zone, moment)
                if found is not None:
                    findings.append(found)
    if wrong:
        shown = " - ".join(expected)
        right_text = (
            f"{left.text} is {shown} {right.name} on {day.isoformat()}"
            if left.zone is not None
            else f"{left.text} in {place(home)} is {shown} {right.name} on {day.isoformat()}"
        )
        findings.append(
            said_but(line=line, column=column, code="conversion", says=says, right=right_text)
        )
    return findings
