"""A day's rows as wall-clock times, and what the rows of a day must agree on.

A time with no am/pm is read the way a person reads down a program; a row
written twice, or a day whose rows stop long before the end its date line
states, is refused here, before any instant is made of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .._patterns import lazy_compile
from ..errors import PageError
from ._clock import ClockTime
from ._records import PageWarning, Row

__all__ = [
    "at_time_cell",
    "day_is_12_hour",
    "refuse_early_stop",
    "refuse_repeats",
    "resolve",
    "wall_times",
]


def resolve(clock: ClockTime, floor: dt.time | None, twelve_hour: bool) -> dt.time:
    """The wall-clock time of ``clock``: as written, or for a 12-hour clock with no am/pm,
    the first reading at or after ``floor`` (the way a person reads down a program),
    unless that reading is implausibly far ahead; then the time is taken as going
    backwards, and the caller reports it."""
    if clock.meridiem is not None or not clock.on_twelve_hours or not twelve_hour:
        return clock.to_time()
    morning, afternoon = clock.to_time("am"), clock.to_time("pm")
    if clock.hour == 12:
        morning = afternoon
    if floor is None:
        # "06:00" first thing is six in the morning: a leading zero is a 24-hour habit.
        return morning if 7 <= clock.hour <= 12 or clock.padded else afternoon
    if morning >= floor:
        return morning
    later = dt.datetime.combine(dt.date.min, afternoon) - dt.datetime.combine(dt.date.min, floor)
    if later > _LONGEST_GAP:
        # "10:30" after an item that ends at 11:00 is an overlap, not 22:30.
        return morning
    return afternoon


#: How far past the item above a 12-hour time without am/pm may be read as afternoon.
_LONGEST_GAP = dt.timedelta(hours=9)


def day_is_12_hour(rows: Sequence[Row]) -> bool:
    """A day whose times are all 1..12 with no leading zero, or that writes am/pm, is read
    on a 12-hour clock; a day with 13:00 or 08:00 in it is a 24-hour day."""
    clocks = [c for row in rows for c in (row.times.start, row.times.end) if c is not None]
    spans = [row.day.span for row in rows[:1] if row.day.span is not None]
    clocks += [c for span in spans for c in (span.start, span.end) if c is not None]
    if any(c.meridiem for c in clocks):
        return True
    # "12:30 - 02:00 Lunch": a leading zero alone does not make a day's clock 24-hour.
    return all(c.on_twelve_hours for c in clocks)


def _noon_for_midnight(
    row: Row, start: dt.time, floor: dt.time | None, warnings: list[PageWarning]
) -> dt.time:
    """ "12:00 am | Lunch" after "11:30 am": twelve at night between two rows of the day is
    the slip of writing am for noon; read as noon, and said."""
    clock = row.times.start
    if not (
        clock.meridiem == "am"
        and clock.hour == 12
        and floor is not None
        and dt.time(6) <= floor <= dt.time(12, clock.minute)
    ):
        return start
    noon = dt.time(12, clock.minute)
    warnings.append(
        PageWarning(
            row.line,
            row.time_cell.column,
            f"{row.time_cell.content.text!r} after {floor:%H:%M} would be midnight: read as "
            f"{noon:%H:%M}, noon",
        )
    )
    return noon


def _end_noon_for_midnight(
    row: Row, clock: ClockTime, start: dt.time, end: dt.time, warnings: list[PageWarning]
) -> dt.time:
    """ "11:30am - 12:00am": a morning item that ends at twelve written with the morning's am
    ends at noon, not half a day later at midnight; said."""
    if not (
        clock.meridiem == "am"
        and clock.hour == 12
        and end.hour == 0
        # "11:30am - 12:00am": a start within two hours of noon ("8:00am - 12:00am,
        # Hackathon" may run to midnight).
        and dt.time(10) <= start < dt.time(12, clock.minute)
    ):
        return end
    noon = dt.time(12, clock.minute)
    warnings.append(
        PageWarning(
            row.line,
            row.time_cell.column,
            f"{row.time_cell.content.text!r} would end at midnight: read as ending at "
            f"{noon:%H:%M}, noon",
        )
    )
    return noon


#: An am/pm marker after a time: "11:15 - 12:00 AM" marks the end alone.
_MARKER = lazy_compile(r"\d\s*[ap]\.?\s*m\b", re.IGNORECASE, needs="m")


def _range_to_noon(
    row: Row,
    start: dt.time,
    end: dt.time | None,
    floor: dt.time | None,
    warnings: list[PageWarning],
) -> tuple[dt.time, dt.time | None]:
    """ "11:15 - 12:00 AM" after "10:00 - 11:15 AM": a morning item to noon, written with
    the am of the morning; read as 23:15 to midnight, it would jump the day ahead by half.
    Only with the one marker after the end, and a morning before it; said."""
    clock = row.times.end
    if (
        clock is None
        or end is None
        or not (clock.meridiem == "am" and clock.hour == 12)
        or row.times.start.meridiem != "pm"
        or floor is None
        or not dt.time(6) <= floor < dt.time(12)
        or len(_MARKER.findall(row.time_cell.content.text)) != 1
    ):
        return start, end
    morning = dt.time(row.times.start.hour % 12, row.times.start.minute)
    noon = dt.time(12, clock.minute)
    if not floor <= morning < noon:
        return start, end
    warnings.append(
        PageWarning(
            row.line,
            row.time_cell.column,
            f"{row.time_cell.content.text!r} after {floor:%H:%M} would run to midnight: read "
            f"as {morning:%H:%M} - {noon:%H:%M}, to noon",
        )
    )
    return morning, noon


def wall_times(
    rows: Sequence[Row], warnings: list[PageWarning]
) -> list[tuple[dt.time, dt.time | None]]:
    """Wall-clock start and end of each row, day by day."""
    out: list[tuple[dt.time, dt.time | None]] = []
    index = 0
    while index < len(rows):
        date = rows[index].day.date
        end_index = index
        while end_index < len(rows) and rows[end_index].day.date == date:
            end_index += 1
        day_rows = rows[index:end_index]
        twelve = day_is_12_hour(day_rows)
        span = day_rows[0].day.span
        floor = resolve(span.start, None, twelve) if span else None
        #: The range of the row above, which may hold the rows under it (a session).
        above: tuple[dt.time, dt.time] | None = None
        for row in day_rows:
            start = _noon_for_midnight(
                row, resolve(row.times.start, floor, twelve), floor, warnings
            )
            if above is not None and not above[0] <= start < above[1]:
                held = resolve(row.times.start, above[0], twelve)
                if above[0] <= held < above[1]:
                    # "### Session 1: 7:45–11:05AM", then "- 7:45 - 8:00 Opening": a time
                    # inside the session above reads as its talk's, not as 19:45.
                    start = held
            end = resolve(row.times.end, start, twelve) if row.times.end else None
            if end is not None and row.times.end is not None:
                end = _end_noon_for_midnight(row, row.times.end, start, end, warnings)
            start, end = _range_to_noon(row, start, end, floor, warnings)
            out.append((start, end))
            floor = end or start
            above = (start, end) if end is not None and end > start else None
            inferred = [
                c
                for c in (row.times.start, row.times.end)
                if c is not None and twelve and c.meridiem is None and not c.is_24h and c.hour != 12
            ]
            literal = [resolve(c, None, False) for c in inferred]
            read = [w for c, w in ((row.times.start, start), (row.times.end, end)) if c in inferred]
            if literal != read:
                shown = f"{start:%H:%M}" + (f" - {end:%H:%M}" if end else "")
                warnings.append(
                    PageWarning(
                        row.line,
                        row.time_cell.column,
                        f"no am/pm: read {row.time_cell.content.text!r} as {shown}",
                    )
                )
        index = end_index
    return out


#: How much earlier than the day's stated end its program may stop: a last talk that ends
#: at 4:30 under "9 am - 5 pm" is a page as people write it; one that ends at 11:00 is a
#: table that lost its afternoon (a blank line, a stray comment, a paste).
_EARLY_STOP = dt.timedelta(hours=1)


def refuse_early_stop(rows: Sequence[Row], walls: Sequence[tuple[dt.time, dt.time | None]]) -> None:
    """A day whose rows stop long before the end its date line states is refused."""
    index = 0
    while index < len(rows):
        date = rows[index].day.date
        last = index
        while last + 1 < len(rows) and rows[last + 1].day.date == date:
            last += 1
        span = rows[index].day.span
        ends = [wall[1] or wall[0] for wall in walls[index : last + 1]]
        open_ended = walls[last][1] is None  # the stated end is its end
        if span is not None and span.end is not None and not open_ended and ends == sorted(ends):
            stated = resolve(span.end, None, day_is_12_hour(rows[index : last + 1]))
            reached = dt.datetime.combine(date, ends[-1])
            if dt.datetime.combine(date, stated) - reached > _EARLY_STOP:
                row = rows[last]
                raise at_time_cell(
                    row,
                    f"the program stops at {ends[-1]:%H:%M} here, but line {row.day.line} says "
                    f"the day ends at {stated:%H:%M}: rows may be lost (a blank line, a "
                    "comment or a paste in the table), or the day's end is wrong",
                    expected=f"the rows up to {stated:%H:%M}, or the day's real end",
                    code="early-stop",
                )
        index = last + 1


def refuse_repeats(rows: Sequence[Row], walls: Sequence[tuple[dt.time, dt.time | None]]) -> None:
    """The same talk twice on one day at one time is a row pasted twice, not two talks.

    Left alone, the first copy's time would hold the second and be read as its
    session: a feed with a talk inside a session of its own name.
    """
    seen: dict[tuple[object, ...], Row] = {}
    for row, wall in zip(rows, walls, strict=True):
        key = (row.day.date, wall, row.kind, row.title, row.people, row.extra)
        first = seen.setdefault(key, row)
        if first is not row:
            raise at_time_cell(
                row,
                f"this row repeats line {first.line} (same day, time, title and people): "
                "one talk listed twice",
                expected="each talk once",
            )


def at_time_cell(row: Row, message: str, expected: str = "", code: str = "") -> PageError:
    """An error about a row's time, pointing at its time cell: where the fix goes."""
    return PageError(
        message,
        line=row.line,
        column=row.time_cell.column,
        text=row.time_cell.raw,
        expected=expected,
        code=code,
    )
