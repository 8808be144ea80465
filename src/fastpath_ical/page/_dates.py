"""The date a line or a cell gives, held to the calendar: a date that does not exist, a year
no program falls in, or a weekday that is not the date's is an error naming it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import attrs

from .._patterns import lazy_compile
from ..datenames import weekday_name
from ..errors import PageError
from ..model import MAX_YEAR, MIN_YEAR
from ._clock import ClockTime, FoundDate, TimeRange, find_date, parse_time_range
from ._date_words import FOREIGN_WEEKDAYS, FOREIGN_WORDS, WEEKDAY_WORDS, weekday_number
from ._records import PageWarning
from ._title_text import drop_pictographs

__all__ = [
    "date_in",
    "date_in_a_part",
    "dated_by_its_line",
    "dated_by_the_page",
    "is_only_date",
    "names_the_day",
    "next_weekday",
    "span_line",
    "start_line",
    "weekday_and_day",
    "weekday_and_day_written",
    "weekday_only",
    "year_in",
]


def is_only_date(text: str, year: int | None = None) -> bool:
    """Whether ``text`` says a date and nothing else ("**Monday, June 14**", "Day 2: May 3")."""
    found = find_date(text, year=year)
    if found is None:
        return False
    # "**Jeudi 28 novembre (amphi Gagnepain)**": the day's room in a bracket after it.
    after = re.sub(r"^\W*\([^()]*\)\W*$", "", text[found.span[1] :])
    rest = text[: found.span[0]] + after
    return len(re.sub(r"[\W_]+|\bday\s*\d*\b", "", rest, flags=re.IGNORECASE)) < 4


def date_in(
    text: str, line: int, raw: str, year: int | None, *, heading: bool = False
) -> dt.date | None:
    """The date ``text`` (on ``line``, written ``raw``) gives, checked; ``year`` is the year
    of a date written without one; a ``heading`` may name its day before its theme."""
    try:
        found = find_date(text, year=year, heading=heading)
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
    if found.weekday and _weekday_of(found.weekday) != found.date.weekday():
        column = raw.find(found.weekday) + 1 if found.weekday in raw else 1
        raise PageError(
            f"{found.weekday.strip()} does not match {found.date.isoformat()}, "
            f"which is a {weekday_name(found.date)}",
            line=line,
            column=column,
            text=found.weekday,
            expected=f"{weekday_name(found.date)} or another date",
            code="weekday",
        )
    return found.date


#: A line that says what its date is the date of: "- Workshop: Saturday, December 16, 2023".
_DAY_LABEL = lazy_compile(
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


#: A heading that names a day of the week and nothing else a date would say ("Saturday",
#: "Day 2: Sunday", "Sunday (Day 1)").
_WEEKDAY_ONLY = lazy_compile(
    r"^\W*(?:day\s*\d{1,2}\W*)?(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun|"
    + FOREIGN_WEEKDAYS
    + r")(?:day)?\.?\W*(?:\(?\s*day\s*\d{1,2}\s*\)?)?\W*$",
    re.IGNORECASE,
    needs=WEEKDAY_WORDS,
    without=(FOREIGN_WEEKDAYS,),
    unless=FOREIGN_WORDS,
)


def _weekday_of(written: str) -> int | None:
    """The weekday a page writes, 0 for Monday ("Mon.", "Tues", "Samstag", "mardi")."""
    word = written.strip(". ").lower()
    number = weekday_number(word)
    return number if number is not None else weekday_number(word[:3])


def weekday_only(text: str) -> bool:
    return _WEEKDAY_ONLY.match(text) is not None


def next_weekday(after: dt.date, text: str) -> dt.date:
    """The first day on or after ``after`` that is the weekday ``text`` names."""
    found = _WEEKDAY_ONLY.match(text)
    assert found is not None
    wanted = _weekday_of(found.group("weekday"))
    for ahead in range(7):
        date = after + dt.timedelta(days=ahead)
        if date.weekday() == wanted:
            return date
    raise AssertionError("a week has every weekday")  # pragma: no cover


#: A weekday and a day of the month, no month: "Wednesday 14th", "Thu, 15", "Fri. 16th".
_WEEKDAY_AND_DAY = lazy_compile(
    r"^\W*(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\W*$",
    re.IGNORECASE,
    needs=WEEKDAY_WORDS,
)


def weekday_and_day_written(text: str) -> bool:
    """Whether ``text`` is a weekday and a day of the month, nothing else ("Fri 16th")."""
    return _WEEKDAY_AND_DAY.match(text) is not None


def weekday_and_day(after: dt.date, text: str) -> dt.date | None:
    """The first day on or after ``after``, within a month, that is both the weekday and
    the day of the month ``text`` names ("Thursday 15th" after 2018-11-14 is the 15th);
    ``None`` when ``text`` is not so written or no such day comes within a month."""
    found = _WEEKDAY_AND_DAY.match(text)
    if found is None:
        return None
    wanted = _weekday_of(found.group("weekday"))
    for ahead in range(32):
        date = after + dt.timedelta(days=ahead)
        if date.day == int(found.group("day")) and date.weekday() == wanted:
            return date
    return None


def year_in(text: str) -> int | None:
    found = re.search(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", text)
    return int(found.group(1)) if found else None


def _weekday_agrees(text: str, line: int, raw: str, year: int) -> tuple[FoundDate, dt.date] | None:
    """The date a weekday and a day without a year give in ``year``, when that day falls
    on that weekday there; ``None`` otherwise (``date_in`` refuses a weekday that does not
    match, and a text without a weekday proves nothing)."""
    try:
        found = find_date(text, year=year)
        date = date_in(text, line, raw, year)
    except (ValueError, PageError):
        return None
    if found is None or date is None or not found.weekday:
        return None
    return found, date


def dated_by_its_line(
    text: str, line: int, raw: str, warnings: list[PageWarning]
) -> dt.date | None:
    """ "On Monday, October 14, co-located with IEEE VIS 2024": a weekday and a day without
    a year, and one year on the same line that the weekday agrees with."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    if len(years) != 1:
        return None
    year = int(years.pop())
    dated = _weekday_agrees(text, line, raw, year)
    if dated is None:
        return None
    found, date = dated
    warnings.append(
        PageWarning(
            line,
            1,
            f"{text[found.span[0] : found.span[1]].strip()!r} has no year: read in {year}, "
            "the year the same line names, on which it falls on that weekday",
        )
    )
    return date


def dated_by_the_page(
    text: str,
    line: int,
    raw: str,
    years: Callable[[], Sequence[tuple[int, int]]],
    warnings: list[PageWarning],
) -> dt.date | None:
    """ "#### Thursday November 2" under "Welcome to the 2023 hackathon": a weekday and a day
    without a year, and exactly one year of those the page names, ``(year, line)``, on which
    that day falls on that weekday (a weekday agrees with a wrong year one time in seven;
    two years that agree are no answer). ``years`` lists them, asked for only when ``text``
    has a weekday and a day."""
    try:
        shaped = find_date(text, year=2000)  # a leap year: any day of the year is one
    except (ValueError, OverflowError):
        return None
    if shaped is None or not shaped.weekday:
        return _in_the_one_year(text, line, years(), warnings)
    agreeing: list[tuple[int, int, dt.date]] = []
    first: dict[int, int] = {}
    for year, where in years():
        first.setdefault(year, where)
    for year, where in first.items():
        dated = _weekday_agrees(text, line, raw, year)
        if dated is not None:
            agreeing.append((year, where, dated[1]))
    if len(agreeing) != 1:
        return None
    year, where, date = agreeing[0]
    warnings.append(
        PageWarning(
            line,
            1,
            f"{text.strip()!r} has no year: read in {year}, the one year the page names "
            f"(line {where}) on which it falls on that weekday",
        )
    )
    return date


def date_in_a_part(text: str, year: int) -> FoundDate | None:
    """A month and day without a year that stands as one part of a line, between commas or
    bars ("2:30 PM, 16 July | Bella Center"), its span in the whole line."""
    start = 0
    for separator in [*re.finditer(r"\s*[|,;]\s*", text), None]:
        end = separator.start() if separator is not None else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip(" *_"))
        found = find_date(piece.strip(" *_"), year=year)
        if found is not None:
            at = start + lead
            return attrs.evolve(found, span=(at + found.span[0], at + found.span[1]))
        if separator is None:
            return None
        start = separator.end()
    return None


#: A sentence that says when the event is: "will take place", "is held", "will happen".
_HELD = lazy_compile(
    r"\b(?:takes?\s+place|will\s+take\s+place|(?:will\s+be|is|are)\s+held|will\s+happen)\b",
    re.IGNORECASE,
    needs="place held happen",
)


def _in_the_one_year(
    text: str, line: int, years: Sequence[tuple[int, int]], warnings: list[PageWarning]
) -> dt.date | None:
    """ "**2:30 PM, 16 July | Bella Center**" on a page whose only year is "EMBC 2025": a
    short line (a date line, twelve words at most; a sentence is longer, unless it says the
    event takes place that day: "The tutorial will take place at ICCV 2025, on October
    19th at ...") takes the one year the page names anywhere; two years are no answer."""
    named = {year for year, _ in years}
    if len(named) != 1 or (len(text.split()) > 12 and not _HELD.search(text)):
        return None
    year = named.pop()
    try:
        found = find_date(text, year=year) or date_in_a_part(text, year)
    except (ValueError, OverflowError):
        return None
    if found is None:
        return None
    where = next(at for named_year, at in years if named_year == year)
    warnings.append(
        PageWarning(
            line,
            1,
            f"{text.strip()!r} has no year: read in {year}, the one year the page names "
            f"(line {where})",
        )
    )
    return found.date


#: What may stand before a line that is only the day's hours: a label, a pictograph.
_SPAN_LABEL = lazy_compile(r"^\W*(?:(?:time|times|hours|when|duration)\s*:\s*)?", re.IGNORECASE)


#: "Time: 21.30 CET", "Starts at 9:00": a label before the one time a day starts at.
_START_LABEL = lazy_compile(
    r"^\W*(?:(?:time|start|starts|starting|begins|beginning)(?:\s+at)?\s*:?\s*)?",
    re.IGNORECASE,
)


def start_line(text: str) -> ClockTime | None:
    """When the day starts, when a line (or what stands before a date) says only that: one
    time, its zone beside it ("Time: 21.30 CET", "**2:30 PM,**")."""
    bare = _START_LABEL.sub("", drop_pictographs(text)).strip(" ,*_|-–")
    found = parse_time_range(bare)
    if found is None or found.end is not None or found.span != (0, len(bare)):
        return None
    return found.start


def span_line(text: str) -> TimeRange | None:
    """The day's span, when a line says only that ("01:00pm - 05:00pm", "Time: 9 am - 5 pm",
    "Duration: 9:00 am - 5:00 pm")
    and says when both ends are on the clock."""
    bare = _SPAN_LABEL.sub("", drop_pictographs(text)).strip()
    found = parse_time_range(bare)
    if found is None or found.end is None or found.span != (0, len(bare)):
        return None
    if found.start.meridiem is None and found.end.meridiem is None and not found.end.is_24h:
        return None  # "1:00 - 5:00" says no more than the table does
    return found
