"""Course timetables that write each lecture as its teacher's surname, a colon, then the
title: "Hautamäki: Deep Reinforcement Learning", "Kinnunen & Hautamäki: Introduction".

One such cell says little ("Python: An Introduction" names a language, "Project: Robots"
a part of the course), so the reader takes the words before the colon as people only
where the table makes a habit of it: three rows at least whose titles start with one
capitalised word or two joined by "&" or "and", each no word a program uses, no kind's
label, no day or month (the test of a given name written alone, ``is_given_name``),
with two names at least that come back in two rows. Each table so read is a warning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .._patterns import lazy_compile
from ._bracket_names import NAMES_BETWEEN, SPOKEN, is_given_name, speakers_read
from ._kind_labels import kind_of_label
from ._records import PageWarning, Row, rows_read_anew

__all__ = ["surnames_before_colons"]

#: Words, a colon, then the title: "Kinnunen & Hautamäki: Introduction".
_BEFORE_COLON = lazy_compile(r"^(?P<names>[^:()\[\]]{2,60}?)\s*:\s+(?P<title>\S.*)$")


def _names(row: Row) -> tuple[str, list[str]] | None:
    """The title and the surnames when ``row``'s title starts with surnames and a colon."""
    if row.people or row.labelled or row.kind not in SPOKEN:
        return None
    found = _BEFORE_COLON.match(row.title)
    if found is None:
        return None
    names = [part.strip() for part in NAMES_BETWEEN.split(found.group("names"))]
    if len(names) > 2:
        return None
    if not all(is_given_name(name) and kind_of_label(name) is None for name in names):
        return None
    return found.group("title").strip(), names


def surnames_before_colons(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows, each whose title starts with its teachers' surnames and a colon read with
    them as its people, where the table makes a habit of it (see the module)."""
    found = {id(row): split for row in rows if (split := _names(row)) is not None}
    if len(found) < 3:
        return list(rows)
    seen = Counter(name for _, names in found.values() for name in set(names))
    if sum(count >= 2 for count in seen.values()) < 2:
        return list(rows)
    read = speakers_read(rows, found)
    return rows_read_anew(
        rows,
        read,
        warnings,
        lambda first: (
            f"read the names before the colon in {len(read)} titles of this table as "
            f"their speakers ({first.title!r}, …)"
        ),
    )
