"""The records a page reading is made of and hands from step to step, each built once.

:class:`PageReading`, :class:`PageWarning`, :class:`Statement` and
:class:`ZoneSource` are what reading a page returns; :class:`Header` is what
the lines around the tables say (built by ``_header``), with :class:`ZoneSaid`,
what they say about the zone (each :class:`ZoneStatement` and
:class:`OffsetBeside`); :class:`SettledZone` is the zone the times are read in
and where it came from (``_page_zone``); :class:`Day`, :class:`Schedule` and
:class:`Row` carry a table's rows to the step that turns their times into
instants.  All are frozen: a step that learns more makes a new one
(``attrs.evolve``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence

import attrs

from ..errors import PageError
from ..model import Conference, ItemKind, Link, Paper, Person, Program
from ..zones import StatedZone
from ._blocks import Cell, Table
from ._clock import ClockTime, TimeRange
from ._columns import Layout

__all__ = [
    "Day",
    "Header",
    "OffsetBeside",
    "PageReading",
    "PageWarning",
    "Row",
    "Schedule",
    "SettledZone",
    "Statement",
    "ZoneSaid",
    "ZoneSource",
    "ZoneStatement",
    "rows_read_anew",
]


class ZoneSource(enum.StrEnum):
    """Where the zone of a page's times came from."""

    #: The ``timezone`` argument of :func:`read_page`.
    OPTION = "option"
    #: ``timezone:`` under ``fastpath-ical:`` in the page's front matter.
    PIN = "pin"
    #: A statement on the page: the date line, a note, a label, a heading, the front
    #: matter's ``timezone`` ("All times US EDT", "All times AoE").
    STATEMENT = "statement"
    #: A table: a column's header ("Time (PDT)", "Time (New Orleans)") or an
    #: abbreviation written beside the times ("10:00 - 10:45 EST").
    TABLE = "table"
    #: The zone of the page's place, inferred (said in a warning).
    PLACE = "place"


@attrs.frozen
class PageWarning:
    """Something the reader inferred or set aside; a strict caller makes it an error."""

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

    ``zone_source`` says where the zone came from (:class:`ZoneSource`), and
    ``zone_name`` the zone's name as the page wrote it ("US EDT"), when the page
    gave the zone.
    """

    program: Program
    warnings: tuple[PageWarning, ...] = ()
    statements: tuple[Statement, ...] = ()
    item_lines: tuple[int, ...] = ()
    zone_source: ZoneSource | None = None
    #: With ``read_page(all_errors=True)``: the rows that could not be read, in page order.
    problems: tuple[PageError, ...] = ()
    zone_name: str | None = None


@attrs.frozen(kw_only=True)
class ZoneStatement:
    """A zone name a line writes, where, what it resolves to, and whether the line says
    the program's times are in it ("All times US EDT") or only names it ("noon ET")."""

    line: int
    column: int
    text: str
    zone: StatedZone
    says_times: bool


@attrs.frozen(kw_only=True)
class OffsetBeside:
    """A zone written with a UTC offset beside it ("Pacific Time (UTC-7)", "GMT+1 (Vienna
    Time)"): the two must give the same clocks on every program day."""

    line: int
    column: int
    text: str
    zone: StatedZone
    offset: StatedZone


@attrs.frozen(kw_only=True)
class ZoneSaid:
    """What the lines around the tables say about the zone of the program's times."""

    #: The first zone a line says the times are in, and its name as written.
    zone: StatedZone | None = None
    name: str | None = None
    #: The first name that says the times' zone but means several zones or none.
    problem: PageError | None = None
    #: Every zone name the lines write, in page order.
    named: tuple[ZoneStatement, ...] = ()
    offsets: tuple[OffsetBeside, ...] = ()
    #: "All times AoE": taken only when the page states no other zone.
    weak: ZoneStatement | None = None

    @property
    def said(self) -> tuple[ZoneStatement, ...]:
        """The statements of the zone the times are in."""
        return tuple(statement for statement in self.named if statement.says_times)


@attrs.frozen(kw_only=True)
class Header:
    """What the lines around a page's tables say about the program."""

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
    organizers: tuple[Person, ...] | None = None
    notes: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = ()
    zone: ZoneSaid = attrs.Factory(ZoneSaid)
    #: (line, value) of a line labelled as the date whose value is no date ("Workshop
    #: date: December 11 or 12, 2026"): where a page with no date is asked about.
    unread_date: tuple[int, str] | None = None


@attrs.frozen(kw_only=True)
class SettledZone:
    """The zone the program's times are read in, where it came from, and the name the page
    wrote it with (when the page gave it)."""

    zone: StatedZone
    source: ZoneSource
    name: str | None = None
    #: A statement read while settling, beyond the header's: a table's header, a time's
    #: abbreviation, "All times AoE".
    statement: Statement | None = None


@attrs.frozen
class Day:
    """A day of the program as a date line or heading introduces it."""

    date: dt.date
    line: int
    span: TimeRange | None = None
    #: The time the day starts at, when the page gives only that ("2:30 PM, 16 July",
    #: "Time: 21.30 CET"): what a table of lengths counts from (``_lengths``).
    start: ClockTime | None = None


@attrs.frozen
class Schedule:
    """A table of the page with what its columns hold and the day it falls under."""

    table: Table
    layout: Layout
    day: Day | None


@attrs.frozen
class Row:
    """A timed row as read: its time cell and times, the item it states, and its day."""

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
    #: The track of a timetable whose columns are tracks; ``None`` for every other row.
    track: str | None = None
    #: How long it lasts, from a "Minutes" or "Duration" column: its end, when it has none.
    minutes: int | None = None
    #: "~~Talk~~ (Cancelled)": no item, though its start still ends the row above.
    cancelled: bool = False


def rows_read_anew(
    rows: Sequence[Row],
    read: Mapping[int, Row],
    warnings: list[PageWarning],
    say: Callable[[Row], str],
) -> list[Row]:
    """The rows, each whose ``id`` is in ``read`` replaced by its new reading, and one
    warning for them all, at the first of them as it was (``say`` words it): a table read
    by a habit of its own (speakers in brackets, on a title's last line) is said once."""
    if not read:
        return list(rows)
    first = next(row for row in rows if id(row) in read)
    warnings.append(PageWarning(first.line, first.time_cell.column, say(first)))
    return [read.get(id(row), row) for row in rows]
