"""Rows whose only words are a speaker's name: a talk by them whose title the page omits.

Some programs list who speaks and leave the titles to a book of abstracts:
``| 10:00 - 10:55 | Gianluca Levi |`` between ``Registration`` and ``Coffee
break``.  A name read as a title would put a person where a calendar shows
what happens; the reader takes such a row as a talk by that person, titled
by the name as the page shows it ("Name, Where" gives the affiliation too), but
only in a table with no speaker column where every row that is
not a break, remarks or a labelled kind reads as a person's full name (two of
them at least): a single title such as "Quantum Chemistry" that reads like a
name among real titles stays a title.  Each table so read is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind, Person
from ._blocks import Table
from ._column_names import column_of
from ._columns import Column, Layout
from ._day_ends import is_day_end
from ._ditto import is_ditto
from ._kinds import is_meal_or_social
from ._name_split import is_full_name, is_name_and_organisation
from ._name_words import looks_like_names
from ._nobody import names_someone
from ._records import PageWarning, Row

__all__ = ["names_as_titles", "speakers_beside_titles"]


def _only_a_name(row: Row) -> bool:
    title = _the_name(row.title)[0]
    return (
        row.kind is ItemKind.TALK
        and not row.people
        and not row.labelled
        and not row.extra
        and looks_like_names(title)
        and is_full_name(title)
        and names_someone(title)
        and len(title.split()) <= 4
    )


#: A mark of one small letter in brackets after a name: "(s)", "(v)".
_LETTER_MARK = lazy_compile(r"\s+\([a-z]\)$")


def _the_name(title: str) -> tuple[str, str | None]:
    """The name a title gives, and where the person works when written after a comma
    ("Andrew Lee, Example College London"), without a mark of one letter after it
    ("Ann Lee (s)", a student's talk: a key to the mark, no part of the name)."""
    title = _LETTER_MARK.sub("", title)
    name, comma, where = title.partition(",")
    if is_name_and_organisation(title) or (
        comma
        and is_full_name(name.strip())
        and looks_like_names(name.strip())
        and 0 < len(where.split()) <= 6
        and not re.search(r"\d", where)
    ):
        # "Elahe Arani, Wayve": where a name stands alone in every talk of the table,
        # what follows its comma is where the person works, whatever its words.
        return name.strip(), where.strip()
    return title, None


def _names_column(table: Table, index: int, beside: int | None = None) -> bool:
    """Whether the column's cells are names, two at least; with ``beside``, its cells in
    the rows where that column has text."""
    rows = [
        row
        for row in table.rows
        if index < len(row) and (beside is None or (beside < len(row) and row[beside].content.text))
    ]
    texts = [text for row in rows if (text := row[index].content.text)]
    if beside is not None:
        # "| Lunch | Poster session for spotlight talks |": a meal, and what goes on there.
        texts = [text for text in texts if not is_meal_or_social(text)]
    return len(texts) >= 2 and all(looks_like_names(text) for text in texts)


def _names_a_title(table: Table, index: int) -> bool:
    return index < len(table.header) and column_of(table.header[index]) is Column.TITLE


def speakers_beside_titles(table: Table, layout: Layout) -> Layout:
    """A table with no header whose first text column holds only names and the next
    one titles ("| 17:30 | Sam Rivera | LLVM Passes |"): speakers, then titles.

    With no header to say so, the first text column is taken as the titles;
    when every cell of it is a person's name and the column after it is not,
    the page writes the speaker first.
    """
    if Column.SPEAKER in layout.columns:
        return layout
    title = layout.columns.get(Column.TITLE)
    after = [index for index, _ in layout.unknown if title is not None and index > title]
    if title is None or not after:
        return layout
    if table.header:
        # "| Time | Event | Talk Title |": two columns the header names as the title, the
        # first holding the speaker's name on every row where the second has a title.
        if not _names_a_title(table, after[0]) or not _names_column(table, title, after[0]):
            return layout
    elif not _names_column(table, title) or _names_column(table, after[0]):
        return layout
    columns = {**layout.columns, Column.SPEAKER: title, Column.TITLE: after[0]}
    return attrs.evolve(
        layout,
        columns=columns,
        unknown=tuple((i, name) for i, name in layout.unknown if i != after[0]),
        inferred=(
            *(
                (i, "the speakers, by what its cells hold" if i == title else what)
                for i, what in layout.inferred
            ),
            (after[0], "the title, by what its cells hold"),
        ),
    )


def names_as_titles(rows: Sequence[Row], layout: Layout, warnings: list[PageWarning]) -> list[Row]:
    """The rows, each whose title is only a speaker's name read as a talk by them."""
    if Column.SPEAKER in layout.columns:
        return list(rows)
    talks = [
        row
        for row in rows
        if row.kind is ItemKind.TALK
        and not row.labelled
        # '" "' goes on with the talk above; "End of Conference" ends the day.
        and not is_ditto(row.title)
        and not is_day_end(row.title)
    ]
    named = [row for row in talks if _only_a_name(row)]
    if len(named) < 2 or len(named) != len(talks):
        return list(rows)
    # Every talk of the table is a name: those rows, and no other, are read anew.
    names = {id(row) for row in named}
    first = named[0]
    warnings.append(
        PageWarning(
            first.line,
            first.time_cell.column,
            f"the talks of this table give only their speakers ({first.title!r}, …): each "
            "read as a talk by them, titled by their name",
        )
    )
    return [_a_talk_by(row) if id(row) in names else row for row in rows]


def _a_talk_by(row: Row) -> Row:
    """A row that names only its speaker as their talk: titled by the name, as the page
    shows it (a calendar shows who speaks when the page says no more)."""
    name, where = _the_name(row.title)
    return attrs.evolve(row, title=name, people=(Person(name=name, affiliation=where),))
