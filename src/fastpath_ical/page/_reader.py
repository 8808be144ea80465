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

import contextlib
import datetime as dt
import html
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from .._patterns import lazy_compile
from ..errors import FastpathError, PageError, ProgramError
from ..model import Program
from ._clock import find_date
from ._columns import Column
from ._dates import date_in, names_the_day, year_in
from ._day_ends import drop_day_starts, mark_day_ends
from ._ditto import dittos_continue
from ._elsewhere import fill_people, mentions, row_anchors
from ._header import read_lines
from ._initials import initials_read
from ._markdown import Page, read_markdown
from ._no_program import no_schedule, template_rows, unread_timetable
from ._page_zone import place_keeps_the_zone, settle_zone, warn_abbreviation
from ._panelists import fill_panelists, panelists
from ._paper_authors import fill_authors, papers_elsewhere
from ._records import Day, Header, PageReading, PageWarning, Row, Statement, ZoneSource
from ._sections_below import fill_titles, talk_sections
from ._table import read_table
from ._wallclock import make_items

__all__ = [
    "Column",
    "PageReading",
    "PageWarning",
    "Statement",
    "ZoneSource",
    "read_page",
    "read_program",
]


def read_page(
    text: str,
    *,
    timezone: str | None = None,
    date: dt.date | None = None,
    year: int | None = None,
    end: dt.time | None = None,
    title: str | None = None,
    page_url: str | None = None,
    all_errors: bool = False,
) -> PageReading:
    """Read a program page.

    The keywords supply what a page leaves out, as the command line's options
    and the front matter's ``fastpath-ical:`` block do (an argument wins over
    the block): ``timezone`` (an IANA name or an abbreviation the page could
    have used) overrides whatever zone the page states; ``date`` is the first
    day of a page that states none, ``year`` the year of dates written
    without one; ``end`` is when the last item of a day ends when the page
    does not say; ``title`` names the program; ``page_url``, the address the page is
    published at, makes its relative links ("slides/a.pdf") whole.

    ``all_errors``: a row that cannot be read is not raised but kept in the
    reading's ``problems`` (every one, in page order) and left out of the
    program, so that a checker names them all in one reading.  A row whose only
    fault is an abbreviation its zone does not use that day is a problem too
    (``code`` ``"abbreviation"``) but stays in, its times on the zone's clock,
    so that the checker can say what the zone keeps on its date.  An error
    about the page as a whole (no table, no zone) is raised either way; so is
    a page none of whose rows can be read, the first row's error carrying
    every row's in its ``problems``.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_page() takes the page's text as str, got {type(text).__name__}")
    try:
        return _read_page(
            text, _options(timezone, date, year, end, title, page_url), all_errors=all_errors
        )
    except FastpathError:
        raise
    except (ValueError, OverflowError) as exc:  # pragma: no cover - a reader bug, not a page's
        raise PageError(f"could not read the page: {exc}", line=1) from None


def read_program(
    text: str,
    *,
    timezone: str | None = None,
    date: dt.date | None = None,
    year: int | None = None,
    end: dt.time | None = None,
    title: str | None = None,
    page_url: str | None = None,
) -> Program:
    """Read a program page and return only the program."""
    reading = read_page(
        text, timezone=timezone, date=date, year=year, end=end, title=title, page_url=page_url
    )
    return reading.program


@attrs.frozen
class _Options:
    timezone: str | None
    date: dt.date | None
    year: int | None
    end: dt.time | None
    title: str | None
    page_url: str | None


def _options(
    timezone: object, date: object, year: object, end: object, title: object, page_url: object
) -> _Options:
    """The keywords checked: a wrong type is the caller's mistake, named."""
    for name, value, kind in (
        ("timezone", timezone, str),
        ("title", title, str),
        ("page_url", page_url, str),
        ("end", end, dt.time),
    ):
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"{name} must be {kind.__name__} or None, got {value!r}")
    if date is not None and (not isinstance(date, dt.date) or isinstance(date, dt.datetime)):
        raise TypeError(f"date must be a datetime.date or None, got {date!r}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"year must be int or None, got {year!r}")
    if isinstance(page_url, str) and not re.match(r"https?://[^/\s]+", page_url):
        raise TypeError(f"page_url must be an http(s) URL, got {page_url!r}")
    return _Options(timezone, date, year, end, title, page_url)  # type: ignore[arg-type]


#: Titles that name a page of a site, not a workshop.
#: The name of a program whose page names it nowhere.
_NO_TITLE = "Program"

_GENERIC_TITLE = lazy_compile(
    r"\W*(?:the\s+)?(?:workshop\s+|tentative\s+|final\s+|detailed\s+|preliminary\s+|"
    r"provisional\s+|draft\s+|full\s+|updated\s+)?"
    r"(?:program(?:me)?|schedule|agenda|timetable|overview|home|about|index|talks|"
    r"program(?:me)?\s+schedule|schedule\s+and\s+program(?:me)?)\W*",
    re.IGNORECASE,
    needs="about agenda home index overview program schedule talks timetable",
)


#: Words that make a title's date another one than the program's.
_NOT_THE_DAY = lazy_compile(
    r"\b(?:updated?|deadlines?|due|posted|revised|published|submissions?|as\s+of)\b",
    re.IGNORECASE,
)


def _date_in_title(page: Page, year: int | None) -> tuple[dt.date, int] | None:
    """The date the front matter's title gives, and its line; the year may be the page's."""
    title = page.front.text("title")
    if not title:
        return None
    line = page.front.line_of("title")
    plain = html.unescape(title)
    if _NOT_THE_DAY.search(plain):
        return None  # "Program (last updated May 3, 2024)": a date, not the program's
    found = date_in(plain, line, plain, year or year_in(plain))
    return (found, line) if found is not None else None


#: Front matter keys that name the day an event starts, as workshop templates write them
#: (The Carpentries' ``startdate``, which its layout prints over the page). A bare
#: ``date`` is not one: in a blog's post it is the day the page was published.
_START_KEYS = ("startdate", "start_date", "startDate", "start-date")


def _date_in_front_matter(page: Page, year: int | None) -> tuple[dt.date, int, str] | None:
    """The day the front matter's title gives, or the day its start key says the event
    starts; with its line and where it was said."""
    titled = _date_in_title(page, year)
    if titled is not None:
        return (*titled, "title")
    for key in _START_KEYS:
        day = page.front.date(key)
        if day is None and (text := page.front.text(key)) is not None:
            with contextlib.suppress(ValueError):
                day = dt.date.fromisoformat(text[:10])
        if day is not None:
            return day, page.front.line_of(key), repr(key)
    return None


def _title(
    header: Header, page: Page, options: _Options, warnings: list[PageWarning]
) -> tuple[str, int]:
    """The program's name: an option or pin, else the page's heading, else its front matter.

    A heading such as "Schedule" names a page of the site, not the workshop:
    the front matter's title is taken instead when it is more, and a name
    that stays generic is said in a warning, since it names the calendar and
    every UID.  A page with no heading and no front matter title (a site's
    layout prints the name) is named "Program", with the same warning: its
    items are no less readable.
    """
    pins = page.front.pins
    if options.title or pins.title:
        return options.title or pins.title or "", pins.line
    candidates = [
        (header.title, header.title_line),
        (page.front.text("title"), page.front.line_of("title")),
    ]
    found = [(text, line) for text, line in candidates if text] or [(_NO_TITLE, 1)]
    specific = [(text, line) for text, line in found if not _GENERIC_TITLE.fullmatch(text)]
    title, line = (specific or found)[0]
    if not specific:
        warnings.append(
            PageWarning(
                line,
                1,
                f"the page names no workshop, only {title!r}: the calendar and its UIDs are "
                "named so (give the title argument, or 'title:' under 'fastpath-ical:' in the "
                "front matter)",
            )
        )
    return title, line


def _read_page(text: str, options: _Options, *, all_errors: bool = False) -> PageReading:
    page = read_markdown(text)
    pins = page.front.pins
    date = options.date or pins.date
    year = options.year or (date.year if date else None)
    header, warnings, tables = read_lines(page, year=year, first_day=date)
    schedule_tables = [entry for entry in tables if entry.layout.is_schedule]
    if not schedule_tables:
        no_schedule(tables, page)
    unread_timetable(tables)
    template_rows(schedule_tables, page)
    title, title_line = _title(header, page, options, warnings)
    settled = settle_zone(
        header,
        schedule_tables,
        warnings,
        timezone=options.timezone,
        pin=pins.timezone,
        date=date,
        lines=text.splitlines(),
        names=[
            (name, line or 1)
            for name, line in (
                (header.title, header.title_line),
                (page.front.text("title"), page.front.line_of("title")),
            )
            if name
        ],
    )

    undated = any(schedule.day is None for schedule in schedule_tables)
    if undated and header.date is None and date is None and header.unread_date is not None:
        # "Workshop date: December 11 or 12, 2026": the page says where its date is.
        line, value = header.unread_date
        no_year = False
        if year is None:
            with contextlib.suppress(ValueError):
                # "28th of August": a day of a month, the year left to the site's other pages
                # ("Monday, December 13" under a year its weekday disagrees with is no day).
                found = find_date(value, year=2000)
                no_year = found is not None and found.weekday is None
        raise PageError(
            f"the page's date line says {value!r}, "
            + ("which has no year" if no_year else "which is no one date"),
            line=line,
            text=value,
            expected=(
                "the year: year=2026 (on the command line, --date 2026), or the first "
                "day as 'date:' under 'fastpath-ical:' in the front matter"
                if no_year
                else "one date such as 'December 11, 2026', or date="
            ),
            code="no-date",
        )
    if undated and header.date is None and date is None:
        said_once = _date_in_front_matter(page, year)
        if said_once is not None:
            # "title: Conference Schedule - Monday, April 19", "startdate: 2022-12-12": the
            # layout prints it over the program, the one place the page says its day.
            day, line, where = said_once
            reading = _read_page(text, attrs.evolve(options, date=day), all_errors=all_errors)
            said = PageWarning(
                line,
                1,
                f"the page gives its date only in its front matter's {where}: read as "
                f"{day.isoformat()}",
            )
            return attrs.evolve(reading, warnings=(said, *reading.warnings))
    # The date given (date=, or pinned) over another the page names: the caller knows which
    # day the program is ("Oct 21, 2016: The program committee list is online" is news
    # that the page's layout hides from the reader), so it is not asked for in vain.
    named = header.date
    given_over_page = date is not None and named is not None and date != named
    days = {schedule.day.date for schedule in schedule_tables if schedule.day is not None}
    if date in days:
        # The page's days hold the date given ("first held on July 23, 2023" above the
        # program's own day): nothing to read over.
        given_over_page = False
    if given_over_page and date is not None and named is not None:
        if days - {named}:
            raise PageError(
                f"the page names the days of its program ({min(days | {named})} on), "
                f"and the date given, {date.isoformat()}, is another",
                line=header.date_line or 1,
                expected="no date=, or the date under 'fastpath-ical:' that the page's days "
                "agree with",
                code="no-date",
            )
        schedule_tables = [
            attrs.evolve(schedule, day=attrs.evolve(schedule.day, date=date))
            if schedule.day is not None
            else schedule
            for schedule in schedule_tables
        ]
        warnings.append(
            PageWarning(
                header.date_line or 1,
                1,
                f"the page names {named.isoformat()} here; its program is read on "
                f"{date.isoformat()}, the date given",
            )
        )
    rows: list[Row] = []
    #: How the tables above write their speakers, for a table that shows it once.
    habits: set[str] = set()
    problems: list[PageError] | None = [] if all_errors else None
    for schedule in schedule_tables:
        table_day = schedule.day
        if table_day is None and date is not None and header.date_line > schedule.table.line:
            # The date given (date=, or pinned) for a table with none above it: a date
            # further down the page, which the error below would ask about, is not asked.
            table_day = Day(date, pins.line)
        if table_day is None and header.date is not None and not given_over_page:
            if header.date_line > schedule.table.line and not names_the_day(text, header.date_line):
                # A date only below the program, inside a sentence ("At the 15th BDI
                # Workshop (Nov. 4, 2022)"), is another event's; the tables above have none.
                raise PageError(
                    f"no date found for this table (the first date, "
                    f"{header.date.isoformat()}, is on line {header.date_line}, below it)",
                    line=schedule.table.line,
                    expected="the program's date above its table, or date=",
                    code="no-date",
                )
            table_day = Day(header.date, header.date_line)
        if table_day is None and date is not None:
            table_day = Day(date, pins.line)
        rows.extend(
            read_table(
                schedule,
                table_day,
                warnings,
                year=header.year or year,
                base_url=options.page_url,
                problems=problems,
                habits=habits,
            )
        )
    rows = initials_read(rows, text, warnings)
    if not rows:
        if problems:
            raise _unreadable(problems)
        table = schedule_tables[0].table
        raise PageError(
            "the program table has no items",
            line=table.line,
            expected="rows with a time and a title or speaker under the header",
        )

    settled = place_keeps_the_zone(settled, header.location, sorted({row.day.date for row in rows}))
    zone = settled.zone
    statements = (*header.statements, *((settled.statement,) if settled.statement else ()))
    items, item_lines = make_items(
        mark_day_ends(drop_day_starts(dittos_continue(rows, warnings), warnings)),
        ZoneInfo(zone.iana),
        warnings,
        end=options.end or pins.end,
        problems=problems,
    )
    if problems and not items:
        raise _unreadable(problems)
    program_tables = [entry.table for entry in schedule_tables]
    items = fill_people(
        items,
        item_lines,
        mentions(page.blocks, program_tables),
        row_anchors(program_tables),
        warnings,
    )
    items = fill_authors(items, item_lines, papers_elsewhere(page.blocks, program_tables), warnings)
    items = fill_panelists(items, item_lines, panelists(page.blocks), warnings)
    items = fill_titles(items, item_lines, talk_sections(page.blocks), warnings)
    warn_abbreviation(settled, statements, header.date_line, items, warnings)
    warnings.extend(
        PageWarning(
            line,
            1,
            f"an HTML comment from here hides {rows} row(s) with times: left out, as a "
            "browser leaves them out",
        )
        for line, rows in page.hidden
    )
    if header.organizers is not None:
        organizers = header.organizers
    else:
        organizers = next((row.people for row in rows if row.labelled and row.people), ())
    # A page that names no place has none: the feed says nothing rather than "Virtual".
    location = pins.location or header.location
    try:
        program = Program(
            title=title,
            short_name=pins.short_name or header.short_name or title,
            date=items[0].start.astimezone(ZoneInfo(zone.iana)).date(),
            timezone=zone.iana,
            location=location,
            virtual=location is not None and location.strip().lower() in ("virtual", "online"),
            home_page=header.home_page,
            recording=header.recording,
            conference=header.conference,
            organizers=organizers,
            items=items,
            notes=tuple(header.notes),
        )
    except ProgramError as exc:
        raise PageError(str(exc), line=title_line, expected="a consistent program") from None
    return PageReading(
        program=program,
        warnings=tuple(warnings),
        statements=statements,
        item_lines=tuple(item_lines),
        zone_source=settled.source,
        zone_name=settled.name,
        problems=_page_order(problems or ()),
    )


def _unreadable(problems: Sequence[PageError]) -> PageError:
    """A page none of whose rows can be read: the first row's error, carrying them all.

    There is no program to return, so the reading is an error; it is the first
    row's (the message a reading without ``all_errors`` gives), and its ``problems``
    keep the rest, so that a checker still names every row.
    """
    ordered = _page_order(problems)
    first = ordered[0]
    return PageError(
        first.message,
        line=first.line,
        column=first.column,
        text=first.text,
        expected=first.expected,
        code=first.code,
        problems=ordered,
    )


def _page_order(problems: Sequence[PageError]) -> tuple[PageError, ...]:
    return tuple(sorted(problems, key=lambda error: (error.line, error.column)))


#: A link to a document or picture that may hold the program.
