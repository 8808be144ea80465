"""Talks whose speaker follows a dash, named as the table's other talks name them.

``Non-Euclidean Geometry - *Simone Lionetti*`` reads as two names (a title of
capitalised words, and a name), which one line alone leaves undecided.  In a
table whose other rows wrote ``Title - *Speaker*`` and were read so, a name
after the last dash that is one of those speakers is that talk's speaker too.
Each table so read is a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._patterns import lazy_compile
from ._bracket_names import NAMES_BETWEEN, SPOKEN, speakers_read
from ._records import PageWarning, Row, rows_read_anew

__all__ = ["known_names_after_dash"]

#: A title, a dash between spaces, and what follows the last such dash.
_AFTER_DASH = lazy_compile(r"(?P<title>.*?\S)\s+[-–—]\s+(?P<names>[^-–—]+?)\s*")


def known_names_after_dash(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows, each whose title ends in a dash and names only people who speak in
    other rows of the table read with them as its speakers."""
    known = {person.name for row in rows for person in row.people}
    found: dict[int, tuple[str, list[str]]] = {}
    for row in rows:
        if row.people or row.kind not in SPOKEN:
            continue
        after = _AFTER_DASH.fullmatch(row.title)
        if after is None:
            continue
        names = [name.strip() for name in NAMES_BETWEEN.split(after["names"]) if name.strip()]
        if names and all(name in known for name in names):
            found[id(row)] = (after["title"], names)
    return rows_read_anew(
        rows,
        speakers_read(rows, found),
        warnings,
        lambda first: (
            f"read the names after the dash in {first.title!r} as its speakers, as other "
            "talks of this table name them"
        ),
    )
