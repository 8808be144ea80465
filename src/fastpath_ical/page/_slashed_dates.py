"""Dates written in numbers between slashes ("10/16/23", "16/10/2023"), which the US and
Europe write in each other's order: read only when they can be read one way."""

from __future__ import annotations

import datetime as dt
import re

from .._patterns import lazy_compile

__all__ = ["slashed_date"]

#: Words before a date that make it no date of the event: the page's, a deadline's.
_NOT_THE_EVENTS = lazy_compile(
    r"\b(?:updated|posted|published|modified|edited|deadlines?|due|submi\w*|notifications?)\b",
    re.IGNORECASE,
)
#: "10/16/23", "16/10/2023": a date in numbers between slashes, the year last.
_SLASHED = lazy_compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")


def slashed_date(text: str) -> tuple[dt.date, dt.date | None, tuple[int, int]] | None:
    """A date in numbers only when it can be read one way: the day is past 12 ("10/16/23"
    is October 16 as the US writes it, "16/10/2023" as Europe does); "10/06/2023" may be
    either, and is no date to the reader. Never the page's own ("Last updated 09/23/2025",
    "Posted on ...") or a deadline's; "16/10/2025 – 17/10/2025" is a range."""
    found = _SLASHED.search(text)
    if found is None or _NOT_THE_EVENTS.search(text, 0, found.start()):
        return None
    first = _one_way(found)
    if first is None:
        return None
    rest = text[found.end() :]
    gap = len(rest) - len(rest.lstrip(" –—-"))
    after = _SLASHED.match(text, found.end() + gap) if rest[:gap].strip() in "-–—" else None
    if after is None or not rest[:gap].strip():
        return first, None, found.span()
    last = _one_way(after)
    return (first, last, (found.start(), after.end())) if last else None


def _one_way(found: re.Match[str]) -> dt.date | None:
    a, b = int(found["a"]), int(found["b"])
    if (a > 12) == (b > 12):
        return None
    month, day = (b, a) if a > 12 else (a, b)
    year = int(found["y"]) + (2000 if len(found["y"]) == 2 else 0)
    return dt.date(year, month, day)
