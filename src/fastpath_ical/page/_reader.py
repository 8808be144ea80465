"""Reading a program page (Markdown) into a :class:`~fastpath_ical.model.Program`.

The page is the single source of truth, so the reader never guesses silently:
what it cannot read is a :class:`~fastpath_ical.errors.PageError` with the
line and column, what it had to infer is a :class:`PageWarning`.  Besides the
program, a reading keeps the page's own statements about time (the zone it
names, the conversions it writes out, the day's span) with their lines, so
that a checker can hold the page to them.

The forms it reads, the zone table and the inference rules are described in
``docs/reading-pages.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from ..errors import FastpathError, PageError, ProgramError
from ..model import Program
from ._columns import Column
from ._header import read_lines
from ._records import Day, PageReading, PageWarning, Row, Schedule, Statement
from ._rows import mark_day_ends, read_table
from ._wallclock import make_items
from ._zone import place_keeps_the_zone, settle_zone, warn_abbreviation

__all__ = [
    "Column",
    "PageReading",
    "PageWarning",
    "Statement",
    "read_page",
    "read_program",
]


def read_page(
    text: str,
    *,
    timezone: str | None = None,
) -> PageReading:
    """Read a program page.

    ``timezone`` (an IANA name or an abbreviation the page could have used)
    overrides whatever zone the page states.
    """
    try:
        return _read_page(text, timezone)
    except FastpathError:
        raise
    except (ValueError, OverflowError) as exc:  # pragma: no cover - a reader bug, not a page's
        raise PageError(f"could not read the page: {exc}", line=1) from None


def read_program(text: str, *, timezone: str | None = None) -> Program:
    """Read a program page and return only the program."""
    return read_page(text, timezone=timezone).program


def _read_page(text: str, timezone: str | None) -> PageReading:
    header, warnings, tables = read_lines(text)
    schedule_tables = [entry for entry in tables if entry.layout.is_schedule]
    if not schedule_tables:
        _no_schedule(tables)
    if header.title is None:
        raise PageError(
            "no title found", line=1, expected="a heading naming the program ('# FastPath 2021')"
        )
    zone = settle_zone(header, schedule_tables, timezone, warnings)

    rows: list[Row] = []
    for schedule in schedule_tables:
        table_day = schedule.day
        if table_day is None and header.date is not None:
            table_day = Day(header.date, header.date_line)
        rows.extend(read_table(schedule, table_day, warnings))
    if not rows:
        table = schedule_tables[0].table
        raise PageError(
            "the program table has no items",
            line=table.line,
            expected="rows with a time and a title or speaker under the header",
        )

    if header.zone_source not in ("--tz", "place"):
        place_keeps_the_zone(header, sorted({row.day.date for row in rows}))
        assert header.zone is not None
        zone = header.zone
    mark_day_ends(rows)
    items, item_lines = make_items(rows, ZoneInfo(zone.iana), warnings)
    if header.zone_source not in (None, "--tz", "place"):
        warn_abbreviation(header, items, warnings)
    if header.organizers is not None:
        organizers = header.organizers
    else:
        organizers = next((row.people for row in rows if row.labelled and row.people), ())
    title = header.title
    location = header.location or "Virtual"
    try:
        program = Program(
            title=title,
            short_name=header.short_name or title,
            date=header.date or rows[0].day.date,
            timezone=zone.iana,
            location=location,
            virtual=location.strip().lower() in ("virtual", "online"),
            home_page=header.home_page,
            recording=header.recording,
            conference=header.conference,
            organizers=organizers,
            items=items,
            notes=tuple(header.notes),
        )
    except ProgramError as exc:
        raise PageError(str(exc), line=header.title_line, expected="a consistent program") from None
    return PageReading(
        program=program,
        warnings=tuple(warnings),
        statements=tuple(header.statements),
        item_lines=tuple(item_lines),
        zone_source=header.zone_source,
    )


def _no_schedule(tables: Sequence[Schedule]) -> None:
    """Say why no table is a program: which column it lacks."""
    if not tables:
        raise PageError(
            "no program table found",
            line=1,
            expected="a Markdown table with a Time column and a Title or Speaker column",
        )
    table = tables[0].table
    columns = tables[0].layout.columns
    lacking = "a Time column" if Column.TIME not in columns else "a Title or Speaker column"
    names = ", ".join(repr(cell.content.text) for cell in table.header)
    raise PageError(
        f"the table has no {lacking.removeprefix('a ')} (its columns: {names})",
        line=table.line,
        column=table.header[0].column if table.header else 1,
        text=table.header[0].raw if table.header else "",
        expected=f"{lacking}, e.g. '| Time | Speaker | Title |'",
    )
