"""Zone names and abbreviations the page states, held to what tzdata says on their day.

"EST" beside a talk in July is wrong: New York keeps EDT then.  A name is
held to the instants of the items the line speaks about (its row, its
table, its day, or the whole program), never to the page's own reading of
it, since the reader takes the page's times as the zone's clock whatever
the page calls them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from ..errors import PageError, ZoneError
from ..model import Item, Program
from ..page._clock import parse_offset, parse_time_range
from ..zones import StatedZone, resolve_zone, zone_label
from ._report import Finding, Severity, hours, page_finding, place, said_but

__all__ = ["abbreviation_finding", "check_row_zone", "check_zone", "stated_zone"]

UTC = dt.UTC


def abbreviation_finding(
    line: int, column: int, name: str, stated: StatedZone, moment: dt.datetime
) -> Finding | None:
    """A finding when ``stated`` names an abbreviation its zone does not use at ``moment``."""
    if stated.abbreviation is None:
        return None
    local = moment.astimezone(ZoneInfo(stated.iana))
    actual = local.tzname() or ""
    if actual.upper() == stated.abbreviation.upper():
        return None
    right = (
        f"{place(stated.iana)} keeps {actual} ({hours(local.utcoffset())}) "
        f"on {local.date().isoformat()}"
    )
    return said_but(line=line, column=column, code="abbreviation", says=name, right=right)


def check_row_zone(problem: PageError, item: Item) -> list[Finding]:
    """What the zone keeps on a row's date, for the abbreviation beside its time.

    The reader rejects "10:00 - 10:45 EST" in August (code ``abbreviation``) and,
    reading for a checker, keeps the row's item with its times on the zone's
    clock; held to that item, the abbreviation says what is right instead of
    only that it is wrong.  Where no abbreviation beside the time is found
    wrong, the reader's own words stand.
    """
    found = [
        finding
        for name, stated, column in _beside_time(problem.text, problem.column)
        for moment in (item.start, item.end)
        if (finding := abbreviation_finding(problem.line, column, name, stated, moment))
    ]
    return found or [page_finding(problem)]


def _beside_time(cell: str, column: int) -> list[tuple[str, StatedZone, int]]:
    """The abbreviations written beside the times of a time cell: each as written, what
    it claims, and its column on the line (the cell's text starts at ``column``)."""
    times = parse_time_range(cell)
    if times is None:
        return []
    said: list[tuple[str, StatedZone, int]] = []
    for clock in (times.start, times.end):
        if clock is None or not clock.zone or parse_offset(clock.zone) is not None:
            continue
        try:
            stated = stated_zone(clock.zone)
        except ZoneError:
            continue
        if stated.abbreviation is None or any(name == clock.zone for name, _, _ in said):
            continue
        word = re.compile(r"(?<![A-Za-z])" + re.escape(clock.zone) + r"(?![A-Za-z])")
        first = word.search(cell, times.span[0], times.span[1])
        if first is not None:
            said.append((clock.zone, stated, column + first.start()))
    return said


def stated_zone(name: str, home: str | None = None) -> StatedZone:
    """What a zone name on the page claims, as ``check`` holds it to tzdata.

    A name that means the zone all year ("Central European Time", "Eastern Time",
    "ET", an IANA name) claims no half of the year, so it carries no abbreviation.
    An abbreviation the page's own zone uses (MST in Phoenix) is held to that zone.
    Raises :class:`ZoneError` for a name that means no zone or several.
    """
    stated = resolve_zone(name)
    if stated.abbreviation is None:
        return stated
    if _is_generic(name):
        return StatedZone(stated.iana)
    if home is not None and home != stated.iana and _uses(home, stated.abbreviation):
        return StatedZone(home, stated.abbreviation)
    return stated


def _is_generic(name: str) -> bool:
    """Whether a name means a zone all year rather than one half of it.

    "CET", "EST", "US EDT", "Eastern Standard Time", "British Summer Time" are one
    half; "Central European Time" is what Europe calls the zone in summer too.
    """
    words = re.sub(r"^US\s+", "", name.strip(), flags=re.IGNORECASE)
    if re.search(r"\b(?:standard|daylight|summer)\b", words, re.IGNORECASE):
        return False
    return not re.fullmatch(r"[A-Z]{2,5}", words)


def _uses(zone: str, abbreviation: str) -> bool:
    """Whether ``zone`` calls its time ``abbreviation`` in some part of a recent year."""
    try:
        tz = ZoneInfo(zone)
    except (ValueError, OSError):
        return False
    wanted = abbreviation.upper()
    return any(
        (dt.datetime(year, month, 15, 12, tzinfo=tz).tzname() or "").upper() == wanted
        for year in (2000, 2021, 2024)
        for month in (1, 7)
    )


def _kept(stated: StatedZone, moment: dt.datetime) -> bool:
    local = moment.astimezone(ZoneInfo(stated.iana))
    return stated.abbreviation is None or (
        (local.tzname() or "").upper() == stated.abbreviation.upper()
    )


def check_zone(
    line: int, column: int, name: str, items: Iterable[Item], program: Program
) -> list[Finding]:
    """The abbreviation against the times of the items the line speaks about.

    Each item's start and end are held to it.  A day on which it is wrong for every
    time is an error; a day on which it is right for some and wrong for others (the
    clocks change that day) is a warning that names the times where it stops being
    true.  A name for the zone all year ("Central European Time") is never wrong.
    """
    try:
        stated = stated_zone(name, program.timezone)
    except ZoneError:
        return []
    if stated.abbreviation is None:
        return []
    zone = program.zone
    by_day: dict[dt.date, list[tuple[dt.datetime, Item, str]]] = {}
    for item in items:
        day = item.start.astimezone(zone).date()
        ends = [(item.start, "start")] + ([(item.end, "end")] if item.end != item.start else [])
        by_day.setdefault(day, []).extend((moment, item, which) for moment, which in ends)
    warnings: list[Finding] = []
    for day, moments in by_day.items():
        wrong = [entry for entry in moments if not _kept(stated, entry[0])]
        if not wrong:
            continue
        if len(wrong) == len(moments):
            found = abbreviation_finding(line, column, name, stated, wrong[0][0])
            return [found] if found is not None else []
        warnings.append(_part_of_day(line, column, name, stated, day, moments, wrong))
    return warnings


def _part_of_day(
    line: int,
    column: int,
    name: str,
    stated: StatedZone,
    day: dt.date,
    moments: list[tuple[dt.datetime, Item, str]],
    wrong: list[tuple[dt.datetime, Item, str]],
) -> Finding:
    """A warning for an abbreviation right for some of a day's times and wrong for others."""
    zone = ZoneInfo(stated.iana)
    ordered = sorted(moments, key=lambda entry: entry[0])
    change = next(
        _transition(before[0], after[0], zone)
        for before, after in itertools.pairwise(ordered)
        if _kept(stated, before[0]) != _kept(stated, after[0])
    )
    before = (change - dt.timedelta(seconds=1)).astimezone(zone)
    after = change.astimezone(zone)
    wall = change.astimezone(UTC) + (before.utcoffset() or dt.timedelta())
    local = wrong[0][0].astimezone(zone)
    keeps = f"{zone_label(local)} ({hours(local.utcoffset())})"
    at = f"{wall:%H:%M} {zone_label(before)} (= {after:%H:%M} {zone_label(after)})"
    times: list[str] = []
    seen: set[int] = set()
    for moment, item, which in wrong:
        if id(item) in seen:
            continue
        seen.add(id(item))
        both = sum(1 for _, other, _ in wrong if other is item) == 2
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        if both:
            times.append(f'{start:%H:%M} - {end:%H:%M} ("{item.title}")')
        else:
            times.append(f'{moment.astimezone(zone):%H:%M}, the {which} of "{item.title}"')
    listed = ", ".join(times[:3]) + (f" and {len(times) - 3} more" if len(times) > 3 else "")
    right = f"{place(stated.iana)} keeps {keeps} from {at}, so it is not true for {listed}"
    return Finding(
        line=line,
        column=column,
        severity=Severity.WARNING,
        code="abbreviation",
        says=name,
        right=right,
        message=f'"{name}" is true for part of {day.isoformat()} only: {right}',
    )


def _transition(before: dt.datetime, after: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant, to the second, at which ``zone`` changes offset between two instants."""
    low, high = int(before.timestamp()), int(after.timestamp())

    def offset(seconds: int) -> dt.timedelta | None:
        return dt.datetime.fromtimestamp(seconds, tz=zone).utcoffset()

    first = offset(low)
    while high - low > 1:
        middle = (low + high) // 2
        if offset(middle) == first:
            low = middle
        else:
            high = middle
    return dt.datetime.fromtimestamp(high, tz=UTC)
