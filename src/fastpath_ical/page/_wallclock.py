"""Rows' wall-clock times into instants in the page's zone.

A time that reads earlier late in the evening is past midnight, an offset or
abbreviation written beside a time is honoured, and a row whose time holds
the rows under it is their session.  How a time without am/pm is read, and
what the rows of a day must agree on, is ``_walls``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from .._zone_core import localize_unchecked
from ..errors import LocalTimeError, PageError, ProgramError, ZoneError
from ..model import Item, ItemKind
from ..zones import abbreviation_offset, resolve_zone
from ._audit import audit_row
from ._clock import ClockTime, parse_offset, written_beyond_doubt
from ._records import PageWarning, Row
from ._side_by_side import (
    Horizons,
    find_holders,
    next_start,
    overlap_error,
    refuse_session_beside,
)
from ._walls import (
    at_time_cell,
    day_is_12_hour,
    refuse_early_stop,
    refuse_repeats,
    resolve,
    wall_times,
)

__all__ = ["make_items"]

#: A session's row read as a talk by its words ("Paper Session I", "Oral Session 1"):
#: holding talks, it is their session.
_TALKS = frozenset({ItemKind.TALK, ItemKind.CONTRIBUTED, ItemKind.INVITED})
#: How far a row may start before the item above it ends and still be read as written:
#: a slip of the page's minutes, far less than the hours a misread clock or day moves.
_SLIP = dt.timedelta(minutes=10)


def _offset(
    row: Row,
    clock: ClockTime | None,
    day: dt.date,
    wall: dt.time,
    zone: ZoneInfo,
    problems: list[PageError] | None = None,
) -> dt.timedelta | None:
    """The UTC offset written beside a time, if any, as zoneinfo gives it.

    An abbreviation the zone does not use that day ("10:00 EST" in August) is an
    error; with ``problems`` it is said there and the time read as the zone's clock,
    as an abbreviation in the header is, so that a checker reading the page once
    still has the row's item and can say what the zone keeps on its date.
    """
    if clock is None or clock.zone is None:
        return None
    numeric = parse_offset(clock.zone)
    if numeric is not None:
        return numeric
    try:
        stated = resolve_zone(clock.zone)
    except ZoneError:
        return None
    if stated.abbreviation is None:
        return None
    found = abbreviation_offset(day, wall, zone, clock.zone)
    if found is None:
        error = at_time_cell(
            row,
            f"{row.title!r}: {wall:%H:%M} {clock.zone} is not a time in {zone.key} "
            f"on {day.isoformat()}",
            expected=f"the abbreviation {zone.key} uses on that day, or a UTC offset",
            code="abbreviation",
        )
        if problems is None:
            raise error
        problems.append(error)
    return found


def make_items(
    rows: Sequence[Row],
    zone: ZoneInfo,
    warnings: list[PageWarning],
    *,
    end: dt.time | None = None,
    problems: list[PageError] | None = None,
) -> tuple[tuple[Item, ...], list[int]]:
    """The rows' items, their instants in ``zone``, and each item's line.

    ``end`` ends a day's open last item.  With ``problems``, a row whose time
    cannot be placed is said there and left out, and the others are still made
    (so that a check names every such row at once); without, the first raises.
    A row whose only fault is an abbreviation the zone does not use that day is
    said there too but kept, its times read as the zone's clock (see ``_offset``).
    """
    day_end = end
    bad: set[int] = set()

    def fail(index: int, error: PageError) -> None:
        if problems is None:
            raise error
        problems.append(error)
        bad.add(index)

    walls = wall_times(rows, warnings)
    refuse_repeats(rows, walls)
    refuse_early_stop(rows, walls)
    found = find_holders(rows, walls, zone, warnings)
    holders = found.held
    sessions = found.sessions
    days: list[dt.date] = []
    starts: list[dt.datetime] = []
    shift = 0
    for index, (row, (start, _)) in enumerate(zip(rows, walls, strict=True)):
        before = rows[index - 1] if index else None
        if before is None or before.day.date != row.day.date:
            shift = 0
        elif _after_midnight(walls[index - 1][0], start):
            shift += 1
            warnings.append(
                PageWarning(
                    row.line,
                    row.time_cell.column,
                    f"{row.title!r} at {start:%H:%M} comes after {walls[index - 1][0]:%H:%M}: "
                    "read as the next day",
                )
            )
        day = row.day.date
        try:
            day = _add_days(row, row.day.date, shift)
            offset = _offset(row, row.times.start, day, start, zone, problems)
            starts.append(_instant(row, day, start, zone, "start", offset))
        except PageError as error:
            fail(index, error)
            starts.append(dt.datetime.combine(day, start, tzinfo=zone))
        days.append(day)
    items: list[Item] = []
    lines: list[int] = []
    horizons = Horizons()
    last = 0  # the row of the item above
    # "### 10:15 - 11:30 Session 2" over start-only rows: the last of them ends with it.
    session_ends = {
        index: walls[holder][1]
        for index, holder in holders.items()
        if holders.get(index + 1) != holder
    }
    for index, (row, (start, end)) in enumerate(zip(rows, walls, strict=True)):
        horizons.passed(index - 1)
        if row.ends_day or row.cancelled or index in bad:
            continue
        if end is None:
            end = session_ends.get(index)
        above = items[-1] if items else None
        try:
            item = _item(
                row,
                index,
                start,
                end,
                starts,
                days,
                rows,
                zone,
                day_end,
                items,
                horizons.of(row.track).limit(starts[index]),
                found.held,
                sessions,
                warnings,
                problems,
            )
            if (
                above is not None
                and item.start_utc == above.start_utc
                and holders.get(index) != last
            ):
                refuse_session_beside(
                    row, walls[index][1] is None, rows[last], walls[last][1] is None
                )
                warnings.append(
                    PageWarning(
                        row.line,
                        row.time_cell.column,
                        f"{row.title!r} starts at {start:%H:%M} as {above.title!r} above "
                        "it does: read as parallel items (side by side)",
                    )
                )
        except PageError as error:
            fail(index, error)
            continue
        # A desk open all day beside the program, its range beyond doubt, runs beside what
        # follows it too ("07:30 – 20:30 | Registration", then "18:30 | Reception").
        open_beside = index not in sessions and written_beyond_doubt(row.times)
        horizons.add(item, row.track, found.beside.get(index), counts=not open_beside)
        last = index
        items.append(item)
        lines.append(row.line)
    return tuple(items), lines


def _item(
    row: Row,
    index: int,
    start: dt.time,
    end: dt.time | None,
    starts: Sequence[dt.datetime],
    days: Sequence[dt.date],
    rows: Sequence[Row],
    zone: ZoneInfo,
    day_end: dt.time | None,
    items: Sequence[Item],
    limit: Item | None,
    holders: dict[int, int],
    sessions: frozenset[int],
    warnings: list[PageWarning],
    problems: list[PageError] | None,
) -> Item:
    """The item of one row, its instants placed; a PageError naming its time cell if not.

    The row may not start before ``limit`` ends (``Horizon.limit``).  ``problems``
    takes what the row says that is wrong but does not stop its item (an
    abbreviation the zone does not use that day), where a checker collects them."""
    start_at = starts[index]
    day = days[index]
    if end is None:
        if row.minutes is not None:
            # "| 11:00am | 60 | Meshing |": the page says how long, so the next start does
            # not (the half hour before lunch is free).
            end_at = (start_at.astimezone(dt.UTC) + dt.timedelta(minutes=row.minutes)).astimezone(
                zone
            )
        elif (following := next_start(index, rows, starts)) is not None:
            end_at = following
        elif row.day.span is not None and row.day.span.end is not None:
            wall = resolve(row.day.span.end, start, day_is_12_hour([row]))
            end_at = _instant(row, day, wall, zone, "end", None)
        elif day_end is not None:
            end_at = _instant(row, day, day_end, zone, "end", None)
        else:
            raise at_time_cell(
                row,
                f"{row.title!r}, the last item of the day, has no end time and the page "
                "states no end of the day",
                expected="a range such as '16:25 - 16:30', the day's span on the date line, "
                "or the end argument, e.g. 18:00 ('end:' under 'fastpath-ical:' in the front "
                "matter)",
                code="no-end",
            )
    else:
        offset = _offset(row, row.times.end, day, end, zone, problems)
        end_at = _instant(row, day, end, zone, "end", offset)
        if end_at.astimezone(dt.UTC) <= start_at.astimezone(dt.UTC):
            if _after_midnight(start, end):
                next_day = _add_days(row, day, 1)
                offset = _offset(row, row.times.end, next_day, end, zone, problems)
                end_at = _instant(row, next_day, end, zone, "end", offset)
                warnings.append(
                    PageWarning(
                        row.line,
                        row.time_cell.column,
                        f"{row.title!r} ends at {end:%H:%M} on the next day "
                        f"({next_day.isoformat()})",
                    )
                )
            else:
                raise at_time_cell(
                    row,
                    f"{row.title!r} ends ({end:%H:%M}) before it starts ({start:%H:%M})",
                    expected="an end time after the start time",
                )
    if items and start_at.astimezone(dt.UTC) < items[-1].start_utc:
        raise at_time_cell(
            row,
            f"time goes backwards: {row.title!r} at {row.time_cell.content.text!r} "
            f"starts before the item above it ({items[-1].start:%H:%M})",
            expected="items in order through the day",
        )
    if limit is not None and start_at.astimezone(dt.UTC) < limit.end_utc:
        above = items[-1] if items else None
        overlap = limit.end_utc - start_at.astimezone(dt.UTC)
        if limit is not above or row.times.end is None or overlap > _SLIP:
            raise overlap_error(row, start_at, limit, above)
        # "09:00 - 09:40 Talk", then "09:30 - 10:00 Coffee Break": the page's own slip of
        # minutes, both times written; no misread of a clock or a day is so small (those
        # move an item by hours). Read as written, as a person copying the page would.
        warnings.append(
            PageWarning(
                row.line,
                row.time_cell.column,
                f"{row.title!r} starts at {start_at:%H:%M}, before the item above it ends "
                f"({limit.end:%H:%M}): both read as the page writes them",
            )
        )
    audit_row(row)
    try:
        return Item(
            start=start_at,
            end=end_at,
            kind=ItemKind.SESSION if index in sessions and row.kind in _TALKS else row.kind,
            title=row.title,
            people=row.people,
            links=row.links,
            session=rows[holders[index]].title if index in holders else row.session,
            abstract=row.abstract,
            chair=row.chair,
            extra=row.extra,
            papers=row.papers,
        )
    except ProgramError as exc:
        raise at_time_cell(row, str(exc)) from None


def _after_midnight(before: dt.time, after: dt.time) -> bool:
    """A later time that reads earlier on the clock, late in the evening, is past midnight."""
    return after < before and before.hour >= 18 and after.hour < 6


def _add_days(row: Row, day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise at_time_cell(
            row,
            "this date is past the end of the calendar",
            expected="a date before the year 9999",
        ) from None


def _instant(
    row: Row,
    day: dt.date,
    wall: dt.time,
    zone: ZoneInfo,
    which: str,
    offset: dt.timedelta | None,
) -> dt.datetime:
    try:
        moment = localize_unchecked(day, wall, zone, what=f"{row.title!r} ({which})", offset=offset)
        moment.astimezone(dt.UTC)
    except LocalTimeError as exc:
        raise at_time_cell(
            row,
            str(exc),
            expected="a time that exists once on the clock in "
            + zone.key
            + ", or a UTC offset beside it",
        ) from None
    except OverflowError:
        raise at_time_cell(
            row,
            "this time is past the end of the calendar",
            expected="a date before the year 9999",
        ) from None
    return moment
