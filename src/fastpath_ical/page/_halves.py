"""A table that sets two parts of a day side by side: "| Morning | Event | Afternoon |
Event |", each row holding a morning item and an afternoon one.

Read as one table, its first time column and the text beside it are the program and the
other half is extra text: half the day lost without a word.  Each half is read as a table
of its own, the left one first; halves that are two tracks at the same hours are then
refused where the times go backwards, never silently merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ._blocks import Block, Table
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
    width = max((len(row) for row in table.rows), default=0)
    if width < 4 or len(table.rows) < 2 or (table.header and len(table.header) != width):
        return None
    timed = [index for index in range(width) if times_in(table.rows, index)]
    if len(timed) < 2 or timed[0] != 0:
        return None
    span = timed[1] - timed[0]
    starts = list(range(0, width, span))
    if span < 2 or width % span or timed != starts:
        # "| Start | End | Title |": times next to each other are one item's; a column of
        # times here and there is no half.
        return None
    if not all(len(row) == width for row in table.rows):
        return None
    if table.header:
        # "| Start | Title | End | Room |" is one item a row: the halves' columns of text
        # have the same names ("Event", "Event"), and no time column is an end.
        if any(column_of(table.header[start]) is Column.END for start in starts):
            return None
        names = {
            tuple(header_name(cell) for cell in table.header[start + 1 : start + span])
            for start in starts
        }
        if len(names) != 1:
            return None
    return [
        attrs.evolve(
            table,
            header=table.header[start : start + span],
            rows=tuple(row[start : start + span] for row in table.rows),
        )
        for start in starts
    ]
