"""Program rows written as a site generator's shortcodes, one per item:

    {{< agenda-item time="08:30 - 09:00" title="Registration" location="Foyer" type="break" >}}
    Come pick up your badge.
    {{< /agenda-item >}}

Hugo renders each through a template the page does not hold, but the attributes say
what a table row would: the time, the title, the speaker, where, what kind.  A run of
such shortcodes is read as a table with those columns (what stands between an opening
shortcode and its closing one is the item's description), each cell where its value
is written, so that an error points at it.  A shortcode with no time or no title is
no row, and is left as the page has it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._patterns import lazy_compile
from ._blocks import Cell, Table

__all__ = ["shortcode_tables"]

_OPEN = lazy_compile(r"^\s*\{\{[<%]\s*(?P<name>[\w./-]+)\s+(?P<attrs>.*?)\s*/?\s*[>%]\}\}\s*$")
_CLOSE = lazy_compile(r"^\s*\{\{[<%]\s*/\s*(?P<name>[\w./-]+)\s*[>%]\}\}\s*$")
_ATTRIBUTE = lazy_compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')")

#: Each column, the header it is read under, and the attributes that fill it.
_COLUMNS = (
    ("Time", ("time", "when", "slot", "start", "from")),
    ("End", ("end", "to", "until")),
    ("Title", ("title", "content", "name", "talk", "event", "what")),
    ("Speaker", ("speaker", "speakers", "presenter", "presenters", "who", "author", "authors")),
    ("Location", ("location", "room", "place", "venue", "where")),
    ("Type", ("type", "kind", "category")),
)


def shortcode_tables(lines: list[str], skip: set[int]) -> dict[int, Table]:
    """Each run of program shortcodes in ``lines``, as a table by its first line's index;
    the lines they stand on are blanked (line numbers kept).  Lines in ``skip`` (code
    blocks: a shortcode shown, not used) are never read."""
    tables: dict[int, Table] = {}
    run: list[tuple[int, dict[str, tuple[str, int]], tuple[int, str] | None]] = []
    index = 0
    while index < len(lines):
        found = _OPEN.match(lines[index]) if index not in skip else None
        values = _values(found.group("attrs"), found.start("attrs")) if found else {}
        if found is None or not _is_row(values):
            if lines[index].strip() and run:
                _close(tables, run)
                run = []
            index += 1
            continue
        body, end = _body(lines, index, found.group("name"))
        run.append((index, values, body))
        for blank in range(index, end + 1):
            lines[blank] = ""
        index = end + 1
    if run:
        _close(tables, run)
    return tables


def _values(attrs: str, offset: int) -> dict[str, tuple[str, int]]:
    """Each attribute's value and the column it starts at (1-based)."""
    out: dict[str, tuple[str, int]] = {}
    for match in _ATTRIBUTE.finditer(attrs):
        group = "dq" if match.group("dq") is not None else "sq"
        value = (match.group(group), offset + match.start(group) + 1)
        out.setdefault(match.group("key").lower(), value)
    return out


def _is_row(values: dict[str, tuple[str, int]]) -> bool:
    has = {header for header, keys in _COLUMNS if any(key in values for key in keys)}
    return "Time" in has and "Title" in has


def _body(lines: Sequence[str], index: int, name: str) -> tuple[tuple[int, str] | None, int]:
    """The description between the shortcode on ``index`` and its closing one, and the
    index of the closing line (``index`` itself when it has none)."""
    for end in range(index + 1, min(len(lines), index + 200)):
        closing = _CLOSE.match(lines[end])
        if closing and closing.group("name") == name:
            text = " ".join(line.strip() for line in lines[index + 1 : end] if line.strip())
            return ((index + 2, text) if text else None), end
        if _OPEN.match(lines[end]):
            break
    return None, index


def _close(
    tables: dict[int, Table],
    run: Sequence[tuple[int, dict[str, tuple[str, int]], tuple[int, str] | None]],
) -> None:
    first = run[0][0]
    present = [
        (header, keys)
        for header, keys in _COLUMNS
        if any(key in values for _, values, _ in run for key in keys)
    ]
    described = any(body for _, _, body in run)
    header = tuple(Cell(raw=name, line=first + 1, column=1) for name, _ in present)
    if described:
        header += (Cell(raw="Description", line=first + 1, column=1),)
    rows: list[tuple[Cell, ...]] = []
    for index, values, body in run:
        cells = []
        for _, keys in present:
            value, column = next((values[key] for key in keys if key in values), ("", 1))
            cells.append(Cell(raw=value, line=index + 1, column=column))
        if described:
            line, text = body if body else (index + 1, "")
            cells.append(Cell(raw=text, line=line, column=1))
        rows.append(tuple(cells))
    tables[first] = Table(header=header, rows=tuple(rows), line=first + 1, source="lines")
