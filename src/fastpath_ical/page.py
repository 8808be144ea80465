"""Reading a program page (Markdown) into a :class:`~fastpath_ical.model.Program`.

The page is the single source of truth, so the reader never guesses silently:
what it cannot read is a :class:`~fastpath_ical.errors.PageError` with the
line and column, what it had to infer is a :class:`PageWarning`.  Besides the
program, a reading keeps the page's own statements about time (the zone it
names, the conversions it writes out, the day's span) with their lines, so
that a checker can hold the page to them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence

import attrs

from .clock import ClockTime, TimeRange, find_date, parse_time_range
from .errors import LocalTimeError, PageError, ProgramError, ZoneError
from .markdown import Cell, Heading, Inline, Paragraph, Table, blocks
from .model import Conference, Item, ItemKind, Link, LinkKind, Person, Program
from .zones import StatedZone, localize, resolve_zone

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
    SPEAKER = "speaker"
    AFFILIATION = "affiliation"
    TITLE = "title"
    SLIDES = "slides"
    VIDEO = "video"
    SESSION = "session"
    CHAIR = "chair"
    ABSTRACT = "abstract"


_COLUMN_NAMES: dict[str, Column] = {
    name: column
    for column, names in {
        Column.TIME: ("time", "when", "slot", "time slot", "hour", "hours", "schedule"),
        Column.SPEAKER: (
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "who",
            "author",
            "authors",
            "name",
            "speaker(s)",
        ),
        Column.AFFILIATION: (
            "affiliation",
            "affiliations",
            "institution",
            "organization",
            "organisation",
            "company",
        ),
        Column.TITLE: (
            "title",
            "talk",
            "talk title",
            "topic",
            "presentation",
            "paper",
            "what",
            "event",
            "activity",
        ),
        Column.SLIDES: ("slides", "slide", "deck", "pdf"),
        Column.VIDEO: ("video", "videos", "recording", "recordings", "youtube"),
        Column.SESSION: ("session", "track"),
        Column.CHAIR: ("chair", "session chair", "moderator"),
        Column.ABSTRACT: ("abstract", "summary", "description"),
    }.items()
    for name in names
}


@attrs.frozen
class PageWarning:
    """Something the reader inferred or set aside; ``--strict`` makes it an error."""

    line: int
    column: int
    message: str

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
    """A program and what the page said on the way: warnings, statements, item lines."""

    program: Program
    warnings: tuple[PageWarning, ...] = ()
    statements: tuple[Statement, ...] = ()
    item_lines: tuple[int, ...] = ()


_BREAK_WORDS = re.compile(
    r"\b(break|breaks|lunch|dinner|breakfast|coffee|tea|reception|poster session|posters|"
    r"networking|social|recess)\b",
    re.IGNORECASE,
)
_REMARKS_WORDS = re.compile(
    r"\b(remarks|welcome|opening|closing|introduction|intro|wrap-up|wrap up|farewell)\b",
    re.IGNORECASE,
)
_ORGANIZERS_LABEL = re.compile(r"^\s*(organi[sz]ers?|chairs?|hosts?)\s*:\s*", re.IGNORECASE)
_PEOPLE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\n)\s*")
_CONJUNCTION = re.compile(
    r"\b(in conjunction with|co-?located with|held with|held in conjunction with|part of)\b",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(r"^\s*(program(?:me)?|schedule|agenda)\s*[-–—:]+\s*", re.IGNORECASE)
_ZONE_PHRASE = re.compile(
    r"(?:all\s+)?times?\s+(?:are\s+)?(?:(?:given|listed|shown)\s+)?(?:in\s+)?"
    r"(?P<zone>[A-Za-z][A-Za-z_/+-]*(?:\s+[A-Z][A-Za-z]*)?)",
    re.IGNORECASE,
)


def _zone_candidates(text: str) -> list[tuple[int, str, StatedZone]]:
    """Zone names in ``text`` with their offsets: IANA names and names in the table."""
    found: list[tuple[int, str, StatedZone]] = []
    for match in re.finditer(r"\b[A-Z][A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_]+)?\b", text):
        try:
            found.append((match.start(), match.group(0), resolve_zone(match.group(0))))
        except ZoneError:
            continue
    for match in _ZONE_TOKEN.finditer(text):
        name = match.group(0)
        try:
            found.append((match.start(), name, resolve_zone(name)))
        except ZoneError:
            continue
    found.sort(key=lambda entry: (entry[0], -len(entry[1])))
    kept: list[tuple[int, str, StatedZone]] = []
    end = -1
    for start, name, zone in found:
        if start >= end:
            kept.append((start, name, zone))
            end = start + len(name)
    return kept


def _zone_token_pattern() -> re.Pattern[str]:
    from .zones import AMBIGUOUS, ZONE_NAMES

    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(r"(?<![\w/])(?:" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_TOKEN = _zone_token_pattern()


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
    zone: StatedZone | None = None
    zone_source: str | None = None
    span: TimeRange | None = None
    notes: list[str] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)


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
    abstract: str | None
    date: dt.date


def read_page(
    text: str,
    *,
    timezone: str | None = None,
) -> PageReading:
    """Read a program page.

    ``timezone`` (an IANA name or an abbreviation the page could have used)
    overrides whatever zone the page states.
    """
    parts = blocks(text)
    header = _Header()
    warnings: list[PageWarning] = []
    tables: list[tuple[Table, dt.date | None, str | None]] = []
    current_date: dt.date | None = None
    seen_table = False

    for block in parts:
        if isinstance(block, Table):
            tables.append((block, current_date, None))
            seen_table = True
            continue
        content = block.content
        line = block.line
        found_date = _date_in(content.text, line, block.raw)
        if found_date is not None:
            current_date = found_date
            if header.date is None:
                header.date = found_date
                header.date_line = line
                _read_date_line(content.text, line, header)
        if (
            isinstance(block, Heading)
            and header.title is None
            and block.level <= 2
            and not (content.links and _is_recording(content))
        ):
            header.title = _TITLE_PREFIX.sub("", content.text) or content.text
            header.title_line = line
            continue
        if _CONJUNCTION.search(content.text) and header.short_name is None:
            _read_conjunction(content, header)
            continue
        if content.links and _is_recording(content) and header.recording is None:
            header.recording = content.links[0][1]
            continue
        if isinstance(block, Paragraph) and found_date is None:
            if seen_table or re.match(r"^\s*\**\s*note", block.raw, re.IGNORECASE):
                header.notes.append(content.text)
            _read_zone_statement(content.text, line, header)

    if timezone is not None:
        try:
            header.zone = resolve_zone(timezone)
        except ZoneError as exc:
            raise PageError(str(exc), line=1, text=timezone, expected="an IANA time zone") from None
        header.zone_source = "--tz"

    schedule_tables = [entry for entry in tables if _is_schedule(entry[0])]
    if not schedule_tables:
        raise PageError(
            "no program table found",
            line=tables[0][0].line if tables else 1,
            expected="a Markdown table with a Time column and a Title or Speaker column",
        )
    if header.title is None:
        raise PageError("no title found", line=1, expected="a heading naming the program")
    if header.zone is None:
        for table, _, _ in schedule_tables:
            _read_header_zone(table, header)
    if header.zone is None:
        raise PageError(
            "the page states no time zone",
            line=header.date_line or 1,
            expected="a zone on the date line or in a note (e.g. 'All times US EDT'), "
            "or --tz with an IANA name",
        )

    rows: list[_Row] = []
    for table, table_date, _ in schedule_tables:
        day = table_date or header.date
        if day is None:
            raise PageError(
                "no date found for this table",
                line=table.line,
                expected="a date line such as 'Sunday, March 28, 2021' before the table",
            )
        rows.extend(_read_table(table, day, warnings))

    zone = header.zone
    items, item_lines = _make_items(rows, zone.iana, header, warnings)
    organizers = _organizers(items)
    title = header.title
    try:
        program = Program(
            title=title,
            short_name=header.short_name or title,
            date=header.date or rows[0].date,
            timezone=zone.iana,
            location=header.location or "Virtual",
            virtual=(header.location or "Virtual").strip().lower() in ("virtual", "online"),
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
    )


def read_program(text: str, *, timezone: str | None = None) -> Program:
    """Read a program page and return only the program."""
    return read_page(text, timezone=timezone).program


def _date_in(text: str, line: int, raw: str) -> dt.date | None:
    try:
        found = find_date(text)
    except (ValueError, OverflowError):
        raise PageError(
            "this date does not exist",
            line=line,
            text=text,
            expected="a calendar date such as 'Sunday, March 28, 2021'",
        ) from None
    if found is None:
        return None
    if found.weekday:
        written = found.weekday.strip(". ").lower()[:3]
        actual = found.date.strftime("%a").lower()
        if written != actual:
            column = raw.find(found.weekday) + 1 if found.weekday in raw else 1
            raise PageError(
                f"{found.weekday.strip()} does not match {found.date.isoformat()}, "
                f"which is a {found.date.strftime('%A')}",
                line=line,
                column=column,
                text=found.weekday,
                expected=f"{found.date.strftime('%A')} or another date",
            )
    return found.date


def _read_date_line(text: str, line: int, header: _Header) -> None:
    found = find_date(text)
    assert found is not None
    rest = text[found.span[1] :]
    place = re.match(r"\s*(?:--|—|–|-|\||@|,|·)\s*([^(*]+)", rest)
    if place:
        location = place.group(1).strip(" .,-")
        if location and not parse_time_range(location):
            header.location = location
    _read_zone_statement(rest, line, header, date_line=True, offset=found.span[1])


def _read_zone_statement(
    text: str, line: int, header: _Header, *, date_line: bool = False, offset: int = 0
) -> None:
    """Record zone names and conversions; take the first zone as the page's zone.

    ``text`` is the statement with markup removed; ``offset`` is where it starts in
    that line's text, so that columns count from the start of the line.
    """
    stated_before_equals = text.split("=")[0]
    candidates = _zone_candidates(text)
    if "=" in text and len(candidates) >= 2:
        header.statements.append(Statement("conversion", line, offset + 1, text.strip()))
    for start, name, zone in _zone_candidates(stated_before_equals):
        header.statements.append(Statement("zone", line, offset + start + 1, name))
        if header.zone is None and (date_line or _mentions_times(text, start)):
            header.zone = zone
            header.zone_source = name
        break
    if date_line:
        span = parse_time_range(stated_before_equals)
        if span is not None and span.end is not None:
            header.span = span
            header.statements.append(
                Statement("span", line, offset + span.span[0] + 1, stated_before_equals.strip())
            )


def _mentions_times(text: str, zone_at: int) -> bool:
    before = text[:zone_at]
    return bool(re.search(r"\btimes?\b", before, re.IGNORECASE)) or bool(parse_time_range(before))


def _read_conjunction(content: Inline, header: _Header) -> None:
    match = _CONJUNCTION.search(content.text)
    assert match is not None
    before, after = content.text[: match.start()], content.text[match.end() :]
    links_before = [link for link in content.links if link[0] and link[0] in before]
    links_after = [link for link in content.links if link[0] and link[0] in after]
    if links_before:
        header.short_name = links_before[0][0]
        header.home_page = links_before[0][1]
    elif before.strip(" *"):
        header.short_name = before.strip(" *,")
    name = after.strip(" .*")
    if links_after:
        header.conference = Conference(name=links_after[0][0], url=links_after[0][1])
    elif name:
        header.conference = Conference(name=name)


def _is_recording(content: Inline) -> bool:
    label = " ".join(text for text, _ in content.links) or content.text
    return bool(re.search(r"\b(video|recording|playlist|youtube)\b", label, re.IGNORECASE))


def _columns(table: Table) -> dict[Column, int]:
    columns: dict[Column, int] = {}
    for index, cell in enumerate(table.header):
        name = re.sub(r"\s*\(.*?\)\s*", " ", cell.content.text).strip().lower().rstrip(":")
        column = _COLUMN_NAMES.get(name)
        if column is not None and column not in columns:
            columns[column] = index
    return columns


def _is_schedule(table: Table) -> bool:
    columns = _columns(table)
    return Column.TIME in columns and (Column.TITLE in columns or Column.SPEAKER in columns)


def _read_header_zone(table: Table, header: _Header) -> None:
    for cell in table.header:
        for start, name, zone in _zone_candidates(cell.content.text):
            header.zone = zone
            header.zone_source = name
            header.statements.append(Statement("zone", cell.line, cell.column + start, name))
            return


def _cell(row: Sequence[Cell], index: int | None) -> Cell | None:
    if index is None or index >= len(row):
        return None
    return row[index]


def _read_table(table: Table, day: dt.date, warnings: list[PageWarning]) -> list[_Row]:
    columns = _columns(table)
    out: list[_Row] = []
    session: str | None = None
    for row in table.rows:
        if all(cell.is_empty for cell in row):
            continue
        time_cell = _cell(row, columns[Column.TIME])
        times = parse_time_range(time_cell.content.text) if time_cell else None
        if times is None:
            non_empty = [cell for cell in row if not cell.is_empty]
            if out and all(not _text_without_links(cell.content) for cell in non_empty):
                extra = tuple(link for cell in non_empty for link in _links(cell.content, None))
                out[-1].links = out[-1].links + extra
                continue
            if len(non_empty) == 1 or all(cell.content.emphasized for cell in non_empty):
                session = " ".join(cell.content.text for cell in non_empty)
                continue
            where = time_cell or row[0]
            raise PageError(
                "expected a time in this row",
                line=where.line,
                column=where.column,
                text=where.raw,
                expected="a time such as '10:50 - 11:00' or '4 pm'",
            )
        assert time_cell is not None
        out.append(_read_row(row, columns, time_cell, times, day, session, warnings))
    return out


def _text_without_links(content: Inline) -> str:
    text = content.text
    for label, _ in content.links:
        text = text.replace(label, "", 1)
    return text.strip(" ,;|/")


def _link_kind(label: str, url: str, column: Column | None) -> LinkKind:
    if column is Column.SLIDES:
        return LinkKind.SLIDES
    if column is Column.VIDEO:
        return LinkKind.VIDEO
    lowered = f"{label} {url}".lower()
    if re.search(r"\bslides?\b|\.pdf\b|\.pptx?\b|speakerdeck|slideshare", lowered):
        return LinkKind.SLIDES
    if re.search(r"\b(video|recording)\b|youtube\.com|youtu\.be|vimeo\.com", lowered):
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


def _split_people(text: str) -> list[str]:
    return [part.strip(" *") for part in _PEOPLE_SPLIT.split(text) if part.strip(" *")]


def _read_people(
    speaker: Cell | None, affiliation: Cell | None, warnings: list[PageWarning]
) -> tuple[tuple[Person, ...], bool]:
    """The people in a speaker cell, paired with the affiliations, and whether it was labelled
    as organizers."""
    if speaker is None or speaker.is_empty:
        return (), False
    content = speaker.content
    text = "\n".join(content.lines)
    labelled = bool(_ORGANIZERS_LABEL.match(text))
    text = _ORGANIZERS_LABEL.sub("", text)
    names = _split_people(text)
    profiles = {label: url for label, url in content.links if re.match(r"https?://", url)}
    affiliations: list[str | None]
    if affiliation is None or affiliation.is_empty:
        affiliations = [None] * len(names)
    else:
        whole = affiliation.content.text
        parts = _split_people("\n".join(affiliation.content.lines)) if len(names) > 1 else [whole]
        if len(parts) == len(names):
            affiliations = list(parts)
        else:
            if len(names) > 1 and len(parts) > 1:
                warnings.append(
                    PageWarning(
                        affiliation.line,
                        affiliation.column,
                        f"{len(names)} speakers but {len(parts)} affiliations; "
                        "each speaker gets the whole affiliation text",
                    )
                )
            affiliations = [whole] * len(names)
    people = tuple(
        Person(name=name, affiliation=aff, profile=profiles.get(name))
        for name, aff in zip(names, affiliations, strict=True)
    )
    return people, labelled


def _read_row(
    row: Sequence[Cell],
    columns: dict[Column, int],
    time_cell: Cell,
    times: TimeRange,
    day: dt.date,
    session: str | None,
    warnings: list[PageWarning],
) -> _Row:
    speaker = _cell(row, columns.get(Column.SPEAKER))
    affiliation = _cell(row, columns.get(Column.AFFILIATION))
    title_cell = _cell(row, columns.get(Column.TITLE))
    title = title_cell.content.text if title_cell else ""
    people, labelled = _read_people(speaker, affiliation, warnings)
    links: list[Link] = []
    for column in (Column.SPEAKER, Column.TITLE, Column.SLIDES, Column.VIDEO, Column.ABSTRACT):
        cell = _cell(row, columns.get(column))
        if cell is None:
            continue
        for link in _links(cell.content, column):
            if column is Column.SPEAKER and any(p.profile == link.url for p in people):
                continue
            links.append(link)
    for index, cell in enumerate(row):
        if index not in columns.values() and index != columns[Column.TIME]:
            links.extend(_links(cell.content, None))
    time_rest = time_cell.content.text
    every_text = " ".join(c.content.text for c in row if c is not time_cell) or time_rest
    if not title and not people:
        label = every_text.strip()
        if not label:
            raise PageError(
                "this row has a time but no title or speaker",
                line=time_cell.line,
                column=time_cell.column,
                text=time_cell.raw,
                expected="a title or a speaker",
            )
        return _Row(
            time_cell.line,
            time_cell,
            times,
            _kind_of(label, labelled, ()),
            label,
            (),
            tuple(links),
            session,
            None,
            day,
        )
    if not title:
        # A break label that landed in the speaker column ("LUNCH"), or a talk with no title.
        names = " ".join(p.name for p in people)
        if _BREAK_WORDS.search(names) and not any(p.profile for p in people):
            return _Row(
                time_cell.line,
                time_cell,
                times,
                ItemKind.BREAK,
                names,
                (),
                tuple(links),
                session,
                None,
                day,
            )
        warnings.append(
            PageWarning(time_cell.line, time_cell.column, "this row has a speaker but no title")
        )
        title = ", ".join(p.name for p in people)
    abstract_cell = _cell(row, columns.get(Column.ABSTRACT))
    abstract = abstract_cell.content.text if abstract_cell and not abstract_cell.is_empty else None
    kind = _kind_of(title, labelled, people)
    return _Row(
        time_cell.line, time_cell, times, kind, title, people, tuple(links), session, abstract, day
    )


def _kind_of(title: str, labelled: bool, people: tuple[Person, ...]) -> ItemKind:
    if labelled or (_REMARKS_WORDS.search(title) and "remarks" in title.lower()):
        return ItemKind.REMARKS
    if _REMARKS_WORDS.search(title) and not any(p.profile for p in people) and len(title) < 40:
        return ItemKind.REMARKS
    if not people and _BREAK_WORDS.search(title):
        return ItemKind.BREAK
    return ItemKind.TALK


def _organizers(items: Sequence[Item]) -> tuple[Person, ...]:
    for item in items:
        if item.kind is ItemKind.REMARKS and item.people:
            return item.people
    return ()


def _is_24_hour(rows: Sequence[_Row]) -> bool:
    for row in rows:
        for clock in (row.times.start, row.times.end):
            if clock is not None and (clock.is_24h or clock.meridiem is not None):
                return True
    return False


def _wall_times(
    rows: Sequence[_Row], header: _Header, warnings: list[PageWarning]
) -> list[tuple[dt.time, dt.time | None]]:
    """Wall-clock start and end of each row, reading a clock with no am/pm through the day."""
    if _is_24_hour(rows):
        return [
            (row.times.start.to_time(), row.times.end.to_time() if row.times.end else None)
            for row in rows
        ]
    out: list[tuple[dt.time, dt.time | None]] = []
    floor = header.span.start.to_time() if header.span else None
    previous_day: dt.date | None = None
    for row in rows:
        if row.date != previous_day:
            previous_day = row.date
            floor = header.span.start.to_time() if header.span else None
        start = _infer(row.times.start, floor)
        end = _infer(row.times.end, start) if row.times.end else None
        out.append((start, end))
        floor = end or start
        plain = [c for c in (row.times.start, row.times.end) if c is not None]
        if any(c.meridiem is None and c.to_time("pm") != c.to_time("am") for c in plain):
            shown = f"{start:%H:%M}" + (f" - {end:%H:%M}" if end else "")
            warnings.append(
                PageWarning(
                    row.line,
                    row.time_cell.column,
                    f"no am/pm: read {row.time_cell.content.text!r} as {shown}",
                )
            )
    return out


def _infer(clock: ClockTime, floor: dt.time | None) -> dt.time:
    if clock.meridiem is not None or clock.is_24h:
        return clock.to_time()
    morning, afternoon = clock.to_time("am"), clock.to_time("pm")
    if clock.hour == 12:
        morning, afternoon = afternoon, afternoon
    if floor is None:
        return morning if 7 <= clock.hour <= 11 else afternoon
    if morning >= floor:
        return morning
    return afternoon


def _make_items(
    rows: Sequence[_Row], zone_name: str, header: _Header, warnings: list[PageWarning]
) -> tuple[tuple[Item, ...], list[int]]:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    walls = _wall_times(rows, header, warnings)
    starts: list[dt.datetime] = []
    for row, (start, _) in zip(rows, walls, strict=True):
        starts.append(_instant(row, row.date, start, zone, "start"))
    items: list[Item] = []
    for index, (row, (_, end)) in enumerate(zip(rows, walls, strict=True)):
        start_at = starts[index]
        if end is None:
            if index + 1 < len(rows) and rows[index + 1].date == row.date:
                end_at = starts[index + 1]
            elif header.span is not None and header.span.end is not None:
                end_at = _instant(
                    row, row.date, _infer(header.span.end, start_at.time()), zone, "end"
                )
            else:
                raise PageError(
                    "the last item has no end time and the page states no end of the day",
                    line=row.line,
                    column=row.time_cell.column,
                    text=row.time_cell.raw,
                    expected="a range such as '16:25 - 16:30'",
                )
        else:
            end_day = row.date
            if end < start_at.time():
                if start_at.hour >= 18 and end.hour < 6:
                    end_day = row.date + dt.timedelta(days=1)
                else:
                    raise PageError(
                        f"the item ends ({end:%H:%M}) before it starts ({start_at:%H:%M})",
                        line=row.line,
                        column=row.time_cell.column,
                        text=row.time_cell.raw,
                        expected="an end time after the start time",
                    )
            end_at = _instant(row, end_day, end, zone, "end")
        if items and start_at.astimezone(dt.UTC) < items[-1].start_utc:
            raise PageError(
                f"time goes backwards: {row.time_cell.content.text!r} starts before "
                f"the item above it ({items[-1].start:%H:%M})",
                line=row.line,
                column=row.time_cell.column,
                text=row.time_cell.raw,
                expected="items in order through the day",
            )
        if items and start_at.astimezone(dt.UTC) < items[-1].end_utc:
            raise PageError(
                f"this item starts at {start_at:%H:%M}, before the item above it ends "
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
                )
            )
        except ProgramError as exc:
            raise PageError(
                str(exc), line=row.line, column=row.time_cell.column, text=row.time_cell.raw
            ) from None
    return tuple(items), [row.line for row in rows]


def _instant(row: _Row, day: dt.date, wall: dt.time, zone: object, which: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    assert isinstance(zone, ZoneInfo)
    try:
        return localize(day, wall, zone, what=f"{row.title!r} ({which})")
    except LocalTimeError as exc:
        raise PageError(
            str(exc),
            line=row.line,
            column=row.time_cell.column,
            text=row.time_cell.raw,
            expected="a time that exists once on the clock in " + zone.key,
        ) from None
