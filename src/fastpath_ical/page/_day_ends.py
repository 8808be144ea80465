"""The row that only says when a day ends: "2:00 PM | Adjourn", "17:30 | End of the workshop";
and the one that only says when it starts: "9:30 | --- | Course start" above "9:30 | 11:00 |
Introduction".

Neither is an item: an end's time is when the item above it ends, if that has
no end of its own (``_wallclock`` reads it so); a start's is the start of the
item below it, which says it again.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from .._patterns import lazy_compile
from ._records import PageWarning, Row

__all__ = ["drop_day_starts", "is_day_end", "mark_day_ends"]


#: What a day's first or last row names: the workshop, the day, the course.
_EVENT = (
    r"(?:workshop|day|program(?:me)?|meeting|event|sessions?|conference|symposium|course|"
    r"school|hackathon|bootcamp|training|tutorial|seminar|summit)"
)
#: A row that only says the day is over: "End", "Adjourn", "End of official program",
#: "Boxed Lunch & Workshop End", "Adjourn to the pub", "END day 1", "Close of the workshop",
#: "Close of technical sessions", "Closing of Day 1", "Zoom session ends", "You may
#: work together, go home, etc.", "Departure", "Close", "Dismissal", "Goodbye",
#: "Video call closes", "Ende", "Fin", "End of Open Source Day", "End of Workshop / Lunch".
_END_MARKER = lazy_compile(
    r"(?:.*\s(?:&|and)\s+)?\W*(?:adjourn(?:ment|ed)?(?:\s+(?:to|for)\s.+)?|(?:the\s+)?end|"
    r"(?:the\s+)?end\s+(?:of\s+(?:the\s+)?)?(?:official\s+)?"
    + _EVENT
    + r"(?:\s+day)?(?:\s*\d+)?|(?:(?:zoom|online|virtual|live|video)\s+)?"
    r"(?:workshop|meeting|day|event|program(?:me)?|session|room|call)\s+(?:ends?|closes?)|"
    # "End of Open Source Day", "End of the Winter School": the event by its own name.
    r"end\s+of\s+(?!life\b)(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){1,4}(?:day|workshop|school|event|"
    r"conference|meeting|hackathon|summit|symposium|course|forum|camp)(?:\s*\d+)?|"
    r"clos(?:e|ing)\s+of\s+(?:the\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:workshop|day|meeting|sessions?|conference|program(?:me)?)(?:\s*\d+)?|"
    r"doors?\s+clos(?:e|es|ing)|"
    r".*\bgo(?:ing)?\s+home\b.*|home\s+time|departures?|close|dismissal|good[- ]?byes?|"
    r"ende|fin|fim)"
    # "End of Workshop / Lunch": the lunch that follows the end, no item of the program (a
    # reception or a dinner after the end may have an end of its own: no marker then).
    r"(?:\s*(?:/|&|,|\band\b)\s*(?:(?:boxed|light)\s+)?(?:lunch|refreshments))?\W*",
    re.IGNORECASE,
)
#: A row that only says the day begins: "Start", "Course start", "Start of the workshop",
#: "Workshop begins", "Beginning of day 2".
_START_MARKER = lazy_compile(
    rf"\W*(?:(?:the\s+)?(?:start|beginning)(?:\s+of\s+(?:the\s+)?{_EVENT}(?:\s+day)?(?:\s*\d+)?)?|"
    rf"{_EVENT}(?:\s+day)?(?:\s*\d+)?\s+(?:starts?|begins?))\W*",
    re.IGNORECASE,
    needs="start begin",
)
#: A note in brackets after the marker: "End (No formal dinner, but meetups encouraged)".
_NOTE = lazy_compile(r"\s*\([^()]*\)\s*$")


def is_day_end(text: str) -> bool:
    """Whether ``text`` only says the day is over ("End of Day", "Adjourn", "Departure"),
    with perhaps a note in brackets after it."""
    return bool(_END_MARKER.fullmatch(_NOTE.sub("", text) or text))


def mark_day_ends(rows: Sequence[Row]) -> list[Row]:
    """The rows, the last row of a day that says "Adjourn" or "End" marked as no item: its
    time is when the item above ends, if that has no end of its own.

    Only a row with a start alone: "12:50 PM – 01:00 PM | Closing Remarks and
    Adjournment" lasts ten minutes, and is an item.  Rows after it that day that start when
    it does, each with an end of its own ("4:30 - Workshop ends", then "4:30 - 5:30 Prepare
    posters"), are held after the end and need no end from it: it is the day's end still
    ("12:00 Adjourn for lunch" before "13:30 - 15:00 Session 2" is an item).
    """
    out: list[Row] = []
    for index, row in enumerate(rows):
        last = all(
            later.times.end is not None and later.times.start == row.times.start
            for later in _later_that_day(rows, index)
        )
        if (
            last
            and index > 0
            and rows[index - 1].day.date == row.day.date
            and not row.people
            and not row.links
            and row.times.end is None
            and is_day_end(row.title)
        ):
            row = attrs.evolve(row, ends_day=True)
        out.append(row)
    return out


def _later_that_day(rows: Sequence[Row], index: int) -> Iterator[Row]:
    """The rows after ``rows[index]`` on its day."""
    day = rows[index].day.date
    return itertools.takewhile(lambda later: later.day.date == day, rows[index + 1 :])


def drop_day_starts(rows: Sequence[Row], warnings: list[PageWarning]) -> list[Row]:
    """The rows without a day's first row that only says it starts ("Course start"), at
    the time the row below it starts too, with nothing of its own (no end, no one, no
    link, no other column's text, no abstract); each dropped row is a warning, since it
    is an inference."""
    out: list[Row] = []
    for index, row in enumerate(rows):
        after = rows[index + 1] if index + 1 < len(rows) else None
        if (
            after is not None
            and (index == 0 or rows[index - 1].day.date != row.day.date)
            and after.day.date == row.day.date
            and after.times.start == row.times.start
            and row.times.end is None
            and not row.people
            and not row.links
            and not row.extra
            and row.abstract is None
            and _START_MARKER.fullmatch(row.title)
        ):
            warnings.append(
                PageWarning(
                    row.line,
                    row.time_cell.column,
                    f"{row.title!r} only says when the day starts, as the row below it does: "
                    "no item",
                )
            )
            continue
        out.append(row)
    return out
