"""The rows of a program table, read into :class:`~fastpath_ical.reading.Row`.

A row's time cell, people, links, session and kind; untimed breaks that fill
a gap; session rows; and the "Adjourn" row that only says when the day ends.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urljoin

import attrs

from ..errors import PageError, ProgramError
from ..model import ItemKind, Link, LinkKind, Paper, Person
from ._clock import ClockTime, TimeRange, parse_time_range, unread_time
from ._columns import Column, cell_at
from ._header import date_in, is_only_date
from ._kinds import BREAK_WORDS, is_break_label, kind_of
from ._markdown import Cell, Inline
from ._people import read_people
from ._records import Day, PageWarning, Row, Schedule
from ._titles import split_title

__all__ = ["mark_day_ends", "read_table"]


_CHAIR = re.compile(
    r"\s*(?:\(\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:?\s*(?P<a>[^)]+)\)"
    r"|[-–—,;|]?\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:\s*(?P<b>.+))\s*$",
    re.IGNORECASE,
)


#: A row that only says the day is over: "End", "Adjourn", "End of official program",
#: "Boxed Lunch & Workshop End", "Close of the workshop".
_END_MARKER = re.compile(
    r"(?:.*\s(?:&|and)\s+)?\W*(?:adjourn(?:ment|ed)?|(?:the\s+)?end|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:official\s+)?"
    r"(?:workshop|day|program(?:me)?|meeting|event|sessions?|conference|symposium|course|"
    r"school|hackathon)"
    r"(?:\s+day)?(?:\s*\d+)?|(?:workshop|meeting|day|event|program(?:me)?)\s+(?:ends?|closes?)|"
    r"close\s+of\s+(?:the\s+)?(?:workshop|day|meeting))\W*",
    re.IGNORECASE,
)


def mark_day_ends(rows: Sequence[Row]) -> None:
    """The last row of a day that says "Adjourn" or "End" is no item: its time is when the
    item above ends, if that has no end of its own."""
    for index, row in enumerate(rows):
        last = index + 1 == len(rows) or rows[index + 1].day.date != row.day.date
        if (
            last
            and index > 0
            and rows[index - 1].day.date == row.day.date
            and not row.people
            and not row.links
            and _END_MARKER.fullmatch(row.title)
        ):
            row.ends_day = True


def _session_and_chair(text: str) -> tuple[str, str | None]:
    match = _CHAIR.search(text)
    if not match:
        return text, None
    chair = (match.group("a") or match.group("b") or "").strip(" .*")
    session = text[: match.start()].strip(" -–—,;:|")
    return session or text, chair or None


def read_table(
    schedule: Schedule,
    day: Day | None,
    warnings: list[PageWarning],
    *,
    year: int | None = None,
    base_url: str | None = None,
    problems: list[PageError] | None = None,
) -> list[Row]:
    """The rows of a table; ``year`` is the year of dates written without one, when no day
    above the table gives it; ``base_url`` the page's own address, for its relative links.

    With ``problems``, a row that cannot be read is said there and left out, and the
    rest are still read; without, the first raises.
    """
    table = schedule.table
    columns, unknown = schedule.layout.columns, list(schedule.layout.unknown)
    for index, what in schedule.layout.inferred:
        cell = table.header[index] if index < len(table.header) else table.rows[0][0]
        named = f"column {index + 1}"
        if index < len(table.header) and table.header[index].content.text:
            named += f" ({table.header[index].content.text!r})"
        warnings.append(PageWarning(cell.line, cell.column, f"read {named} as {what}"))
    for index, name in unknown:
        cell = table.header[index]
        warnings.append(
            PageWarning(cell.line, cell.column, f"unknown column {name!r}: kept as extra text")
        )
    out: list[Row] = []
    first_day = day.date if day else None
    session: str | None = None
    chair: str | None = None
    header_pairs = schedule.layout.header_pairs
    #: An untimed break row waiting for the next item's start: label, cell, item above.
    pending: tuple[str, Cell, Row | None] | None = None
    #: Untimed rows under the last timed row, read as its papers.
    papers: list[Paper] = []
    for row in table.rows:
        try:
            if all(cell.is_empty for cell in row):
                continue
            date_cell = cell_at(row, columns.get(Column.DATE))
            if date_cell is not None and not date_cell.is_empty:
                year = day.date.year if day else year
                date = date_in(date_cell.content.text, date_cell.line, date_cell.raw, year)
                if date is not None and (day is None or date != day.date):
                    day = Day(date, date_cell.line, day.span if day else None)
            time_cell = _with_end(
                cell_at(row, columns[Column.TIME]), cell_at(row, columns.get(Column.END))
            )
            times = _time_in_cell(time_cell)
            if times is None and time_cell is not None and not time_cell.is_empty:
                swapped = _swapped(row, columns[Column.TIME])
                if swapped is not None:
                    # "| Closing remarks | 16:45 - 17:00 |": the cells are in each other's place.
                    row = swapped
                    time_cell = cell_at(row, columns[Column.TIME])
                    times = _time_in_cell(time_cell)
                    warnings.append(
                        PageWarning(
                            time_cell.line if time_cell else table.line,
                            time_cell.column if time_cell else 1,
                            "this row's time is in another column: read as if the cells "
                            "were swapped",
                        )
                    )
            non_empty = [cell for cell in row if not cell.is_empty and cell is not date_cell]
            if times is None:
                if not non_empty:
                    continue
                if out and all(not _text_without_links(cell.content) for cell in non_empty):
                    extra = tuple(
                        link
                        for cell in non_empty
                        for link in _links(cell, None, warnings, base_url)
                    )
                    out[-1].links = out[-1].links + extra
                    continue
                only = " ".join(cell.content.text for cell in non_empty)
                year = day.date.year if day else year
                date = date_in(only, non_empty[0].line, non_empty[0].raw, year)
                numbered = _DAY_ROW.fullmatch(only) if len(non_empty) == 1 and first_day else None
                if numbered and first_day is not None:
                    # "**Day 2**": the program's second day, counted from its first.
                    date = first_day + dt.timedelta(days=int(numbered.group(1)) - 1)
                    day = Day(date, non_empty[0].line, None)
                    session, chair = None, None
                    warnings.append(
                        PageWarning(
                            non_empty[0].line,
                            non_empty[0].column,
                            f"{only!r} has no date: read as {date.isoformat()}, counted from the "
                            "program's first day",
                        )
                    )
                    continue
                if date is not None and len(non_empty) == 1 and is_only_date(only, year):
                    # A new day starts with no session: the last one of the day before has ended.
                    day = Day(date, non_empty[0].line, day.span if day else None)
                    session, chair = None, None
                    continue
                if len(non_empty) == 1 and is_break_label(only):
                    # "| | Break | |": no time, but no session either; it fills the gap
                    # between the items around it, if there is one.
                    if pending is not None:
                        _drop_untimed(pending[0], pending[1], warnings)
                    pending = (only, non_empty[0], out[-1] if out else None)
                    continue
                role = _ROLE_ROW.match(only)
                if role and out:
                    # "Panelists: A, B" / "Moderator: C" under a timed row: its people.
                    _add_people(
                        out, role.group("role"), role.group("names"), non_empty[0], warnings
                    )
                    continue
                if (
                    (time_cell is None or time_cell.is_empty)
                    and out
                    and _holds_papers(out[-1], row)
                ):
                    papers.append(_paper(row, columns, non_empty, warnings, base_url))
                    continue
                if len(non_empty) == 1 or all(cell.content.emphasized for cell in non_empty):
                    session, chair = _session_and_chair(only)
                    chair_cell = cell_at(row, columns.get(Column.CHAIR))
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
            title_cell = cell_at(row, columns.get(Column.TITLE))
            _check_nothing_left(
                time_cell, times, titled=title_cell is not None and not title_cell.is_empty
            )
            if _APPROXIMATELY.match(time_cell.content.text[: times.span[0]] or "-"):
                warnings.append(
                    PageWarning(
                        time_cell.line,
                        time_cell.column,
                        f"{time_cell.content.text!r} is a time given as about: read as written",
                    )
                )
            _attach(out, papers)
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
                    base_url=base_url,
                )
            )
        except PageError as error:
            if problems is None:
                raise
            problems.append(error)
    if pending is not None:
        _drop_untimed(pending[0], pending[1], warnings)
    _attach(out, papers)
    return out


_MODERATED = re.compile(
    r"\s*[(\[]\s*(?:moderated\s+by|moderator\s*:?|chaired\s+by|chair\s*:)\s*(?P<names>[^()\[\]]+)[)\]]\s*$",
    re.IGNORECASE,
)


#: "(15 mins)", "(20 mins + 5 mins Q&A)": how long, written after a title.
_DURATION = re.compile(
    r"\s*[(\[]\s*(?P<text>\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\b[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
)
#: "(Main Seminar Room)", "(Hall B)": where, written after a title.
_ROOM = re.compile(
    r"\s*[(\[]\s*(?P<text>[^()\[\]]*\b(?:room|hall|auditorium|theat(?:re|er)|building|lab|"
    r"lobby|foyer|atrium|ballroom|salon|suite|aula|lecture\s+theatre)\b[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
)


def _notes_in_title(title: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A title without the length and the room written after it, which are kept as extras."""
    noted: list[tuple[str, str]] = []
    for label, pattern in (("Duration", _DURATION), ("Room", _ROOM)):
        found = pattern.search(title)
        if found and title[: found.start()].strip():
            noted.insert(0, (label, found.group("text").strip()))
            title = title[: found.start()].rstrip(" ,;-–—")
    return title, tuple(noted)


#: An untimed row that names more people of the item above it.
_ROLE_ROW = re.compile(
    r"^\W*(?P<role>panel\s+speakers|panel(?:l)?ists?|speakers?|presenters?|moderators?|"
    r"moderated\s+by|chairs?|session\s+chairs?|discussants?|hosts?)\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)


def _add_people(
    out: list[Row], role: str, names: str, cell: Cell, warnings: list[PageWarning]
) -> None:
    found, _ = read_people(Cell(raw=names, line=cell.line, column=cell.column), None, warnings)
    above = out[-1]
    above.people = above.people + tuple(p for p in found if p not in above.people)
    if re.match(r"(?i)moderat|chair|host", role) and found:
        above.chair = ", ".join(p.name for p in found)


def _holds_papers(above: Row, row: Sequence[Cell]) -> bool:
    """Whether an untimed row under ``above`` is one of its papers.

    It is when the row above is a session of papers (its kind, or its title
    says so), or when the untimed row names its authors beside its title
    (two cells or more): a session's name stands alone in its row.
    """
    filled = [cell for cell in row if not cell.is_empty]
    return above.kind in (ItemKind.SESSION, ItemKind.POSTERS, ItemKind.CONTRIBUTED) or (
        len(filled) >= 2 and not all(cell.content.emphasized for cell in filled)
    )


def _paper(
    row: Sequence[Cell],
    columns: dict[Column, int],
    filled: list[Cell],
    warnings: list[PageWarning],
    base_url: str | None = None,
) -> Paper:
    """An untimed row under a session: a paper's title, its authors and links."""
    title_cell = cell_at(row, columns.get(Column.TITLE))
    speaker = cell_at(row, columns.get(Column.SPEAKER))
    affiliation = cell_at(row, columns.get(Column.AFFILIATION))
    if title_cell is None or title_cell.is_empty:
        title_cell = filled[0]
    people, _ = read_people(speaker, affiliation, warnings)
    title = _title_without_materials(title_cell.content)
    if not people and (speaker is None or speaker.is_empty):
        split = _speakers_in_title(title_cell, affiliation, [])
        if split is not None:
            title, people, _ = split
    links = tuple(link for cell in row for link in _links(cell, None, warnings, base_url))
    try:
        return Paper(title=title, people=people, links=links)
    except ProgramError as exc:
        raise PageError(str(exc), line=title_cell.line, column=title_cell.column) from None


def _listed_paper(content: Inline) -> Paper:
    """A paper listed inside a session's cell: its title, and its authors when written."""
    split = split_title(content)
    people: tuple[Person, ...] = ()
    title = _title_without_materials(content)
    if split is not None and split.names:
        people, _ = read_people(Cell(raw=split.names, line=1, column=1), None, [])
        title = split.title if people else title
    links = tuple(
        Link(kind=_link_kind(label, url, None), url=url)
        for label, url in content.links
        if re.match(r"https?://\S", url, re.IGNORECASE)
    )
    return Paper(title=title, people=people, links=links)


def _attach(out: list[Row], papers: list[Paper]) -> None:
    if papers and out:
        out[-1].papers = out[-1].papers + tuple(papers)
        if out[-1].kind is ItemKind.TALK and not out[-1].people:
            out[-1].kind = ItemKind.SESSION
    papers.clear()


def _only_a_time(text: str) -> bool:
    found = parse_time_range(text)
    if found is None:
        return False
    rest = text[: found.span[0]] + text[found.span[1] :]
    return not re.sub(r"[\s\-–—:|.]", "", rest)


def _swapped(row: Sequence[Cell], at: int) -> tuple[Cell, ...] | None:
    """The row with its time cell and the one cell that holds only a time exchanged."""
    only_times = [
        index for index, cell in enumerate(row) if index != at and _only_a_time(cell.content.text)
    ]
    if len(only_times) != 1 or at >= len(row):
        return None
    other = only_times[0]
    cells = list(row)
    cells[at], cells[other] = cells[other], cells[at]
    return tuple(cells)


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


def _minutes(clock: ClockTime) -> int:
    return clock.to_time().hour * 60 + clock.minute


def _untimed_break(
    label: str, cell: Cell, time_cell: Cell, before: Row | None, after: TimeRange, day: Day
) -> Row | None:
    """The break between the end of the item above and the start of the next one."""
    if before is None or before.times.end is None or before.day.date != day.date:
        return None
    start, end = before.times.end, after.start
    twelve = not (start.is_24h or end.is_24h or start.meridiem or end.meridiem)
    gap = (_minutes(end) - _minutes(start)) % (720 if twelve else 1440)
    if not 0 < gap <= 180:
        return None
    written = f"{_clock_text(start)} - {_clock_text(end)}"
    return Row(
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
    before = text[: times.span[0]] if times is not None else ""
    if times is not None and re.search(r"[^\W\d_]", _APPROXIMATELY.sub("", before)):
        return None  # "Session 2: Best of 2020": a name with a number, not a time
    return times


#: A row that only numbers a day of the program: "Day 2", "**Day 2**", "Day 2:".
_DAY_ROW = re.compile(r"\W*day\s*(\d{1,2})\W*", re.IGNORECASE)

#: "ca. 12.45", "approx. 17:00", "~ 9:00": a time given as about; read as written (warned).
_APPROXIMATELY = re.compile(
    r"^\s*(?:ca\.?|circa|approx\.?|approximately|about|around|~)\s*$", re.IGNORECASE
)


#: Words after a time that only say it again ("12:00 noon", "9:00 sharp", "18:00 local time").
_RESTATED = re.compile(
    r"^\s*(?:noon|midday|midnight|sharp|local(?:\s+time)?|hrs?|h)\b\.?", re.IGNORECASE
)


def _check_nothing_left(time_cell: Cell, times: TimeRange, titled: bool) -> None:
    """A time cell is read whole or refused.

    Whatever stands before the time ("25:99 - 11:30": the reader would have read
    11:30 as the start) or after it ("10:30 - 10:75", "11:00 - 11:30 tbc") that is
    not read is an error naming the cell.  Words after the time are the item's
    title only in a row with no title of its own ("| 10:00 Coffee | |").
    """
    text = time_cell.content.text
    before = text[: times.span[0]]
    if re.search(r"\w", _APPROXIMATELY.sub("", before)):
        raise PageError(
            f"could not read {before.strip()!r} before the time "
            f"{text[times.span[0] : times.span[1]]!r}",
            line=time_cell.line,
            column=time_cell.column,
            text=time_cell.raw,
            expected="one time or one range such as '10:30 - 11:00'",
        )
    after = _RESTATED.sub("", _without_pictographs(text[times.span[1] :])).strip(" *†‡§.,;:|")
    left = unread_time(text, times)
    if left is None and titled and re.search(r"\w", after):
        left = after
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


def _absolute(url: str, base_url: str | None) -> str:
    """A relative link ("slides/a.pdf") against the page's own address, when it is known."""
    if base_url is None or re.match(r"[a-z][a-z0-9+.-]*:", url, re.IGNORECASE):
        return url
    if url.startswith("#"):
        return url
    return urljoin(base_url, url)


def _links(
    cell: Cell, column: Column | None, warnings: list[PageWarning], base_url: str | None
) -> tuple[Link, ...]:
    """A cell's http(s) links; any other link is left out, and said, but a link in the page.

    A feed reaches readers who never see the page: a relative link ("slides.pdf")
    has no site to be relative to there, and ``javascript:`` or ``data:`` links
    must not reach a calendar at all.
    """
    links: list[Link] = []
    for label, written in cell.content.links:
        url = _absolute(written, base_url)
        try:
            if re.match(r"https?://", url, re.IGNORECASE):
                links.append(Link(kind=_link_kind(label, url, column), url=url))
                continue
        except ProgramError:
            pass
        if url.startswith("#") or not url.strip():
            continue
        warnings.append(
            PageWarning(
                cell.line,
                cell.column,
                f"link {label!r} to {url[:80]!r} left out: only http(s) links with a host "
                "go into a feed",
            )
        )
    return tuple(links)


#: What a Kind column's cell says: each kind by its value or label, and the words pages use.
_KIND_WORDS = {
    **{name: kind for kind in ItemKind for name in (kind.value, kind.label.lower())},
    "invited talk": ItemKind.INVITED,
    "keynote talk": ItemKind.KEYNOTE,
    "paper": ItemKind.CONTRIBUTED,
    "opening": ItemKind.REMARKS,
    "closing": ItemKind.REMARKS,
    "welcome": ItemKind.REMARKS,
    "meal": ItemKind.BREAK,
    "lunch": ItemKind.BREAK,
    "coffee": ItemKind.BREAK,
    "poster": ItemKind.POSTERS,
    "hackathon": ItemKind.ACTIVITY,
    "tutorial": ItemKind.ACTIVITY,
}


def _read_row(
    row: Sequence[Cell],
    columns: dict[Column, int],
    unknown: list[tuple[int, str]],
    time_cell: Cell,
    times: TimeRange,
    day: Day,
    session: str | None,
    chair: str | None,
    warnings: list[PageWarning],
    *,
    header_pairs: bool = False,
    base_url: str | None = None,
) -> Row:
    speaker = cell_at(row, columns.get(Column.SPEAKER))
    affiliation = cell_at(row, columns.get(Column.AFFILIATION))
    title_cell = cell_at(row, columns.get(Column.TITLE))
    abstract_cell = cell_at(row, columns.get(Column.ABSTRACT))
    if (title_cell is None or title_cell.is_empty) and abstract_cell and not abstract_cell.is_empty:
        # "| 09:00 | | Jane Doe: *Title* |" under "| Time | Event | Description |".
        title_cell, abstract_cell = abstract_cell, None
    title = _title_without_materials(title_cell.content) if title_cell else ""
    people, labelled = read_people(speaker, affiliation, warnings, header_pairs=header_pairs)
    split_kind: ItemKind | None = None
    if title_cell is not None and not people and (speaker is None or speaker.is_empty):
        in_title = _speakers_in_title(title_cell, affiliation, warnings)
        if in_title is not None:
            title, people, split_kind = in_title
    if title_cell is not None and split_kind is None:
        labelled_title = split_title(title_cell.content)
        if labelled_title is not None and not labelled_title.names and labelled_title.kind:
            # "(Invited Talk 1) Title", "Panel 1: *Title*": the label says the kind.
            title, split_kind = labelled_title.title, labelled_title.kind
    column_of = {index: column for column, index in columns.items()}
    profiles = {person.profile for person in people if person.profile}
    speakers = {person.name for person in people}
    links: list[Link] = []
    for index, cell in enumerate(row):
        column = column_of.get(index)
        for link in _links(cell, column, warnings, base_url):
            named = {url for label, url in cell.content.links if label in speakers}
            if link.url in profiles and (column is Column.SPEAKER or link.url in named):
                continue  # a speaker's page (a name linked anywhere), kept with the speaker
            links.append(link)
    session_cell = cell_at(row, columns.get(Column.SESSION))
    if session_cell is not None and not session_cell.is_empty:
        session, chair = _session_and_chair(session_cell.content.text)
    chair_cell = cell_at(row, columns.get(Column.CHAIR))
    if chair_cell is not None and not chair_cell.is_empty:
        chair = chair_cell.content.text
    extra = tuple(
        (name, cell.content.text)
        for index, name in unknown
        if (found := cell_at(row, index)) is not None and found.content.text
        for cell in (found,)
    )
    kind_cell = cell_at(row, columns.get(Column.KIND))
    stated_kind = _KIND_WORDS.get(kind_cell.content.text.strip().lower()) if kind_cell else None
    stated_kind = stated_kind or split_kind
    abstract = abstract_cell.content.text if abstract_cell and not abstract_cell.is_empty else None
    if title_cell is not None and title_cell.content.hidden:
        abstract = "\n\n".join(filter(None, [abstract, title_cell.content.hidden]))
    title, noted = _notes_in_title(title)
    extra = extra + noted
    moderated = _MODERATED.search(title)
    if moderated:
        # "Panel discussion (moderated by Jane Doe)": the moderator is one of its people.
        title = title[: moderated.start()].rstrip()
        moderators, _ = read_people(
            Cell(raw=moderated.group("names"), line=time_cell.line, column=time_cell.column),
            None,
            warnings,
        )
        people = people + moderators
        chair = ", ".join(p.name for p in moderators) or chair

    listed = tuple(_listed_paper(item) for item in title_cell.content.items) if title_cell else ()

    def made(kind: ItemKind, title: str, people: tuple[Person, ...]) -> Row:
        if listed and kind is ItemKind.TALK and not people and not stated_kind:
            kind = ItemKind.SESSION  # a title with its papers listed under it
        return Row(
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
            papers=listed,
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
        return made(kind_of(label, labelled, ()), label, ())
    if not title:
        # A break label that landed in the speaker column ("LUNCH"), or a talk with no title.
        names = " ".join(p.name for p in people)
        if BREAK_WORDS.search(names) and not any(p.profile or p.affiliation for p in people):
            label = speaker.content.text if speaker is not None else names
            return made(ItemKind.BREAK, label, ())
        if not labelled and stated_kind is None:
            warnings.append(
                PageWarning(time_cell.line, time_cell.column, "this row has a speaker but no title")
            )
        title = ", ".join(p.name for p in people)
    elif _is_event_label(people):
        # "| Poster session | | Posters from accepted papers |": the speaker column
        # says what the row is, not who speaks.
        names = people[0].name
        kind = ItemKind.BREAK if is_break_label(names) else kind_of(title, labelled, ())
        return made(kind, title, ())
    return made(kind_of(title, labelled, people), title, people)


_EVENT_WORDS = re.compile(
    r"(?:\b(?:poster|posters|session|sessions|award|awards|ceremony|lightning|talks?|keynote|"
    r"panel|discussion|registration|break|coffee|lunch|breakfast|dinner|reception|q&a|qa|"
    r"demos?|tutorial|networking|social|opening|closing|remarks|welcome|and|&)\b|[\s/+,&-])+",
    re.IGNORECASE,
)


def _is_event_label(people: tuple[Person, ...]) -> bool:
    """Whether the speaker cell only names a kind of event ("Poster session", "Awards")."""
    return (
        len(people) == 1
        and not people[0].profile
        and not people[0].affiliation
        and bool(_EVENT_WORDS.fullmatch(people[0].name))
    )


_NAME_WORD = r"[^\W\d_][\w.'’-]*"


_NAMES_LINE = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
    rf"(?:\s*(?:,|;|\band\b|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})*"
    r"\s*\([^()]+\)"
)


def _speakers_in_title(
    cell: Cell, affiliation: Cell | None, warnings: list[PageWarning]
) -> tuple[str, tuple[Person, ...], ItemKind | None] | None:
    """ "**Invited Talk**: Jane Doe (*MIT*)", "Keynote by [Jane Doe](url)<br>*Title*": the
    speakers the title cell names, its title, and the kind its label gives (see ``_titles``)."""
    split = split_title(cell.content)
    if split is None:
        return None
    links = tuple(
        (label, url) for label, url in cell.content.links if label and label in split.names
    )
    names = Cell(
        raw=split.names,
        line=cell.line,
        column=cell.column,
        content=Inline(text=split.names, links=links, lines=(split.names,)),
    )
    people, _ = read_people(names, affiliation, warnings)
    if not people:
        return None
    shared = people[-1].affiliation
    if shared and all(p.affiliation is None for p in people[:-1]) and split.names.endswith(")"):
        # "Ann Lee, Bob Ray (TU Munich)": an affiliation written once is everyone's.
        people = tuple(attrs.evolve(p, affiliation=shared) for p in people)
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"read {', '.join(p.name for p in people)} as the speaker"
            f"{'s' if len(people) > 1 else ''} of {split.title!r}, from the title cell",
        )
    )
    return split.title, people, split.kind


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
        return _without_pictographs(text)
    text = re.sub(r"[(\[]\s*(?:[,;/|·•]\s*)*[)\]]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;|/·•-–—")
    return _without_pictographs(text or content.text)


def _without_pictographs(text: str) -> str:
    """ "Coffee break 🏰", "Invited talk 🎥": the pictographs decorate, they do not title."""
    if text.isascii():
        return text
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cn"))
    return " ".join(kept.split()).strip(" |·•") or text


def _time_cell_rest(text: str, times: TimeRange) -> str:
    """What a time cell says besides its time ("10:00 Coffee")."""
    rest = text[: times.span[0]] + text[times.span[1] :]
    return rest.strip(" -–—:|,")
