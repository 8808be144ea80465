"""Talks whose speaker is the title cell's last line: ``Title <br/> GlitchWitch``.

A table that writes each talk's speaker on a line of its own under the title
("How SSO works <br/> Ann Lee") is read row by row, and a full name on that line
is read as the speaker (``_titles``).  A handle or a given name alone ("Ole",
"GlitchWitch") is no name by that rule, and its line had been joined to the
title: 'Unlocking a Secure Future Ole', silently wrong.  The table itself says
what the line is: where two rows of it at least have their speaker read from
the title cell's second line, and they are as many as the talks whose second line
was joined, a talk's second line that is one word, a given name or a handle, is
its speaker too; a break's second line ("Catered Lunch <br/> Primo's Deli", the
caterer) is no one's name and goes to its description.  Each table so read is a
warning.  A second line of more words is left as it was: no habit of the page
tells a subtitle from a speaker written in part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind, Person
from ._blocks import Cell
from ._bracket_names import is_a_name, is_given_name
from ._kind_labels import kind_of_label
from ._nobody import names_no_one, to_be_announced
from ._records import PageWarning, Row, rows_read_anew

__all__ = ["TALKS", "names_below_titles"]

#: A handle: one word of letters and digits, a capital or a letter first ("GlitchWitch",
#: "matir42"), as people name themselves at community events.
_HANDLE = lazy_compile(r"[^\W\d_][\w.'’-]{1,30}")

#: The kinds of items a person gives: a talk of any sort.
TALKS = (ItemKind.TALK, ItemKind.KEYNOTE, ItemKind.INVITED, ItemKind.CONTRIBUTED)

_SPACES = lazy_compile(r"\s+")


def _two_lines(cell: Cell | None) -> tuple[str, str] | None:
    """The title cell's two lines, when it has two and no more."""
    if cell is None:
        return None
    lines = cell.content.written_lines
    return (lines[0], lines[1]) if len(lines) == 2 else None


def _joined(row: Row, lines: tuple[str, str]) -> bool:
    """Whether ``row``'s title is its cell's two lines joined, no one read from them."""
    return not row.people and _SPACES.sub(" ", row.title) == _SPACES.sub(" ", " ".join(lines))


def _split(row: Row, lines: tuple[str, str]) -> bool:
    """Whether ``row``'s speakers were read from its cell's second line."""
    return (
        bool(row.people)
        and row.title == lines[0]
        and all(person.name in lines[1] for person in row.people)
    )


def _one_word_name(text: str) -> bool:
    """A given name or a handle alone: one word, no word of a program, nobody's filler."""
    word = text.strip()
    if " " in word or to_be_announced(word) or names_no_one(word):
        return False
    return is_given_name(word) or (_HANDLE.fullmatch(word) is not None and _a_handle(word))


def _a_handle(word: str) -> bool:
    """A handle has a capital inside it or a digit ("GlitchWitch", "matir42"); a word all
    in small letters or in capitals is as often a room, a tool or a note ("zoom", "TBD")."""
    return bool(re.search(r"[a-z][A-Z]|\d", word)) and not word.isupper()


def names_below_titles(
    rows: Sequence[Row], title_cells: Mapping[int, Cell], warnings: list[PageWarning]
) -> list[Row]:
    """The rows, a talk's second line read as its speaker and a break's as its
    description, where the table makes a habit of speakers on that line (the module's
    rule); ``title_cells`` are the title cells by line."""
    lined = {
        id(row): lines
        for row in rows
        if (lines := _two_lines(title_cells.get(row.line))) is not None
    }
    split = sum(_split(row, lined[id(row)]) for row in rows if id(row) in lined)
    joined = [row for row in rows if id(row) in lined and _joined(row, lined[id(row)])]
    if split < 2 or split < sum(row.kind is not ItemKind.BREAK for row in joined):
        return list(rows)
    found: dict[int, Row] = {}
    for row in joined:
        title, below = lined[id(row)]
        if kind_of_label(title) is not None:
            continue  # "Keynote<br>Transformers": the label, then the talk's title
        if row.kind is ItemKind.BREAK:
            abstract = "\n\n".join(filter(None, [below, row.abstract]))
            found[id(row)] = attrs.evolve(row, title=title, abstract=abstract)
        elif row.kind in TALKS and not row.labelled and (_one_word_name(below) or is_a_name(below)):
            found[id(row)] = attrs.evolve(row, title=title, people=(Person(name=below),))
    return rows_read_anew(
        rows,
        found,
        warnings,
        lambda first: (
            f"read the last line of {len(found)} title cells of this table as "
            f"{split} rows of it do (a talk's speaker; a break's, its description): "
            f"{first.title!r}, …"
        ),
    )
