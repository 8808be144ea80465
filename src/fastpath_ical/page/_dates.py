"""The date a line or a cell gives, held to the calendar: a date that does not exist, a year
no program falls in, or a weekday that is not the date's is an error naming it."""

from __future__ import annotations

import datetime as dt
import re

from ..datenames import weekday_name
from ..errors import PageError
from ..model import MAX_YEAR, MIN_YEAR
from ._clock import find_date

__all__ = ["date_in", "is_only_date", "names_the_day"]


def is_only_date(text: str, year: int | None = None) -> bool:
    """Whether ``text`` says a date and nothing else ("**Monday, June 14**", "Day 2: May 3")."""
    found = find_date(text, year=year)
    if found is None:
        return False
    rest = text[: found.span[0]] + text[found.span[1] :]
    return len(re.sub(r"[\W_]+|\bday\s*\d*\b", "", rest, flags=re.IGNORECASE)) < 4


def date_in(text: str, line: int, raw: str, year: int | None) -> dt.date | None:
    """The date ``text`` (on ``line``, written ``raw``) gives, checked; ``year`` is the year
    of a date written without one."""
    try:
        found = find_date(text, year=year)
    except (ValueError, OverflowError):
        raise PageError(
            "this date does not exist",
            line=line,
            text=text,
            expected="a calendar date such as 'Sunday, March 28, 2021'",
        ) from None
    if found is None:
        return None
    if not MIN_YEAR <= found.date.year <= MAX_YEAR:
        written = text[found.span[0] : found.span[1]]
        raise PageError(
            f"the year {found.date.year:04d} is outside the years a program can fall in "
            f"({MIN_YEAR} to {MAX_YEAR})",
            line=line,
            column=raw.find(written) + 1 if written in raw else 1,
            text=written,
            expected="a date with the year of the workshop, such as 'Sunday, March 28, 2021'",
        )
    if found.weekday:
        written = found.weekday.strip(". ").lower()[:3]
        actual = weekday_name(found.date, short=True).lower()
        if written != actual:
            column = raw.find(found.weekday) + 1 if found.weekday in raw else 1
            raise PageError(
                f"{found.weekday.strip()} does not match {found.date.isoformat()}, "
                f"which is a {weekday_name(found.date)}",
                line=line,
                column=column,
                text=found.weekday,
                expected=f"{weekday_name(found.date)} or another date",
            )
    return found.date


#: A line that says what its date is the date of: "- Workshop: Saturday, December 16, 2023".
_DAY_LABEL = re.compile(
    r"^\W*(?:the\s+)?(?:workshop|date|dates|when|day|event|program(?:me)?|schedule|"
    r"conference|symposium|meeting)\b[^:]{0,20}:",
    re.IGNORECASE,
)


def names_the_day(text: str, line: int) -> bool:
    """Whether page line ``line`` states a date as the program's (a labelled date, or a
    line that is little more than a date), not in passing in a sentence."""
    lines = text.splitlines()
    said = lines[line - 1] if 0 < line <= len(lines) else ""
    return bool(_DAY_LABEL.match(said)) or len(re.findall(r"[^\W\d_]+", said)) <= 8
