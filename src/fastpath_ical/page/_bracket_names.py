"""Talks whose speaker follows the title in brackets: ``Plenary (Adriana Dawes)``.

A bracket after a title holds many things: a speaker, but also what the talk is
("(Full Papers)", "(R Markdown Anatomy)"), a part ("(Part II)") or an affiliation
after a speaker's name ("Ann Lee (Harvard)").  One such bracket alone says little,
so the reader takes brackets as speakers only where the page makes a habit of it:
two rows of one table at least whose titles end in a bracket holding nothing but a
person's name written in full (capitalised words, the last a surname; no word a
title uses, no initialism), before a title that is no name itself, in rows that name
no one else.  Each table so read is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind, Person
from ._name_split import is_full_name
from ._name_words import looks_like_names
from ._nobody import names_no_one
from ._records import PageWarning, Row

__all__ = ["NAMES_BETWEEN", "is_a_name", "names_in_brackets"]

#: A bracket at the end of a title, and what is before it.
_TRAILING = lazy_compile(r"^(?P<title>.*?\S)\s*\((?P<inside>[^()]+)\)\s*$")

#: One word of a name: a capital, then small letters ("Dawes", "O'Neil", "Jean-Daniel").
_WORD = r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]+)*"
#: A given name written as initials: "M.", "P-L.", "J.-P.".
_INITIALS = r"[A-Z]\.?(?:[-–]\s?[A-Z]\.?)?\."
#: A person's name: a given name (or its initials), initials or particles, a surname.
_NAME = lazy_compile(
    rf"(?:{_WORD}|{_INITIALS})"
    rf"(?:\s+(?:[A-Z]\.|(?:van|von|de|der|den|da|del|della|di|du|le|la|bin|al)\b|{_WORD})){{0,2}}"
    rf"\s+{_WORD}"
)
#: A note on material beside the names ("slides: google doc"): a link's label, no name.
_MATERIAL = lazy_compile(r"\s*(?:slides?|video|recording|paper|code|pdf|notebook)\s*:", re.I)
#: Between two names: "Ann Lee and Bo Ray", "Ann Lee, Bo Ray", "Ann Lee & Bo Ray".
NAMES_BETWEEN = lazy_compile(r"\s*(?:,|&|\band\b)\s*")

#: Words a title's bracket holds that no name does (beside the reader's activity words).
_PROGRAM_WORDS = frozenset(
    [
        "papers",
        "paper",
        "talks",
        "talk",
        "session",
        "sessions",
        "track",
        "tracks",
        "part",
        "posters",
        "poster",
        "demos",
        "demo",
        "keynote",
        "keynotes",
        "invited",
        "full",
        "short",
        "long",
        "panel",
        "tutorial",
        "tutorials",
        "workshop",
        "lecture",
        "lectures",
        "plenary",
        "virtual",
        "online",
        "remote",
        "hybrid",
        "live",
        "recorded",
        "break",
        "lunch",
        "coffee",
        "learning",
        "data",
        "science",
        "introduction",
        "intro",
        "overview",
        "continued",
        "day",
        "morning",
        "afternoon",
        "evening",
        "room",
        "hall",
        "main",
        "discussion",
        "discussions",
        "award",
        "awards",
        "best",
        "open",
        "closing",
        "opening",
        "remarks",
        "welcome",
    ]
)


def is_a_name(text: str) -> bool:
    """Whether ``text`` is one person's name written in full, by the module's rule."""
    text = text.strip()
    if not _NAME.fullmatch(text) or names_no_one(text):
        return False
    return not any(word.lower().strip(".") in _PROGRAM_WORDS for word in text.split())


def _speakers(row: Row) -> tuple[str, list[str]] | None:
    """The title and the names when ``row``'s title ends in a bracket of names only."""
    if (
        row.people
        or row.labelled
        or row.kind
        not in (
            ItemKind.TALK,
            ItemKind.KEYNOTE,
            ItemKind.INVITED,
            ItemKind.CONTRIBUTED,
            ItemKind.REMARKS,
        )
    ):
        return None
    found = _TRAILING.match(row.title)
    if found is None:
        return None
    title = found.group("title").rstrip(" –—-:,")
    names = [
        part
        for part in NAMES_BETWEEN.split(found.group("inside"))
        if part.strip() and not _MATERIAL.match(part)  # "slides: google doc" is a link's
    ]
    if not title or not names or not all(is_a_name(name) for name in names):
        return None
    words = {word.lower().strip(".,:") for word in title.split()}
    if looks_like_names(title) and is_full_name(title) and not words & _PROGRAM_WORDS:
        return None  # "Ann Lee (Harvard)": a name, then its affiliation
    return title, [name.strip() for name in names]


def names_in_brackets(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows, each whose title ends in its speakers' names in brackets read with them as
    its people, when two rows of the table at least are so written (see the module)."""
    found = {id(row): speakers for row in rows if (speakers := _speakers(row)) is not None}
    if len(found) < 2:
        return list(rows)
    first = next(row for row in rows if id(row) in found)
    warnings.append(
        PageWarning(
            first.line,
            first.time_cell.column,
            f"read the names in brackets after {len(found)} titles of this table as their "
            f"speakers ({first.title!r}, …)",
        )
    )
    return [
        attrs.evolve(
            row,
            title=found[id(row)][0],
            people=tuple(Person(name=name) for name in found[id(row)][1]),
        )
        if id(row) in found
        else row
        for row in rows
    ]
