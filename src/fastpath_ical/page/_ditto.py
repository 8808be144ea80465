"""A cell that only says "the same as above": ``" "``, ``"``, ``〃``, ``↓``, ``ditto``, ``do.``.

Timetables write one under a talk that runs on into the next slot ("10:00 | Ann Lee",
"10:15 | " ""): it is no item of its own, titled with quotation marks, but the item
above going on. The row above then ends where the ditto's slot ends; a ditto the
reader cannot so join (nothing above it that day, or an item above whose end is
written and differs from the ditto's start) is an error at its line.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import PageError
from ._records import PageWarning, Row

__all__ = ["dittos_continue", "is_ditto"]

#: Only a ditto mark: quotation marks, alone or around a space, or the word.
_DITTO = lazy_compile(r"[\"“”'’]{1,2}(?:\s*[\"“”'’]{1,2})?|[〃↓⬇]|ditto|do\.|id\.")


def is_ditto(title: str) -> bool:
    """Whether a title cell only says "the same as above"."""
    return bool(_DITTO.fullmatch(title.strip().lower()))


def dittos_continue(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows, each ditto row joined to the item above it on its day and track (see the
    module); each join is a warning, since it is an inference."""
    out: list[Row] = []
    for row in rows:
        if not is_ditto(row.title) or row.people or row.links or row.abstract:
            out.append(row)
            continue
        index = next(
            (
                i
                for i in range(len(out) - 1, -1, -1)
                if out[i].day.date == row.day.date and out[i].track == row.track
            ),
            None,
        )
        if index is None or out[index].times.end not in (None, row.times.start):
            raise PageError(
                f"{row.title!r} says 'the same as above', but no item above it on that day "
                "runs on into its time",
                line=row.line,
                column=row.time_cell.column,
                expected="the title of the item at this time, or a merged cell",
            )
        above = out[index]
        times = attrs.evolve(above.times, end=row.times.end)
        out[index] = attrs.evolve(above, times=times)
        warnings.append(
            PageWarning(
                row.line,
                row.time_cell.column,
                f"read {row.title!r} as {above.title!r} going on",
            )
        )
    return out
