"""Speakers written by their initials, which the page spells out once.

A course's page may name its instructors once ("Instructors: Justina Zurauskiene
(JZ), Kieran Campbell (KC)") and then write each session's teachers by their
initials ("Introduction to the course (CY/JZ)").  A name counts as spelt out only
when its initials are the first letters of its words, and initials two names share
spell out neither.  A row's brackets of initials read so are its people, each
table's rows said in one warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._patterns import lazy_compile
from ._bracket_names import speakers_read
from ._records import PageWarning, Row, rows_read_anew

__all__ = ["initials_read"]

#: "Justina Zurauskiene (JZ)": a name of two to four capitalised words and its initials.
_SPELT_OUT = lazy_compile(
    r"(?P<name>(?-i:[A-Z])[^\W\d_]+(?:[-'’][^\W\d_]+)?(?:\s+(?-i:[A-Z])[^\W\d_]+(?:[-'’]"
    r"[^\W\d_]+)?){1,3})\s*\((?P<initials>(?-i:[A-Z]{2,4}))\)",
    needs="(",
)
#: "(CY/JZ)", "(KC, JZ)" at the end of a title.
_TRAILING = lazy_compile(
    r"(?P<title>.*?\S)\s*\((?P<initials>[A-Z]{2,4}(?:\s*[/,&+]\s*[A-Z]{2,4})*)\)\s*",
    needs="(",
)


def _spelt_out(text: str) -> dict[str, str]:
    """Each person's initials the page spells out, to their name."""
    found: dict[str, set[str]] = {}
    for match in _SPELT_OUT.finditer(text):
        name, initials = match["name"], match["initials"]
        if "".join(word[0] for word in name.split()) == initials:
            found.setdefault(initials, set()).add(name)
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


def _ends_in_initials(title: str) -> bool:
    """Whether a title ends in a bracket of capitals only ("(CY/JZ)"), told without a
    pattern: most pages have none, and the page's names need not be looked for."""
    inside = title.rstrip()[title.rfind("(") + 1 : -1] if title.rstrip().endswith(")") else ""
    return len(inside) >= 2 and all(c.isupper() or c in "/,&+ " for c in inside)


def initials_read(rows: Sequence[Row], text: str, warnings: list[PageWarning]) -> list[Row]:
    """The rows, each that names no one and ends in initials the page (``text``) spells
    out, read with those people as its speakers."""
    if not any(_ends_in_initials(row.title) for row in rows if not row.people):
        return list(rows)
    spelt_out = _spelt_out(text)
    found: dict[int, tuple[str, list[str]]] = {}
    for row in rows:
        trailing = _TRAILING.fullmatch(row.title) if not row.people else None
        if trailing is None:
            continue
        initials = re.split(r"\s*[/,&+]\s*", trailing["initials"])
        if len(initials) == 1 and trailing["title"].endswith(spelt_out.get(initials[0], "\0")):
            # "Goal of Malaria Molecular Surveillance (MMS)": the title's own words and
            # their acronym, no one's initials.
            continue
        if all(one in spelt_out for one in initials):
            found[id(row)] = (trailing["title"], [spelt_out[one] for one in initials])
    read = speakers_read(rows, found)
    return rows_read_anew(
        rows,
        read,
        warnings,
        lambda first: (
            f"read the initials after {first.title!r} (and {len(read) - 1} more) as the "
            "people the page spells them out as"
        ),
    )
