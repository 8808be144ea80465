"""People after "with" in an activity's title: "Opening remarks with Ann Lee",
"Fireside chat with Bo Ray", "Discussion with Ann Lee and Bo Ray", "Poster Clinic w/ Ann
Lee".

Only after words that name an activity two or more people hold (remarks, a discussion,
a chat, a Q&A, an interview, a panel), and only when every name after "with" is one
person's name in full (``is_a_name``): "Reasoning with Large Language Models" names no
activity, and stays a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..model import Person
from ._bracket_names import is_a_name
from ._records import PageWarning, Row

__all__ = ["names_after_with"]

#: An activity's name, then "with", then who holds it.
_WITH = lazy_compile(
    r"(?P<what>(?:(?:opening|closing|welcome|welcoming|concluding|introductory|final)\s+)?"
    r"(?:remarks|words|discussion|panel(?:\s+discussion)?|fireside\s+chat|chat|conversation|"
    r"q\s*&\s*a|q\s+and\s+a|interview|ama|ask\s+me\s+anything|debate|"
    r"(?:poster\s+|writing\s+)?clinic))"
    r"\s+(?:with|w/)\s*(?P<names>.+?)\W*",
    re.IGNORECASE,
    needs="with w/",
)
_BETWEEN = lazy_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def names_after_with(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows, each whose title names an activity and who holds it read as those people."""
    out: list[Row] = []
    for row in rows:
        # The moderator read from the title ("Panel with A and B (moderator: C)") is no
        # speaker of it: the names after "with" are still to be read.
        moderators = tuple(p for p in row.people if row.chair and p.name in row.chair)
        found = _WITH.fullmatch(row.title) if len(moderators) == len(row.people) else None
        names = [part.strip() for part in _BETWEEN.split(found["names"])] if found else []
        if found is None or not names or not all(is_a_name(name) for name in names):
            out.append(row)
            continue
        warnings.append(
            PageWarning(
                row.line,
                row.time_cell.column,
                f"read {', '.join(names)} as the people of {found['what']!r}, after 'with'",
            )
        )
        out.append(
            attrs.evolve(
                row,
                title=found["what"],
                people=(*(Person(name=name) for name in names), *moderators),
            )
        )
    return out
