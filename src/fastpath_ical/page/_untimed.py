"""Rows without a time: a session's name, its papers, more people of the item above, a day.

Under a timed row, an untimed row is one of its papers (when the row above is
a session of papers, or the row names authors beside a title), or names more
of its people ("Panelists: A, B"); an untimed break ("| | Lunch | |") fills
the gap between the items around it; "**Day 2**" and a date alone start a
day; any other row alone names the session of the rows below it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import PageError, ProgramError
from ..model import ItemKind, Paper, Person
from ._blocks import Cell
from ._cell_links import cell_links, listed_links
from ._clock import ClockTime, TimeRange
from ._columns import Column, cell_at
from ._inline import Inline
from ._kind_labels import kind_of_label
from ._nobody import to_be_announced
from ._people import read_people, speakers_in_title
from ._records import Day, PageWarning, Row
from ._title_text import title_without_materials
from ._titles import split_title

__all__ = [
    "DAY_ROW",
    "ROLE_ROW",
    "add_people",
    "attach",
    "drop_untimed",
    "holds_papers",
    "is_only_a_chair",
    "listed_paper",
    "paper",
    "said_of_the_item_above",
    "session_and_chair",
    "titles_said_below",
    "untimed_break",
]


#: A row that only numbers a day of the program: "Day 2", "**Day 2**", "Day 2:".
DAY_ROW = lazy_compile(r"\W*day\s*(\d{1,2})\W*", re.IGNORECASE)


#: An untimed row that names more people of the item above it.
ROLE_ROW = lazy_compile(
    r"^\W*(?P<role>panel\s+speakers|panel(?:l)?ists?|speakers?|presenters?|moderators?|"
    r"moderated\s+by|chairs?|session\s+chairs?|discussants?|hosts?)\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)


_CHAIR = lazy_compile(
    r"\s*(?:\(\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:?\s*(?P<a>[^)]+)\)"
    r"|[-–—,;|]?\s*(?:session\s+)?chair(?:s|ed\s+by)?\s*:\s*(?P<b>.+))\s*$",
    re.IGNORECASE,
)


def session_and_chair(text: str) -> tuple[str, str | None]:
    """A session's name and its chair: "Session 2 (Chair: Ann Lee)"."""
    match = _CHAIR.search(text)
    if not match:
        return text, None
    chair = (match.group("a") or match.group("b") or "").strip(" .*")
    session = text[: match.start()].strip(" -–—,;:|")
    return session or text, chair or None


def is_only_a_chair(text: str) -> bool:
    """Whether a text names a chair and nothing else ("Chair: Ann Lee")."""
    match = _CHAIR.match(text)
    return match is not None and bool((match.group("a") or match.group("b") or "").strip())


def add_people(above: Row, role: str, names: str, cell: Cell, warnings: list[PageWarning]) -> Row:
    """ "Panelists: A, B" / "Moderator: C" under a timed row: more of its people."""
    found, _ = read_people(Cell(raw=names, line=cell.line, column=cell.column), None, warnings)
    people = above.people + tuple(p for p in found if p not in above.people)
    chair = above.chair
    if re.match(r"(?i)moderat|chair|host", role) and found:
        chair = ", ".join(p.name for p in found)
    return attrs.evolve(above, people=people, chair=chair)


#: An untimed row that gives the item above its title or more of its people, each after
#: its label: "**Title**: Learning X", "**Authors**: Ann Lee (MIT)", "**Guests**: A, B".
_SAID_ROW = lazy_compile(
    r"^\W*(?P<label>(?:talk\s+)?title|authors?|guests?)\W*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
    needs="title author guest",
)


def titles_said_below(rows: Sequence[Sequence[Cell]], time: int | None) -> frozenset[int]:
    """The rows (by ``id``) whose "Title:" gives the item above its title: the only such
    row among the untimed rows under a timed one, before any row that names people.

    Two "Title:" rows under one slot ("**Paper Session 1**", then two papers' titles and
    authors) are a session's papers, and a "Title:" after "Speaker:" may be the speaker's
    ("Professor of Computer Science"): neither titles the slot."""
    titled: set[int] = set()
    run: list[Sequence[Cell]] = []
    for row in itertools.chain(rows, [()]):
        if row and not (time is not None and time < len(row) and not row[time].is_empty):
            run.append(row)
            continue
        says = [_what_a_row_says(under) for under in run]
        titles = [index for index, said in enumerate(says) if said == "title"]
        if len(titles) == 1 and "people" not in says[: titles[0]]:
            titled.add(id(run[titles[0]]))
        run = []
    return frozenset(titled)


def _what_a_row_says(row: Sequence[Cell]) -> str | None:
    """ "people" for an untimed row that names people ("Speaker: Ann Lee", "Authors: ..."),
    "title" for one that gives a title ("Title: X"), else ``None``."""
    filled = [cell for cell in row if not cell.is_empty]
    if any(ROLE_ROW.match(cell.content.text) for cell in filled):
        return "people"
    found = _SAID_ROW.match(filled[0].content.text.strip()) if len(filled) == 1 else None
    if found is None:
        return None
    return "people" if found["label"].lower().startswith(("author", "guest")) else "title"


def said_of_the_item_above(
    above: Row, text: str, cell: Cell, warnings: list[PageWarning], *, titles: bool
) -> Row | None:
    """The item above with what an untimed row under it says after a label ("Title:",
    "Authors:", "Guests:"), or ``None`` when the row says no such thing.

    "| 13:35-14:05 | **Keynote Talk 1** |" over "| | **Title**: Learning X |" and "| |
    **Speaker**: Ann Lee |": the rows are one item written on three; read alone, the
    title's row named the session of the items below it.  A slot's label gives up its
    place to the title and says the kind; any other title above is kept as more text.
    """
    said = _SAID_ROW.match(text.strip())
    if said is None:
        return None
    label, value = said["label"].lower(), said["value"].strip()
    if label.startswith(("author", "guest")):
        return add_people(above, label, value, cell, warnings)
    if not titles:
        return None  # one of a session's papers, or a speaker's own title: read as before
    if to_be_announced(value):
        return above  # "Title: TBA": the slot keeps its label as its title
    kind = kind_of_label(above.title)
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"read {value!r}, on the row under it, as the title of {above.title!r} on "
            f"line {above.line}",
        )
    )
    if kind is not None:
        return attrs.evolve(above, title=value, kind=kind)
    return attrs.evolve(above, title=value, extra=(*above.extra, ("Slot", above.title)))


def holds_papers(above: Row, row: Sequence[Cell]) -> bool:
    """Whether an untimed row under ``above`` is one of its papers.

    It is when the row above is a session of papers (its kind, or its title
    says so), or when the untimed row names its authors beside its title
    (two cells or more): a session's name stands alone in its row.
    """
    filled = [cell for cell in row if not cell.is_empty]
    return above.kind in (ItemKind.SESSION, ItemKind.POSTERS, ItemKind.CONTRIBUTED) or (
        len(filled) >= 2 and not all(cell.content.emphasized for cell in filled)
    )


#: A list item's mark at the start of a cell: "- ", "* ", "• ".
_BULLET = lazy_compile(r"^[-*•–]\s+")


def paper(
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
    title = title_without_materials(title_cell.content)
    if not people and (speaker is None or speaker.is_empty):
        split = speakers_in_title(title_cell, affiliation, [])
        if split is not None:
            title, people, _ = split
    links = tuple(link for cell in row for link in cell_links(cell, None, warnings, base_url))
    # "|   | - Graal: Mining your code | Ann Lee |": a list's dash written into the cell.
    title = _BULLET.sub("", title) or title
    try:
        return Paper(title=title, people=people, links=links)
    except ProgramError as exc:
        raise PageError(str(exc), line=title_cell.line, column=title_cell.column) from None


def listed_paper(content: Inline) -> Paper:
    """A paper listed inside a session's cell: its title, and its authors when written."""
    split = split_title(content)
    people: tuple[Person, ...] = ()
    title = title_without_materials(content)
    if split is not None and split.names:
        people, _ = read_people(Cell(raw=split.names, line=1, column=1), None, [])
        title = split.title if people else title
    return Paper(title=title, people=people, links=listed_links(content))


def attach(above: Row, papers: Sequence[Paper]) -> Row:
    """The papers read under a timed row are its; a talk with papers is a session."""
    if not papers:
        return above
    kind = above.kind
    if kind is ItemKind.TALK and not above.people:
        kind = ItemKind.SESSION
    return attrs.evolve(above, papers=above.papers + tuple(papers), kind=kind)


def _minutes(clock: ClockTime) -> int:
    return clock.to_time().hour * 60 + clock.minute


def _clock_text(clock: ClockTime) -> str:
    text = f"{clock.hour:02d}" if clock.padded else str(clock.hour)
    text += f":{clock.minute:02d}"
    if clock.meridiem:
        text += f" {clock.meridiem}"
    if clock.zone:
        text += f" {clock.zone}"
    return text


def untimed_break(
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


def drop_untimed(label: str, cell: Cell, warnings: list[PageWarning]) -> None:
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"{label!r} has no time and no gap between the items around it to fill: left out",
        )
    )
