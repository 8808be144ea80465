"""A table that sets two parts of a day side by side: "| Morning | Event | Afternoon |
Event |", each row holding a morning item and an afternoon one.

Read as one table, its first time column and the text beside it are the program and the
other half is extra text: half the day lost without a word.  Each half is read as a table
of its own, the left one first, when the header names the halves' text columns alike and
every time on the left comes before every time on the right.  Halves at the same hours
are two tracks, refused at the second time column's header; one program in two zones
side by side is read once, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ._blocks import Block, Cell, Table, at_cell
from ._clock import parse_time_range
from ._column_names import Column, column_of, header_name
from ._columns import times_in

__all__ = ["tables_side_by_side"]


def tables_side_by_side(blocks: Iterable[Block]) -> Iterator[Block]:
    """``blocks`` with each table of halves side by side replaced by its halves."""
    for block in blocks:
        if isinstance(block, Table):
            yield from _halves(block) or (block,)
        else:
            yield block


def _halves(table: Table) -> list[Table] | None:
    """The halves of a table whose rows hold two times or more, each followed by the
    same number of columns of text ("| 08:15 – 08:25 | Opening | 12:15 – 13:25 | Lunch |"),
    or ``None``."""
    width = len(table.header)
    # "| Start | Title | End | Room |" is one item a row: the halves' columns of text have
    # the same names ("Event", "Event"), and no time column is an end; with no names, a
    # second column of times is an end or another zone's as likely. The names are asked
    # first: most tables are no halves by them, and no cell need be read for a time.
    span = _span(table) if width >= 4 and len(table.rows) >= 2 else None
    if span is None or not all(len(row) == width for row in table.rows):
        return None
    starts = list(range(0, width, span))
    if any(column_of(table.header[start]) is Column.END for start in starts):
        return None
    # "| Start | End | Title |": times next to each other are one item's; a column of
    # times here and there is no half.
    timed = [index for index in range(width) if times_in(table.rows, index)]
    if timed != starts:
        return None
    for left in starts[:-1]:
        if _before(table, left, left + span):
            continue
        if all(_texts(row, left, span) == _texts(row, left + span, span) for row in table.rows):
            return None  # one program in two zones: the first is read, the other kept
        second = table.header[left + span]
        raise at_cell(
            second,
            "this table sets two schedules side by side at the same hours (two tracks or "
            "rooms?): the reader reads a time column and the text beside it",
            expected="one table per track, or a header naming the tracks "
            "('| Time | Track A | Track B |')",
        )
    return [
        attrs.evolve(
            table,
            header=table.header[start : start + span],
            rows=tuple(row[start : start + span] for row in table.rows),
        )
        for start in starts
    ]


def _span(table: Table) -> int | None:
    """The width of a half: the header's names of text columns repeat at that step."""
    names = [header_name(cell) for cell in table.header]
    width = len(names)
    for span in range(2, width // 2 + 1):
        if width % span:
            continue
        texts = {tuple(names[start + 1 : start + span]) for start in range(0, width, span)}
        if len(texts) == 1 and any(next(iter(texts))):
            return span
    return None


def _before(table: Table, left: int, right: int) -> bool:
    """Whether every time of column ``left`` is before the first of column ``right``, as
    times read on one clock: the left half of the day, then the right."""
    lefts = [found for row in table.rows if (found := _minutes(row[left])) is not None]
    rights = [found for row in table.rows if (found := _minutes(row[right])) is not None]
    return bool(lefts) and bool(rights) and max(lefts) < min(rights)


def _minutes(cell: Cell) -> int | None:
    """A time cell's start in minutes after midnight, its half of the day as written
    (a time of a 12-hour clock with no am/pm read by its hour alone)."""
    found = parse_time_range(cell.content.text)
    if found is None:
        return None
    start = found.start.to_time()
    clock = found.start
    # "1:25 - 3:10" beside "9:30 - 12:15": an afternoon's hour written without its pm.
    later = 12 * 60 if clock.meridiem is None and 1 <= clock.hour <= 7 and not clock.padded else 0
    return start.hour * 60 + start.minute + later


def _texts(row: tuple[Cell, ...], start: int, span: int) -> list[str]:
    return [" ".join(cell.content.text.split()) for cell in row[start + 1 : start + span]]
