"""The blocks a page is made of, whatever wrote them: headings, lines and tables of cells.

Markdown tables, kramdown tables, HTML tables and schedules written as lists
all become a :class:`Table` of :class:`Cell`; every cell's markup is read once,
when the cell is made, and keeps the line and column it came from, so that
the reader can point at the exact place when something is wrong.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from .._patterns import lazy_compile
from ..errors import PageError
from ._inline import Inline, from_markdown

__all__ = ["BR", "Block", "Cell", "Heading", "Paragraph", "Table", "at_cell", "at_line"]

#: A line break inside a table cell, the only one Markdown tables allow.
BR = lazy_compile(r"<br\s*/?>", re.IGNORECASE)


@attrs.frozen
class Cell:
    """A table cell as written (``raw``), where it starts, and what it says (``content``)."""

    raw: str
    line: int
    column: int
    content: Inline = attrs.field()

    @content.default
    def _read(self) -> Inline:
        return from_markdown(self.raw)

    @property
    def is_empty(self) -> bool:
        return self.content.is_empty


def at_cell(cell: Cell, message: str, *, expected: str = "", code: str = "") -> PageError:
    """The error about what a cell holds, pointing at the cell: where the fix goes."""
    return PageError(
        message, line=cell.line, column=cell.column, text=cell.raw, expected=expected, code=code
    )


@attrs.frozen
class Heading:
    level: int
    content: Inline
    raw: str
    line: int


@attrs.frozen
class Paragraph:
    """One line of text outside a table (pages put one statement per line).

    ``item`` marks the first line of a list item, ``depth`` its nesting (0 for
    a top-level item or a line outside any list), ``continued`` a line of the
    same paragraph as the line above it.
    """

    content: Inline
    raw: str
    line: int
    depth: int = 0
    item: bool = False
    #: The line goes on the paragraph of the line before (no blank line between them).
    continued: bool = False


#: Where a table came from: a GFM table, rows of pipes that are not one (kramdown's,
#: or a table with a short delimiter row), an HTML table, or schedule lines.
TableSource = Literal["gfm", "pipes", "html", "lines"]


def at_line(
    block: Heading | Paragraph, message: str, *, expected: str = "", code: str = ""
) -> PageError:
    """The error about what a line of the page (a heading, a paragraph's line) says."""
    return PageError(message, line=block.line, text=block.raw.strip(), expected=expected, code=code)


@attrs.frozen
class Table:
    """Rows of cells under a header row; ``header`` is empty when the table has none."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    line: int
    source: TableSource = "gfm"


Block = Heading | Paragraph | Table
