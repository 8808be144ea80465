"""Markdown, only as much as program pages use: blocks, table cells and inline markup.

This layer knows nothing of programs.  It turns a page into headings,
paragraph lines and tables, keeping every piece's line and column so that the
layer above can point at the exact place when something is wrong, and it
turns a cell's inline markup (links, emphasis, ``<br>``, entities) into plain
text plus the links it held.
"""

from __future__ import annotations

import html
import re

import attrs

from ..text import clean_text

__all__ = [
    "BR",
    "Block",
    "Cell",
    "Heading",
    "Inline",
    "Paragraph",
    "Table",
    "blocks",
    "inline",
    "markdown_lines",
]


@attrs.frozen
class Inline:
    """A run of inline Markdown read as text.

    ``emphasized`` is true when the whole run was bold or italic, which pages
    use to set apart a label ("*Opening Remarks*", "**Session 2**").
    ``links`` holds ``(text, url)`` pairs in the order they appeared.
    """

    text: str
    links: tuple[tuple[str, str], ...] = ()
    emphasized: bool = False
    lines: tuple[str, ...] = ()


@attrs.frozen
class Cell:
    raw: str
    line: int
    column: int

    @property
    def content(self) -> Inline:
        return inline(self.raw)

    @property
    def is_empty(self) -> bool:
        return not self.content.text and not self.content.links


@attrs.frozen
class Heading:
    level: int
    content: Inline
    raw: str
    line: int


@attrs.frozen
class Paragraph:
    """One non-blank line outside a table (pages put one statement per line)."""

    content: Inline
    raw: str
    line: int


@attrs.frozen
class Table:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    line: int


Block = Heading | Paragraph | Table

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_DELIMITER_CELL = re.compile(r"^\s*:?-{2,}:?\s*$|^\s*:?-+:?\s*$")


def _split_row(raw: str, line: int) -> tuple[Cell, ...] | None:
    """Split a table row on unescaped pipes, keeping each cell's 1-based column."""
    stripped = raw.rstrip()
    if not stripped.lstrip().startswith("|") and "|" not in stripped:
        return None
    cells: list[Cell] = []
    start = 0
    i = 0
    text = stripped
    lead = len(text) - len(text.lstrip())
    if text.lstrip().startswith("|"):
        start = lead + 1
        i = start
    while i < len(text):
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
            cells.append(_cell(text[start:i], line, start))
            start = i + 1
        i += 1
    if start < len(text):
        cells.append(_cell(text[start:], line, start))
    return tuple(cells)


def _cell(piece: str, line: int, offset: int) -> Cell:
    lead = len(piece) - len(piece.lstrip())
    return Cell(raw=piece.strip().replace("\\|", "|"), line=line, column=offset + lead + 1)


def _is_delimiter(cells: tuple[Cell, ...]) -> bool:
    return bool(cells) and all(_DELIMITER_CELL.match(cell.raw or "-") for cell in cells)


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_PREFIX = re.compile(r"^\s*(?:>\s?)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?")


def _blank_comment(match: re.Match[str]) -> str:
    """A comment becomes as many line breaks as it held, so line numbers stay true."""
    return "\n" * match.group(0).count("\n")


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _after_fence(lines: list[str], start: int, fence: str) -> int:
    """The index of the line after the fenced block opened at ``start`` (or the end of
    the page: an unclosed fence runs to the end, as in CommonMark)."""
    closing = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
    for index in range(start + 1, len(lines)):
        if closing.match(lines[index]):
            return index + 1
    return len(lines)


_LINE_END = re.compile(r"\r\n|\r|\n")


def markdown_lines(text: str, *, keepends: bool = False) -> list[str]:
    """The lines of a page, split where Markdown splits them: CR, LF, CRLF only.

    ``str.splitlines`` also splits at U+2028, U+0085, form feeds and vertical
    tabs, which a title copied from a word processor may hold: the row would
    be cut in two and the rest of the title lost.
    """
    if keepends:
        return [m.group(0) for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)]
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def blocks(text: str) -> tuple[Block, ...]:
    """Split a page into headings, paragraph lines and tables, in order.

    HTML comments are dropped (keeping line numbers), a setext heading
    ("Title" over "=====") is a heading, and a quote or list marker is not
    part of a paragraph's text.  A fenced code block (``` or ~~~) is an
    example the page shows, not part of it: its lines are skipped.  A leading
    byte order mark is dropped, as the command line's UTF-8 reading does.
    """
    lines = markdown_lines(_COMMENT.sub(_blank_comment, text.removeprefix("\ufeff")))
    out: list[Block] = []
    i = 0
    while i < len(lines):
        raw = lines[i]
        number = i + 1
        if not raw.strip():
            i += 1
            continue
        fence = _FENCE.match(raw)
        if fence:
            i = _after_fence(lines, i, fence.group(1))
            continue
        heading = _HEADING.match(raw)
        if heading:
            out.append(Heading(len(heading.group(1)), inline(heading.group(2)), raw, number))
            i += 1
            continue
        underline = _SETEXT.match(lines[i + 1]) if i + 1 < len(lines) else None
        if underline and "|" not in raw and not _PREFIX.match(raw).group(0).strip():  # type: ignore[union-attr]
            level = 1 if underline.group(1).startswith("=") else 2
            out.append(Heading(level, inline(raw), raw, number))
            i += 2
            continue
        header = _split_row(raw, number) if "|" in raw else None
        delimiter = (
            _split_row(lines[i + 1], number + 1)
            if header is not None and i + 1 < len(lines) and "|" in lines[i + 1]
            else None
        )
        if header is not None and delimiter is not None and _is_delimiter(delimiter):
            rows: list[tuple[Cell, ...]] = []
            j = i + 2
            while j < len(lines) and lines[j].strip() and "|" in lines[j]:
                row = _split_row(lines[j], j + 1)
                if row is not None:
                    rows.append(row)
                j += 1
            out.append(Table(header=header, rows=tuple(rows), line=number))
            i = j
            continue
        body = raw[_PREFIX.match(raw).end() :]  # type: ignore[union-attr]
        if body.strip() and not re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", raw):
            out.append(Paragraph(inline(body), raw, number))
        i += 1
    return tuple(out)


#: A label may hold brackets of its own: "[[slides]](url)" is a link labelled "[slides]".
_LINK = re.compile(
    r"!?\[((?:\\.|\[(?:\\.|[^\[\]\\])*\]|[^\[\]\\])*)\]"
    r"\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HTML_LINK = re.compile(r"<a\s[^>]*href=[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.IGNORECASE | re.S)
#: A line break inside a table cell, the only one Markdown tables allow.
BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|___|__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


def _unescape_url(url: str) -> str:
    """Only ``&amp;`` and its numeric forms: a query such as ``?a=1&copy=2`` is no entity."""
    return re.sub(r"&(?:amp|#38|#[xX]26);", "&", url.replace("\\_", "_"))


def _strip_emphasis(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2), text)
    return text


def _fully_emphasized(text: str) -> bool:
    match = _EMPHASIS.fullmatch(text.strip())
    return bool(match)


def inline(raw: str) -> Inline:
    """Read inline Markdown as text and links.

    Links keep their text in place; ``<br>`` separates lines (kept in
    ``lines``, joined by a space in ``text``); HTML entities are decoded by
    :func:`html.unescape`; text is cleaned by :func:`clean_text`.
    """
    source = raw.strip()
    emphasized = _fully_emphasized(source)
    links: list[tuple[str, str]] = []

    def keep_link(match: re.Match[str]) -> str:
        label = match.group(1)
        url = match.group(2)
        if re.fullmatch(r"\[[^\[\]]*\]", label):
            label = label[1:-1]  # "[[slides]](url)": the brackets only set the link apart
        label_text = clean_text(html.unescape(_strip_emphasis(_ESCAPE.sub(r"\1", label))))
        links.append((label_text, _unescape_url(url)))
        return label

    def keep_html_link(match: re.Match[str]) -> str:
        label_text = clean_text(html.unescape(_TAG.sub("", match.group(2))))
        links.append((label_text, _unescape_url(match.group(1))))
        return match.group(2)

    def keep_autolink(match: re.Match[str]) -> str:
        links.append((match.group(1), match.group(1)))
        return match.group(1)

    text = _HTML_LINK.sub(keep_html_link, source)
    text = _LINK.sub(keep_link, text)
    text = _AUTOLINK.sub(keep_autolink, text)
    text = BR.sub("\n", text)
    text = _TAG.sub("", text)
    text = _strip_emphasis(text)
    text = _ESCAPE.sub(r"\1", text)
    text = html.unescape(text)
    pieces = tuple(p for p in (clean_text(part) for part in text.split("\n")) if p)
    return Inline(
        text=" ".join(pieces),
        links=tuple(links),
        emphasized=emphasized,
        lines=pieces,
    )
