"""A program table read row by row into :class:`~._records.Row`.

What a row means depends on the rows above it: the day a date row or date
cell started, the session a session row named, the timed row an untimed row
belongs to (its papers, more of its people), an untimed break waiting for
the next item's start.  That is the table's state, carried from one row to
the next in :class:`_Table`; each row is read by :func:`_read_row_of`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import PageError
from ..model import ItemKind, Link, Paper
from ._blocks import Cell, at_cell
from ._bracket_names import names_in_brackets
from ._cell_links import cell_links, link_kind, text_without_links
from ._clock import TimeRange, parse_time_range
from ._colon_names import surnames_before_colons
from ._columns import Column, cell_at, header_name_is_a_place
from ._dash_names import known_names_after_dash
from ._date_words import weekday_before
from ._dates import date_in, is_only_date, next_weekday, weekday_only
from ._kind_labels import kind_of_label
from ._kinds import is_break_label
from ._name_titles import names_as_titles
from ._names_below import TALKS, names_below_titles
from ._nobody import to_be_announced
from ._people import read_people
from ._pipes import is_delimiter_row
from ._records import Day, PageWarning, Row, Schedule
from ._row import names_beside_slot_labels, read_row, speakers_of_the_table
from ._time_cell import (
    check_nothing_left,
    ends_on_a_dash,
    is_approximate,
    spaced_range,
    swapped,
    time_in_cell,
    with_end,
)
from ._timetables import names_a_track, spanned_rows_joined
from ._title_marks import cancelled
from ._title_text import MATERIAL_LABEL
from ._titles import one_person_and_where, split_title
from ._unnamed_columns import columns_beside_titles
from ._untimed import (
    DAY_ROW,
    ROLE_ROW,
    add_people,
    attach,
    drop_untimed,
    holds_papers,
    is_only_a_chair,
    paper,
    said_of_the_item_above,
    session_and_chair,
    titles_said_below,
    untimed_break,
)
from ._with_names import names_after_with

__all__ = ["read_table"]


@attrs.define
class _Table:
    """What reading a table carries from one row to the next."""

    schedule: Schedule
    warnings: list[PageWarning]
    base_url: str | None
    #: The day the rows are on, and the year of dates written without one.
    day: Day | None
    year: int | None
    #: The program's first day, from which "Day 2" is counted.
    first_day: dt.date | None
    session: str | None = None
    chair: str | None = None
    #: An untimed break row waiting for the next item's start: its label, its cell, and
    #: the index in ``out`` of the item above it.
    pending: tuple[str, Cell, int | None] | None = None
    #: Untimed rows under the last timed row, read as its papers.
    papers: list[Paper] = attrs.Factory(list)
    #: The rows read so far; the last one is replaced as the rows under it add to it.
    out: list[Row] = attrs.Factory(list)
    #: The table names its speakers in its Title column beside slots' labels.
    names_in_titles: bool = False
    #: What the table's Speaker column says on its rows (``speakers_of_the_table``).
    speakers: frozenset[str] = frozenset()
    #: The untimed "Title:" rows that title the item above them (``titles_said_below``).
    titles_below: frozenset[int] = frozenset()

    def attach_papers(self) -> None:
        """The papers read so far are the last timed row's."""
        if self.out:
            self.out[-1] = attach(self.out[-1], self.papers)
        self.papers.clear()


def read_table(
    schedule: Schedule,
    day: Day | None,
    warnings: list[PageWarning],
    *,
    year: int | None = None,
    base_url: str | None = None,
    problems: list[PageError] | None = None,
    habits: set[str] | None = None,
) -> list[Row]:
    """The rows of a table; ``year`` is the year of dates written without one, when no day
    above the table gives it; ``base_url`` the page's own address, for its relative links;
    ``habits`` what the page's tables above showed of how it writes its speakers.

    With ``problems``, a row that cannot be read is said there and left out, and the
    rest are still read; without, the first raises.
    """
    schedule = columns_beside_titles(schedule)
    schedule = attrs.evolve(schedule, table=spanned_rows_joined(schedule.table, schedule.layout))
    _warn_columns(schedule, warnings)
    schedule = _last_time_alone_ends(schedule, warnings)
    state = _Table(
        schedule,
        warnings,
        base_url,
        day,
        year,
        day.date if day else None,
        names_in_titles=names_beside_slot_labels(schedule.table.rows, schedule.layout.columns),
        speakers=speakers_of_the_table(schedule.table.rows, schedule.layout.columns),
        titles_below=titles_said_below(
            schedule.table.rows, schedule.layout.columns.get(Column.TIME)
        ),
    )
    for row in schedule.table.rows:
        try:
            _read_row_of(state, row)
        except PageError as error:
            if problems is None:
                raise
            problems.append(error)
    if state.pending is not None:
        drop_untimed(state.pending[0], state.pending[1], warnings)
    state.attach_papers()
    rows = names_in_brackets(
        names_as_titles(state.out, schedule.layout, warnings), warnings, habits
    )
    rows = surnames_before_colons(rows, warnings)
    title_cells = {
        cell.line: cell
        for row in schedule.table.rows
        if (cell := schedule.layout.cell(row, Column.TITLE)) is not None
    }
    rows = names_below_titles(rows, title_cells, warnings)
    return known_names_after_dash(names_after_with(rows, warnings), warnings)


def _warn_columns(schedule: Schedule, warnings: list[PageWarning]) -> None:
    """Each column read by its cells, or kept as extra text, said once for the table."""
    table = schedule.table
    for index, what in schedule.layout.inferred:
        cell = table.header[index] if index < len(table.header) else table.rows[0][0]
        named = f"column {index + 1}"
        if index < len(table.header) and table.header[index].content.text:
            named += f" ({table.header[index].content.text!r})"
        warnings.append(PageWarning(cell.line, cell.column, f"read {named} as {what}"))
    tracks = [(index, name) for index, name in schedule.layout.unknown if names_a_track(name)]
    if len(tracks) > 1:
        # "| Time | Track 1 | Track 2 | Track 3 | Events |": tracks the table's other columns
        # kept from being read side by side; their talks are no extra text of track 1's.
        index, _ = tracks[0]
        raise PageError(
            f"the columns {', '.join(repr(name) for _, name in tracks)} name tracks side by "
            "side, which this table's other columns keep from being read as tracks",
            line=table.header[index].line,
            column=table.header[index].column,
            expected="a header of a time column and one column per track (| Time | Track 1 "
            "| Track 2 |), or one table per track",
        )
    for index, name in schedule.layout.unknown:
        cell = table.header[index] if index < len(table.header) else table.rows[0][0]
        warnings.append(
            PageWarning(cell.line, cell.column, f"unknown column {name!r}: kept as extra text")
        )


def _last_time_alone_ends(schedule: Schedule, warnings: list[PageWarning]) -> Schedule:
    """``schedule`` with a last row of a time and nothing else (``| 17:00 | | |`` under
    start times) read as the day's end, as ``| 17:00 | End |`` is (warned): the time the
    item above it ends, no item of its own."""
    rows = schedule.table.rows
    columns = schedule.layout.columns
    title, time = columns.get(Column.TITLE), columns.get(Column.TIME)
    if len(rows) < 2 or title is None or time is None:
        return schedule
    last = rows[-1]
    written = parse_time_range(last[time].content.text) if time < len(last) else None
    if not (
        title < len(last)
        and written is not None
        and written.end is None  # "| 16:00 - 17:00 | | |" lasts an hour: of what, no one says
        and all(cell.is_empty for index, cell in enumerate(last) if index != time)
    ):
        return schedule
    cell = last[title]
    warnings.append(
        PageWarning(
            last[time].line,
            last[time].column,
            f"the last row holds the time {last[time].content.text!r} and nothing else: read "
            "as the end of the item above it",
        )
    )
    ended = tuple(
        Cell(raw="End", line=cell.line, column=cell.column) if index == title else kept
        for index, kept in enumerate(last)
    )
    return attrs.evolve(schedule, table=attrs.evolve(schedule.table, rows=(*rows[:-1], ended)))


def _read_row_of(state: _Table, row: Sequence[Cell]) -> None:
    """One row of the table: a date cell, then a timed row, or an untimed one."""
    if all(cell.is_empty for cell in row) or is_delimiter_row(row):
        return  # "| ----- | ----- |" again between a table's rows: a rule, no row
    columns = state.schedule.layout.columns
    date_cell = cell_at(row, columns.get(Column.DATE))
    if date_cell is not None and not date_cell.is_empty:
        day = state.day
        state.year = day.date.year if day else state.year
        date = date_in(date_cell.content.text, date_cell.line, date_cell.raw, state.year)
        numbered = DAY_ROW.fullmatch(date_cell.content.text) if date is None else None
        if numbered is not None and state.first_day is not None:
            # "| **Day 2** | ... |" in a Day column: counted from the program's first day.
            date = state.first_day + dt.timedelta(days=int(numbered.group(1)) - 1)
            if day is None or date != day.date:
                state.warnings.append(
                    PageWarning(
                        date_cell.line,
                        date_cell.column,
                        f"{date_cell.content.text.strip()!r} has no date: read as "
                        f"{date.isoformat()}, counted from the program's first day",
                    )
                )
        if date is None and day is not None and weekday_only(date_cell.content.text):
            # "| Thu | 09:15 | ..." under "| Wed | 09:00 | ...": the next such weekday.
            date = next_weekday(day.date, date_cell.content.text)
            state.warnings.append(
                PageWarning(
                    date_cell.line,
                    date_cell.column,
                    f"{date_cell.content.text.strip()!r} has no date: read as "
                    f"{date.isoformat()}, the first such day on or after {day.date.isoformat()}",
                )
            )
        if date is not None and (day is None or date != day.date):
            state.day = Day(date, date_cell.line, day.span if day else None)
    at = columns[Column.TIME]
    if at < len(row) and _DASHES.fullmatch(row[at].content.text):
        # "| ----- ----- | Poster 1-1: Title |" under a session's row: no time of its own,
        # said with dashes (as "| - | Title |" and an empty cell say it).
        row = [*row[:at], Cell(raw="", line=row[at].line, column=row[at].column), *row[at + 1 :]]
    time_cell = with_end(cell_at(row, at), cell_at(row, columns.get(Column.END)))
    spaced = spaced_range(time_cell)
    if spaced is not None and time_cell is not None:
        state.warnings.append(
            PageWarning(
                spaced.line,
                spaced.column,
                f"read {time_cell.content.text.strip()!r} as {spaced.raw!r}: two times with "
                f"{'a colon' if time_cell.content.text.count(':') == 3 else 'nothing'} "
                "between them are the row's start and end",
            )
        )
        time_cell = spaced
    times = time_in_cell(time_cell)
    if times is None and time_cell is not None:
        # An empty time cell too: "| 10:00 - 10:30 | | Coffee |" under a header whose Time
        # and Speaker are in each other's place is a timed row, never an untimed one.
        exchanged = swapped(row, columns[Column.TIME], columns.get(Column.END))
        if exchanged is not None:
            # "| Closing remarks | 16:45 - 17:00 |": the cells are in each other's place.
            row = exchanged
            time_cell = cell_at(row, columns[Column.TIME])
            times = time_in_cell(time_cell)
            state.warnings.append(
                PageWarning(
                    time_cell.line if time_cell else state.schedule.table.line,
                    time_cell.column if time_cell else 1,
                    "this row's time is in another column: read as if the cells were swapped",
                )
            )
    if times is None:
        filled = [cell for cell in row if not cell.is_empty and cell is not date_cell]
        if filled:
            _untimed_row(state, row, time_cell, filled)
        return
    assert time_cell is not None
    weekday = weekday_before(time_cell.content.text[: times.span[0]])
    if weekday is not None and state.day is not None and state.day.date.weekday() != weekday:
        # "| Day 2 | ... | Wed 1:00 pm |" on a Thursday: the page says two days for one row.
        raise PageError(
            f"the time cell says {time_cell.content.text[: times.span[0]].strip()!r}, but "
            f"the row's day is {state.day.date:%A %B %d, %Y}",
            line=time_cell.line,
            column=time_cell.column,
            text=time_cell.raw,
            expected="the weekday of the row's day, or none",
        )
    _timed_row(state, row, time_cell, times)


def _titles_a_link(cell: Cell) -> bool:
    """Whether the cell is a paper written as links: a first line whose link's label is a
    title of three words or more, its authors on the lines under it ("[**Typed Views over
    Tables**](a.pdf)<br>[Ann Lee](b)"); "[Watch the recording](url)" alone is a link."""
    lines = cell.content.lines
    return len(lines) >= 2 and any(
        label.strip() == lines[0].strip()
        and len(label.split()) >= 3
        and not MATERIAL_LABEL.fullmatch(label)
        for label, _ in cell.content.links
    )


def _untimed_row(
    state: _Table, row: Sequence[Cell], time_cell: Cell | None, filled: list[Cell]
) -> None:
    """A row without a time: links or people of the item above, a day, a break, a paper,
    a session's name; anything else is an error."""
    out, warnings = state.out, state.warnings
    columns = state.schedule.layout.columns
    if (
        out
        and all(not text_without_links(cell.content) for cell in filled)
        and not any(_titles_a_link(cell) for cell in filled)
    ):
        extra = tuple(
            link for cell in filled for link in cell_links(cell, None, warnings, state.base_url)
        )
        out[-1] = attrs.evolve(out[-1], links=out[-1].links + extra)
        return
    only = " ".join(cell.content.text for cell in filled)
    state.year = state.day.date.year if state.day else state.year
    date = date_in(only, filled[0].line, filled[0].raw, state.year)
    numbered = DAY_ROW.fullmatch(only) if len(filled) == 1 and state.first_day else None
    if numbered and state.first_day is not None:
        # "**Day 2**": the program's second day, counted from its first.
        date = state.first_day + dt.timedelta(days=int(numbered.group(1)) - 1)
        state.day = Day(date, filled[0].line, None)
        state.session, state.chair = None, None
        warnings.append(
            PageWarning(
                filled[0].line,
                filled[0].column,
                f"{only!r} has no date: read as {date.isoformat()}, counted from the "
                "program's first day",
            )
        )
        return
    # "| Day 1 | Tuesday, February 15 |": a day's label beside its date says no more.
    dated = [cell for cell in filled if not DAY_ROW.fullmatch(cell.content.text)]
    if (
        date is not None
        and len(dated) == 1
        and len(filled) <= 2
        and is_only_date(dated[0].content.text, state.year)
    ):
        # A new day starts with no session: the last one of the day before has ended.
        state.day = Day(date, filled[0].line, state.day.span if state.day else None)
        state.session, state.chair = None, None
        return
    lines = dated[0].content.lines if len(dated) == 1 else ()
    first_line = lines[0] if lines else ""
    if (
        len(filled) <= 2
        and len(lines) > 1
        and is_only_date(first_line, state.year)
        and (day_date := date_in(first_line, dated[0].line, dated[0].raw, state.year))
    ):
        # "| **Day 1** | **2020-07-27** <br> *Single-cell RNA-seq* |": the day, and the
        # name of what it is given to (each item's session) on the lines under its date.
        state.day = Day(day_date, filled[0].line, state.day.span if state.day else None)
        state.session = " ".join(lines[1:]).strip() or None
        state.chair = None
        return
    if len(filled) == 1 and is_break_label(only):
        # "| | Break | |": no time, but no session either; it fills the gap
        # between the items around it, if there is one.
        if state.pending is not None:
            drop_untimed(state.pending[0], state.pending[1], warnings)
        state.pending = (only, filled[0], len(out) - 1 if out else None)
        return
    fields = (
        said_of_the_item_above(
            out[-1], only, filled[0], warnings, titles=id(row) in state.titles_below
        )
        if len(filled) == 1 and out and not state.papers
        else None
    )
    if fields is not None:
        out[-1] = fields
        return
    role = ROLE_ROW.match(only)
    if role and out:
        # "Panelists: A, B" / "Moderator: C" under a timed row: its people.
        out[-1] = add_people(out[-1], role.group("role"), role.group("names"), filled[0], warnings)
        return
    if (time_cell is None or time_cell.is_empty) and out and _in_another_room(state, row):
        # "| | Garratt 2 | Second talk |" under "| 10:30 | Garratt 1 | First talk |": the
        # same slot in another room, not a paper of the talk above.
        above = out[-1]
        warnings.append(
            PageWarning(
                filled[0].line,
                filled[0].column,
                f"this row has no time but another room than line {above.line}: read as a "
                f"parallel item at its time",
            )
        )
        _timed_row(state, row, above.time_cell, above.times)
        return
    if (time_cell is None or time_cell.is_empty) and out and holds_papers(out[-1], row):
        state.papers.append(paper(row, columns, filled, warnings, state.base_url))
        return
    if (
        (time_cell is None or time_cell.is_empty)
        and out
        # A list's nested lines are read by the lines' own rules (a talk with no time
        # there is an error, as it was).
        and state.schedule.table.source != "lines"
        and _a_talk_of_the_slot(out[-1], filled)
    ):
        # "| 10:30 - 11:10 | **Title A** - Ann Lee |" over "| | **Title B** - Bo Ray |":
        # the slot's second talk, which had named the session of the rows that follow,
        # the talk itself lost.
        warnings.append(
            PageWarning(
                filled[0].line,
                filled[0].column,
                f"{only.strip()!r} has no time of its own: read as a talk in the slot of "
                f"{out[-1].title!r} (line {out[-1].line}), listed among its papers",
            )
        )
        state.papers.append(paper(row, columns, filled, warnings, state.base_url))
        return
    if (
        len(filled) == 1
        and filled[0].content.emphasized
        and (time_cell is None or time_cell.is_empty)
        and out
        and not out[-1].people
        and out[-1].kind in TALKS
        and not state.papers
        and filled[0].line == out[-1].line + 1
        and one_person_and_where(only.strip())
    ):
        # "Keynote: <a>Securing Pipelines</a>", then "<dd><em>Ann Lee, Example
        # University</em></dd>": who gives the talk above, on the very next line.
        said = Cell(raw=only.strip(), line=filled[0].line, column=filled[0].column)
        speakers, _ = read_people(said, None, warnings)
        if speakers:
            out[-1] = attrs.evolve(out[-1], people=speakers)
            warnings.append(
                PageWarning(
                    filled[0].line,
                    filled[0].column,
                    f"read {only.strip()!r}, in italics under it, as the speaker of "
                    f"{out[-1].title!r} on line {out[-1].line}",
                )
            )
            return
    if (
        len(filled) == 1
        and filled[0].content.emphasized
        and (time_cell is None or time_cell.is_empty)
        and out
        and out[-1].people
        and kind_of_label(out[-1].title) is not None
        and kind_of_label(only) is None
        and not state.papers
    ):
        # "| 09:00 - 09:40 | Keynote: **Ann Lee** |", then "| | *Title of the talk*": the
        # keynote's title on the row under it, never the name of the session that follows.
        named_above = out[-1].people
        if (
            len(named_above) == 1
            and named_above[0].profile
            and not named_above[0].affiliation
            and one_person_and_where(only.strip())
        ):
            # "Keynote: [Securing Pipelines](url)", then "*Ann Lee, Example University*":
            # the name above was the talk's title (in a link); the line under it says who
            # gives it.
            said = Cell(raw=only.strip(), line=filled[0].line, column=filled[0].column)
            speakers, _ = read_people(said, None, warnings)
            if speakers:
                warnings[:] = [
                    warning
                    for warning in warnings
                    if not (
                        warning.line == out[-1].line
                        and warning.message.startswith(f"read {named_above[0].name} as the speaker")
                    )
                ]
                url = named_above[0].profile
                talks = (
                    (Link(kind=link_kind(named_above[0].name, url, None), url=url),) if url else ()
                )
                out[-1] = attrs.evolve(
                    out[-1],
                    title=named_above[0].name,
                    people=speakers,
                    links=(*talks, *out[-1].links),
                )
                warnings.append(
                    PageWarning(
                        filled[0].line,
                        filled[0].column,
                        f"read {only.strip()!r}, in italics under it, as the speaker of "
                        f"{named_above[0].name!r}, the linked title on line {out[-1].line}",
                    )
                )
                return
        out[-1] = attrs.evolve(out[-1], title=only.strip())
        warnings.append(
            PageWarning(
                filled[0].line,
                filled[0].column,
                f"read {only.strip()!r}, in italics under it, as the title of the talk on "
                f"line {out[-1].line}",
            )
        )
        return
    if len(filled) == 1 and _a_talk_and_its_speaker(filled[0]):
        # "| _Title_ <br />**Ann Lee**, Example Lab |" under a timed row that holds no
        # papers: a talk without a time, never the name of the session that follows.
        raise PageError(
            "this row names a talk and its speaker but has no time",
            line=filled[0].line,
            column=filled[0].column,
            text=filled[0].raw,
            expected="a time for each talk, or its session's row above it with a time "
            "that holds its papers ('11:20 - 12:00 | Lightning Talks')",
            code="cut",
        )
    rest = [cell for cell in filled if cell is not time_cell]
    if (
        time_cell is not None
        and rest
        and len(rest) < len(filled)
        and _PART_OF_DAY.fullmatch(time_cell.content.text)
        and all(cell.content.emphasized for cell in rest)
        and _timed_next(state, row)
    ):
        # "| Morning | **What can we do with distant reading?** |": the part of the day the
        # timed rows under it fill, and its theme: their session, no item of its own.
        filled, only = rest, " ".join(cell.content.text for cell in rest)
    if (
        len(filled) == 1
        or all(cell.content.emphasized for cell in filled)
        or _named_with_its_chair(filled)
    ):
        state.session, state.chair = session_and_chair(only)
        chair_cell = cell_at(row, columns.get(Column.CHAIR))
        if chair_cell is not None and not chair_cell.is_empty:
            state.session = (
                " ".join(c.content.text for c in filled if c is not chair_cell) or state.session
            )
            state.chair = chair_cell.content.text
        return
    if len(filled) == 2 and to_be_announced(filled[1].content.text):
        # "| Social events | *TBA* |": something to come, of no time yet: no item.
        warnings.append(
            PageWarning(
                filled[0].line,
                filled[0].column,
                f"{only!r} has no time, only that it is to be announced: left out",
            )
        )
        return
    where = time_cell if time_cell is not None and not time_cell.is_empty else row[0]
    raise at_cell(
        where, "expected a time in this row", expected="a time such as '10:50 - 11:00' or '4 pm'"
    )


#: A part of the day written where a row's time goes: "Morning", "Afternoon session", "PM".
#: A time cell of dashes alone ("-", "----- -----"): the row has no time.
_DASHES = lazy_compile(r"[\s\-–—]*[-–—][\s\-–—]*")
_PART_OF_DAY = lazy_compile(
    r"[\s*_]*(?:morning|afternoon|evening|a\.?m\.?|p\.?m\.?)(?:\s+session)?[\s*_:]*",
    re.IGNORECASE,
)


#: Words of a session's name or its chair, never of a talk's line.
_SESSION_WORDS = lazy_compile(
    r"\b(?:sessions?|chairs?|track|part|day|talks|presentations|papers|posters|orals|"
    r"spotlights|lightning|panel|keynotes?|tutorials?|demos)\b",
    re.IGNORECASE,
)


def _a_talk_of_the_slot(above: Row, filled: Sequence[Cell]) -> bool:
    """Whether an untimed row of one cell is a talk and its speaker ("**Title B** - Bo
    Ray") under a timed talk: a second talk in that slot."""
    if len(filled) != 1 or above.kind not in TALKS:
        return False
    content = filled[0].content
    if _SESSION_WORDS.search(content.text) or kind_of_label(
        content.text.split(" - ")[0].split(" -- ")[0].strip(" *_")
    ):
        return False
    # The title set apart in bold or as a link, as a talk's line writes it (a plain
    # sentence under an item is what happens there; a linked name, "[Ann Lee](url),
    # Executive Director", who speaks at the item above).
    set_apart = " ".join(
        " ".join(run.text for run in content.runs if run.strong or run.href).split()
    )
    split = split_title(content)
    return (
        split is not None
        and bool(split.names)
        and bool(split.title)
        and " ".join(split.title.split()).strip(' *_"“”') == set_apart.strip(' *_"“”')
    )


def _timed_next(state: _Table, row: Sequence[Cell]) -> bool:
    """Whether the table's next row with text has a clock time ("| morning | **Warm-up** |"
    over "| morning | **Keynote** |" is an item at a time the page does not give)."""
    rows = state.schedule.table.rows
    at = next((index for index, each in enumerate(rows) if each is row), len(rows))
    column = state.schedule.layout.columns[Column.TIME]
    for after in rows[at + 1 :]:
        if all(cell.is_empty for cell in after):
            continue
        return time_in_cell(cell_at(after, column)) is not None
    return False


def _a_talk_and_its_speaker(cell: Cell) -> bool:
    """Whether a cell is a talk's title and its speaker apart on two lines, the speaker
    set apart in bold or linked ("_Title_<br>**Ann Lee**, Example Lab")."""
    split = split_title(cell.content)
    return (
        len(cell.content.written_lines) == 2
        and split is not None
        and bool(split.names)
        and split.label is None
        and bool(cell.content.links or any(run.strong for run in cell.content.runs))
    )


def _in_another_room(state: _Table, row: Sequence[Cell]) -> bool:
    """Whether an untimed row names a room, under a "Room" (or "Location") header, other
    than the room of the timed row above it, which names one too.

    Not under a session of papers or posters (its papers are on boards, or given
    remotely), and not a way of taking part ("remote", "Room 101 (and Zoom)").
    """
    last = state.out[-1]
    if last.kind in (ItemKind.SESSION, ItemKind.POSTERS, ItemKind.CONTRIBUTED):
        return False
    above = dict(last.extra)
    for index, name in state.schedule.layout.unknown:
        if not header_name_is_a_place(name) or name not in above:
            continue
        cell = cell_at(row, index)
        if cell is None or cell.is_empty:
            continue
        here, there = cell.content.text.casefold(), above[name].casefold()
        if here in there or there in here or _A_WAY_TO_TAKE_PART.search(f"{here} {there}"):
            continue
        return True
    return False


#: Not a room but how one attends: "in person", "remote", "online", "Zoom".
_A_WAY_TO_TAKE_PART = lazy_compile(
    r"\b(?:in[- ]person|remote(?:ly)?|online|virtual|hybrid|zoom|on[- ]site|onsite)\b",
    re.IGNORECASE,
)


def _named_with_its_chair(filled: list[Cell]) -> bool:
    """ "| **SESSION 1** | Chair: Ann Lee |": a session's name set apart, and only its
    chair beside it."""
    named = [cell for cell in filled if cell.content.emphasized]
    rest = " ".join(cell.content.text for cell in filled if not cell.content.emphasized)
    return bool(named) and is_only_a_chair(rest)


def _timed_row(state: _Table, row: Sequence[Cell], time_cell: Cell, times: TimeRange) -> None:
    """A row with a time: an item, after the untimed break waiting for its start."""
    layout = state.schedule.layout
    title_cell = layout.cell(row, Column.TITLE)
    note = check_nothing_left(
        time_cell, times, titled=title_cell is not None and not title_cell.is_empty
    )
    if ends_on_a_dash(time_cell, times):
        state.warnings.append(
            PageWarning(
                time_cell.line,
                time_cell.column,
                f"{time_cell.content.text.strip()!r} ends on a dash: read as a start, its end "
                "left open",
            )
        )
    if is_approximate(time_cell, times):
        state.warnings.append(
            PageWarning(
                time_cell.line,
                time_cell.column,
                f"{time_cell.content.text!r} is a time given as about: read as written",
            )
        )
    state.attach_papers()
    day = state.day
    if day is None:
        raise PageError(
            "no date found for this table",
            line=state.schedule.table.line,
            expected="a date line such as 'Sunday, March 28, 2021' before the table",
        )
    if state.pending is not None:
        label, label_cell, above = state.pending
        state.pending = None
        before = state.out[above] if above is not None else None
        filled = untimed_break(label, label_cell, time_cell, before, times, day)
        if filled is None:
            drop_untimed(label, label_cell, state.warnings)
        else:
            state.out.append(filled)
            state.warnings.append(
                PageWarning(
                    label_cell.line,
                    label_cell.column,
                    f"{label!r} has no time: read as the break {filled.time_cell.raw}, "
                    "between the items around it",
                )
            )
    state.out.append(
        read_row(
            row,
            layout.columns,
            layout.unknown,
            time_cell,
            times,
            day,
            state.session,
            state.chair,
            state.warnings,
            header_pairs=layout.header_pairs,
            base_url=state.base_url,
            names_in_titles=state.names_in_titles,
            speakers=state.speakers,
        )
    )
    if title_cell is not None and (struck := cancelled(title_cell.raw)) is not None:
        # "~~Morning Session I~~ (Cancelled)": no item for a calendar; its start still
        # ends the row above, and an update (--previous) writes the event it had as
        # cancelled.
        state.out[-1] = attrs.evolve(state.out[-1], cancelled=True)
        state.warnings.append(
            PageWarning(
                title_cell.line,
                title_cell.column,
                f"{state.out[-1].title!r} is {struck}: left out of the program",
            )
        )
    if note is not None:
        # "5:45 - 6:30 PM (Optional)": a note on the item, kept beside it.
        state.out[-1] = attrs.evolve(state.out[-1], extra=(*state.out[-1].extra, ("Note", note)))
