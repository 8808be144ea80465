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

import datetime as dt
import enum
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from .clock import (
    ClockTime,
    TimeRange,
    find_date,
    parse_offset,
    parse_time_range,
    unread_time,
)
from .datenames import month_name, weekday_name
from .errors import FastpathError, LocalTimeError, PageError, ProgramError, ZoneError
from .markdown import Cell, Heading, Inline, Paragraph, Table, blocks, inline
from .model import MAX_YEAR, MIN_YEAR, Conference, Item, ItemKind, Link, LinkKind, Person, Program
from .zones import (
    AMBIGUOUS,
    PLACES,
    ZONE_NAMES,
    StatedZone,
    abbreviation_offset,
    format_offset,
    localize,
    resolve_ambiguous,
    resolve_zone,
    zone_of_place,
)

__all__ = [
    "Column",
    "PageReading",
    "PageWarning",
    "Statement",
    "read_page",
    "read_program",
]


class Column(enum.Enum):
    """What a table column holds, recognised by its header cell."""

    TIME = "time"
    #: "| Start | End |": the end of the time in a column of its own.
    END = "end"
    DATE = "date"
    SPEAKER = "speaker"
    AFFILIATION = "affiliation"
    TITLE = "title"
    SLIDES = "slides"
    VIDEO = "video"
    LINKS = "links"
    SESSION = "session"
    CHAIR = "chair"
    ABSTRACT = "abstract"
    KIND = "kind"


_COLUMN_NAMES: dict[str, Column] = {
    name: column
    for column, names in {
        Column.TIME: (
            "time",
            "times",
            "when",
            "slot",
            "time slot",
            "timeslot",
            "hour",
            "hours",
            "schedule",
            "start",
            "start time",
            "starts",
            "begin",
            "begins",
            "begin time",
            "local time",
        ),
        Column.END: ("end", "ends", "end time", "finish", "finish time", "finishes"),
        Column.DATE: ("date", "day"),
        Column.SPEAKER: (
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "who",
            "author",
            "authors",
            "name",
            "names",
            "speaker(s)",
            "presenter(s)",
            "author(s)",
            "panelists",
            "panelist",
            "keynote speaker",
            "invited speaker",
            "speaker name",
        ),
        Column.AFFILIATION: (
            "affiliation",
            "affiliations",
            "institution",
            "institutions",
            "organization",
            "organisation",
            "organizations",
            "organisations",
            "company",
            "affiliation(s)",
            "university",
            "employer",
        ),
        Column.TITLE: (
            "title",
            "titles",
            "talk",
            "talks",
            "talk title",
            "topic",
            "topics",
            "presentation",
            "paper",
            "paper title",
            "what",
            "event",
            "activity",
            "item",
            "program",
            "agenda",
            "title of talk",
            "presentation title",
            "program item",
        ),
        Column.SLIDES: ("slides", "slide", "deck", "pdf", "slide deck"),
        Column.VIDEO: ("video", "videos", "recording", "recordings", "youtube", "talk video"),
        Column.LINKS: ("links", "link", "materials", "resources", "material", "url", "urls"),
        Column.SESSION: ("session", "track", "session name", "session title"),
        Column.CHAIR: ("chair", "session chair", "moderator", "chairs", "chair(s)"),
        Column.ABSTRACT: ("abstract", "summary", "description", "details", "abstracts"),
        Column.KIND: ("kind", "type", "category"),
    }.items()
    for name in names
}

#: Header cells read only as a whole, never as a word of a longer header ("Notes from chair").
_WHOLE_COLUMN_NAMES: dict[str, Column] = {
    "from": Column.TIME,
    "to": Column.END,
    "until": Column.END,
    "till": Column.END,
}

_ORGANIZER_COLUMNS = (
    "organizer",
    "organizers",
    "organiser",
    "organisers",
    "organizer(s)",
    "organiser(s)",
    "organizing committee",
)


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


_BREAK_WORDS = re.compile(
    r"\b(break|breaks|lunch|dinner|breakfast|coffee|tea|reception|poster session|posters|"
    r"networking|social|recess|meal|snacks?|refreshments?|banquet|registration|check-in)\b",
    re.IGNORECASE,
)
_REMARKS_WORDS = re.compile(
    r"\b(remarks|welcome|opening|closing|introduction|intro|wrap-up|wrap up|farewell)\b",
    re.IGNORECASE,
)
_ORGANIZERS_LABEL = re.compile(r"^\s*(organi[sz]ers?|chairs?|hosts?)\s*:\s*", re.IGNORECASE)
_ROLE_LABEL = re.compile(
    r"^\s*(?:keynote(?:\s+speaker)?|invited(?:\s+(?:talk|speaker))?|panel(?:ists?)?|"
    r"speakers?|presenters?|moderators?|discussants?|respondents?|"
    r"chairs?|session\s+chairs?|tutorial|featuring)\s*:\s*|^\s*moderated\s+by\s*:?\s*",
    re.IGNORECASE,
)
_MARKERS = re.compile(r"\s*(?:\(\s*[*†‡§¶]+\s*\)|[*†‡§¶]+|\^\w+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")
_SUFFIXES = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|ph\.d|md)\.?$", re.IGNORECASE)
_NONE_WORDS = {"", "-", "–", "—", "n/a", "?"}
#: Speaker cells that name no one: the item has no people.
_NOBODY = {
    "organizers",
    "the organizers",
    "organisers",
    "the organisers",
    "program chairs",
    "the program chairs",
    "workshop chairs",
    "the workshop chairs",
    "chairs",
    "staff",
    "all",
    "everyone",
    "tba",
    "tbd",
    "tbc",
}
#: "Organizing committee", "The program committee", "Local organizing team": no one by name.
_NOBODY_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:workshop|program(?:me)?|general|local|steering|organi[sz]ing|"
    r"technical)\s+)*(?:organi[sz]ers|organi[sz]ing\s+(?:committee|team)|committee|chairs)",
    re.IGNORECASE,
)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CONJUNCTION = re.compile(
    r"\b(in conjunction with|co-?located with|held with|held in conjunction with|part of)\b",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(r"^\s*(program(?:me)?|schedule|agenda)\s*[-–—:]+\s*", re.IGNORECASE)
_LABEL = re.compile(
    r"^\s*(?P<label>location|venue|where|place|time\s*zone|timezone|times|"
    r"organi[sz]ers?|organi[sz]ed by|short\s+name|home\s*page|website|web\s*site|"
    r"workshop|recording|video|videos)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_CHAIR = re.compile(
    r"\s*(?:\(\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:?\s*(?P<a>[^)]+)\)"
    r"|[-–—,;|]?\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:\s*(?P<b>.+))\s*$",
    re.IGNORECASE,
)
#: Words of a call for papers: a date or zone in a sentence with them is a deadline's.
_DEADLINE_WORDS = re.compile(
    r"\b(?:deadlines?|submissions?|submit(?:ted)?|notifications?|camera[- ]?ready|"
    r"acceptance|decisions?|rebuttals?|early[- ]bird|cfp|call\s+for\s+\w+|"
    r"abstracts?\s+(?:registration|due)|(?:is|are)\s+due|due\s+(?:by|on|date))\b",
    re.IGNORECASE,
)
#: Headings of a page's call for papers: what their section says is about deadlines.
_DEADLINE_HEADING = re.compile(
    r"\b(?:(?:important|key|submission)\s+dates|deadlines?|call\s+for\s+\w+|cfp)\b"
    r"|^\W*(?:paper\s+|abstract\s+)?submissions?\b",
    re.IGNORECASE,
)
#: A line in such a section that names the event itself ("Workshop: July 28, 2023").
_EVENT_WORDS = re.compile(
    r"\b(?:workshop|event|symposium|conference|meeting|program(?:me)?|schedule)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])(?=\s)")
_DAY_NUMBER = re.compile(r"^\s*day\s+(\d{1,2})\b", re.IGNORECASE)
_UNKNOWN_ZONE = re.compile(
    r"\btimes?\b[^.;=]*?\b(?:in|are|:)\s+(?P<zone>(?-i:[A-Z]{2,5})|[A-Za-z]+/[A-Za-z_]+)\b",
    re.IGNORECASE,
)


def _zone_token_pattern() -> re.Pattern[str]:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(r"(?<![\w/])(?:" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_TOKEN = _zone_token_pattern()
_OFFSET_TOKEN = re.compile(
    r"(?<![\w/])(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?![\d:])", re.IGNORECASE
)
_SHORT_TOKEN = re.compile(r"^[A-Za-z]{1,5}$")


def _zone_candidates(
    text: str, day: dt.date | None = None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """Zone names in ``text`` with their offsets: IANA names and names in the table.

    A short name must be written in capitals ("CET", not "cet" inside a word
    such as "et al."), and an ambiguous one is kept as its error, so the page
    can be told exactly which name to replace, unless an offset written right
    after it ("IST (UTC+05:30)") leaves only one of its zones on ``day``.
    """
    found: list[tuple[int, str, StatedZone | ZoneError]] = []
    for match in _OFFSET_TOKEN.finditer(text):
        # "UTC-7" is a zone of its own, not "UTC" followed by a stray number.
        try:
            found.append((match.start(), match.group(0), resolve_zone(match.group(0))))
        except ZoneError as exc:
            found.append((match.start(), match.group(0), exc))
    for match in re.finditer(r"\b[A-Z][A-Za-z_]+/[A-Za-z0-9_+-]+(?:/[A-Za-z_]+)?", text):
        try:
            found.append((match.start(), match.group(0), resolve_zone(match.group(0))))
        except ZoneError:
            two = _two_zones(match.group(0))
            if two is not None:
                found.append((match.start(), match.group(0), two))
    for match in _ZONE_TOKEN.finditer(text):
        name = match.group(0)
        if _SHORT_TOKEN.match(name) and not name.isupper() and name.lower() not in ("aoe",):
            continue
        try:
            found.append((match.start(), name, resolve_zone(name)))
        except ZoneError as exc:
            found.append((match.start(), name, exc))
    found.sort(key=lambda entry: (entry[0], -len(entry[1])))
    kept: list[tuple[int, str, StatedZone | ZoneError]] = []
    end = -1
    for start, name, zone in found:
        if start >= end:
            kept.append((start, name, zone))
            end = start + len(name)
    return _settle_ambiguous(kept, text, day)


def _settle_ambiguous(
    found: list[tuple[int, str, StatedZone | ZoneError]], text: str, day: dt.date | None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """ "IST (UTC+05:30)": an ambiguous name with its offset beside it is the one zone
    of its candidates that has that offset; the offset is part of the name then."""
    out: list[tuple[int, str, StatedZone | ZoneError]] = []
    index = 0
    while index < len(found):
        start, name, zone = found[index]
        if isinstance(zone, ZoneError) and index + 1 < len(found):
            after, offset_text, _ = found[index + 1]
            between = text[start + len(name) : after]
            offset = parse_offset(offset_text)
            if offset is not None and re.fullmatch(r"\s*[(\[,=/]?\s*", between):
                settled = resolve_ambiguous(name, offset, day)
                if settled is not None:
                    whole = text[start : after + len(offset_text)]
                    closing = text[after + len(offset_text) :]
                    if between.strip() in ("(", "[") and closing[:1] in (")", "]"):
                        whole += closing[0]
                    out.append((start, whole, settled))
                    index += 2
                    continue
        out.append((start, name, zone))
        index += 1
    return out


def _two_zones(text: str) -> ZoneError | None:
    """ "EDT/PDT": two zones for one column of times, which the reader cannot choose between."""
    names = [name.strip() for name in text.split("/")]
    if len(names) != 2 or not all(_key_in_table(name) for name in names):
        return None
    return ZoneError(
        f"{text!r} names two time zones, {names[0]} and {names[1]}; the times can be read "
        "in one only: state it (e.g. 'All times US EDT') or give --tz",
        text=text,
    )


def _key_in_table(name: str) -> bool:
    return _SHORT_TOKEN.match(name) is not None and bool(_ZONE_TOKEN.fullmatch(name))


@attrs.define
class _Day:
    """A day of the program as a date line or heading introduces it."""

    date: dt.date
    line: int
    span: TimeRange | None = None


@attrs.define
class _Header:
    title: str | None = None
    title_line: int = 1
    short_name: str | None = None
    home_page: str | None = None
    conference: Conference | None = None
    recording: str | None = None
    date: dt.date | None = None
    date_line: int = 0
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
    #: "All times AoE": taken only when the page states no other zone.
    weak_zone: tuple[Statement, StatedZone] | None = None


@attrs.define
class _Row:
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
    day: _Day
    labelled: bool = False
    #: "2:00 PM | Adjourn": the last start-only row only says when the day ends.
    ends_day: bool = False


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
    header = _Header()
    warnings: list[PageWarning] = []
    tables: list[tuple[Table, _Day | None]] = []
    day: _Day | None = None
    seen_table = False
    #: The level of the "Important Dates" heading whose section this is, if any.
    deadlines: int | None = None

    for block in blocks(text):
        if isinstance(block, Table):
            organizers = _organizer_table(block)
            if organizers is not None:
                header.organizers = organizers
                continue
            tables.append((block, day))
            seen_table = seen_table or _is_schedule(block)
            continue
        content = block.content
        line = block.line
        if isinstance(block, Heading):
            if deadlines is not None and block.level <= deadlines:
                deadlines = None
            if _DEADLINE_HEADING.search(content.text) and (
                header.title is not None or block.level > 2
            ):
                deadlines = block.level
                continue
        about_event = _without_deadlines(content.text, deadlines is not None)
        if about_event != content.text and not (
            isinstance(block, Heading) and header.title is None and block.level <= 2
        ):
            if not about_event.strip():
                if isinstance(block, Paragraph) and seen_table:
                    header.notes.append(content.text)
                continue
            content = attrs.evolve(content, text=about_event)
        year = header.date.year if header.date else None
        found = _date_in(content.text, line, block.raw, year)
        if found is not None:
            day = _Day(found, line)
            if header.date is None:
                header.date = found
                header.date_line = line
            _read_date_line(content.text, line, header, day, year)
        elif isinstance(block, Heading) and header.date is not None:
            numbered = _DAY_NUMBER.match(content.text)
            if numbered and 1 <= int(numbered.group(1)) <= 31:
                date = header.date + dt.timedelta(days=int(numbered.group(1)) - 1)
                day = _Day(date, line)
                warnings.append(
                    PageWarning(
                        line,
                        1,
                        f"{content.text!r} has no date: read as "
                        f"{weekday_name(date)}, {month_name(date)} {date.day}, {date.year}",
                    )
                )
        if (
            isinstance(block, Heading)
            and header.title is None
            and block.level <= 2
            and not (content.links and _is_recording(content))
            and not (found is not None and _is_only_date(content.text))
        ):
            header.title = _TITLE_PREFIX.sub("", content.text) or content.text
            header.title_line = line
            _read_zone_statement(content.text, line, header)
            continue
        if found is not None:
            continue
        labelled = _LABEL.match(content.text)
        if labelled and isinstance(block, Paragraph):
            _read_label(labelled.group("label"), labelled.group("value"), content, line, header)
            continue
        if _CONJUNCTION.search(content.text) and header.short_name is None:
            _read_conjunction(content, header, line)
            continue
        if content.links and _is_recording(content) and header.recording is None:
            header.recording = content.links[0][1]
            continue
        if (
            isinstance(block, Paragraph)
            and not tables
            and header.location is None
            and _is_place_line(content.text)
        ):
            # "Honolulu, Hawaii" on a line of its own under the title: where the workshop is.
            header.location = content.text.strip(" .")
            header.location_line = line
            continue
        if isinstance(block, Paragraph) and (
            seen_table or re.match(r"^\W*note", content.text, re.IGNORECASE)
        ):
            header.notes.append(content.text)
        _read_zone_statement(content.text, line, header)

    schedule_tables = [entry for entry in tables if _is_schedule(entry[0])]
    if not schedule_tables:
        _no_schedule(tables)
    if header.title is None:
        raise PageError(
            "no title found", line=1, expected="a heading naming the program ('# FastPath 2021')"
        )
    if timezone is not None:
        try:
            header.zone = resolve_zone(timezone)
        except ZoneError as exc:
            raise PageError(str(exc), line=1, text=timezone, expected="an IANA time zone") from None
        header.zone_source = "--tz"
    if header.zone is None:
        _zone_from_tables(schedule_tables, header)
    if header.zone is None and header.zone_problem is not None:
        raise header.zone_problem
    if header.zone is None and header.weak_zone is not None:
        statement, header.zone = header.weak_zone
        header.zone_source = statement.text
        header.statements.append(statement)
        header.said_zones.append((statement.line, statement.column, statement.text, header.zone))
    first_day = header.date or next((d.date for _, d in schedule_tables if d is not None), None)
    if header.zone is None:
        _zone_from_place(header, warnings, first_day)
    if header.zone_source != "--tz" and first_day is not None:
        _check_said_zones(header, schedule_tables, first_day)
        _prefer_the_place(header, first_day, warnings)
    zone = header.zone
    assert zone is not None

    rows: list[_Row] = []
    for table, table_day in schedule_tables:
        if table_day is None and header.date is not None:
            table_day = _Day(header.date, header.date_line)
        rows.extend(_read_table(table, table_day, warnings))
    if not rows:
        table = schedule_tables[0][0]
        raise PageError(
            "the program table has no items",
            line=table.line,
            expected="rows with a time and a title or speaker under the header",
        )

    if header.zone_source not in ("--tz", "place"):
        _place_keeps_the_zone(header, sorted({row.day.date for row in rows}))
        zone = header.zone
        assert zone is not None
    _mark_day_ends(rows)
    items, item_lines = _make_items(rows, ZoneInfo(zone.iana), warnings)
    if header.zone_source not in (None, "--tz", "place"):
        _warn_abbreviation(header, items, warnings)
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


def _without_deadlines(text: str, in_deadlines: bool) -> str:
    """``text`` with what it says about deadlines blanked out (kept the same length).

    A sentence with a call for papers' words ("Submission deadline: May 31,
    2023, 11:59 PM AoE", "All deadlines are AoE") gives neither the program's
    date nor its zone; in an "Important Dates" or "Call for Papers" section
    every line is a deadline unless it names the event ("Workshop: July 28").
    """
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if _DEADLINE_WORDS.search(sentence) or (in_deadlines and not _EVENT_WORDS.search(sentence)):
            sentence = " " * len(sentence)
        out.append(sentence)
    return "".join(out)


_END_MARKER = re.compile(
    r"\W*(?:adjourn(?:ment|ed)?|(?:the\s+)?end|(?:the\s+)?end\s+of\s+(?:the\s+)?"
    r"(?:workshop|day|program(?:me)?|meeting|event|sessions?)|workshop\s+ends|"
    r"close\s+of\s+(?:the\s+)?(?:workshop|day))\W*",
    re.IGNORECASE,
)


def _mark_day_ends(rows: Sequence[_Row]) -> None:
    """The last row of a day that says "Adjourn" or "End" with a start time alone is no
    item: its time is when the item above ends, if that has no end of its own."""
    for index, row in enumerate(rows):
        last = index + 1 == len(rows) or rows[index + 1].day.date != row.day.date
        if (
            last
            and index > 0
            and rows[index - 1].day.date == row.day.date
            and row.times.end is None
            and not row.people
            and not row.links
            and _END_MARKER.fullmatch(row.title)
        ):
            row.ends_day = True


def _no_schedule(tables: Sequence[tuple[Table, _Day | None]]) -> None:
    """Say why no table is a program: which column it lacks."""
    if not tables:
        raise PageError(
            "no program table found",
            line=1,
            expected="a Markdown table with a Time column and a Title or Speaker column",
        )
    table = tables[0][0]
    columns, _ = _columns(table)
    lacking = "a Time column" if Column.TIME not in columns else "a Title or Speaker column"
    names = ", ".join(repr(cell.content.text) for cell in table.header)
    raise PageError(
        f"the table has no {lacking.removeprefix('a ')} (its columns: {names})",
        line=table.line,
        column=table.header[0].column if table.header else 1,
        text=table.header[0].raw if table.header else "",
        expected=f"{lacking}, e.g. '| Time | Speaker | Title |'",
    )


def _is_only_date(text: str) -> bool:
    found = find_date(text)
    if found is None:
        return False
    rest = text[: found.span[0]] + text[found.span[1] :]
    return len(re.sub(r"[\W_]+|\bday\s*\d*\b", "", rest, flags=re.IGNORECASE)) < 4


def _date_in(text: str, line: int, raw: str, year: int | None) -> dt.date | None:
    try:
        found = find_date(text, year=year)
    except (ValueError, OverflowError):
        raise PageError(
            "this date does not exist",
            line=line,
            text=text,
            expected="a calendar date such as 'Sunday, March 28, 2021'",
        ) from None
    if found is None:
        return None
    if not MIN_YEAR <= found.date.year <= MAX_YEAR:
        written = text[found.span[0] : found.span[1]]
        raise PageError(
            f"the year {found.date.year:04d} is outside the years a program can fall in "
            f"({MIN_YEAR} to {MAX_YEAR})",
            line=line,
            column=raw.find(written) + 1 if written in raw else 1,
            text=written,
            expected="a date with the year of the workshop, such as 'Sunday, March 28, 2021'",
        )
    if found.weekday:
        written = found.weekday.strip(". ").lower()[:3]
        actual = weekday_name(found.date, short=True).lower()
        if written != actual:
            column = raw.find(found.weekday) + 1 if found.weekday in raw else 1
            raise PageError(
                f"{found.weekday.strip()} does not match {found.date.isoformat()}, "
                f"which is a {weekday_name(found.date)}",
                line=line,
                column=column,
                text=found.weekday,
                expected=f"{weekday_name(found.date)} or another date",
            )
    return found.date


def _read_date_line(text: str, line: int, header: _Header, day: _Day, year: int | None) -> None:
    found = find_date(text, year=year)
    assert found is not None
    rest = text[found.span[1] :]
    # "(8:35 am - 5:00 pm CDT) -- Chicago": the day's times may come before the place.
    after_times = re.sub(r"^\s*\*?\([^)]*\)\*?", "", rest)
    place = re.match(r"\s*(?:--|—|–|-|\||@|,|·|•|/|in\b|at\b)\s*([^(*|]+)", after_times)
    if place and header.location is None:
        location = re.split(r"\s+(?:--|—|–|\|)\s+|\s*[(*]|\.\s", place.group(1))[0]
        location = location.strip(" .,-")
        if location and not parse_time_range(location) and _is_a_place(location):
            header.location = location
            header.location_line = line
    _read_zone_statement(rest, line, header, date_line=True, offset=found.span[1], day=day)


def _is_place_line(text: str) -> bool:
    """A short line that is only a place the zone table knows ("Rome, Italy")."""
    text = text.strip(" .")
    return (
        0 < len(text) <= 60
        and not re.search(r"\d|\b(?:times?|local)\b", text, re.IGNORECASE)
        and len(text.split()) <= 6
        and zone_of_place(text) is not None
    )


def _is_a_place(text: str) -> bool:
    """Whether ``text`` names a place, not only a zone: "London, UK" does, "US EDT" does not.

    A zone name inside a place ("UK", "Eastern") leaves the rest of it a place.
    """
    rest = text
    for start, name, _ in reversed(_zone_candidates(text)):
        rest = rest[:start] + rest[start + len(name) :]
    rest = re.sub(r"\b(?:all\s+)?times?\b|\bzone\b|\bus\b", "", rest, flags=re.IGNORECASE)
    return bool(re.search(r"[^\W\d_]{2,}", rest))


def _read_zone_statement(
    text: str,
    line: int,
    header: _Header,
    *,
    date_line: bool = False,
    offset: int = 0,
    day: _Day | None = None,
    labelled: bool = False,
) -> None:
    """Record zone names and conversions; take the first zone as the page's zone.

    ``text`` is the statement with markup removed; ``offset`` is where it starts in
    that line's text, so that columns count from the start of the line.
    """
    stated_before_equals = text.split("=")[0]
    candidates = _zone_candidates(text, header.date)
    if "=" in text and len(candidates) >= 2:
        header.statements.append(Statement("conversion", line, offset + 1, text.strip()))
    for start, name, zone in _zone_candidates(stated_before_equals, header.date):
        says_times = date_line or labelled or _mentions_times(text, start, start + len(name))
        if isinstance(zone, ZoneError):
            if says_times and header.zone_problem is None:
                header.zone_problem = PageError(
                    str(zone),
                    line=line,
                    column=offset + start + 1,
                    text=name,
                    expected="an IANA zone such as America/Chicago, or --tz",
                )
            break
        if _is_aoe(name):
            # A deadline convention: the times' zone only when nothing else states one.
            if says_times and header.weak_zone is None:
                header.weak_zone = (Statement("zone", line, offset + start + 1, name), zone)
            break
        header.statements.append(Statement("zone", line, offset + start + 1, name))
        if says_times:
            header.said_zones.append((line, offset + start + 1, name, zone))
        if header.zone is None and says_times:
            header.zone = zone
            header.zone_source = name
        break
    else:
        place_time = _place_time(stated_before_equals)
        if place_time is not None:
            start, name, zone = place_time
            header.statements.append(Statement("zone", line, offset + start + 1, name))
            header.said_zones.append((line, offset + start + 1, name, zone))
            if header.zone is None:
                header.zone = zone
                header.zone_source = name
        unknown = _UNKNOWN_ZONE.search(stated_before_equals)
        if (
            place_time is None
            and unknown
            and header.zone_problem is None
            and not parse_time_range(unknown.group("zone"))
        ):
            name = unknown.group("zone")
            try:
                resolve_zone(name)
            except ZoneError as exc:
                if name.upper() not in ("US", "UK", "EU", "AM", "PM", "TBD", "TBA"):
                    header.zone_problem = PageError(
                        str(exc),
                        line=line,
                        column=offset + unknown.start("zone") + 1,
                        text=name,
                        expected="an IANA zone such as Europe/Zurich, or --tz",
                    )
    if date_line:
        span = parse_time_range(stated_before_equals)
        if span is not None and span.end is not None:
            if day is not None:
                day.span = span
            header.statements.append(
                Statement("span", line, offset + span.span[0] + 1, stated_before_equals.strip())
            )


def _is_aoe(name: str) -> bool:
    return re.sub(r"\s+", " ", name).strip().lower() in ("aoe", "anywhere on earth")


#: "All talks are in", "The schedule is in", "Sessions are held in": the program's times
#: are in the zone that follows.
_PROGRAM_IS_IN = re.compile(
    r"\b(?:program(?:me)?|schedule|agenda|talks?|sessions?|events?|everything|presentations?|"
    r"lectures?|seminars?|meetings?|workshop|slots?|items?)\b[^.;!?]*?\b(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "Schedule (Eastern Time):", "## Program (CEST)": a heading or label ending with a zone.
_LABEL_BEFORE_ZONE = re.compile(r"[^()]{0,80}[(\[]\s*$")
_LABEL_AFTER_ZONE = re.compile(r"\s*[)\]]\s*:?\s*$")


def _mentions_times(text: str, zone_at: int, zone_end: int | None = None) -> bool:
    """Whether the zone at ``zone_at`` in ``text`` is the zone of the program's times.

    It is when the sentence speaks of times, a zone, hours or the clock before it
    ("All times US EDT"), of the program, schedule, talks or sessions being in it
    ("All talks are in Eastern Time (ET)"), or when a heading or label ends with it
    in parentheses ("Schedule (Eastern Time):").
    """
    before = text[:zone_at]
    sentence = re.split(r"[.;!?](?=\s)", before)[-1]
    if re.search(r"\b(times?|timezone|zone|hours|clock)\b", before, re.IGNORECASE):
        return True
    if parse_time_range(before) or _PROGRAM_IS_IN.search(sentence):
        return True
    return (
        zone_end is not None
        and bool(_LABEL_BEFORE_ZONE.fullmatch(sentence))
        and bool(_LABEL_AFTER_ZONE.fullmatch(text[zone_end:]))
    )


#: "local time (Vancouver)", "All times are local (Vancouver)", "local time in Vancouver".
_LOCAL_PLACE = re.compile(
    r"\blocal(?:\s+time)?\s*(?:\(\s*(?P<a>[^()]+?)\s*\)|(?:in|at)\s+(?P<b>[^.;()]+))",
    re.IGNORECASE,
)
#: "New York time", "Vancouver Time": a place followed by the word time.
_PLACE_THEN_TIME = re.compile(r"(?P<p>(?:[^\W\d_][\w.'’-]*,?\s+){1,4})(?i:time)\b")


def _place_time(text: str) -> tuple[int, str, StatedZone] | None:
    """ "all times are in New York time", "local time (Vancouver)": the zone of a place the
    page's times are said to be in, when the place names one zone."""
    for match in _LOCAL_PLACE.finditer(text):
        group = "a" if match.group("a") else "b"
        place = match.group(group).strip(" ,")
        iana = zone_of_place(place)
        if iana is not None:
            return match.start(group), match.group(0).strip(), StatedZone(iana)
    for match in _PLACE_THEN_TIME.finditer(text):
        words = match.group("p").split()
        for first in range(len(words)):
            if not words[first][:1].isupper():
                continue
            place = " ".join(words[first:]).strip(" ,")
            iana = zone_of_place(place)
            if iana is not None and place.lower() not in ("local",):
                at = match.start("p") + match.group("p").find(words[first])
                return at, text[at : match.end()], StatedZone(iana)
    return None


def _read_label(label: str, value: str, content: Inline, line: int, header: _Header) -> None:
    """Labelled lines ("Location: Raleigh, NC", "Time zone: Europe/Zurich")."""
    key = re.sub(r"\s+", " ", label.lower())
    value = value.strip()
    offset = content.text.find(value) if value else 0
    links = [url for _, url in content.links if re.match(r"https?://", url, re.IGNORECASE)]
    if key in ("location", "venue", "where", "place"):
        if value:
            header.location = value
            header.location_line = line
        _read_zone_statement(value, line, header, offset=offset)
    elif key in ("time zone", "timezone", "times"):
        before = header.zone_problem
        _read_zone_statement(value, line, header, offset=offset, labelled=True)
        if header.zone is None and header.zone_problem is before and value:
            try:
                resolve_zone(value)
            except ZoneError as exc:
                header.zone_problem = PageError(
                    str(exc),
                    line=line,
                    column=offset + 1,
                    text=value,
                    expected="an IANA zone such as Europe/Zurich, or --tz",
                )
    elif key.startswith("organi"):
        header.organizers = _people_list(content, value)
    elif key in ("short name", "workshop"):
        labels = [text for text, _ in content.links]
        header.short_name = labels[0] if labels else value
        if links:
            header.home_page = links[0]
    elif key in ("home page", "homepage", "website", "web site"):
        if links:
            header.home_page = links[0]
        elif re.match(r"https?://\S+$", value):
            header.home_page = value
    elif key in ("recording", "video", "videos"):
        if links:
            header.recording = links[0]
        elif re.match(r"https?://\S+$", value):
            header.recording = value


def _people_list(content: Inline, value: str) -> tuple[Person, ...]:
    """Organizers written on one line: "A (IBM); B (MIT)" or "A, B and C"."""
    profiles = {label: url for label, url in content.links if re.match(r"https?://", url)}
    people: list[Person] = []
    for name, affiliation in _names_and_affiliations(value, line_mode=False, commas_pair=True):
        if name and not _names_no_one(name):
            people.append(Person(name=name, affiliation=affiliation, profile=profiles.get(name)))
    return tuple(people)


def _read_conjunction(content: Inline, header: _Header, line: int) -> None:
    match = _CONJUNCTION.search(content.text)
    assert match is not None
    before, after = content.text[: match.start()], content.text[match.end() :]
    links_before = [link for link in content.links if link[0] and link[0] in before]
    links_after = [link for link in content.links if link[0] and link[0] in after]
    if links_before:
        header.short_name = links_before[0][0]
        if re.match(r"https?://", links_before[0][1]):
            header.home_page = links_before[0][1]
    else:
        short = re.sub(r"\s+(?:is|was|will be)(?:\s+held)?\s*$", "", before.strip(" *"))
        # "Rome, Italy — co-located with ...", "Montréal, Canada (co-located with ...)",
        # "Orlando, FL. Held in conjunction with ...": what comes before a dash, a
        # parenthesis or a full stop is the place or another sentence, not the name.
        separated = re.search(r"(?:[—–\-|·•(.:;,]|\s-)\s*$", short)
        place = re.split(r"\s+[—–\-|·•]\s+|\s*\(|\.\s|\.$", short.strip())[0].strip(" ,.—–-|·•")
        if separated or _is_place_line(short):
            if place and header.location is None and _is_place_line(place):
                header.location = place
                header.location_line = line
        elif short:
            header.short_name = short
    name = after.strip(" .*")
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].strip(" .*")  # "Montréal, Canada (co-located with CGO 2023)"
    try:
        if links_after:
            url = links_after[0][1]
            header.conference = Conference(
                name=links_after[0][0], url=url if re.match(r"https?://", url) else None
            )
        elif name:
            header.conference = Conference(name=name)
    except ProgramError:
        header.conference = None


def _is_recording(content: Inline) -> bool:
    label = " ".join(text for text, _ in content.links) or content.text
    return bool(re.search(r"\b(video|recording|playlist|youtube)\b", label, re.IGNORECASE))


def _zone_from_tables(tables: Sequence[tuple[Table, _Day | None]], header: _Header) -> None:
    """A zone in a header cell ("Time (PDT)"), else one written beside the times."""
    for table, day in tables:
        for cell in table.header:
            on = day.date if day else header.date
            for start, name, zone in _zone_candidates(cell.content.text, on):
                if isinstance(zone, ZoneError):
                    header.zone_problem = header.zone_problem or PageError(
                        str(zone),
                        line=cell.line,
                        column=cell.column + start,
                        text=name,
                        expected="an IANA zone such as America/Chicago, or --tz",
                    )
                    continue
                header.zone = zone
                header.zone_source = name
                header.statements.append(Statement("zone", cell.line, cell.column + start, name))
                return
    for table, _ in tables:
        columns, _ = _columns(table)
        for row in table.rows:
            time_cell = _cell(row, columns[Column.TIME])
            times = parse_time_range(time_cell.content.text) if time_cell else None
            if time_cell is None or times is None:
                continue
            for clock in (times.start, times.end):
                if clock is None or clock.zone is None or not clock.zone.isalpha():
                    continue
                try:
                    zone = resolve_zone(clock.zone)
                except ZoneError:
                    continue
                header.zone = zone
                header.zone_source = clock.zone
                at = time_cell.content.text.find(clock.zone)
                header.statements.append(
                    Statement("zone", time_cell.line, time_cell.column + max(at, 0), clock.zone)
                )
                return


def _noon_offset(zone: StatedZone, day: dt.date) -> dt.timedelta | None:
    return dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(zone.iana)).utcoffset()


def _check_said_zones(
    header: _Header, tables: Sequence[tuple[Table, _Day | None]], day: dt.date
) -> None:
    """Two statements of the zone the times are in that disagree are an error, not a choice.

    "(all times UTC)" on the date line and "Time (EDT)" over the table cannot
    both be right, and picking either one silently would move every talk.
    Names of one zone ("US EDT", "Eastern Time", America/New_York) agree.
    """
    said = list(header.said_zones)
    for table, table_day in tables:
        for cell in table.header:
            on = table_day.date if table_day else day
            for start, name, zone in _zone_candidates(cell.content.text, on):
                if not isinstance(zone, ZoneError):
                    said.append((cell.line, cell.column + start, name, zone))
    if not said:
        return
    first_line, _, first_name, first = said[0]
    for line, column, name, zone in said[1:]:
        if _noon_offset(zone, day) != _noon_offset(first, day):
            raise PageError(
                f"{name!r} ({zone.iana}) disagrees with {first_name!r} ({first.iana}) on line "
                f"{first_line}: the times can be in one zone only",
                line=line,
                column=column,
                text=name,
                expected="one zone for the program's times, or --tz",
            )


def _prefer_the_place(header: _Header, day: dt.date, warnings: list[PageWarning]) -> None:
    """An abbreviation two zones share is read in the page's own place, where that fits.

    "MST" means Denver in winter and Phoenix all year; a page from Tempe, AZ
    saying MST in June means Phoenix, which keeps MST then, not Denver (MDT).
    """
    stated = header.zone
    place = header.location
    if stated is None or stated.abbreviation is None or not place:
        return
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return
    noon = dt.datetime.combine(day, dt.time(12))
    if noon.replace(tzinfo=ZoneInfo(iana)).tzname() != stated.abbreviation:
        return
    if noon.replace(tzinfo=ZoneInfo(stated.iana)).tzname() == stated.abbreviation:
        return
    header.zone = StatedZone(iana, stated.abbreviation)
    warnings.append(
        PageWarning(
            header.location_line or 1,
            1,
            f"read {stated.abbreviation!r} as {iana}, the zone of {place!r}, which keeps "
            f"{stated.abbreviation} on {day.isoformat()} ({stated.iana} does not)",
        )
    )


def _place_keeps_the_zone(header: _Header, days: Sequence[dt.date]) -> None:
    """ "All times CEST" on a page from Zürich: read in Europe/Zurich, not Europe/Berlin.

    When the page's place names an IANA zone that keeps the stated abbreviation and
    the same UTC offset as the stated zone at every hour of the program's days, the
    place's zone is the one to name: the instants do not change, so nothing is said.
    """
    stated = header.zone
    place = header.location
    if stated is None or stated.abbreviation is None or not place or not days:
        return
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return
    ours, theirs = ZoneInfo(iana), ZoneInfo(stated.iana)
    for day in days:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(hours=14)
        for hour in range(0, 24 + 28, 1):
            moment = start + dt.timedelta(hours=hour)
            if moment.astimezone(ours).utcoffset() != moment.astimezone(theirs).utcoffset():
                return
        noon = dt.datetime.combine(day, dt.time(12))
        if noon.replace(tzinfo=ours).tzname() != stated.abbreviation:
            return
    header.zone = StatedZone(iana, stated.abbreviation)


def _warn_abbreviation(header: _Header, items: Sequence[Item], warnings: list[PageWarning]) -> None:
    """A stated abbreviation the zone does not keep on a program day ("EST" in June) is said.

    The times are still read in the zone (a page that says EST in summer almost
    always means New York's clocks), but the reader is told, and --strict fails.
    """
    stated = header.zone
    if stated is None or stated.abbreviation is None:
        return
    line = next(
        (s.line for s in header.statements if s.kind == "zone" and s.text == header.zone_source),
        header.date_line or 1,
    )
    seen: set[dt.date] = set()
    for item in items:
        local = item.start.astimezone(ZoneInfo(stated.iana))
        if local.tzname() == stated.abbreviation or local.date() in seen:
            continue
        seen.add(local.date())
        offset = local.utcoffset()
        assert offset is not None
        warnings.append(
            PageWarning(
                line,
                1,
                f"{header.zone_source!r} but {stated.iana} keeps {local.tzname()} "
                f"(UTC{format_offset(offset)}) on {local.date().isoformat()}; "
                f"times read as {stated.iana}'s clocks (give --tz to say otherwise)",
                code="abbreviation",
            )
        )


def _zone_from_place(header: _Header, warnings: list[PageWarning], day: dt.date | None) -> None:
    """The zone of the one place the page names, said in a warning; else ask for --tz.

    A zone the page names elsewhere without saying the times are in it ("Pizza at
    noon ET") that gives other clocks than the place's is an error: one of the two
    is wrong, and choosing silently would move every talk.
    """
    place = header.location
    iana = zone_of_place(place) if place else None
    if place and iana:
        _check_named_zones(header, iana, place, day)
        header.zone = StatedZone(iana)
        header.zone_source = "place"
        warnings.append(
            PageWarning(
                header.location_line or 1,
                1,
                f"the page states no time zone; read its times in {iana}, "
                f"the zone of {place!r} (give --tz to choose another)",
            )
        )
        return
    where = f" only a place ({place!r}, which does not name one zone)" if place else ""
    raise PageError(
        f"the page states no time zone{',' if where else ''}{where}",
        line=header.location_line or header.date_line or 1,
        text=place or "",
        expected="a zone on the date line or in a note (e.g. 'All times US EDT'), "
        "or --tz with an IANA name such as America/New_York",
    )


def _check_named_zones(header: _Header, iana: str, place: str, day: dt.date | None) -> None:
    on = day or dt.date(2000, 1, 1)
    for statement in header.statements:
        if statement.kind != "zone":
            continue
        try:
            named = resolve_zone(statement.text)
        except ZoneError:
            continue
        if _is_aoe(statement.text):
            continue
        if _noon_offset(named, on) != _noon_offset(StatedZone(iana), on):
            raise PageError(
                f"the page names {statement.text!r} ({named.iana}) but does not say the "
                f"times are in it, and its place {place!r} is in {iana}: the times can be "
                "in one zone only",
                line=statement.line,
                column=statement.column,
                text=statement.text,
                expected="a statement of the zone of the times (e.g. 'All times are "
                f"{statement.text}'), or --tz",
            )


def _header_name(cell: Cell) -> str:
    name = cell.content.text.lower()
    name = re.sub(r"\((?:s|es)\)", "", name)
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name)
    return re.sub(r"[\s:*_.]+", " ", name).strip()


def _columns(table: Table) -> tuple[dict[Column, int], list[tuple[int, str]]]:
    """What each header cell means, by name and then by its words; and the unknown ones."""
    columns: dict[Column, int] = {}
    unknown: list[tuple[int, str]] = []
    for index, cell in enumerate(table.header):
        name = _header_name(cell)
        column = _COLUMN_NAMES.get(name) or _WHOLE_COLUMN_NAMES.get(name)
        if column is None:
            for word in re.split(r"\s*(?:/|&|\band\b|,|\+)\s*|\s+", name):
                column = _COLUMN_NAMES.get(word)
                if column is not None:
                    break
        if column is not None and column not in columns:
            columns[column] = index
        elif cell.content.text:
            unknown.append((index, cell.content.text))
    if Column.TITLE not in columns and Column.SESSION in columns:
        # "| Time | Session | Speaker |": with no title column, the session names each row.
        columns[Column.TITLE] = columns.pop(Column.SESSION)
    if Column.END in columns and Column.TIME not in columns:
        # An end with no start is no time column: kept as text.
        index = columns.pop(Column.END)
        unknown.append((index, table.header[index].content.text))
        unknown.sort()
    return columns, unknown


def _is_schedule(table: Table) -> bool:
    columns, _ = _columns(table)
    return Column.TIME in columns and (Column.TITLE in columns or Column.SPEAKER in columns)


def _organizer_table(table: Table) -> tuple[Person, ...] | None:
    """A table of organizers ("| Organizer | Affiliation |") gives the program's organizers."""
    names = [_header_name(cell) for cell in table.header]
    who = next((i for i, name in enumerate(names) if name in _ORGANIZER_COLUMNS), None)
    if who is None or _is_schedule(table):
        return None
    columns, _ = _columns(table)
    affiliation = columns.get(Column.AFFILIATION)
    people: list[Person] = []
    for row in table.rows:
        cell = _cell(row, who)
        if cell is None or cell.is_empty:
            continue
        found, _ = _read_people(cell, _cell(row, affiliation), [])
        people.extend(found)
    return tuple(people)


def _cell(row: Sequence[Cell], index: int | None) -> Cell | None:
    if index is None or index >= len(row):
        return None
    return row[index]


def _session_and_chair(text: str) -> tuple[str, str | None]:
    match = _CHAIR.search(text)
    if not match:
        return text, None
    chair = (match.group("a") or match.group("b") or "").strip(" .*")
    session = text[: match.start()].strip(" -–—,;:|")
    return session or text, chair or None


def _read_table(table: Table, day: _Day | None, warnings: list[PageWarning]) -> list[_Row]:
    columns, unknown = _columns(table)
    for index, name in unknown:
        cell = table.header[index]
        warnings.append(
            PageWarning(cell.line, cell.column, f"unknown column {name!r}: kept as extra text")
        )
    out: list[_Row] = []
    session: str | None = None
    chair: str | None = None
    header_pairs = _speaker_header_pairs(table, columns)
    #: An untimed break row waiting for the next item's start: label, cell, item above.
    pending: tuple[str, Cell, _Row | None] | None = None
    for row in table.rows:
        if all(cell.is_empty for cell in row):
            continue
        date_cell = _cell(row, columns.get(Column.DATE))
        if date_cell is not None and not date_cell.is_empty:
            year = day.date.year if day else None
            date = _date_in(date_cell.content.text, date_cell.line, date_cell.raw, year)
            if date is not None and (day is None or date != day.date):
                day = _Day(date, date_cell.line, day.span if day else None)
        time_cell = _with_end(_cell(row, columns[Column.TIME]), _cell(row, columns.get(Column.END)))
        times = _time_in_cell(time_cell)
        non_empty = [cell for cell in row if not cell.is_empty and cell is not date_cell]
        if times is None:
            if not non_empty:
                continue
            if out and all(not _text_without_links(cell.content) for cell in non_empty):
                extra = tuple(link for cell in non_empty for link in _links(cell.content, None))
                out[-1].links = out[-1].links + extra
                continue
            only = " ".join(cell.content.text for cell in non_empty)
            year = day.date.year if day else None
            date = _date_in(only, non_empty[0].line, non_empty[0].raw, year)
            if date is not None and len(non_empty) == 1 and _is_only_date(only):
                # A new day starts with no session: the last one of the day before has ended.
                day = _Day(date, non_empty[0].line, day.span if day else None)
                session, chair = None, None
                continue
            if len(non_empty) == 1 and _is_break_label(only):
                # "| | Break | |": no time, but no session either; it fills the gap
                # between the items around it, if there is one.
                if pending is not None:
                    _drop_untimed(pending[0], pending[1], warnings)
                pending = (only, non_empty[0], out[-1] if out else None)
                continue
            if len(non_empty) == 1 or all(cell.content.emphasized for cell in non_empty):
                session, chair = _session_and_chair(only)
                chair_cell = _cell(row, columns.get(Column.CHAIR))
                if chair_cell is not None and not chair_cell.is_empty:
                    session = (
                        " ".join(c.content.text for c in non_empty if c is not chair_cell)
                        or session
                    )
                    chair = chair_cell.content.text
                continue
            where = time_cell if time_cell is not None and not time_cell.is_empty else row[0]
            raise PageError(
                "expected a time in this row",
                line=where.line,
                column=where.column,
                text=where.raw,
                expected="a time such as '10:50 - 11:00' or '4 pm'",
            )
        assert time_cell is not None
        _check_nothing_left(time_cell, times)
        if day is None:
            raise PageError(
                "no date found for this table",
                line=table.line,
                expected="a date line such as 'Sunday, March 28, 2021' before the table",
            )
        if pending is not None:
            label, label_cell, before = pending
            pending = None
            filled = _untimed_break(label, label_cell, time_cell, before, times, day)
            if filled is None:
                _drop_untimed(label, label_cell, warnings)
            else:
                out.append(filled)
        out.append(
            _read_row(
                row,
                columns,
                unknown,
                time_cell,
                times,
                day,
                session,
                chair,
                warnings,
                header_pairs=header_pairs,
            )
        )
    if pending is not None:
        _drop_untimed(pending[0], pending[1], warnings)
    return out


def _with_end(time_cell: Cell | None, end_cell: Cell | None) -> Cell | None:
    """ "| 9:00 | 9:30 |" under "| Start | End |": one time range, read as "9:00 - 9:30"."""
    if time_cell is None or time_cell.is_empty or end_cell is None or end_cell.is_empty:
        return time_cell
    times = _time_in_cell(time_cell)
    if times is None or times.end is not None:
        return time_cell
    return Cell(
        raw=f"{time_cell.raw} - {end_cell.raw}", line=time_cell.line, column=time_cell.column
    )


def _is_break_label(text: str) -> bool:
    """ "Break", "Coffee break", "Lunch": a break by its words, not a session's name."""
    return (
        bool(_BREAK_WORDS.search(text))
        and len(text.split()) <= 4
        and not re.search(r"\d|:|\b(?:session|track|chair)\b", text, re.IGNORECASE)
    )


def _minutes(clock: ClockTime) -> int:
    return clock.to_time().hour * 60 + clock.minute


def _untimed_break(
    label: str, cell: Cell, time_cell: Cell, before: _Row | None, after: TimeRange, day: _Day
) -> _Row | None:
    """The break between the end of the item above and the start of the next one."""
    if before is None or before.times.end is None or before.day.date != day.date:
        return None
    start, end = before.times.end, after.start
    twelve = not (start.is_24h or end.is_24h or start.meridiem or end.meridiem)
    gap = (_minutes(end) - _minutes(start)) % (720 if twelve else 1440)
    if not 0 < gap <= 180:
        return None
    written = f"{_clock_text(start)} - {_clock_text(end)}"
    return _Row(
        cell.line,
        Cell(raw=written, line=cell.line, column=time_cell.column),
        TimeRange(start=start, end=end, span=(0, len(written))),
        ItemKind.BREAK,
        label,
        (),
        (),
        before.session,
        before.chair,
        None,
        (),
        day,
    )


def _clock_text(clock: ClockTime) -> str:
    text = f"{clock.hour:02d}" if clock.padded else str(clock.hour)
    text += f":{clock.minute:02d}"
    if clock.meridiem:
        text += f" {clock.meridiem}"
    if clock.zone:
        text += f" {clock.zone}"
    return text


def _drop_untimed(label: str, cell: Cell, warnings: list[PageWarning]) -> None:
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"{label!r} has no time and no gap between the items around it to fill: left out",
        )
    )


def _speaker_header_pairs(table: Table, columns: dict[Column, int]) -> bool:
    """A speaker header that announces the affiliation too ("Speaker, Affiliation",
    "Speaker (Affiliation)") when the table has no column of its own for it."""
    where = columns.get(Column.SPEAKER)
    if where is None or Column.AFFILIATION in columns:
        return False
    return bool(
        re.search(
            r"\b(?:affiliations?|institutions?|organi[sz]ations?|company|university|employer)\b",
            table.header[where].content.text,
            re.IGNORECASE,
        )
    )


def _time_in_cell(cell: Cell | None) -> TimeRange | None:
    """The time a time cell starts with.

    A time cell states its time first ("10:00 Coffee"); a number after words
    ("**Session 2: Best of ISCA 2020**", "Monday, June 14, 2021", a header
    row that landed in the time column) is part of a name or a date, not
    20:20.
    """
    if cell is None:
        return None
    text = cell.content.text
    times = parse_time_range(text)
    if times is not None and re.search(r"[^\W\d_]", text[: times.span[0]]):
        return None
    return times


def _check_nothing_left(time_cell: Cell, times: TimeRange) -> None:
    """A time cell whose end did not read ("10:30 - 10:75") is an error, not a start alone."""
    left = unread_time(time_cell.content.text, times)
    if left is None:
        return
    raise PageError(
        f"could not read {left!r} after the time {time_cell.content.text[: times.span[1]]!r}",
        line=time_cell.line,
        column=time_cell.column,
        text=time_cell.raw,
        expected="one time or one range such as '10:30 - 11:00'",
    )


def _text_without_links(content: Inline) -> str:
    text = content.text
    for label, _ in content.links:
        text = text.replace(label, "", 1)
    return text.strip(" ,;|/·•-")


_LABEL_KINDS = (
    (re.compile(r"\b(slides?|deck|presentation)\b", re.I), LinkKind.SLIDES),
    (re.compile(r"\b(video|recording|youtube|watch)\b", re.I), LinkKind.VIDEO),
    (
        re.compile(r"\b(paper|pdf|preprint|arxiv|doi|code|artifact|website|web)\b", re.I),
        LinkKind.OTHER,
    ),
    (re.compile(r"^\s*(profile|bio|homepage|home page)\s*$", re.I), LinkKind.PROFILE),
)


def _link_kind(label: str, url: str, column: Column | None) -> LinkKind:
    """What a link is: its label says first ("Paper" in a Slides column is a paper), then
    its column, then its address."""
    for pattern, kind in _LABEL_KINDS:
        if pattern.search(label):
            return kind
    if column is Column.SLIDES:
        return LinkKind.SLIDES
    if column is Column.VIDEO:
        return LinkKind.VIDEO
    lowered = url.lower()
    if re.search(r"\.pptx?\b|speakerdeck|slideshare|/slides?/", lowered):
        return LinkKind.SLIDES
    if re.search(r"youtube\.com|youtu\.be|vimeo\.com", lowered):
        return LinkKind.VIDEO
    return LinkKind.OTHER


def _links(content: Inline, column: Column | None) -> tuple[Link, ...]:
    links: list[Link] = []
    for label, url in content.links:
        if not re.match(r"https?://", url, re.IGNORECASE):
            continue
        try:
            links.append(Link(kind=_link_kind(label, url, column), url=url))
        except ProgramError:
            continue
    return tuple(links)


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = 0
    position = 0
    while position < len(text):
        ch = text[position]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separator.match(text, position)
            if match and match.end() > position:
                parts.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts


_SEMICOLON = re.compile(r"\s*;\s*")
# "&" separates only with spaces around it: "Texas A&M University" is one name.
_ANY_SEPARATOR = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\+)\s*", re.IGNORECASE)
_AND = re.compile(r"\s*(?:\s&\s|\band\b|\+)\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


def _clean_parts(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        part = part.strip(" ,;")
        if _SUFFIXES.match(part) and out:
            out[-1] = f"{out[-1]}, {part}"
        elif part:
            out.append(part)
    return out


def _split_names(text: str, *, line_mode: bool) -> list[str]:
    """Names in a cell: one per line when the cell uses ``<br>``, else split on
    ``;`` if there is one, else on ``,``, ``and``, ``&`` (never inside parentheses)."""
    if line_mode:
        return _clean_parts(text.split("\n"))
    if ";" in text:
        parts = _split_outside_parentheses(text, _SEMICOLON)
        roles = any(_ROLE_LABEL.match(part) for part in parts)
        return _clean_parts([name for part in parts for name in _split_again(part, roles)])
    return _clean_parts(_split_outside_parentheses(text, _ANY_SEPARATOR))


_NAME_WITH_AFFILIATION = re.compile(r"[^()]+\([^()]+\)\s*")


def _split_again(part: str, roles: bool = False) -> list[str]:
    """A part between semicolons that is itself a list of people: "Panelists: Ann Lee
    (MIT), Bob Ray (CMU)" (the parts are labelled with roles, or each name carries its
    affiliation)."""
    labelled = roles or bool(_ROLE_LABEL.match(part))
    rest = _ROLE_LABEL.sub("", part, count=1)
    names = _clean_parts(_split_outside_parentheses(rest, _ANY_SEPARATOR))
    if len(names) > 1 and (
        labelled or all(_NAME_WITH_AFFILIATION.fullmatch(name) for name in names)
    ):
        return names
    return [part]


_CAMPUS = re.compile(
    r"(?P<school>\b(?:university|univ\.?|institute|college|school)\b[^,;\n]*),\s*"
    r"(?P<place>[^,;\n]+?)(?=\s*(?:[,;\n]|\s&\s|\band\b|$))",
    re.IGNORECASE,
)
#: Stands for a comma inside one affiliation while the affiliations are split.
_KEPT_COMMA = "\x1f"


def _keep_campus_commas(text: str) -> str:
    """Hide the comma of "University of California, Berkeley" from the splitter.

    A comma after a university, institute or college name followed by a place
    (a city or state the zone table knows) names a campus, not a second
    affiliation, even when there are two speakers to pair.
    """

    def keep(match: re.Match[str]) -> str:
        place = match.group("place").strip()
        if place.upper() in PLACES or zone_of_place(place) is not None:
            return f"{match.group('school')}{_KEPT_COMMA} {place}"
        return match.group(0)

    return _CAMPUS.sub(keep, text)


def _split_affiliations(text: str, count: int, *, line_mode: bool) -> list[str] | None:
    """The affiliations listed the same way as ``count`` speakers, or ``None``."""
    text = _keep_campus_commas(text)
    candidates = [text.split("\n")] if line_mode else []
    for separator in (_SEMICOLON, _AND, _COMMA, _ANY_SEPARATOR):
        candidates.append(_split_outside_parentheses(text.replace("\n", " "), separator))
    for parts in candidates:
        cleaned = [part.strip(" ,;").replace(_KEPT_COMMA, ",") for part in parts]
        if len(cleaned) == count and all(cleaned):
            return cleaned
    return None


#: Words that make a part of a speaker cell an organisation, not a person.
_ORGANISATION = re.compile(
    r"\b(?:univ\.?|universit(?:y|ies|ät|at|é|e|à|a)|universidad[e]?|institut(?:e|o)?|istituto|"
    r"inst\.|college|school|polytechnic|polytechnique|academy|lab|labs|laborator(?:y|ies)|"
    r"research|inc\.?|corp\.?|corporation|ltd\.?|llc|gmbh|company|foundation|center|centre|"
    r"hospital|group|technolog(?:y|ies)|google|microsoft|meta|facebook|amazon|apple|nvidia|"
    r"intel|openai|deepmind|anthropic|alibaba|baidu|tencent|huawei|samsung|qualcomm|"
    r"databricks|oracle|salesforce|adobe|bytedance|hugging\s*face|stanford|berkeley|"
    r"harvard|princeton|oxford|cambridge|caltech|cornell|yale|columbia|toronto)\b",
    re.IGNORECASE,
)
#: An acronym ("MIT", "TU", "EPFL", "KAIST"): names are not written in capitals.
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")


def _is_organisation(part: str, *, weak: bool) -> bool:
    """Whether ``part`` (after "Jane Doe,") names an organisation.

    It does when it holds an organisation word or a known one ("University",
    "Labs", "Inc", "Google"), an acronym in capitals ("TU Wien", "MIT"), or is
    a place; ``weak`` also takes one capitalised word ("Zalando"), which a
    person's full name never is.
    """
    text = part.strip()
    if not text or "(" in text or re.search(r"\d", text):
        return False
    if _ORGANISATION.search(text) or _ACRONYM.search(text):
        return True
    if text.upper() in PLACES or zone_of_place(text) is not None:
        return True
    return weak and " " not in text and text[:1].isupper()


def _is_full_name(part: str) -> bool:
    """A person's name written in full: two words or more, no organisation in it."""
    name = _strip_markers(_ROLE_LABEL.sub("", part))
    return (
        "(" not in name
        and len(name.split()) >= 2
        and not re.search(r"\d", name)
        and not _is_organisation(name, weak=False)
    )


def _pair_up(parts: list[str], *, header_pairs: bool) -> list[tuple[str, str | None]] | None:
    """ "Song Han, MIT": a name followed by its organisation is one person at it.

    Under a header "Speaker, Affiliation" every second part is an affiliation;
    otherwise a part is taken as the affiliation of the full name before it when
    it names an organisation (:func:`_is_organisation`), and one capitalised
    word is only when the whole cell alternates name, organisation.  ``None``
    when no part pairs up.
    """
    count = len(parts)
    names = parts[0::2]
    others = parts[1::2]
    pairs_all = count >= 2 and count % 2 == 0 and all("(" not in p for p in parts)
    if pairs_all and (
        header_pairs
        or (
            all(_is_full_name(n) for n in names)
            and all(_is_organisation(o, weak=True) for o in others)
        )
    ):
        return [
            (_name_and_affiliation(n)[0], o.strip()) for n, o in zip(names, others, strict=True)
        ]
    out: list[tuple[str, str | None]] = []
    paired = False
    index = 0
    while index < count:
        if (
            index + 1 < count
            and _is_full_name(parts[index])
            and _is_organisation(parts[index + 1], weak=False)
        ):
            out.append((_name_and_affiliation(parts[index])[0], parts[index + 1].strip()))
            paired = True
            index += 2
            continue
        out.append(_name_and_affiliation(parts[index]))
        index += 1
    return out if paired else None


def _names_and_affiliations(
    text: str, *, line_mode: bool, commas_pair: bool, header_pairs: bool = False
) -> list[tuple[str, str | None]]:
    """The people a cell names, each with the affiliation written beside them.

    ``commas_pair`` (no affiliation column to pair with) lets "Name, Affiliation"
    be read as one person: see :func:`_pair_up`.
    """
    plain = [_name_and_affiliation(part) for part in _split_names(text, line_mode=line_mode)]
    if not commas_pair:
        return plain
    kept = _keep_campus_commas(text)
    if line_mode:
        groups = kept.split("\n")
    elif ";" in kept:
        groups = _split_outside_parentheses(kept, _SEMICOLON)
    else:
        groups = [kept]
    out: list[tuple[str, str | None]] = []
    changed = False
    roles = len(groups) > 1 and any(_ROLE_LABEL.match(group) for group in groups)
    for group in groups:
        separator = _ANY_SEPARATOR if len(groups) == 1 and not line_mode else _COMMA
        parts = _clean_parts(_split_outside_parentheses(group, separator))
        paired = _pair_up(parts, header_pairs=header_pairs)
        if paired is None:
            whole = _clean_parts(_split_again(group, roles)) if separator is _COMMA else parts
            out.extend(_name_and_affiliation(part) for part in whole)
        else:
            changed = True
            out.extend(paired)
    if not changed:
        return plain
    return [
        (name.replace(_KEPT_COMMA, ","), aff.replace(_KEPT_COMMA, ",") if aff else None)
        for name, aff in out
    ]


def _strip_markers(name: str) -> str:
    previous = None
    while previous != name:
        previous = name
        name = _MARKERS.sub("", name).strip()
    return name.strip(" *")


def _name_and_affiliation(part: str) -> tuple[str, str | None]:
    """ "Jane Doe (MIT)" is a name and an affiliation; invited-speaker markers are dropped."""
    part = _strip_markers(_ROLE_LABEL.sub("", part))
    match = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<aff>[^()]+)\)", part)
    if match and not re.fullmatch(
        r"\s*(?:invited|keynote|tbc|tbd|remote|virtual)\s*", match.group("aff"), re.IGNORECASE
    ):
        return _strip_markers(match.group("name")), _none_if_blank(match.group("aff"))
    part = re.sub(
        r"\s*\((?:invited|keynote|tbc|tbd|remote|virtual)\)\s*", " ", part, flags=re.IGNORECASE
    )
    return _strip_markers(part), None


def _none_if_blank(text: str) -> str | None:
    text = text.strip()
    return None if text.lower() in _NONE_WORDS else text


#: "Contributed authors", "All teams", "All participants", "Speaker TBD": a filler that
#: stands where a name would, naming no one.
_NOBODY_FILLER = re.compile(
    r"(?:(?:all|the|contributed|various|several|selected|invited|paper|accepted|student|"
    r"participating|other)\s+)+(?:participants|attendees|teams|speakers|authors|presenters|"
    r"panelists|members|students|contributors|papers|talks|groups)"
    r"|everyone|everybody|all|participants|attendees|authors|speakers|various|open|"
    r"(?:speakers?\s+|presenters?\s+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed))",
    re.IGNORECASE,
)


def _names_no_one(name: str) -> bool:
    cleaned = name.strip(" .!*()[]-–—?")
    return (
        name.lower() in _NOBODY
        or bool(_NOBODY_GROUP.fullmatch(name.strip()))
        or bool(_NOBODY_FILLER.fullmatch(cleaned))
    )


def _read_people(
    speaker: Cell | None,
    affiliation: Cell | None,
    warnings: list[PageWarning],
    *,
    header_pairs: bool = False,
) -> tuple[tuple[Person, ...], bool]:
    """The people in a speaker cell, paired with the affiliations, and whether it was labelled
    as organizers."""
    if speaker is None or speaker.is_empty:
        return (), False
    content = speaker.content
    line_mode = bool(_BR.search(speaker.raw))
    text = "\n".join(content.lines)
    labelled = bool(_ORGANIZERS_LABEL.match(text))
    text = _ORGANIZERS_LABEL.sub("", text)
    text = "\n".join(_ROLE_LABEL.sub("", line) for line in text.split("\n"))
    pairs = _names_and_affiliations(
        text,
        line_mode=line_mode,
        commas_pair=affiliation is None or affiliation.is_empty,
        header_pairs=header_pairs,
    )
    pairs = [(name, aff) for name, aff in pairs if name and not _names_no_one(name)]
    names = [name for name, _ in pairs]
    profiles = {
        _strip_markers(label): url
        for label, url in content.links
        if re.match(r"https?://", url, re.IGNORECASE)
    }
    affiliations: list[str | None] = [aff for _, aff in pairs]
    if affiliation is not None and not affiliation.is_empty and names:
        whole = affiliation.content.text
        aff_lines = bool(_BR.search(affiliation.raw))
        if len(names) == 1:
            parts: list[str] | None = [whole]
        else:
            parts = _split_affiliations(
                "\n".join(affiliation.content.lines), len(names), line_mode=aff_lines
            )
        if parts is None:
            if not aff_lines and not _ANY_SEPARATOR.search(_keep_campus_commas(whole)):
                parts = [whole] * len(names)
            else:
                warnings.append(
                    PageWarning(
                        affiliation.line,
                        affiliation.column,
                        f"{len(names)} speakers but the affiliations do not split into "
                        f"{len(names)}; each speaker gets the whole affiliation text",
                    )
                )
                parts = [whole] * len(names)
        # "Ann Lee (MIT) and Bob Ray | CMU": what a speaker carries inline wins over the column.
        affiliations = [
            own or _none_if_blank(part) for own, part in zip(affiliations, parts, strict=True)
        ]
    segments = [inline(piece) for piece in _BR.split(speaker.raw)] if line_mode else []
    people: list[Person] = []
    for name, aff in zip(names, affiliations, strict=True):
        profile = profiles.get(name)
        if segments:
            # One name per line: the link on this line, so that two people of the
            # same name keep their own profiles.
            line = next((seg for seg in segments if name in seg.text), None)
            if line is not None:
                segments.remove(line)
                profile = next(
                    (
                        url
                        for label, url in line.links
                        if _strip_markers(label) == name
                        and re.match(r"https?://", url, re.IGNORECASE)
                    ),
                    None,
                )
        try:
            people.append(Person(name=name, affiliation=aff, profile=profile))
        except ProgramError:
            people.append(Person(name=name, affiliation=aff))
    return tuple(people), labelled


_KIND_WORDS = {
    "talk": ItemKind.TALK,
    "keynote": ItemKind.TALK,
    "paper": ItemKind.TALK,
    "invited": ItemKind.TALK,
    "panel": ItemKind.TALK,
    "remarks": ItemKind.REMARKS,
    "opening": ItemKind.REMARKS,
    "closing": ItemKind.REMARKS,
    "welcome": ItemKind.REMARKS,
    "break": ItemKind.BREAK,
    "meal": ItemKind.BREAK,
    "lunch": ItemKind.BREAK,
    "coffee": ItemKind.BREAK,
    "social": ItemKind.BREAK,
}


def _read_row(
    row: Sequence[Cell],
    columns: dict[Column, int],
    unknown: list[tuple[int, str]],
    time_cell: Cell,
    times: TimeRange,
    day: _Day,
    session: str | None,
    chair: str | None,
    warnings: list[PageWarning],
    *,
    header_pairs: bool = False,
) -> _Row:
    speaker = _cell(row, columns.get(Column.SPEAKER))
    affiliation = _cell(row, columns.get(Column.AFFILIATION))
    title_cell = _cell(row, columns.get(Column.TITLE))
    title = _title_without_materials(title_cell.content) if title_cell else ""
    people, labelled = _read_people(speaker, affiliation, warnings, header_pairs=header_pairs)
    if title_cell is not None and not people and (speaker is None or speaker.is_empty):
        under = _speakers_under_title(title_cell, affiliation, warnings)
        if under is not None:
            title, people = under
    column_of = {index: column for column, index in columns.items()}
    links: list[Link] = []
    for index, cell in enumerate(row):
        column = column_of.get(index)
        for link in _links(cell.content, column):
            if column is Column.SPEAKER and any(p.profile == link.url for p in people):
                continue
            links.append(link)
    session_cell = _cell(row, columns.get(Column.SESSION))
    if session_cell is not None and not session_cell.is_empty:
        session, chair = _session_and_chair(session_cell.content.text)
    chair_cell = _cell(row, columns.get(Column.CHAIR))
    if chair_cell is not None and not chair_cell.is_empty:
        chair = chair_cell.content.text
    extra = tuple(
        (name, cell.content.text)
        for index, name in unknown
        if (found := _cell(row, index)) is not None and found.content.text
        for cell in (found,)
    )
    kind_cell = _cell(row, columns.get(Column.KIND))
    stated_kind = _KIND_WORDS.get(kind_cell.content.text.strip().lower()) if kind_cell else None
    abstract_cell = _cell(row, columns.get(Column.ABSTRACT))
    abstract = abstract_cell.content.text if abstract_cell and not abstract_cell.is_empty else None

    def made(kind: ItemKind, title: str, people: tuple[Person, ...]) -> _Row:
        return _Row(
            time_cell.line,
            time_cell,
            times,
            stated_kind or kind,
            title,
            people,
            tuple(links),
            session,
            chair,
            abstract,
            extra,
            day,
            labelled,
        )

    if not title and not people:
        used = {
            columns[Column.TIME],
            columns.get(Column.END),
            columns.get(Column.DATE),
            columns.get(Column.KIND),
        }
        label = " ".join(
            c.content.text for i, c in enumerate(row) if i not in used and c.content.text
        )
        label = label or _time_cell_rest(time_cell.content.text, times)
        if not label:
            raise PageError(
                "this row has a time but no title or speaker",
                line=time_cell.line,
                column=time_cell.column,
                text=time_cell.raw,
                expected="a title or a speaker",
            )
        return made(_kind_of(label, labelled, ()), label, ())
    if not title:
        # A break label that landed in the speaker column ("LUNCH"), or a talk with no title.
        names = " ".join(p.name for p in people)
        if _BREAK_WORDS.search(names) and not any(p.profile or p.affiliation for p in people):
            label = speaker.content.text if speaker is not None else names
            return made(ItemKind.BREAK, label, ())
        if not labelled and stated_kind is None:
            warnings.append(
                PageWarning(time_cell.line, time_cell.column, "this row has a speaker but no title")
            )
        title = ", ".join(p.name for p in people)
    return made(_kind_of(title, labelled, people), title, people)


_NAME_WORD = r"[^\W\d_][\w.'’-]*"
_NAMES_LINE = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
    rf"(?:\s*(?:,|;|\band\b|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})*"
    r"\s*\([^()]+\)"
)


def _speakers_under_title(
    cell: Cell, affiliation: Cell | None, warnings: list[PageWarning]
) -> tuple[str, tuple[Person, ...]] | None:
    """ "Elastic Checkpointing<br>*Anna Schmidt, Lukas Weber (TU Munich)*": the line under
    the title names its speakers, when there is no speaker column to say so.

    The last line is the speakers when it is in italics or bold, or when it is
    names with an affiliation in parentheses at the end; an affiliation given once
    at the end ("A, B (TU Munich)") is each speaker's.
    """
    pieces = [piece for piece in _BR.split(cell.raw) if inline(piece).text]
    if len(pieces) < 2:
        return None
    last = inline(pieces[-1])
    title = inline("<br>".join(pieces[:-1])).text
    if not title or not (last.emphasized or _NAMES_LINE.fullmatch(last.text)):
        return None
    if _BREAK_WORDS.search(last.text) or _REMARKS_WORDS.search(last.text):
        return None
    speaker = Cell(raw=pieces[-1], line=cell.line, column=cell.column)
    people, _ = _read_people(speaker, affiliation, warnings)
    if not people or not all(_is_full_name(p.name) for p in people):
        return None
    shared = people[-1].affiliation
    if shared and all(p.affiliation is None for p in people[:-1]) and last.text.endswith(")"):
        people = tuple(attrs.evolve(p, affiliation=shared) for p in people)
    return title, people


#: A link label that names material about a talk, not a word of its title.
_MATERIAL_LABEL = re.compile(
    r"\W*(?:slides?|deck|video|videos|recording|youtube|pdf|code|github|paper|preprint|"
    r"arxiv|poster|abstract|doi|project(?:\s+page)?|website|talk\s+video|"
    r"full\s+paper|extended\s+abstract)\W*",
    re.IGNORECASE,
)


def _title_without_materials(content: Inline) -> str:
    """ "[Paper](arxiv) [[slides]](pdf) [[video]](yt)": the title is "Paper"; the links
    labelled with what they are (slides, video, pdf, code, paper, recording) are links,
    not words of the title. A link that starts the cell is the title's own."""
    text = content.text
    for label, _ in reversed(content.links):
        if not label or not _MATERIAL_LABEL.fullmatch(label):
            continue
        at = text.rfind(label)
        if at <= 0 or not text[:at].strip(" ,;|/·•-–—([]"):
            continue
        text = text[:at] + text[at + len(label) :]
    if text == content.text:
        return text
    text = re.sub(r"[(\[]\s*(?:[,;/|·•]\s*)*[)\]]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;|/·•-–—")
    return text or content.text


def _time_cell_rest(text: str, times: TimeRange) -> str:
    """What a time cell says besides its time ("10:00 Coffee")."""
    rest = text[: times.span[0]] + text[times.span[1] :]
    return rest.strip(" -–—:|,")


def _kind_of(title: str, labelled: bool, people: tuple[Person, ...]) -> ItemKind:
    if labelled or (_REMARKS_WORDS.search(title) and "remarks" in title.lower()):
        return ItemKind.REMARKS
    if _REMARKS_WORDS.search(title) and not any(p.profile for p in people) and len(title) < 40:
        return ItemKind.REMARKS
    if not people and _BREAK_WORDS.search(title):
        return ItemKind.BREAK
    return ItemKind.TALK


def _resolve(clock: ClockTime, floor: dt.time | None, twelve_hour: bool) -> dt.time:
    """The wall-clock time of ``clock``: as written, or for a 12-hour clock with no am/pm,
    the first reading at or after ``floor`` (the way a person reads down a program),
    unless that reading is implausibly far ahead; then the time is taken as going
    backwards, and the caller reports it."""
    if clock.meridiem is not None or clock.is_24h or not twelve_hour:
        return clock.to_time()
    morning, afternoon = clock.to_time("am"), clock.to_time("pm")
    if clock.hour == 12:
        morning = afternoon
    if floor is None:
        return morning if 7 <= clock.hour <= 12 else afternoon
    if morning >= floor:
        return morning
    later = dt.datetime.combine(dt.date.min, afternoon) - dt.datetime.combine(dt.date.min, floor)
    if later > _LONGEST_GAP:
        # "10:30" after an item that ends at 11:00 is an overlap, not 22:30.
        return morning
    return afternoon


#: How far past the item above a 12-hour time without am/pm may be read as afternoon.
_LONGEST_GAP = dt.timedelta(hours=9)


def _day_is_12_hour(rows: Sequence[_Row]) -> bool:
    """A day whose times are all 1..12 with no leading zero, or that writes am/pm, is read
    on a 12-hour clock; a day with 13:00 or 08:00 in it is a 24-hour day."""
    clocks = [c for row in rows for c in (row.times.start, row.times.end) if c is not None]
    spans = [row.day.span for row in rows[:1] if row.day.span is not None]
    clocks += [c for span in spans for c in (span.start, span.end) if c is not None]
    if any(c.meridiem for c in clocks):
        return True
    return not any(c.is_24h for c in clocks)


def _wall_times(
    rows: Sequence[_Row], warnings: list[PageWarning]
) -> list[tuple[dt.time, dt.time | None]]:
    """Wall-clock start and end of each row, day by day."""
    out: list[tuple[dt.time, dt.time | None]] = []
    index = 0
    while index < len(rows):
        date = rows[index].day.date
        end_index = index
        while end_index < len(rows) and rows[end_index].day.date == date:
            end_index += 1
        day_rows = rows[index:end_index]
        twelve = _day_is_12_hour(day_rows)
        span = day_rows[0].day.span
        floor = _resolve(span.start, None, twelve) if span else None
        for row in day_rows:
            start = _resolve(row.times.start, floor, twelve)
            end = _resolve(row.times.end, start, twelve) if row.times.end else None
            out.append((start, end))
            floor = end or start
            inferred = [
                c
                for c in (row.times.start, row.times.end)
                if c is not None and twelve and c.meridiem is None and not c.is_24h and c.hour != 12
            ]
            literal = [_resolve(c, None, False) for c in inferred]
            read = [w for c, w in ((row.times.start, start), (row.times.end, end)) if c in inferred]
            if literal != read:
                shown = f"{start:%H:%M}" + (f" - {end:%H:%M}" if end else "")
                warnings.append(
                    PageWarning(
                        row.line,
                        row.time_cell.column,
                        f"no am/pm: read {row.time_cell.content.text!r} as {shown}",
                    )
                )
        index = end_index
    return out


def _offset(
    row: _Row, clock: ClockTime | None, day: dt.date, wall: dt.time, zone: ZoneInfo
) -> dt.timedelta | None:
    """The UTC offset written beside a time, if any, as zoneinfo gives it."""
    if clock is None or clock.zone is None:
        return None
    numeric = parse_offset(clock.zone)
    if numeric is not None:
        return numeric
    try:
        stated = resolve_zone(clock.zone)
    except ZoneError:
        return None
    if stated.abbreviation is None:
        return None
    found = abbreviation_offset(day, wall, zone, clock.zone)
    if found is None:
        raise PageError(
            f"{row.title!r}: {wall:%H:%M} {clock.zone} is not a time in {zone.key} "
            f"on {day.isoformat()}",
            line=row.line,
            column=row.time_cell.column,
            text=row.time_cell.raw,
            expected=f"the abbreviation {zone.key} uses on that day, or a UTC offset",
        )
    return found


def _make_items(
    rows: Sequence[_Row], zone: ZoneInfo, warnings: list[PageWarning]
) -> tuple[tuple[Item, ...], list[int]]:
    walls = _wall_times(rows, warnings)
    days: list[dt.date] = []
    starts: list[dt.datetime] = []
    shift = 0
    for index, (row, (start, _)) in enumerate(zip(rows, walls, strict=True)):
        before = rows[index - 1] if index else None
        if before is None or before.day.date != row.day.date:
            shift = 0
        elif _after_midnight(walls[index - 1][0], start):
            shift += 1
            warnings.append(
                PageWarning(
                    row.line,
                    row.time_cell.column,
                    f"{row.title!r} at {start:%H:%M} comes after {walls[index - 1][0]:%H:%M}: "
                    "read as the next day",
                )
            )
        day = _add_days(row, row.day.date, shift)
        days.append(day)
        offset = _offset(row, row.times.start, day, start, zone)
        starts.append(_instant(row, day, start, zone, "start", offset))
    items: list[Item] = []
    for index, (row, (start, end)) in enumerate(zip(rows, walls, strict=True)):
        if row.ends_day:
            continue
        start_at = starts[index]
        day = days[index]
        if end is None:
            if index + 1 < len(rows) and rows[index + 1].day.date == row.day.date:
                end_at = starts[index + 1]
            elif row.day.span is not None and row.day.span.end is not None:
                wall = _resolve(row.day.span.end, start, _day_is_12_hour([row]))
                end_at = _instant(row, day, wall, zone, "end", None)
            else:
                raise PageError(
                    "the last item of the day has no end time and the page states no end "
                    "of the day",
                    line=row.line,
                    column=row.time_cell.column,
                    text=row.time_cell.raw,
                    expected="a range such as '16:25 - 16:30', or the day's span on the date line",
                )
        else:
            offset = _offset(row, row.times.end, day, end, zone)
            end_at = _instant(row, day, end, zone, "end", offset)
            if end_at.astimezone(dt.UTC) <= start_at.astimezone(dt.UTC):
                if _after_midnight(start, end):
                    next_day = _add_days(row, day, 1)
                    offset = _offset(row, row.times.end, next_day, end, zone)
                    end_at = _instant(row, next_day, end, zone, "end", offset)
                    warnings.append(
                        PageWarning(
                            row.line,
                            row.time_cell.column,
                            f"{row.title!r} ends at {end:%H:%M} on the next day "
                            f"({next_day.isoformat()})",
                        )
                    )
                else:
                    raise PageError(
                        f"{row.title!r} ends ({end:%H:%M}) before it starts ({start:%H:%M})",
                        line=row.line,
                        column=row.time_cell.column,
                        text=row.time_cell.raw,
                        expected="an end time after the start time",
                    )
        if items and start_at.astimezone(dt.UTC) < items[-1].start_utc:
            raise PageError(
                f"time goes backwards: {row.title!r} at {row.time_cell.content.text!r} "
                f"starts before the item above it ({items[-1].start:%H:%M})",
                line=row.line,
                column=row.time_cell.column,
                text=row.time_cell.raw,
                expected="items in order through the day",
            )
        if items and start_at.astimezone(dt.UTC) < items[-1].end_utc:
            raise PageError(
                f"{row.title!r} starts at {start_at:%H:%M}, before the item above it ends "
                f"({items[-1].end:%H:%M})",
                line=row.line,
                column=row.time_cell.column,
                text=row.time_cell.raw,
                expected="items that do not overlap",
            )
        try:
            items.append(
                Item(
                    start=start_at,
                    end=end_at,
                    kind=row.kind,
                    title=row.title,
                    people=row.people,
                    links=row.links,
                    session=row.session,
                    abstract=row.abstract,
                    chair=row.chair,
                    extra=row.extra,
                )
            )
        except ProgramError as exc:
            raise PageError(
                str(exc), line=row.line, column=row.time_cell.column, text=row.time_cell.raw
            ) from None
    return tuple(items), [row.line for row in rows if not row.ends_day]


def _after_midnight(before: dt.time, after: dt.time) -> bool:
    """A later time that reads earlier on the clock, late in the evening, is past midnight."""
    return after < before and before.hour >= 18 and after.hour < 6


def _add_days(row: _Row, day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise PageError(
            "this date is past the end of the calendar",
            line=row.line,
            column=row.time_cell.column,
            text=row.time_cell.raw,
            expected="a date before the year 9999",
        ) from None


def _instant(
    row: _Row,
    day: dt.date,
    wall: dt.time,
    zone: ZoneInfo,
    which: str,
    offset: dt.timedelta | None,
) -> dt.datetime:
    try:
        moment = localize(day, wall, zone, what=f"{row.title!r} ({which})", offset=offset)
        moment.astimezone(dt.UTC)
    except LocalTimeError as exc:
        raise PageError(
            str(exc),
            line=row.line,
            column=row.time_cell.column,
            text=row.time_cell.raw,
            expected="a time that exists once on the clock in "
            + zone.key
            + ", or a UTC offset beside it",
        ) from None
    except OverflowError:
        raise PageError(
            "this time is past the end of the calendar",
            line=row.line,
            column=row.time_cell.column,
            text=row.time_cell.raw,
            expected="a date before the year 9999",
        ) from None
    return moment
