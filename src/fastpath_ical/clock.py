"""Wall-clock times and dates as program pages write them.

Only reading happens here: strings to ``datetime.time`` / ``datetime.date``
values, with the span of text each came from.  Turning a wall-clock time into
an instant is :func:`fastpath_ical.zones.localize`'s job.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from dateutil import parser as dateutil_parser

__all__ = [
    "ClockTime",
    "FoundDate",
    "TimeRange",
    "find_date",
    "parse_time",
    "parse_time_range",
]


@attrs.frozen
class ClockTime:
    """A time as written: hour and minute, and the am/pm marker if there was one.

    ``meridiem`` is ``"am"``, ``"pm"`` or ``None`` (a 24-hour time, or a
    12-hour time whose half of the day the reader must infer).
    """

    hour: int
    minute: int
    meridiem: str | None = None

    @property
    def is_24h(self) -> bool:
        return self.meridiem is None and (self.hour == 0 or self.hour > 12)

    def to_time(self, meridiem: str | None = None) -> dt.time:
        half = self.meridiem or meridiem
        hour = self.hour
        if half == "am":
            hour = 0 if hour == 12 else hour
        elif half == "pm":
            hour = hour if hour == 12 else hour + 12
        return dt.time(hour % 24, self.minute)


@attrs.frozen
class TimeRange:
    start: ClockTime
    end: ClockTime | None
    span: tuple[int, int]


_TIME = (
    r"(?P<{p}h>[01]?\d|2[0-4])"
    r"(?:(?:[:.h](?P<{p}m>[0-5]\d))|(?P<{p}c>[0-5]\d)(?=\s*(?:-|–|—|to\b|$|[ap]\.?m)))?"
    r"(?:\s*(?P<{p}ap>[ap])\.?\s?m\b\.?)?"
)
_SEPARATOR = r"\s*(?:-{1,3}|–|—|~|to|until)\s*"
_RANGE = re.compile(
    r"(?<![\d:])" + _TIME.format(p="s") + r"(?:" + _SEPARATOR + _TIME.format(p="e") + r")?"
    r"(?![\d:])",
    re.IGNORECASE,
)


def _clock(match: re.Match[str], prefix: str) -> ClockTime | None:
    hour_text = match.group(prefix + "h")
    if hour_text is None:
        return None
    minute_text = match.group(prefix + "m") or match.group(prefix + "c") or "00"
    marker = match.group(prefix + "ap")
    hour, minute = int(hour_text), int(minute_text)
    meridiem = marker.lower() + "m" if marker else None
    if meridiem and not 1 <= hour <= 12:
        return None
    if hour == 24 and minute:
        return None
    return ClockTime(hour, minute, meridiem)


def parse_time_range(text: str) -> TimeRange | None:
    """The first time or time range in ``text`` (``10:50 - 11:00``, ``4 pm - 4:30 pm``,
    ``14h30``, ``1600 -- 1610``), or ``None``.

    A bare number is only taken as a time when it has minutes, a marker, or
    is part of a range, so that "Session 2" is not read as two o'clock.
    """
    for match in _RANGE.finditer(text):
        start = _clock(match, "s")
        end = _clock(match, "e")
        if start is None:
            continue
        has_minutes = bool(match.group("sm") or match.group("sc"))
        if not (has_minutes or start.meridiem or end is not None):
            continue
        if end is not None and start.meridiem is None and end.meridiem and not start.is_24h:
            # "10:50 - 11:30am": the marker covers both ends unless that makes
            # the start fall after the end ("11:30 - 1:00pm" starts in the morning).
            guess = ClockTime(start.hour, start.minute, end.meridiem)
            if guess.to_time() > end.to_time():
                guess = ClockTime(start.hour, start.minute, "am" if end.meridiem == "pm" else "pm")
            start = guess
        return TimeRange(start, end, match.span())
    return None


def parse_time(text: str) -> ClockTime | None:
    found = parse_time_range(text)
    return found.start if found else None


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday|rsday)?\.?"
_DATE = re.compile(
    r"(?:(?P<weekday>" + _WEEKDAYS + r")\s*,?\s*)?"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<mdy>" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"|(?P<dmy>\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r",?\s+\d{4}))",
    re.IGNORECASE,
)


@attrs.frozen
class FoundDate:
    date: dt.date
    weekday: str | None
    span: tuple[int, int]


def find_date(text: str) -> FoundDate | None:
    """The first calendar date in ``text``, with the weekday written before it, if any.

    Raises :class:`ValueError` for a date-shaped text that is no date
    (February 30th); the caller turns it into a page error.
    """
    match = _DATE.search(text)
    if not match:
        return None
    body = match.group("iso") or match.group("mdy") or match.group("dmy")
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", body, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bof\b", " ", cleaned).replace(".", " ")
    parsed = dateutil_parser.parse(cleaned, default=dt.datetime(2000, 1, 1)).date()
    return FoundDate(parsed, match.group("weekday"), match.span())
