"""Timetables: tables whose columns are days or tracks, over rows of times.

Days: "| | October 21 | October 22 |".
A week of a summer school or a two-day meeting is often laid out as a timetable:
the times down the first column, a day in each column after it.  Each day's column is
read as a table of its own, under the day its header cell names, beside the time
column to its left (a page may give each day its own: "| | Day 1 | | Day 2 |").
A filled cell is an item on that day and an empty one is none; a cell that spans rows
(HTML ``rowspan``) lasts until the row after its last, and one that spans columns
(``colspan``) is on each day it spans.

Tracks: "| Time | Track A | Track B |", "<th>Room 1</th><th>Room 2</th>".  The rows
are read in order, each track's cell an item of that track (its ``Track`` beside it),
so that items of two tracks at one time are parallel; a cell spanning every track, or
the same text in each, is one item of no track.  A header whose cells are neither all
days nor all tracks is no timetable, and is left to the other readers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..datenames import month_name, weekday_name
from ..errors import PageError
from ._blocks import Cell, Table
from ._clock import ClockTime, TimeRange, parse_time_range
from ._columns import Column, Layout, column_of, times_in
from ._dates import date_in, is_only_date, next_weekday, weekday_only
from ._records import Day, Schedule
from ._untimed import DAY_ROW

__all__ = [
    "day_columns",
    "names_a_place_or_track",
    "names_a_track",
    "spanned_rows_joined",
    "track_columns",
]


_A_DAY = dt.timedelta(days=1)

#: The layout of every day's table: its time, then its cells.
_LAYOUT = Layout(columns={Column.TIME: 0, Column.TITLE: 1})


def day_columns(
    table: Table, *, year: int | None, after: dt.date | None, last: dt.date | None = None
) -> tuple[Schedule, ...] | None:
    """The table's days, each its own table, when its header row names only days.

    ``year`` is the year of dates written without one; ``after`` the day on or after
    which a column named by a weekday alone falls, and ``last`` the last day the page
    gives, if it gives a range.
    """
    head, rows = _head(table, year)
    if head is None:
        return None
    days = _days(head, year, after, last)
    if days is None:
        return None
    times = [index for index in range(len(head)) if times_in(rows, index)]
    out: list[Schedule] = []
    for index, day in days:
        beside = [column for column in times if column < index]
        if not beside:
            return None
        # The time column's own header ("Time (CEST)") may say the times' zone.
        named = head[beside[-1]]
        time_header = (
            named
            if column_of(named) is Column.TIME
            else Cell(raw="Time", line=head[index].line, column=1)
        )
        out.append(
            Schedule(
                Table(
                    header=(time_header, head[index]),
                    rows=tuple(pair for pair in _column(rows, beside[-1], index) if pair),
                    line=head[index].line,
                    source=table.source,
                ),
                _LAYOUT,
                Day(day, head[index].line),
            )
        )
    return tuple(out)


#: A header cell naming a track or a room: "Track A", "Room 101", "Main Hall", "Stage 2",
#: "Ballroom", a session by its letter or number ("Session A", "Session 2"), or a stream
#: of one kind beside the talks ("Workshops", "Tutorials").
_TRACK = lazy_compile(
    r"(?:.*\b)?(?:track|(?:ball|class|board)?room|hall|stage|stream|auditorium|"
    r"theat(?:re|er)|salle|sala|raum|trilha|aula|workshops|tutorials|session\s+\w{1,2})\b.*"
    # "M101講義室", "IPEホール", "4階ラウンジ", "第1会場": rooms as Japanese and Chinese
    # write them, with no space that would make a word's edge.
    # (not a day's column that names its room: "1日目（大会議室）").
    r"|(?!.*(?:日目|曜日|第\s*\d+\s*日))(?-i:.*(?:室|ホール|ラウンジ|会場|講堂|厅).*)",
    re.IGNORECASE,
    needs=(
        "track room hall stage stream auditorium theat salle sala raum trilha aula workshops "
        "tutorials session 室 ホール ラウンジ 会場 講堂 厅"
    ),
)

#: "Madrid 69", "Belgrado 73": a venue's rooms named for cities, by their numbers (a word
#: that numbers a part of the program, "Day 2", "Speaker 1", is none).
_NUMBERED_ROOM = lazy_compile(
    r"(?!(?:day|week|part|speaker|talk|paper|group|team|slot|module|lecture|lab|session|"
    r"track|block|round|phase|step|level|option)\b)(?-i:[A-Z][a-zà-ÿ]{2,})\s+"
    r"(?!(?:19|20)\d\d$)\d{2,4}",
    re.IGNORECASE,
)


def _a_track(text: str) -> bool:
    """Whether a header cell names a track or a room (``_TRACK``, ``_NUMBERED_ROOM``)."""
    return bool(_TRACK.fullmatch(text) or _NUMBERED_ROOM.fullmatch(text))


#: A header cell that names a track by its number or letter: "Track 2", "Track B".
_NUMBERED_TRACK = lazy_compile(r"\W*track\s*[#:]?\s*\w{1,3}\W*", re.IGNORECASE, needs="track")


def names_a_track(text: str) -> bool:
    """Whether a header cell names a track by its number ("Track 2", "Track B"): a column of
    talks beside others like it, never a room's or a stream's name for each talk."""
    return bool(_NUMBERED_TRACK.fullmatch(text))


def names_a_place_or_track(text: str) -> bool:
    """Whether a header cell names a room, a hall or a track ("Room A", "Main Hall")."""
    return bool(_TRACK.fullmatch(text))


#: The layout of a timetable of tracks read as one table: time, cell, track.
_TRACK_LAYOUT = Layout(columns={Column.TIME: 0, Column.TITLE: 1, Column.TRACK: 2})


def track_columns(table: Table) -> tuple[Table, Layout] | None:
    """The table as one table of (time, cell, track) rows, when its header names tracks."""
    head = table.header
    names = [(index, cell) for index, cell in enumerate(head) if not cell.is_empty]
    if sum(not _a_track(cell.content.text) for _, cell in names) > 1:
        return None  # more than a time column's header besides the tracks: no timetable
    rows: list[Sequence[Cell]] = list(table.rows)
    times = [index for index in range(len(head)) if times_in(rows, index)]
    if len(times) != 1:
        return None
    tracks = [(index, cell) for index, cell in names if index != times[0]]
    if len(tracks) < 2 or not all(
        index > times[0] and _a_track(cell.content.text) for index, cell in tracks
    ):
        return None
    time = times[0]
    columns = [_column(rows, time, index) for index, _ in tracks]
    out: list[tuple[Cell, ...]] = []
    #: The last timed row's items by track column, each with the untimed cells under it
    #: in its own column ("| | **Second talk** - Bo Ray | **Other room's** - Cy Dee |"):
    #: written out together, so each is read under its own track's item.
    block: dict[int, list[tuple[Cell, ...]]] = {}

    def flush() -> None:
        for entries in block.values():
            out.extend(entries)
        block.clear()

    for at, row in enumerate(rows):
        when = row[time] if time < len(row) else None
        if when is None or when.is_empty:
            rest = [cell for cell in row if not cell.is_empty]
            under = {
                index: cell
                for index, _ in tracks
                if (cell := _own_cell(row, index)) is not None and not cell.is_empty
            }
            if rest and block and len(under) == len(rest) and under.keys() <= block.keys():
                for index, cell in under.items():
                    block[index].append((Cell(raw="", line=cell.line, column=1), cell))
                continue
            # No time: left for the table's reader to say what it is (a session's name,
            # or an error), never dropped.
            flush()
            if rest:
                out.append((Cell(raw="", line=rest[0].line, column=1), rest[0]))
            continue
        flush()
        here = [
            (cells[at], name, index) for cells, (index, name) in zip(columns, tracks, strict=True)
        ]
        filled = [(pair, name, index) for pair, name, index in here if pair is not None]
        texts = {pair[1].content.text for pair, _, _ in filled}
        if len(filled) > 1 and len(texts) == 1:
            # "| 12:00 | Lunch | Lunch |": one item for every track.
            out.append(filled[0][0])
            continue
        for pair, name, index in filled:
            block[index] = [(*_own_time(*pair), name)]
    flush()
    header = (
        Cell(raw="Time", line=head[time].line, column=head[time].column),
        Cell(raw="Title", line=table.line, column=1),
        Cell(raw="Track", line=table.line, column=1),
    )
    return Table(
        header=header, rows=tuple(out), line=table.line, source=table.source
    ), _TRACK_LAYOUT


def _own_time(when: Cell, cell: Cell) -> tuple[Cell, Cell]:
    """A track's cell whose last line is a range of its own ("開会式<br>08:50–09:00" in the
    row of 08:30): the item's time, over the grid's rows, which only place it; the cell
    without that line. Else the row's time and the cell as they are."""
    content = cell.content
    written = [index for index, line in enumerate(content.lines) if line.strip()]
    if len(written) < 2:
        return when, cell
    last = content.lines[written[-1]].strip()
    times = parse_time_range(last)
    if times is None or times.end is None or times.span != (0, len(last)):
        return when, cell
    if not _within_the_rows(times, parse_time_range(when.content.text)):
        return when, cell  # a range the rows do not hold: the cell says it, as written
    kept = set(written[:-1])
    shorter = attrs.evolve(
        content,
        text=" ".join(content.lines[index].strip() for index in written[:-1]),
        lines=tuple(line if index in kept else "" for index, line in enumerate(content.lines)),
        runs=tuple(run for run in content.runs if run.line in kept),
    )
    return (
        Cell(raw=last, line=cell.line, column=cell.column),
        Cell(raw=cell.raw, line=cell.line, column=cell.column, content=shorter),
    )


#: A day to compare clock times on (any: only their order matters).
_SOME_DAY = dt.date(2000, 1, 3)


def _within_the_rows(own: TimeRange, rows: TimeRange | None) -> bool:
    """Whether a cell's own range starts within the rows it spans (from half an hour
    before their start, "08:50" in the row of 08:30, to before their end)."""
    if rows is None:
        return False
    start, first = own.start.to_time(), rows.start.to_time()
    early = dt.datetime.combine(_SOME_DAY, first) - dt.timedelta(minutes=30)
    if dt.datetime.combine(_SOME_DAY, start) < early:
        return False
    return rows.end is None or start < rows.end.to_time()


def _head(table: Table, year: int | None) -> tuple[Sequence[Cell] | None, list[Sequence[Cell]]]:
    """The row naming the days, and the rows under it: the header, or a row under rows of
    day labels only ("| | **Day 1** | | **Day 2** |" over the dates)."""
    rows: list[Sequence[Cell]] = [table.header, *table.rows] if table.header else list(table.rows)
    for at, row in enumerate(rows[:3]):
        if _all_days(row, year):
            return row, rows[at + 1 :]
        if not all(cell.is_empty or DAY_ROW.fullmatch(cell.content.text) for cell in row):
            break
    return None, rows


def _all_days(cells: Sequence[Cell], year: int | None) -> bool:
    """Whether a row names only days, besides the time column's own name ("| Time |
    Wednesday Oct. 01 | Thursday Oct. 02 |")."""
    filled = [
        cell.content.text
        for cell in cells
        if not cell.is_empty and not (cell is cells[0] and column_of(cell) is Column.TIME)
    ]
    return len(filled) >= 2 and all(
        is_only_date(text, year) or weekday_only(text) for text in filled
    )


def _days(
    head: Sequence[Cell], year: int | None, after: dt.date | None, last: dt.date | None
) -> list[tuple[int, dt.date]] | None:
    """Each day column's index and date; ``None`` when a weekday alone has no week to
    fall in.

    A weekday alone falls on or after the page's day, within the days the page gives;
    under one date, the first column is that date's weekday or the next day's: under "31
    August 2018", a Friday, a "Monday" column is no day of the program (the page's week
    began on the 27th, which it does not say), and reading it as September 3 would move
    the week.
    """
    out: list[tuple[int, dt.date]] = []
    first = after
    for index, cell in enumerate(head):
        if cell.is_empty or (index == 0 and column_of(cell) is Column.TIME):
            continue
        text = cell.content.text
        date = date_in(text, cell.line, cell.raw, year) if is_only_date(text, year) else None
        first = first or date  # "| Time | Monday, June 3, 2024 | Tuesday |": from the first
        if date is None:
            if after is None or first is None:
                return None
            date = next_weekday(after, text)
            # Under one date, the first column is that day or the next ("Arrival on
            # Sunday, June 2", then Monday's column).
            if (date > last) if last else (after is first and date > first + _A_DAY):
                days = (
                    f"from {first.isoformat()} to {last.isoformat()}"
                    if last
                    else (f"{first.isoformat()}, a {weekday_name(first)}")
                )
                raise PageError(
                    f"{text!r} would be {weekday_name(date)}, {month_name(date)} {date.day}, "
                    f"which is no day of the program ({days}, as the page gives it)",
                    line=cell.line,
                    column=cell.column,
                    text=text,
                    expected="a date in the column's header, or the program's days as a range",
                )
        after = date
        out.append((index, date))
    return out


#: A cell that says there is nothing in its day's column then: "-", "—", "–", "N/A".
_NOTHING = lazy_compile(r"\s*(?:[-–—]+|(?i:n/a|n\.a\.))\s*")


def _has_end(row: Sequence[Cell], time: int) -> bool:
    """Whether the row's time cell says when its items end ("10:00 - 10:30")."""
    found = parse_time_range(row[time].content.text) if time < len(row) else None
    return found is not None and found.end is not None


def _column(
    rows: Sequence[Sequence[Cell]], time: int, index: int
) -> list[tuple[Cell, Cell] | None]:
    """For each row, its time and the column's cell when the cell starts an item there
    (a cell spanning rows with the time made to end where it does); else ``None``."""
    cells = [_own_cell(row, index) for row in rows]
    out: list[tuple[Cell, Cell] | None] = []
    for at, (row, cell) in enumerate(zip(rows, cells, strict=True)):
        when = row[time] if time < len(row) else None
        if (
            cell is None
            or cell.is_empty
            or (at and cells[at - 1] is cell)
            or (_NOTHING.fullmatch(cell.content.text) and _has_end(row, time))
        ):
            # No item ("-": nothing that day, where each row says when it ends), or the
            # rest of a cell spanning rows.
            out.append(None)
            continue
        if when is None or when.is_empty:
            out.append(None)
            continue
        last = at
        while last + 1 < len(cells) and cells[last + 1] is cell:
            last += 1
        if last > at:
            after = rows[last + 1] if last + 1 < len(rows) else ()
            when = _until(when, _time_at(rows[last], time), _time_at(after, time))
        out.append((when, cell))
    return out


def spanned_rows_joined(table: Table, layout: Layout) -> Table:
    """A table whose title cell spans the rows below it (HTML ``rowspan``), rows that hold
    nothing of their own but their time: one row, from its first row's start to its last
    row's end, or to the start of the row after it ("Fuzzing Printers" over 9:30 and
    10:00 is one talk from 9:30 to 10:30, not two)."""
    time, title = layout.columns.get(Column.TIME), layout.columns.get(Column.TITLE)
    if table.source != "html" or time is None or title is None:
        return table
    rows = list(table.rows)
    out: list[tuple[Cell, ...]] = []
    at = 0
    while at < len(rows):
        row = rows[at]
        last = at
        while last + 1 < len(rows) and _goes_on(rows[last + 1], row, time, title):
            last += 1
        if last > at and time < len(row):
            after = rows[last + 1] if last + 1 < len(rows) else ()
            when = _until(row[time], _time_at(rows[last], time), _time_at(after, time))
            row = (*row[:time], when, *row[time + 1 :])
        out.append(tuple(row))
        at = last + 1
    return Table(header=table.header, rows=tuple(out), line=table.line, source=table.source)


def _goes_on(row: Sequence[Cell], first: Sequence[Cell], time: int, title: int) -> bool:
    """Whether ``row`` only goes on with ``first``: its title cell is ``first``'s, spanning
    rows, and every other cell but its time is one spanning from above or empty."""
    if title >= len(row) or title >= len(first) or row[title] is not first[title]:
        return False
    if first[title].is_empty:
        return False
    return all(
        index == time or cell.is_empty or (index < len(first) and cell is first[index])
        for index, cell in enumerate(row)
    )


def _own_cell(row: Sequence[Cell], index: int) -> Cell | None:
    """The cell of a day in ``row``: a cell spanning columns from the left stands in it."""
    if index >= len(row):
        return None
    cell = row[index]
    while index > 0 and cell.is_empty and not cell.raw:
        left = row[index - 1]
        if (left.line, left.column) != (cell.line, cell.column) or left is cell:
            break
        index -= 1
        cell = left
    return cell


def _time_at(row: Sequence[Cell], time: int) -> Cell | None:
    return row[time] if time < len(row) and not row[time].is_empty else None


def _until(start: Cell, last: Cell | None, after: Cell | None) -> Cell:
    """The time cell of a cell spanning rows: from its first row's start to its last
    row's end, or to the start of the row after it."""
    begin = parse_time_range(start.content.text)
    in_last = parse_time_range(last.content.text) if last is not None else None
    in_after = parse_time_range(after.content.text) if after is not None else None
    finish = (in_last.end if in_last else None) or (in_after.start if in_after else None)
    if begin is None or finish is None:
        return start
    return Cell(
        raw=f"{_written(begin.start)} - {_written(finish)}", line=start.line, column=start.column
    )


def _written(clock: ClockTime) -> str:
    """A time as a page writes it, its half of the day and zone kept."""
    meridiem = f" {clock.meridiem}" if clock.meridiem else ""
    zone = f" {clock.zone}" if clock.zone else ""
    return f"{clock.hour}:{clock.minute:02d}{meridiem}{zone}"
