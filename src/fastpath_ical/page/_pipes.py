"""Rows of pipes: GFM tables with notes between their rows, and the tables CommonMark does
not see (kramdown's, with no delimiter row, or rows without the closing pipe).

Every shape ends as the same :class:`Table` of cells, each with its line and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._patterns import lazy_compile
from ._blocks import Block, Cell, Paragraph, Table
from ._clock import find_date, parse_time_range
from ._dates import weekday_and_day_written, weekday_only
from ._inline import from_markdown

__all__ = [
    "gfm_table",
    "is_delimiter_row",
    "join_tables",
    "pipe_rows",
    "pipes_table",
    "rows_after_notes",
    "rows_around_notes",
    "split_row",
]


def rows_around_notes(body: list[str]) -> bool:
    """Whether a paragraph is mostly rows that start with a pipe, two or more, with lines of
    plain text among them (a note pasted between the rows of a kramdown table)."""
    lines = [line for line in body if line.strip()]
    piped = sum(line.lstrip().startswith("|") for line in lines)
    return 2 <= piped < len(lines) and piped * 3 >= len(lines) * 2


def rows_after_notes(body: list[str], out: list[Block]) -> int:
    """Where the rows start in a paragraph of one or two note lines and then rows of pipes,
    right after a table; 0 when it is not one."""
    if not out or not isinstance(out[-1], Table) or out[-1].source == "html":
        return 0
    for start in (1, 2):
        rows = [line for line in body[start:] if line.strip()]
        if rows and all("|" in line for line in rows) and "|" not in "".join(body[:start]):
            return start
    return 0


def pipe_rows(body: list[str], out: list[Block]) -> bool:
    """Whether a paragraph is rows of a table CommonMark did not see as one.

    Two or more lines that all hold a pipe, most of them starting with one; any
    such line right after a table, where it goes on after a blank line or a
    comment; one line of two cells or more between pipes (``| 09:00 | Welcome
    |``), a row that a blank line parts from the rest of its table; or lines that
    each start with a time alone before the first pipe (``08:50 | Welcome |
    Opening Remarks``), cells a reader of the page sees however it renders.
    """
    rows = [line for line in body if line.strip()]
    if not rows or not all("|" in line for line in rows):
        return False
    after_table = bool(out) and isinstance(out[-1], Table) and out[-1].source != "html"
    if after_table or all(_time_before_pipe(row) for row in rows):
        return True
    leading = sum(line.lstrip().startswith("|") for line in rows)
    if len(rows) == 1:
        row = rows[0].strip()
        return row.startswith("|") and row.endswith("|") and row.count("|") >= 3
    return leading * 2 >= len(rows)


def _time_before_pipe(line: str) -> bool:
    """Whether the text before a line's first pipe is a time or a range and nothing else."""
    first = line.split("|", 1)[0].strip()
    found = parse_time_range(first) if first else None
    return found is not None and found.span == (0, len(first))


_DELIMITER_CELL = lazy_compile(r"^\s*:?-+:?\s*$")


def is_delimiter_row(cells: Sequence[Cell]) -> bool:
    """A delimiter row: dashes in some cell, nothing but dashes and colons in any."""
    return any("-" in cell.raw for cell in cells) and all(
        _DELIMITER_CELL.match(cell.raw or "-") for cell in cells
    )


def gfm_table(
    lines: list[str], first: int, end: int, references: Mapping[str, Any]
) -> tuple[Table, list[Paragraph]]:
    """The table, and the lines inside it that hold no pipe (GFM takes a line of plain
    text as a row of one cell; on a program page it is a note between rows)."""
    header = split_row(lines[first], first + 1, references)
    rows: list[tuple[Cell, ...]] = []
    notes: list[Paragraph] = []
    for number in range(first + 2, end):
        if "|" not in lines[number]:
            if lines[number].strip():
                notes.append(
                    Paragraph(from_markdown(lines[number], references), lines[number], number + 1)
                )
            continue
        row = split_row(lines[number], number + 1, references)
        if row:
            rows.append(row)
    return Table(header=header, rows=tuple(rows), line=first + 1, source="gfm"), notes


def pipes_table(numbered: list[tuple[int, str]], references: Mapping[str, Any]) -> Table:
    """Rows of pipes: a header when a delimiter row follows the first row."""
    rows = [(n, split_row(raw, n, references)) for n, raw in numbered if raw.strip()]
    if len(rows) >= 2 and is_delimiter_row(rows[1][1]):
        return Table(
            header=rows[0][1],
            rows=tuple(r for _, r in rows[2:] if r and not is_delimiter_row(r)),
            line=rows[0][0],
            source="pipes",
        )
    return Table(
        header=(),
        rows=tuple(r for _, r in rows if r and not is_delimiter_row(r)),
        line=rows[0][0] if rows else 1,
        source="pipes",
    )


def join_tables(out: list[Block]) -> list[Block]:
    """A table's rows that go on after a blank line, a comment or a note line belong to it.

    The note lines (at most two, between two runs of rows) stay lines of the page,
    after the table.
    """
    joined: list[Block] = []
    for block in out:
        if isinstance(block, Table) and block.source == "pipes" and not block.header:
            notes: list[Block] = []
            while joined and isinstance(joined[-1], Paragraph) and len(notes) < 2:
                notes.insert(0, joined.pop())
            last = joined[-1] if joined else None
            if (
                isinstance(last, Table)
                and last.source in ("gfm", "pipes")
                and _fits(last, block)
                # "__Friday, 3rd__" between two tables with no header: the next day's
                # table, no more rows of the day above.
                and not any(_names_a_day(note) for note in notes)
            ):
                joined[-1] = attrs.evolve(last, rows=last.rows + block.rows)
                joined.extend(notes)
                continue
            joined.extend(notes)
        joined.append(block)
    return joined


def _names_a_day(block: Block) -> bool:
    """Whether a line between two runs of rows names a day ("Friday, 3rd", "May 3")."""
    if not isinstance(block, Paragraph):
        return False
    text = block.content.text
    try:
        dated = find_date(text, year=2000) is not None
    except ValueError:
        dated = True  # "February 30th": a date, if a wrong one
    return dated or weekday_only(text) or weekday_and_day_written(text)


def _fits(table: Table, more: Table) -> bool:
    width = len(table.header) or max((len(r) for r in table.rows), default=0)
    return all(abs(len(row) - width) <= 1 for row in more.rows)


#: What splitting a row looks at: an escape, a code span's backtick, a pipe.
_ROW_SPECIAL = lazy_compile(r"[\\`|]")


def split_row(raw: str, line: int, references: Mapping[str, Any] | None = None) -> tuple[Cell, ...]:
    """A table row's cells, split on unescaped pipes outside code spans, each with its column."""
    text = raw.rstrip()
    cells: list[Cell] = []
    lead = len(text) - len(text.lstrip())
    start = lead + 1 if text.lstrip().startswith("|") else 0
    i = start
    while i < len(text):
        special = _ROW_SPECIAL.search(text, i)  # the characters between are only passed over
        if special is None:
            break
        i = special.start()
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            i += 2
            continue
        if ch == "`":
            close = text.find("`", i + 1)
            if close != -1:
                i = close + 1
                continue
        if ch == "|":
            cells.append(_cell(text[start:i], line, start, references))
            start = i + 1
        i += 1
    if start < len(text) and text[start:].strip():
        cells.append(_cell(text[start:], line, start, references))
    return tuple(cells)


def _cell(piece: str, line: int, offset: int, references: Mapping[str, Any] | None) -> Cell:
    lead = len(piece) - len(piece.lstrip())
    raw = piece.strip().replace("\\|", "|")
    return Cell(
        raw=raw, line=line, column=offset + lead + 1, content=from_markdown(raw, references)
    )
