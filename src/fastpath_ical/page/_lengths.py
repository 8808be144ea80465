"""Tables that say how long each item lasts, not when: "| Duration | Activity |".

A workshop whose items run back to back may write each one's length ("5 mins", "1 hour")
under the one start the page gives ("2:30 PM, 16 July", "Time: 21.30 CET").  A person adds
the lengths up from that start; the reader does the same, and says so in a warning, since
every time of the feed is then an inference.  Without a start on the page, no item has a
time, and the table is the page's error, as any table without times is.
"""

from __future__ import annotations

import datetime as dt
import re

from .._patterns import lazy_compile
from ._blocks import Cell, Table
from ._clock import ClockTime
from ._records import PageWarning

__all__ = ["minutes_in", "times_from_lengths"]

#: Headers of a column saying how long each item lasts: in minutes, or in what it says.
_MINUTES_HEADERS = frozenset({"minutes", "mins", "min", "duration (min)", "duration (mins)"})
_LENGTH_HEADERS = frozenset({"duration", "length"})
#: "60", "45 min", "90 minutes", "1 h", "2 hours": how long, in minutes or hours.
_A_LENGTH = lazy_compile(
    r"\s*(?:(?P<minutes>\d{1,3})\s*(?P<unit>m|mins?|minutes?|')?"
    r"|(?P<hours>\d)\s*(?:h|hrs?|hours?))\s*",
    re.IGNORECASE,
)


def _lengths_header(name: str) -> str | None:
    """The header as the tables of lengths name it ("duration", "minutes"), or ``None``."""
    normal = " ".join(name.lower().split())
    return normal if normal in _MINUTES_HEADERS | _LENGTH_HEADERS else None


def minutes_in(text: str, name: str) -> int | None:
    """How long a cell under the header ``name`` says its item lasts, in minutes: a bare
    number only under a header in minutes ("| Duration | 1 |" may be an hour)."""
    header = _lengths_header(name)
    if header is None:
        return None
    found = _A_LENGTH.fullmatch(text)
    if found is None:
        return None
    if found["hours"]:
        return int(found["hours"]) * 60
    if found["unit"] is None and header not in _MINUTES_HEADERS:
        return None
    return int(found["minutes"]) or None


def times_from_lengths(
    table: Table, start: ClockTime | None, warnings: list[PageWarning]
) -> Table | None:
    """The table with a Time column before its cells, each row's time its start (the page's
    ``start`` plus the lengths above it) to its end, when the table has a column of lengths
    and every row gives one; else ``None``."""
    lengths = [i for i, cell in enumerate(table.header) if _lengths_header(cell.content.text)]
    if start is None or len(lengths) != 1 or not table.rows:
        return None
    column = lengths[0]
    header = table.header[column].content.text
    minutes: list[int] = []
    for row in table.rows:
        found = minutes_in(row[column].content.text, header) if column < len(row) else None
        if found is None:
            return None
        minutes.append(found)
    at = dt.datetime.combine(dt.date(2000, 1, 1), start.to_time())
    rows: list[tuple[Cell, ...]] = []
    for row, length in zip(table.rows, minutes, strict=True):
        end = at + dt.timedelta(minutes=length)
        written = row[column]
        time = Cell(raw=f"{at:%H:%M} - {end:%H:%M}", line=written.line, column=written.column)
        rows.append((time, *row))
        at = end
    first = table.rows[0][column]
    warnings.append(
        PageWarning(
            first.line,
            first.column,
            f"the table gives how long each item lasts, not when: its times are added up "
            f"from {start.to_time():%H:%M}, the start the page gives",
        )
    )
    head = Cell(raw="Time", line=table.header[column].line, column=table.header[column].column)
    return Table(
        header=(head, *table.header), rows=tuple(rows), line=table.line, source=table.source
    )
