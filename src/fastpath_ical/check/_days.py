"""Which day of the program each line of a page speaks about.

A statement is only right or wrong on a day: "EST" is right in January and
wrong in July, and a two-day program across a DST change may say EST on
Saturday and EDT on Sunday.  Every check asks :class:`Days` which day a
line is about, and which items, so that they all answer alike.
"""

from __future__ import annotations

import datetime as dt

from ..model import Item
from ..page._clock import find_date
from ..page._markdown import Table, blocks, markdown_lines
from ..page._reader import PageReading

__all__ = ["Days", "item_lines"]


def item_lines(reading: PageReading) -> tuple[int, ...]:
    """The line of each item, or 0 for each when the reading kept none (a reading built
    by hand): a finding then falls back to the page's first line."""
    lines = reading.item_lines
    if len(lines) == len(reading.program.items):
        return lines
    return tuple(0 for _ in reading.program.items)


class Days:
    """Which day of the program each line of the page speaks about.

    A line that names a date (a day's heading: "Sunday, March 14, 2021 (10:00 am -
    12:00 pm EDT = 14:00 - 16:00 UTC)") speaks about that date and the items below
    it up to the next such line; a table's header about the table's items; a row
    about its own item.  Any other line (a note below the tables) speaks about the
    whole program: its day is ``None``.
    """

    def __init__(self, reading: PageReading, text: str | None) -> None:
        program = reading.program
        self.program = program
        self.lines = item_lines(reading)
        # Asked once for every line the check looks at: the program's days, and each
        # line's first item, are found once (a page of 40,000 rows had spent most of its
        # check in finding them again).
        self.dates = program.dates
        self.first_item: dict[int, int] = {}
        for index, item_line in enumerate(self.lines):
            self.first_item.setdefault(item_line, index)
        self.zone = program.zone
        source = markdown_lines(text) if text is not None else []
        year = program.date.year
        self.dated: dict[int, dt.date] = {}
        for number, raw in enumerate(source, start=1):
            if raw.lstrip().startswith("|"):
                continue
            try:
                found = find_date(raw, year=year)
            except (ValueError, OverflowError):
                continue
            if found is not None and found.date in self.dates:
                self.dated[number] = found.date
        if text is None:
            # Without the page, a header span is what marks a day's line.
            for said in reading.statements:
                if said.kind == "span":
                    after = self._section(said.line)
                    if after:
                        self.dated[said.line] = self._date(after[0])
        held: dict[int, list[int]] = {}  # each table's line: the indices of its items
        if text is not None:
            table_of: dict[int, int] = {}  # each row's line: the line of its table
            for block in blocks(text):
                if isinstance(block, Table):
                    held.setdefault(block.line, [])
                    for row in block.rows:
                        for cell in row[:1]:
                            table_of.setdefault(cell.line, block.line)
            for index, item_line in enumerate(self.lines):
                if item_line in table_of:
                    held[table_of[item_line]].append(index)
        self.tables = {line: tuple(indices) for line, indices in held.items()}

    def _date(self, index: int) -> dt.date:
        return self.program.items[index].start.astimezone(self.zone).date()

    def _section(self, line: int) -> tuple[int, ...]:
        """The items below ``line`` up to the next line that names a day."""
        later = [dated for dated in self.dated if dated > line]
        stop = min(later) if later else None
        return tuple(
            i
            for i, item_line in enumerate(self.lines)
            if item_line > line and (stop is None or item_line < stop)
        )

    def day_of(self, line: int) -> dt.date | None:
        """The date the line speaks about, or ``None`` for the whole program."""
        if len(self.dates) == 1:
            return self.dates[0]
        if line in self.dated:
            return self.dated[line]
        items = self.items_of(line)
        days = {item.start.astimezone(self.zone).date() for item in items}
        return days.pop() if len(days) == 1 and len(items) < len(self.program.items) else None

    def items_of(self, line: int) -> tuple[Item, ...]:
        """The items the line speaks about: its row, its table, its day, or all."""
        program = self.program
        if line in self.first_item:
            indices: tuple[int, ...] = (self.first_item[line],)
        elif self.tables.get(line):
            indices = self.tables[line]
        elif line in self.dated:
            day = self.dated[line]
            indices = self._section(line) or tuple(
                i for i in range(len(program.items)) if self._date(i) == day
            )
        else:
            indices = tuple(range(len(program.items)))
        return tuple(program.items[i] for i in indices)

    def span_items(self, line: int) -> tuple[tuple[int, Item], ...]:
        """The items a header span on ``line`` is about, with their indices."""
        program = self.program
        indices = self._section(line) if line in self.dated else ()
        if not indices:
            day = self.dated.get(line, program.date)
            indices = tuple(i for i in range(len(program.items)) if self._date(i) == day)
        return tuple((i, program.items[i]) for i in indices)
