"""HTML inside a Markdown page: tables as grids of cells, other blocks as headings and lines.

Pages write their program as an HTML ``<table>`` as often as a Markdown one,
with ``rowspan`` and ``colspan``, ``<th scope=row>`` times, ``<br>`` and
``<b>``; and headings, lists and paragraphs as raw HTML.  They are parsed by
Beautiful Soup with Python's ``html.parser``, chosen because it records where
every tag starts (line and column), so an error can point at the cell, and
because it keeps going on the unclosed tags real pages have.  A table becomes
the same :class:`~._blocks.Table` a Markdown table does, so every later rule
is written once.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .._patterns import lazy_compile
from ..errors import PageError
from ._blocks import Block, Cell, Heading, Paragraph, Table
from ._clock import parse_time_range, time_alone
from ._date_words import weekday_before
from ._html_walk import TOGGLE
from ._inline import from_markdown, from_node
from ._runs import Inline, Run

if TYPE_CHECKING:
    # Imported where a page's HTML is parsed: a Markdown page never pays for it.
    from bs4 import BeautifulSoup, Tag
    from bs4.element import NavigableString

__all__ = ["html_blocks", "table_regions", "tables_in"]

_OPEN = lazy_compile(r"<table\b", re.IGNORECASE)
_CLOSE = lazy_compile(r"</table\s*>", re.IGNORECASE)
_ROW_TAG = lazy_compile(r"</?t[rdh]\b", re.IGNORECASE)


def table_regions(lines: list[str]) -> list[tuple[int, int]]:
    """The 0-based (first, last) line indexes of each top-level ``<table>`` in ``lines``.

    Found by the tags themselves, not by Markdown's HTML-block rule, which
    ends a block at a blank line and would cut a table written with blank
    lines between its rows into pieces.  A table never closed runs to its
    last row tag.
    """
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if not _OPEN.search(lines[index]):
            index += 1
            continue
        depth = 0
        last_row = index
        end = None
        for at in range(index, len(lines)):
            line = lines[at]
            depth += len(_OPEN.findall(line)) - len(_CLOSE.findall(line))
            if _ROW_TAG.search(line):
                last_row = at
            if depth <= 0:
                end = at
                break
        end = last_row if end is None else end
        regions.append((index, end))
        index = end + 1
    return regions


def tables_in(lines: list[str], first: int, last: int) -> list[Paragraph | Table]:
    """The tables of the region ``lines[first:last + 1]``, as grids, line numbers 1-based,
    each after the captions its header rows above the column names hold."""
    from bs4 import BeautifulSoup, Tag

    fragment = "\n".join(lines[first : last + 1])
    soup = BeautifulSoup(fragment, "html.parser")
    blocks: list[Paragraph | Table] = []
    for element in soup.find_all("table"):
        if not isinstance(element, Tag) or element.find_parent("table") is not None:
            continue
        table, captions = _grid(element, first)
        if table.rows or table.header:
            blocks.extend(captions)
            blocks.append(table)
    return blocks


def _own_rows(table: Tag) -> Iterator[Tag]:
    from bs4 import Tag

    for row in table.find_all("tr"):
        if isinstance(row, Tag) and row.find_parent("table") is table:
            yield row


def _span(cell: Tag, name: str) -> int:
    try:
        return max(1, min(int(str(cell.get(name) or 1)), 50))
    except ValueError:
        return 1


def _cell(tag: Tag, offset: int) -> Cell:
    line = offset + (tag.sourceline or 1)
    column = (tag.sourcepos or 0) + 1
    _no_timed_table_inside(tag, offset)
    raw = tag.decode_contents().strip()
    if str(tag.get("markdown") or "") in ("1", "span", "block"):
        # kramdown's <td markdown="span">**Talk** <br> Ann Lee</td>: Markdown inside HTML.
        return Cell(raw=raw, line=line, column=column, content=from_markdown(raw))
    return Cell(raw=raw, line=line, column=column, content=from_node(tag))


def _no_timed_table_inside(tag: Tag, offset: int) -> None:
    """Refuse a cell that holds a table of times of its own ("In-depth breakout sessions:"
    over "2 - 2:55pm | NWB Explorer", "3 - 3:55pm | CaImAn"): its rows are items the reader
    does not read apart, and read as the cell's text they had made one title of them all."""
    from bs4 import Tag

    for inner in tag.find_all("table"):
        if not isinstance(inner, Tag):
            continue
        for row in inner.find_all("tr"):
            first = row.find(["td", "th"]) if isinstance(row, Tag) else None
            if not isinstance(first, Tag):
                continue
            written = first.get_text(" ").strip()
            found = parse_time_range(written)
            if found is not None and found.end is not None:
                raise PageError(
                    f"this cell holds a table of times of its own ({written!r}, ...): its "
                    "rows are not read as items",
                    line=offset + (row.sourceline or 1),
                    text=written,
                    expected="each of its rows as a row of the program's table, with its time",
                )


def _grid(table: Tag, offset: int) -> tuple[Table, list[Paragraph]]:
    """The table's rows with ``rowspan`` and ``colspan`` spread out.

    A cell spanning rows stands in each of them (a session cell beside its
    talks); a cell spanning columns stands in its first column and leaves
    the others empty (a break across the title and speaker columns).
    """
    from bs4 import Tag

    pending: dict[int, tuple[Cell, int]] = {}
    grid: list[list[Cell]] = []
    header_rows = 0
    for tr in _own_rows(table):
        row: list[Cell] = []
        column = 0
        cells = [c for c in tr.find_all(["td", "th"], recursive=False) if isinstance(c, Tag)]
        for tag in cells:
            while column in pending:
                column = _carry(pending, column, row)
            cell = _cell(tag, offset)
            row.append(cell)
            rowspan = _span(tag, "rowspan")
            if rowspan > 1:
                pending[column] = (cell, rowspan - 1)
            column += 1
            for _ in range(_span(tag, "colspan") - 1):
                row.append(Cell(raw="", line=cell.line, column=cell.column))
                column += 1
        while column in pending:
            column = _carry(pending, column, row)
        if not row:
            continue
        in_head = tr.find_parent("thead") is not None
        all_th = all(tag.name == "th" for tag in cells) and bool(cells)
        # "<th>8:30am</th>", "<thead>" over "Sat 7:30 a.m. - 8:15 a.m.": the program's
        # first row set in the header's style.
        program_row = (
            _program_row_in_head(row) if in_head else len(cells) >= 2 and _a_time_alone(row[0])
        )
        if len(grid) == header_rows and (in_head or all_th) and not program_row:
            header_rows += 1
        grid.append(row)
    # Of several header rows ("Workshop Schedule" over "Time | Session"), the last names
    # the columns; one cell alone above it ("Friday, October 7th, 2022" across the table)
    # is a caption, a line of the page just above the table.
    header: tuple[Cell, ...] = tuple(grid[header_rows - 1]) if header_rows else ()
    captions = [
        Paragraph(content=written[0].content, raw=written[0].raw, line=written[0].line)
        for row in grid[: max(header_rows - 1, 0)]
        if len(written := [cell for cell in row if cell.raw]) == 1
    ]
    body = grid[header_rows:] if header_rows else grid
    line = offset + (table.sourceline or 1)
    grid_table = Table(
        header=header, rows=tuple(tuple(row) for row in body), line=line, source="html"
    )
    return grid_table, captions


def _a_time_alone(cell: Cell) -> bool:
    """Whether a cell says only a time ("8:30am"): in a row of ``<th>`` cells, the first
    row of the program set in the header's style, not the names of its columns."""
    # One time, no range: "<th colspan=3>09:00 – 12:30</th>" over a header is a banner.
    return cell.content.text.lstrip()[:1].isdigit() and time_alone(cell.content.text)


def _program_row_in_head(row: Sequence[Cell]) -> bool:
    """Whether a ``<thead>`` row is the program's first row ("Sat 7:30 a.m. - 8:15 a.m. |
    Meet and Greet | |"): its first cell a time range, its second no column's, room's,
    track's or day's name ("9:00 - 12:00 | Room A | Room B" heads two tracks), and no
    more."""
    from ._column_names import column_of
    from ._dates import is_only_date, weekday_only
    from ._timetables import names_a_place_or_track

    if len(row) < 2 or not _a_day_and_range(row[0]):
        return False
    if any(cell.content.text.strip() for cell in row[2:]):
        # "9:00 - 9:15 | Welcome | Ann Lee": a third cell the header would name (speakers, a
        # second half's times); with the header gone, no name would say what it holds.
        return False
    return not any(
        column_of(cell) is not None
        or names_a_place_or_track(text)
        or weekday_only(text)
        or is_only_date(text)
        for cell in row[1:]
        if (text := cell.content.text.strip())
    )


def _a_day_and_range(cell: Cell) -> bool:
    """Whether a cell says a time range, perhaps after its weekday, and nothing else
    ("Sat 7:30 a.m. - 8:15 a.m."): in ``<thead>``, the program's first row, which a
    table generator set in the header (a column's name holds no clock)."""
    text = cell.content.text.strip()
    found = parse_time_range(text)
    return (
        found is not None
        and found.end is not None
        and found.span[1] == len(text)
        and (found.span[0] == 0 or weekday_before(text[: found.span[0]]) is not None)
    )


def _carry(pending: dict[int, tuple[Cell, int]], column: int, row: list[Cell]) -> int:
    cell, left = pending[column]
    row.append(cell)
    if left <= 1:
        del pending[column]
    else:
        pending[column] = (cell, left - 1)
    return column + 1


_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "ul", "ol", "dl", "center", "span", "font", "blockquote"}
)


def html_blocks(fragment: str, offset: int) -> list[Block]:
    """Headings, lines and list items of an HTML block other than a table.

    ``offset`` is the 0-based line the fragment starts on.  An element that
    holds other blocks is read through; one that holds only text and inline
    markup is one line of the page (a list item being one too, marked so).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    out: list[Block] = []
    _walk_blocks(soup, offset, 0, out, fragment.split("\n"))
    out.extend(_loose_lines(soup, fragment, offset))
    out.sort(key=lambda block: block.line)
    return out


def _loose_lines(soup: BeautifulSoup, fragment: str, offset: int) -> list[Block]:
    """The text an HTML block holds outside any block element, a line of the page each line
    ("<br>" on a line, then "The workshop will take place on Monday, December 13, 2021."
    under it: Markdown reads both as one block of HTML, a browser shows the sentence).

    Inline elements on such a line are words of it ("* Oct 21, 2016: The <a href=...>program
    committee</a> list is online.", after a ``</center>`` with no blank line between):
    the line is its text and theirs, found on the page by its first words outside them."""
    from bs4 import Tag
    from bs4.element import NavigableString

    written = fragment.split("\n")
    out: list[Block] = []
    at = 0
    #: The line being gathered: its words, and its first text outside any element.
    words: list[str] = []
    anchor = ""

    def flush() -> None:
        nonlocal at, words, anchor
        said = " ".join(" ".join(words).split())
        if said and anchor:
            where = next((n for n in range(at, len(written)) if anchor in written[n]), None)
            if where is not None:
                at = where + 1
                content = Inline(text=said, lines=(said,), runs=(Run(said),))
                out.append(Paragraph(content, said, offset + where + 1))
        words, anchor = [], ""

    for child in soup.children:
        if type(child) is NavigableString:
            first, *rest = str(child).split("\n")
            for number, piece in enumerate((first, *rest)):
                if number:
                    flush()
                words.append(piece)
                anchor = anchor or piece.strip()
        elif isinstance(child, Tag) and child.name in _INLINE and child.name != "br" and words:
            words.append(child.get_text(" "))  # a link, a bold word: in the line
        else:
            flush()  # an element of its own, a comment, a declaration (subclasses of it)
    flush()
    return out


def _has_blocks(tag: Tag) -> bool:
    from bs4 import Tag

    return any(
        isinstance(child, Tag) and (child.name in _HEADINGS or child.name in _BLOCKISH)
        for child in tag.children
    )


_BLOCKISH = frozenset({"p", "div", "ul", "ol", "li", "table", "section", "dl", "dt", "dd", "br"})


#: Elements a browser lays out inside a line of text: between two blocks, a run of them
#: (and the text beside them) is a paragraph, its "<br>"s breaking it into lines.
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "font",
        "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "u", "var",
        # Shown in the line, or nothing: a speaker's photo beside their name.
        "img", "svg", "picture", "input", "button", "label", "wbr",
    }
)  # fmt: skip


def _walk_blocks(
    node: Tag | BeautifulSoup, offset: int, depth: int, out: list[Block], written: list[str]
) -> None:
    from bs4 import BeautifulSoup, Tag
    from bs4.element import NavigableString

    #: The inline content since the last block: the soup's own text is read by
    #: ``_loose_lines``, an element's here ("Title<br><em>Authors</em>" in a "<div>"
    #: beside another "<div>", or with the "<br>" that made it hold blocks).
    inline: list[NavigableString | Tag] = []
    inside = not isinstance(node, BeautifulSoup)
    #: The fragment's line (1-based) of the last element seen: text after it is below it.
    seen = getattr(node, "sourceline", None) or 1
    for child in node.children:
        if not isinstance(child, Tag):
            if inside and type(child) is NavigableString:
                inline.append(child)
            continue
        name = child.name.lower()
        if inside and name in _INLINE and (name == "br" or not _has_blocks(child)):
            inline.append(child)
            continue
        _paragraphs(inline, seen, offset, out, written)
        inline = []
        seen = child.sourceline or seen
        if name == "table":
            continue  # read as a table, by its region
        line = offset + (child.sourceline or 1)
        if name in _HEADINGS:
            content = from_node(child)
            if content.text:
                out.append(Heading(_HEADINGS[name], content, content.text, line))
            continue
        if name == "details":
            # "<details><summary>09:30 - 10:30 Invited talk: Title</summary> abstract": the
            # summary is what the page shows, a line of the program; what unfolds under it
            # is left to the blocks around it (Markdown ends the HTML block at a blank line).
            summary = child.find("summary")
            if isinstance(summary, Tag) and not TOGGLE.fullmatch(summary.get_text()):
                content = from_node(summary)
                if content.text:
                    out.append(Paragraph(content, linked_text(content), line))
            continue
        if name == "li" or (name in ("p", "dt", "dd", "div") and not _has_blocks(child)):
            inner = [c.extract() for c in child.find_all(["ul", "ol"], recursive=False)]
            content = from_node(child)
            if content.text or content.links:
                out.append(
                    Paragraph(
                        content,
                        linked_text(content),
                        line,
                        depth=depth if name == "li" else 0,
                        item=name == "li",
                    )
                )
            for nested in inner:
                _walk_blocks(nested, offset, depth + 1, out, written)
            continue
        if name in _CONTAINERS or _has_blocks(child):
            _walk_blocks(child, offset, depth + (1 if name in ("ul", "ol") else 0), out, written)
    _paragraphs(inline, seen, offset, out, written)


def linked_text(content: Inline) -> str:
    """The element's text with its links written as Markdown links ("Talk: [Title](url)"):
    the text a line of the program is read from again, which had lost every link of an
    HTML list's entries ("<li>9:35 Talk: <a href=...>Title</a></li>")."""
    if not any(run.href for run in content.runs):
        return content.text
    # Runs of one link side by side ("<a><b>Deep</b> Learning</a>") are one link.
    joined: list[tuple[str, str | None, int]] = []
    for run in content.runs:
        if joined and run.href and joined[-1][1] == run.href and joined[-1][2] == run.line:
            joined[-1] = (joined[-1][0] + run.text, run.href, run.line)
        else:
            joined.append((run.text, run.href, run.line))
    pieces: list[str] = []
    line = None
    for text, href, at in joined:
        if line is not None and at != line:
            pieces.append(" ")
        line = at
        if href and text.strip() and "]" not in text and ")" not in href:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            if not lead and pieces and pieces[-1].endswith("!"):
                pieces[-1] = pieces[-1][:-1] + "\\!"  # "Hello!<a>": no image's "!["
            text = f"{lead}[{text.strip()}]({href}){trail}"
        pieces.append(text)
    return " ".join("".join(pieces).split())


def _paragraphs(
    nodes: list[NavigableString | Tag],
    seen: int,
    offset: int,
    out: list[Block],
    written: list[str],
) -> None:
    """The lines of a run of inline content, each a line of the page, the lines after the
    first going on its paragraph (a "<br>" is a line break, as in Markdown).

    ``seen`` is the fragment's line of the element before the run: a line that starts
    with text is found in ``written`` at or below it, so that it keeps its place among
    the blocks around it."""
    from bs4 import BeautifulSoup, Tag

    if not any(str(node).strip() for node in nodes):
        return
    groups: list[list[NavigableString | Tag]] = [[]]
    for node in nodes:
        if isinstance(node, Tag) and node.name.lower() == "br":
            groups.append([])
        else:
            groups[-1].append(node)
    first = True
    for group in groups:
        words = next((node for node in group if str(node).strip()), None)
        if words is None:
            continue
        if isinstance(words, Tag) and words.sourceline:
            seen = words.sourceline
        else:
            needle = str(words).strip().split("\n")[0].strip()
            seen = next(
                (n + 1 for n in range(seen - 1, len(written)) if needle in written[n]), seen
            )
        holder = BeautifulSoup("", "html.parser").new_tag("span")
        for node in group:
            holder.append(copy.copy(node))
        content = from_node(holder)
        if content.text or content.links:
            out.append(Paragraph(content, content.text, offset + seen, continued=not first))
            first = False
