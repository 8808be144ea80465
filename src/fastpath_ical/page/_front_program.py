"""A program held in the front matter: a list of items a site's template lays out.

    talks:                           [[extra.activities]]
    - title: "Welcome"               title = "Check-in"
      start: "9:00"                  day = "2023-07-28"
      end: "9:15"                    from = "16:00"
      author:                        to = "19:30"
      - given: Neil
        family: Lawrence
        institute: University of Sheffield

The page's Markdown then says little or nothing; the template prints the list.  The
longest list of mappings that each give a start and a title is read as a table: its
keys become the columns (date, time, end, title, speaker, abstract, slides, video),
each cell on the line of the key that holds the list, and every rule for a table's row
applies to it.  Keys that say nothing of the item (``mute``, ``layout``) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ._blocks import Cell, Table
from ._frontmatter import FrontMatter
from ._inline import from_html

__all__ = ["front_matter_program"]

#: Each column, the header it is read under, and the keys that fill it.
_COLUMNS = (
    ("Date", ("date", "day")),
    ("Time", ("start", "from", "time", "begin", "start_time")),
    ("End", ("end", "to", "until", "end_time")),
    ("Title", ("title", "name", "talk", "event")),
    ("Speaker", ("speaker", "speakers", "author", "authors", "presenter", "presenters")),
    ("Abstract", ("abstract", "description", "summary")),
    ("Slides", ("slides",)),
    ("Video", ("video", "youtube", "recording")),
)


def front_matter_program(front: FrontMatter) -> Table | None:
    """The front matter's program as a table, or ``None`` when it holds none."""
    found = max(_lists(front.data, ()), key=lambda pair: len(pair[1]), default=None)
    if found is None:
        return None
    path, entries = found
    line = front.line_of(path[0]) if path else front.lines[0]
    present = [
        (header, keys)
        for header, keys in _COLUMNS
        if any(_cell_value(entry, header, keys) is not None for entry in entries)
    ]
    header = tuple(Cell(raw=name, line=line, column=1) for name, _ in present)
    rows = tuple(
        tuple(
            Cell(raw=_text(name, _cell_value(entry, name, keys)), line=line, column=1)
            for name, keys in present
        )
        for entry in entries
    )
    return Table(header=header, rows=rows, line=line, source="lines")


def _lists(
    data: Any, path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], list[Mapping[str, Any]]]]:
    """Every list of program entries in ``data``, with the keys that lead to it."""
    if isinstance(data, Mapping):
        for key, value in data.items():
            if len(path) < 3:
                yield from _lists(value, (*path, str(key)))
    elif isinstance(data, list) and len(data) >= 3:
        entries = [entry for entry in data if isinstance(entry, Mapping)]
        timed = [entry for entry in entries if _is_entry(entry)]
        if len(entries) == len(data) and len(timed) * 2 > len(entries):
            yield path, entries


def _is_entry(entry: Mapping[str, Any]) -> bool:
    return _value(entry, _COLUMNS[1][1]) is not None and _value(entry, _COLUMNS[3][1]) is not None


def _cell_value(entry: Mapping[str, Any], column: str, keys: Sequence[str]) -> Any:
    """The entry's value for a column; a start written with its date gives the date."""
    value = _value(entry, keys)
    if value is None and column == "Date":
        start = _value(entry, _COLUMNS[1][1])
        return start if isinstance(start, dt.datetime) else None
    return value


def _value(entry: Mapping[str, Any], keys: Sequence[str]) -> Any:
    lowered = {str(key).lower(): value for key, value in entry.items()}
    return next((lowered[key] for key in keys if lowered.get(key) not in (None, "", [])), None)


def _text(column: str, value: Any) -> str:
    """A value as a cell of its column writes it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if column == "Date":
            return value.date().isoformat()
        offset = value.strftime("%z")
        return f"{value:%H:%M}" + (f" UTC{offset[:3]}:{offset[3:]}" if offset else "")
    if isinstance(value, dt.date):
        return value.isoformat() if column == "Date" else ""
    if column == "Speaker":
        return ", ".join(_person(one) for one in (value if isinstance(value, list) else [value]))
    if column == "Abstract" and "<" in str(value):
        # A template's HTML: its words are the description; its markup is the site's.
        return " ".join(from_html(str(value)).text.split())
    return " ".join(str(value).split())


def _person(value: Any) -> str:
    """One speaker as a speaker cell writes them: "[Ann Lee](url) (Institute)"."""
    if not isinstance(value, Mapping):
        return " ".join(str(value).split())
    lowered = {str(key).lower(): item for key, item in value.items()}
    name = lowered.get("name") or " ".join(
        str(part) for part in (lowered.get("given"), lowered.get("family")) if part
    )
    url = lowered.get("url") or lowered.get("homepage") or lowered.get("website")
    written = f"[{name}]({url})" if url else str(name)
    place = lowered.get("institute") or lowered.get("affiliation") or lowered.get("institution")
    return f"{written} ({place})" if place else written
