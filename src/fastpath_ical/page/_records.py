"""The records a page reading is made of and hands from step to step.

:class:`PageReading`, :class:`PageWarning` and :class:`Statement` are what
reading a page returns; :class:`Day`, :class:`Header` and :class:`Row` carry
what the page said from the step that reads its lines and tables to the step
that turns its times into instants.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import PageError
from ..model import Conference, ItemKind, Link, Paper, Person, Program
from ..zones import StatedZone
from ._blocks import Cell, Table
from ._clock import TimeRange
from ._columns import Layout

__all__ = ["Day", "Header", "PageReading", "PageWarning", "Row", "Schedule", "Statement"]


@attrs.frozen
class PageWarning:
    """Something the reader inferred or set aside; ``--strict`` makes it an error."""

    line: int
    column: int
    message: str
    #: What kind of warning, where another part of the project checks it its own way
    #: (``"abbreviation"``: ``fastpath-ical check`` says it as an error).
    code: str = ""

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


@attrs.frozen
class Statement:
    """A statement the page makes about time, kept for checking.

    ``kind`` is ``"zone"`` (a zone name the page uses for its times),
    ``"conversion"`` (a sentence equating times in two zones) or ``"span"``
    (the day's first and last time in the header).
    """

    kind: str
    line: int
    column: int
    text: str


@attrs.frozen
class PageReading:
    """A program and what the page said on the way: warnings, statements, item lines.

    ``zone_source`` says where the zone came from: ``"--tz"``, the zone name
    as the page wrote it, or ``"place"`` when it was inferred from a place.
    """

    program: Program
    warnings: tuple[PageWarning, ...] = ()
    statements: tuple[Statement, ...] = ()
    item_lines: tuple[int, ...] = ()
    zone_source: str | None = None
    #: With ``read_page(all_errors=True)``: the rows that could not be read, in page order.
    problems: tuple[PageError, ...] = ()


@attrs.define
class Day:
    """A day of the program as a date line or heading introduces it."""

    date: dt.date
    line: int
    span: TimeRange | None = None


@attrs.frozen
class Schedule:
    """A table of the page with what its columns hold and the day it falls under."""

    table: Table
    layout: Layout
    day: Day | None


@attrs.define
class Header:
    title: str | None = None
    title_line: int = 1
    short_name: str | None = None
    home_page: str | None = None
    conference: Conference | None = None
    recording: str | None = None
    date: dt.date | None = None
    date_line: int = 0
    #: The last day of the range the first date line gives ("Nov. 30 - Dec. 1, 2018").
    last_date: dt.date | None = None
    #: The year of dates written without one when no date line gives it (the title's).
    year: int | None = None
    location: str | None = None
    location_line: int = 0
    zone: StatedZone | None = None
    zone_source: str | None = None
    zone_problem: PageError | None = None
    organizers: tuple[Person, ...] | None = None
    notes: list[str] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    #: (line, column, name, zone) of each statement of the zone the times are in.
    said_zones: list[tuple[int, int, str, StatedZone]] = attrs.Factory(list)
    #: (line, column, text, zone, offset zone) of a zone written with its offset beside it
    #: ("Pacific Time (UTC-7)"): both must give the same clocks on every program day.
    offsets_said: list[tuple[int, int, str, StatedZone, StatedZone]] = attrs.Factory(list)
    #: "All times AoE": taken only when the page states no other zone.
    weak_zone: tuple[Statement, StatedZone] | None = None


@attrs.define
class Row:
    line: int
    time_cell: Cell
    times: TimeRange
    kind: ItemKind
    title: str
    people: tuple[Person, ...]
    links: tuple[Link, ...]
    session: str | None
    chair: str | None
    abstract: str | None
    extra: tuple[tuple[str, str], ...]
    day: Day
    labelled: bool = False
    #: "2:00 PM | Adjourn": the last start-only row only says when the day ends.
    ends_day: bool = False
    #: Untimed rows under a session's row: its papers.
    papers: tuple[Paper, ...] = ()
