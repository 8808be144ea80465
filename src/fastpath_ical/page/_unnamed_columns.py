"""A column no header names beside a title column read by its cells.

A table without a header ("| 9:00 | Title | Ann Lee |", kramdown's, an HTML
table of ``<td>`` only) has its title column found by what its cells hold;
a column of text beside it is a room (it repeats itself: kept as extra
text), the speakers (its cells are names and the titles' are not), a second
item in the same row ("| 9:00 | Ann Lee | Bo Chen |": two rooms of names),
of which no one can say which is the row's title, or a note (descriptions,
links: kept as extra text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind
from ._affiliations import is_organisation
from ._blocks import Cell, at_cell
from ._cell_links import text_without_links
from ._columns import Column, cell_at
from ._kind_labels import kind_of_label
from ._kinds import kind_of
from ._name_words import looks_like_names
from ._records import Schedule
from ._title_text import MATERIAL_LABEL

__all__ = ["columns_beside_titles"]


def columns_beside_titles(schedule: Schedule) -> Schedule:
    """``schedule`` with an unnamed column of names beside its titles read as the
    speakers; an error at the first row of a column of names beside titles that are
    names too."""
    layout = schedule.layout
    title = layout.columns.get(Column.TITLE)
    if title is not None:
        _nothing_beyond_the_header(schedule, title)
    if title is None:
        return _titles_beside_speakers(schedule)
    # "| Event | | Time |" over "| Invited Talk | Ann Lee | 9:00-9:45am |": a header
    # naming the titles but not the column of names beside them.
    named_title = title not in dict(layout.inferred)
    rows = schedule.table.rows
    for index, name in layout.unknown:
        if name != f"column {index + 1}":
            continue
        beside = [row for row in rows if _named(row, index) and _titled(row, title)]
        if len(beside) < 3:
            continue
        texts = [row[index].content.text for row in beside]
        if len(set(texts)) * 5 < len(texts) * 4:
            continue  # "Main Auditorium" again and again: a room, kept as extra text
        titles_are_names = _mostly(looks_like_names, [row[title].content.text for row in beside])
        if named_title and not _slots_of_people(rows, index, title):
            continue  # rooms or notes beside a program's own titles: kept as extra text
        if (
            Column.SPEAKER not in layout.columns
            and _mostly(looks_like_names, texts)
            and not titles_are_names
        ):
            columns = {**layout.columns, Column.SPEAKER: index}
            return attrs.evolve(
                schedule,
                layout=attrs.evolve(
                    layout,
                    columns=columns,
                    unknown=tuple(known for known in layout.unknown if known[0] != index),
                    inferred=(*layout.inferred, (index, "the speakers, as its cells are names")),
                ),
            )
        if titles_are_names and not named_title and _mostly(looks_like_names, texts):
            first = beside[0][index]
            raise at_cell(
                first,
                f"column {title + 1} and column {index + 1} both hold text in this row and "
                "no header names either: two items side by side (two rooms or tracks)?",
                expected="a header row naming the columns (e.g. '| Time | Title | Room |'), "
                "or one item per row",
            )
    return schedule


def _titles_beside_speakers(schedule: Schedule) -> Schedule:
    """``schedule`` with the one column its header leaves empty read as the titles, where
    the header names the speakers and no titles ("| Time (PST) || **Presenter** and
    Authors |" over "| 11:05 | Scalable Contracts | **Ann Lee** |") and its cells are not
    names: a title cell whose header was left blank."""
    layout = schedule.layout
    if Column.SPEAKER not in layout.columns:
        return schedule
    width = len(schedule.table.header)
    blank = [
        index
        for index, name in layout.unknown
        if index < width
        and name == f"column {index + 1}"
        and not schedule.table.header[index].content.text.strip()
    ]
    if len(blank) != 1:
        return schedule
    index = blank[0]
    rows = schedule.table.rows
    texts = [row[index].content.text for row in rows if _named(row, index)]
    speaker = layout.columns[Column.SPEAKER]
    # What stands beside a speaker: a title, or where they work ("End" beside no one).
    beside = [
        row[index].content.text for row in rows if _named(row, index) and _named(row, speaker)
    ]
    if (
        len(texts) * 2 < len(rows)
        or _mostly(looks_like_names, texts)
        # "Example University", "Room 101" again and again: where they work, or rooms.
        or len(set(texts)) * 5 < len(texts) * 4
        or _mostly(
            lambda text: is_organisation(text, weak=False) or bool(_ROOM.match(text)), beside
        )
    ):
        return schedule
    return attrs.evolve(
        schedule,
        layout=attrs.evolve(
            layout,
            columns={**layout.columns, Column.TITLE: index},
            unknown=tuple(known for known in layout.unknown if known[0] != index),
            inferred=(*layout.inferred, (index, "the titles, beside the speakers")),
        ),
    )


#: "Room 101", "Hall B", "Aula 3": a room's name.
_ROOM = lazy_compile(r"\W*(?:room|hall|aula|salle|sala|saal|raum|auditorium)\b", re.IGNORECASE)


def _nothing_beyond_the_header(schedule: Schedule, title: int) -> None:
    """An error at the first cell, in a column after the last the header names, that holds
    other words than the row's title ("| 09:30 | Workshop #1 | Workshop #2 |" under "|
    Time | Event |", an HTML grid's cells spanning columns): a second item at that time,
    which kept as extra text of the first would be lost from the calendar."""
    width = len(schedule.table.header)
    if not width:
        return
    for index, _ in schedule.layout.unknown:
        if index < width:
            continue
        for row in schedule.table.rows:
            cell = cell_at(row, index)
            if cell is None or not _said(row, index) or not _said(row, title):
                continue
            if cell is row[title] or cell.content.text == row[title].content.text:
                continue  # one cell spanning both columns
            raise at_cell(
                cell,
                f"this row holds {cell.content.text!r} beside {row[title].content.text!r}, "
                f"in column {index + 1}, which the header does not name: a second item at "
                "this time (another room or track), or a column the header leaves out?",
                expected="a header naming every column (e.g. '| Time | Room A | Room B |'), "
                "or one item per row",
            )


def _said(row: Sequence[Cell], index: int) -> bool:
    """Whether the row's cell at ``index`` says something besides its links."""
    cell = cell_at(row, index)
    return cell is not None and bool(text_without_links(cell.content))


def _titled(row: Sequence[Cell], index: int) -> bool:
    """Whether the row's title cell says something besides its materials' links: a
    title that links to its talk's page ("<a href=...>Planning by Active Sensing</a>") says
    it; "[slides] [video]" says nothing."""
    cell = cell_at(row, index)
    if cell is None:
        return False
    text = cell.content.text
    for label, _ in cell.content.links:
        if MATERIAL_LABEL.fullmatch(label):
            text = text.replace(label, "", 1)
    return bool(text.strip(" ,;|/·•-"))


def _slots_of_people(rows: Sequence[Sequence[Cell]], index: int, title: int) -> bool:
    """Whether the titles beside a column the header leaves unnamed are slots a person
    fills ("Invited Talk", "Keynote", "Opening Remarks", four in five), and no break or
    poster session or session has a word in that column ("| Coffee Break | Cortile Nord |"
    is a room)."""
    slots = 0
    named = 0
    for row in rows:
        if not _named(row, index) or not _titled(row, title):
            continue
        text = row[title].content.text
        kind = kind_of_label(text) or kind_of(text, False, ())
        if kind in (ItemKind.BREAK, ItemKind.POSTERS, ItemKind.SESSION):
            return False  # a session's names beside it are its chairs as often
        named += 1
        slots += kind is not ItemKind.TALK
    return named > 0 and slots * 5 >= named * 4


def _named(row: Sequence[Cell], index: int) -> bool:
    """Whether the row's cell at ``index`` says something other than a dash ("| Break | - |
    11:15-11:30am |": no one, as an empty cell would say)."""
    cell = cell_at(row, index)
    return cell is not None and bool(text_without_links(cell.content).strip(" -–—"))


def _mostly(test: Callable[[str], bool], texts: Sequence[str]) -> bool:
    """Whether four in five of ``texts`` pass ``test``."""
    return sum(bool(test(text)) for text in texts) * 5 >= len(texts) * 4
