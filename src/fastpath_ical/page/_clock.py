"""Wall-clock times and dates as program pages write them.

Only reading happens here: strings to ``datetime.time`` / ``datetime.date``
values, with the span of text each came from.  Turning a wall-clock time into
an instant is :func:`fastpath_ical.zones.localize`'s job, and deciding what a
zone abbreviation beside a time means is the page reader's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from .._patterns import LazyPattern, lazy_compile
from ._date_words import (
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    FOREIGN_WORDS,
    WEEKDAY_WORDS,
    in_english,
    weekday_number,
)
from ._slashed_dates import slashed_date

__all__ = [
    "MONTHS",
    "ClockTime",
    "FoundDate",
    "TimeRange",
    "find_date",
    "parse_offset",
    "parse_time_range",
    "spoken",
    "written_beyond_doubt",
]


@attrs.frozen
class ClockTime:
    """A time as written: hour and minute, the am/pm marker, and the zone written beside it.

    ``meridiem`` is ``"am"``, ``"pm"`` or ``None`` (a 24-hour time, or a
    12-hour time whose half of the day the reader must infer).  ``padded`` is
    true for a two-digit hour with a leading zero ("08:00"), which only a
    24-hour clock writes.  ``zone`` is a UTC offset ("-04:00", "UTC+1") or an
    abbreviation ("EDT") written right after the time, as pages do to say which
    of two repeated wall-clock times they mean on a DST-change night.
    """

    hour: int
    minute: int
    meridiem: str | None = None
    padded: bool = False
    zone: str | None = None

    @property
    def is_24h(self) -> bool:
        return self.meridiem is None and (self.hour == 0 or self.hour > 12 or self.padded)

    @property
    def on_twelve_hours(self) -> bool:
        """Whether the time could be on a 12-hour clock: 1 to 12, whatever its zero."""
        return self.meridiem is not None or 1 <= self.hour <= 12

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


_OFFSET = r"(?:(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:?\d{2})"
_ABBREVIATION = r"(?-i:[A-Z]{2,5})(?![A-Za-z])"
#: What may follow a time's minutes written without a colon ("1600"): a range's separator,
#: the end, or am/pm; so "Room 1200" is no time.
_AFTER_COMPACT = r"(?=\s*(?:-|–|—|to\b|$|[ap]\.?m))"
_TIME = (
    r"(?P<{p}h>[01]?\d|2[0-4])"
    # "09:30h", and "09:30hs" as Brazilian pages write it.
    r"(?:(?:[:.h](?P<{p}m>[0-5]\d)(?:hs?(?![a-z]))?(?::00(?!\d))?(?:\s?(?-i:Uhr)(?![a-z]))?)"
    r"|(?P<{p}c>[0-5]\d)" + _AFTER_COMPACT + r"|(?P<{p}fh>h)(?![a-z])"
    # "10 Uhr – Vortrag": the German o'clock after a full hour.
    r"|\s?(?P<{p}uhr>(?-i:Uhr))(?![a-z])"
    # "08 : 15 – 08 : 30": a two-digit hour, a colon between single spaces, the minutes.
    r"|(?<=\d\d) : (?P<{p}sm>[0-5]\d))?"
    r"(?:\s*(?P<{p}ap>[ap])\.?\s?m\b\.?|(?P<{p}one>[ap])(?![\w.]))?"
)
_ZONE = r"(?:\s*,?\s*\(?(?P<{p}z>" + _OFFSET + r"|" + _ABBREVIATION + r")\)?)?"
#: Between a range's times; a slash only with no space around it, between times with
#: their minutes or an "h" ("9h30/12h30", "9:30/12:30", "12h30/14h"; "10/11" is a date,
#: "12:00 pm EDT / 17:00 UTC" one time in two zones), see ``_ranges``.
_SEPARATOR = r"(?:\s*(?:-{1,3}|–|—|−|~|to|until|till|(?<=\s)bis(?=\s))\s*|(?P<slash>/))"


def _range_pattern(zones: bool) -> LazyPattern:
    start = _TIME.replace("{p}", "s") + (_ZONE.replace("{p}", "s") if zones else "")
    end = _TIME.replace("{p}", "e") + (_ZONE.replace("{p}", "e") if zones else "")
    # "1900 - 1930 Closing Remarks": after a start so written, an end of four digits may
    # be followed by the title (no digit: the pattern's end says so); "Room 220-222" is
    # no range.
    end = end.replace(
        _AFTER_COMPACT, r"(?(sc)(?:(?<=\d{4})|" + _AFTER_COMPACT + ")|" + _AFTER_COMPACT + ")", 1
    )
    return lazy_compile(
        r"(?<![\w:])" + start + r"(?:" + _SEPARATOR + end + r")?" + r"(?!\d|:\d)",
        re.IGNORECASE,
    )


_RANGE = _range_pattern(zones=True)
_PLAIN_RANGE = _range_pattern(zones=False)


def parse_offset(text: str) -> dt.timedelta | None:
    """The UTC offset a numeric zone text means ("-04:00", "UTC+1", "GMT−5:30"), or ``None``."""
    match = re.fullmatch(
        r"(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", text.strip(), re.IGNORECASE
    )
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    sign = -1 if match.group(1) in "-−" else 1
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def _clock(match: re.Match[str], prefix: str) -> ClockTime | None:
    hour_text = match.group(prefix + "h")
    if hour_text is None:
        return None
    minute_text = (
        match.group(prefix + "m") or match.group(prefix + "c") or match.group(prefix + "sm") or "00"
    )
    marker = match.group(prefix + "ap") or match.group(prefix + "one")
    hour, minute = int(hour_text), int(minute_text)
    meridiem = marker.lower() + "m" if marker else None
    if meridiem == "pm" and 13 <= hour <= 23:
        meridiem = None  # "12:50-13:00 PM": a 24-hour time that says pm as well, one reading
    if meridiem and not 1 <= hour <= 12:
        return None
    if hour == 24 and minute:
        return None
    zone = match.groupdict().get(prefix + "z")
    padded = len(hour_text) == 2 and hour_text.startswith("0")
    return ClockTime(hour, minute, meridiem, padded, zone)


#: Letters or digits: what the markup before a line's first time ("**") does not hold.
_WORDS = lazy_compile(r"[^\W_]")
#: A dash between spaces, then a word: a title after an hour ("20h - Dinner").
_DASH_AFTER = lazy_compile(r"\s+[-–—]\s+[^\W\d_]")


#: Minutes after a full stop ("10.11"): a date's day and month as often as a time.
_DOTTED = lazy_compile(r"\d\.\d")


#: A third number right after a dotted time: "3.12.1", "03.06.25" (not "13.15.13.45",
#: two times whose dash was lost, which the line's reader refuses).
_DOTTED_ON = lazy_compile(r"\.\d{1,2}(?!\d)(?![.:]\d)")
#: A currency's sign right before a number: "£500", "$ 1000", "€1500".
_MONEY_BEFORE = lazy_compile(r"[$£€¥₹]\s?$")


def _ranges(pattern: LazyPattern, text: str) -> TimeRange | None:
    for match in pattern.finditer(text):
        start = _clock(match, "s")
        end = _clock(match, "e")
        if start is None:
            continue
        if _MONEY_BEFORE.search(text, 0, match.start()):
            continue  # "£500", "$ 1000": a price, no time
        if end is None and _DOTTED_ON.match(text, match.end()) and "." in match.group(0):
            continue  # "3.12.1 or later", "**03.06.25**": a version or a date, no time
        # "14h" alone may be a duration ("a 2h tutorial"); "14h - 15h" is a range, and so
        # is "14h:" before a title is a time ("12h:	Lunch").
        has_minutes = bool(match.group("sm") or match.group("sc"))
        if match.group("slash") and (
            not ((has_minutes or match.group("sfh")) and (match.group("em") or match.group("efh")))
            or match.group("suhr")
            or match.groupdict().get("sz")
            or match.groupdict().get("ez")
            or _DOTTED.search(match.group(0))
        ):
            # "10/11", "9/12:30": a date or a fraction; "12:00 EDT/16:00 UTC": one time in
            # two zones; "10.11/12.11": two dates. No range of times.
            continue
        labelled_hour = (
            bool(match.group("suhr") or match.group("euhr"))
            or (
                bool(match.group("sfh"))
                and (
                    text[match.end() : match.end() + 1] == ":"
                    or not text[match.end() :].strip()
                    # "**20h - Rendez-vous citadin**": the line's first words, a dash after them.
                    or (
                        not _WORDS.search(text[: match.start()])
                        and _DASH_AFTER.match(text, match.end())
                    )
                )
            )
        )
        if not (has_minutes or start.meridiem or end is not None or labelled_hour):
            continue
        if match.group("sone") and not has_minutes and end is None:
            # "9:00a" and "9a-10a" are times; "Room 3a" is not.
            continue
        if start.zone and parse_offset(start.zone) is None and not start.zone.isalpha():
            return None
        if end is not None and start.meridiem is None and end.meridiem and 1 <= start.hour <= 12:
            # "10:50 - 11:30am": the marker covers both ends unless that makes
            # the start fall after the end ("11:30 - 1:00pm" starts in the morning).
            guess = attrs.evolve(start, meridiem=end.meridiem)
            if guess.to_time() > end.to_time():
                guess = attrs.evolve(start, meridiem="am" if end.meridiem == "pm" else "pm")
            start = guess
        span = match.span()
        last_zone = "ez" if match.groupdict().get("ez") else "sz"
        if match.groupdict().get(last_zone) and not zone_written_here(
            text, match.start(last_zone), match.end(last_zone)
        ):
            # "11:00 - 12:00 ART session", "9:00 ICT Hall": a word, not the times' zone.
            start = attrs.evolve(start, zone=None)
            end = attrs.evolve(end, zone=None) if end is not None else None
            span = (span[0], len(text[: match.start(last_zone)].rstrip(" (")))
        if end is not None and end.zone and not start.zone and end.zone.isalpha():
            # "01:00 - 01:30 EDT": one abbreviation after a range speaks for both ends.
            start = attrs.evolve(start, zone=end.zone)
        if (
            end is not None
            and has_minutes
            and not any(match.groupdict().get(g) for g in ("em", "ec", "efh", "eap", "eone", "ez"))
            and _WORD_AFTER.match(text, match.end())
        ):
            # "9:00 - 10 Years of Rust", "0945 - 4D-Modeller": a number that starts the
            # title, not an end; a start written with minutes has an end written so too.
            written = max(match.end(g) for g in ("sh", "sm", "sc", "sap", "sone"))
            return TimeRange(start, None, (span[0], written))
        if end is None and match.group("eh") is not None:
            # "10:55 AM - 18:15 AM": an end that is no time; the span stops before it,
            # so that the time cell's check sees the rest and refuses the cell.
            written = max(match.end(g) for g in ("sh", "sm", "sc", "sfh", "sap", "sone"))
            separator = _SEPARATOR_AT.search(text, written, match.end())
            span = (span[0], separator.start() if separator else span[1])
        return TimeRange(start, end, span)
    return None


#: Zone abbreviations that are words or initials on pages too (an "ICT" department, an
#: "ART session", "EAT & MEET", "the CAT building"): no zone where a word goes on from
#: them ("ICT Hall", "CAT scan", "ICT-enabled", "EAT & MEET"), but for one that follows a
#: zone ("EAT time", "EAT on Zoom", "EAT sharp", "WIB s.d. selesai"), or after an article.
WORD_ZONES = frozenset({"SAST", "EAT", "CAT", "WAT", "WIB", "PKT", "ICT", "IDT", "ART"})
_GOES_ON = lazy_compile(r"\s*\)?\s*(?:&|-(?=[^\W\d_])|(?P<word>[^\W\d_]+))")
_AFTER_A_ZONE = frozenset(
    {"time", "zone", "on", "and", "to", "until", "till", "sharp", "onwards", "onward", "or"}
    | {"s", "sampai", "hingga", "bis", "hasta", "au", "jusqu"}
)
_ARTICLE_BEFORE = lazy_compile(r"\b(?:the|an?|our|their|its)\s+$", re.IGNORECASE)


_JOINED_WORD = lazy_compile(r"[\w.]+$")


def zone_written_here(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written as a zone: a zone's name (capitals
    no zone goes by are a word: "14:20 HIP exercises", "10:00 NLP tutorial"), but one of
    :data:`WORD_ZONES` only where no word goes on from it."""
    from ..zones import AMBIGUOUS, ZONE_NAMES

    name = text[start:end].upper()
    name_upper = text[start:end].isupper()
    if name.isalpha() and name not in ZONE_NAMES and name not in AMBIGUOUS:
        return False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and not name_upper:
        joined = _JOINED_WORD.search(text, 0, start - 1)
        if joined is not None and not joined.group(0).replace(".", "").isupper():
            # "Asia-Pacific", "Mid-Atlantic": a region, joined to a word before it ("US-Pacific"
            # is the zone, a country's code before it).
            return False
    if name not in WORD_ZONES:
        return True
    goes_on = _GOES_ON.match(text, end)
    if goes_on and (goes_on["word"] is None or goes_on["word"].lower() not in _AFTER_A_ZONE):
        return False
    return not _ARTICLE_BEFORE.search(text, 0, start)


_SEPARATOR_AT = lazy_compile(_SEPARATOR, re.IGNORECASE)
#: A word right after a number: the number is part of it ("4D"), or of a title ("10 Years").
_WORD_AFTER = lazy_compile(r"\s*[^\W\d_]")


_NOON = lazy_compile(r"\bnoon\b", re.IGNORECASE)
_MIDNIGHT = lazy_compile(r"\bmidnight\b", re.IGNORECASE)


def spoken(text: str) -> str:
    """ "noon" and "midnight" as clock times, written in as many characters, so that
    the spans found in the result are spans of ``text`` too."""
    text = _NOON.sub("12pm", text)
    return _MIDNIGHT.sub("12:00 am", text)


def time_alone(text: str) -> bool:
    """Whether ``text`` says one time and nothing else ("9:40am"): no range, no words."""
    text = text.strip()
    found = parse_time_range(text)
    return found is not None and found.end is None and found.span == (0, len(text))


@functools.lru_cache(maxsize=4096)
def parse_time_range(text: str) -> TimeRange | None:
    """The first time or time range in ``text`` (``10:50 - 11:00``, ``4 pm - 4:30 pm``,
    ``14h30``, ``14h - 15h``, ``1600 -- 1610``, ``01:30 -04:00 - 02:00 -05:00``,
    ``11:00 - noon``), or ``None``.

    A bare number is only taken as a time when it has minutes, a marker, or
    is part of a range, so that "Session 2" is not read as two o'clock.  A
    sign after a time is an offset only when the text still reads as a range
    with it, so "10:50 -11:00" stays a range.

    Cached: a program's time cells repeat day after day (a page of 10,000 items has
    some 240 of them), the reading depends on the text alone, and a
    :class:`TimeRange` is frozen, so each is read once.
    """
    text = spoken(text)
    found = _ranges(_RANGE, text)
    if found is not None and found.end is None and found.start.zone is not None:
        plain = _ranges(_PLAIN_RANGE, text)
        if plain is not None and plain.end is not None:
            return plain
    if found is None:
        return _ranges(_PLAIN_RANGE, text)
    if found.span[0] > 0:
        # "9-10:00 Introductions ... Max 4-5 mins": the first range, read as 9 o'clock at
        # the offset -10:00 and passed over, is still the first time of the text.
        plain = _ranges(_PLAIN_RANGE, text[: found.span[0]])
        if plain is not None and plain.end is not None:
            return plain
    return found


#: A month's name as pages write it: "Jan", "January", "Sept.".
MONTHS = (
    r"(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![^\W\d_])|"
    + FOREIGN_MONTHS
    + r"(?![^\W\d_]))\.?"
)
_WEEKDAYS = (
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"(?:day|nesday|urday|sday|rsday)?|" + FOREIGN_WEEKDAYS + r")(?![^\W\d_])\.?"
)
#: The date patterns read a text that names no month nor weekday in another language with
#: the English names alone, which cost a third as much to compile (``_patterns``).
_FOREIGN_NAMES = (FOREIGN_MONTHS, FOREIGN_WEEKDAYS)
#: A day of the month: "15", "15th", "24." (German).
_DAY = r"\d{1,2}(?:st|nd|rd|th|\.(?=\s))?"
#: Between a day and its month: "15 June", "15th of June", "20 de octubre".
_OF = r"\s+(?:(?:of|de|del)\s+)?"
#: Between the first and the last day of a range: "14-15", "2 through 4", "May 3 to May 5",
#: and of two days: "February 20 and 21", "20 & 21".
_DAYS_APART = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+|\s*&\s*)"
#: The same between two days before their month, also in the page's language and with
#: the last day's weekday: "du 27 au 31 août", "vom 27. bis 31. August", "del 3 al 5 de
#: mayo", "du lundi 27 au vendredi 31 août" (read as a range, or the Monday columns of a
#: five-day week would fall in the week after it).
_DAYS_APART_BEFORE_MONTH = (
    r"(?:" + _DAYS_APART + r"|\s+(?:au|bis|al|a|et|und|e|y)\s+)(?:" + _WEEKDAYS + r"\s+)?"
)
_DATE = lazy_compile(
    r"(?:(?P<weekday>" + _WEEKDAYS + r")\s*,?\s*(?:the\s+)?)?"
    # "2023年11月27日", "2026년 8월 3일": Chinese and Japanese, and Korean, dates; a range
    # goes on from the day ("2025年6月26日(木)-27日(金)").
    r"(?:(?P<cjk>\d{4})\s*[年년]\s*(?P<cjkm>\d{1,2})\s*[月월]\s*(?P<cjkd>\d{1,2})\s*[日일]"
    r"(?:\s*[(（](?P<cjkw>[月火水木金土日월화수목금토일])[^)）]{0,3}[)）])?"
    r"(?:\s*[-–—~〜～]\s*(?P<cjkl>\d{1,2})\s*[日일])?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<ymd>\d{4}/\d{1,2}/\d{1,2})"
    # "07.09.2026"; "7. 9. 2026" as Czech and German pages space it; never the last day of
    # a range ("7.–9. 9. 2026": its first day is not written whole).
    r"|(?<!\d\.[-–—])(?<!\d\.[-–—]\s)(?<!\d\.\s[-–—])(?<!\d\.\s[-–—]\s)"
    r"(?P<dotted>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})"
    # "November 18th, 2025"; "November, 18th 2025" as some pages write it.
    r"|(?P<mdy>" + MONTHS + r",?\s+" + _DAY + r",?\s+\d{4})"
    r"|(?P<mdd>"
    + MONTHS
    + r"\s+"
    + _DAY
    + r")"
    + _DAYS_APART
    + r"(?P<mddd>"
    + _DAY
    + r"),?\s+(?P<mddy>\d{4})"
    r"|(?P<cross>"
    + MONTHS
    + r"\s+"
    + _DAY
    + r")"
    + _DAYS_APART
    + r"(?P<crossend>"
    + MONTHS
    + r"\s+"
    + _DAY
    + r"),?\s+(?P<crossy>\d{4})"
    r"|(?P<ddm>\d{1,2})(?:st|nd|rd|th|\.)?"
    + _DAYS_APART_BEFORE_MONTH
    + r"(?P<ddmd>\d{1,2})(?:st|nd|rd|th|\.)?"
    + _OF
    + r"(?P<ddmm>"
    + MONTHS
    + r"),?\s+(?:de\s+)?(?P<ddmy>\d{4})"
    r"|(?P<dmy>" + _DAY + _OF + MONTHS + r",?\s+(?:de\s+)?\d{4}))(?![\d])",
    re.IGNORECASE,
    without=_FOREIGN_NAMES,
    unless=FOREIGN_WORDS,
)
#: A month and a day with no year, either way round ("June 15", "15th of June").
_MONTH_DAY = r"(?:(?P<md>" + MONTHS + r"\s+" + _DAY + r")|(?P<dm>" + _DAY + _OF + MONTHS + r"))"
# "Tuesday, June 15" on a page whose first date line gave the year.
# "Tue 24.6.": a weekday, then day and month with dots (the European form), no year.
_DATE_NO_YEAR = lazy_compile(
    # "Monday (03/25)": the date in brackets after its weekday, the bracket closed right
    # after it ("Monday (3/4 day)", "Monday (9.5 h)" are no dates).
    r"(?<![\w])(?P<weekday>" + _WEEKDAYS + r")\s*,?\s*(?P<bracket>\()?\s*(?:the\s+)?"
    r"(?:" + _MONTH_DAY + r"(?![\w])|(?P<dotted_dm>\d{1,2}\.\d{1,2})\.?(?![\w.])"
    # "Tuesday 6/21": day and month between a slash, the weekday saying which is which.
    r"|(?P<slashed>\d{1,2}/\d{1,2})(?![\w/.]))(?(bracket)\s*\))",
    re.IGNORECASE,
    needs=WEEKDAY_WORDS,
    without=_FOREIGN_NAMES,
    unless=FOREIGN_WORDS,
)


@attrs.frozen
class FoundDate:
    """A date as written; ``last`` is the last day when it is a range ("June 14-15, 2021")."""

    date: dt.date
    weekday: str | None
    span: tuple[int, int]
    last: dt.date | None = None


def _parse(body: str, year: int | None = None) -> dt.date:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", body, flags=re.IGNORECASE)
    cleaned = in_english(re.sub(r"\bof\b", " ", cleaned).replace(".", " "))
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", cleaned):
        return dt.date.fromisoformat(cleaned.strip())
    written = re.search(r"\b\d{4}\b", cleaned)
    if written is not None:
        # dateutil reads "0001" as 2001; the year as written is taken apart and kept.
        year = int(written.group(0))
        cleaned = cleaned[: written.start()] + " " + cleaned[written.end() :]
    if year is not None and year < 1:
        raise ValueError(f"year {year} is before the calendar")
    quick = _month_and_day(cleaned, year or 2000)
    if quick is not None:
        return quick
    from dateutil import parser as dateutil_parser  # here: most pages never need it

    default = dt.datetime(year or 2000, 1, 1)
    return dateutil_parser.parse(cleaned, default=default).date()


#: The month names dateutil's parser reads (``parserinfo.MONTHS``), in lower case.
_DATEUTIL_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}  # fmt: skip


def _month_and_day(cleaned: str, year: int) -> dt.date | None:
    """The date of a month's name and a day that is in it ("March 28", "28, mar"), in
    ``year``, as dateutil's parser reads it; None for any other text, which is left to
    dateutil.  The one shape most dates come in, read without importing the parser (a
    few milliseconds of every start-up, issue 13); a test holds it to dateutil's answer."""
    words = cleaned.replace(",", " ").split()
    if len(words) != 2:
        return None
    if words[0].isdigit():
        words.reverse()
    month, day = _DATEUTIL_MONTHS.get(words[0].lower()), words[1]
    if month is None or not (day.isascii() and day.isdigit() and len(day) <= 2):
        return None
    try:
        return dt.date(year, month, int(day))
    except ValueError:  # "Feb 30": dateutil says why
        return None


def _written_date(match: re.Match[str]) -> dt.date:
    """The date a match of ``_DATE`` writes; a range ("June 14–15, 2021") gives its first day.

    Numeric forms are read only where the order is certain: year first
    (``2021/03/28``) or day.month.year with dots (``28.03.2021``, the European
    form); ``03/04/2021`` means two different days on either side of the Atlantic.
    """
    if match.group("cjk"):
        return dt.date(int(match["cjk"]), int(match["cjkm"]), int(match["cjkd"]))
    if match.group("ymd"):
        year, month, day = (int(part) for part in match.group("ymd").split("/"))
        return dt.date(year, month, day)
    if match.group("dotted"):
        day, month, year = (int(part) for part in match.group("dotted").split("."))
        return dt.date(year, month, day)
    if match.group("mdd"):
        return _parse(f"{match.group('mdd')} {match.group('mddy')}")
    if match.group("cross"):
        return _range_dates(match)[0]
    if match.group("ddm"):
        return _parse(f"{match.group('ddm')} {match.group('ddmm')} {match.group('ddmy')}")
    return _parse(match.group("iso") or match.group("mdy") or match.group("dmy"))


def _range_dates(match: re.Match[str]) -> tuple[dt.date, dt.date]:
    """First and last day of a range written across two months ("Nov. 30 - Dec. 1, 2018");
    the year belongs to the last day, so a range over New Year starts the year before."""
    year = int(match.group("crossy"))
    last = _parse(f"{match.group('crossend')} {year}")
    first = _parse(f"{match.group('cross')} {year}")
    if first > last:
        first = _parse(f"{match.group('cross')} {year - 1}")
    return first, last


def _last_day(match: re.Match[str]) -> dt.date | None:
    if match.group("cjkl"):
        return dt.date(int(match["cjk"]), int(match["cjkm"]), int(match["cjkl"]))
    if match.group("mdd"):
        month = re.match(r"\S+", match.group("mdd"))
        assert month is not None
        return _parse(f"{month.group(0)} {match.group('mddd')} {match.group('mddy')}")
    if match.group("cross"):
        return _range_dates(match)[1]
    if match.group("ddm"):
        return _parse(f"{match.group('ddmd')} {match.group('ddmm')} {match.group('ddmy')}")
    return None


#: A line that is a month and a day and nothing else ("June 3", "3 June", "November 5
#: (Sat.)", its weekday after it): a day's heading, read only with the year known, as a
#: weekday and a day are.  Within a sentence ("papers due June 3") a day without its
#: weekday is not taken.
_ONLY_MONTH_DAY = lazy_compile(
    _MONTH_DAY + r"(?:\s*[,(]?\s*(?P<weekday>" + _WEEKDAYS + r")\.?\s*\)?)?",
    re.IGNORECASE,
    without=_FOREIGN_NAMES,
    unless=FOREIGN_WORDS,
)


#: "The workshop will be held December 11 virtually", "... will happen in person at the
#: Paris Convention Center on October 3rd": a sentence saying when the event is, with a
#: month and day and no year ("happened", "occurs" only after the event's
#: noun: "Poster printing happens on July 17" dates no workshop).
_HELD_ON = lazy_compile(
    r"\b(?:(?:will\s+be\s+|is\s+|was\s+)?(?:held|run)|takes?\s+place|took\s+place|"
    r"is\s+scheduled\s+for|(?:workshop|symposium|meeting|conference|event|school|hackathon|"
    r"tutorial|seminar)\s+(?:will\s+)?(?:happen(?:s|ed)?|occur(?:s|red)?)"
    # "The schedule for the 28th of September will be as follows:"
    r"|(?:schedule|program(?:me)?|agenda|timetable)\s+for"
    # "All times are in EST and pertain to April 29.": what the times are of.
    r"|\ball\s+times\s+(?:are|listed|shown|given)\b[^.!?;\n]{0,60}?(?:pertain|refer|apply)\s+to)"
    # "... will happen in person at the Paris Convention Center, room P01 on October 3rd":
    # where, then "on" and the day, in the same sentence.
    r"(?:\s+[^.!?;\n]{1,120}?\s+on)?\s+(?:on\s+)?"
    r"(?:the\s+)?(?:(?P<weekday>"
    + _WEEKDAYS
    + r")\s*,?\s*(?:the\s+)?)?"
    + _MONTH_DAY
    + r"(?![\w,]*\s*,?\s*\d{4})(?![\w])",
    re.IGNORECASE,
    needs="happen held occur place run scheduled schedule program agenda timetable times",
    without=_FOREIGN_NAMES,
    unless=FOREIGN_WORDS,
)


#: "October 3rd (morning) 2023": a note in brackets between a day and its year.
_NOTE_BEFORE_YEAR = lazy_compile(r"(?<=\d|[a-z])\s*\([^()\d]{1,20}\)(?=,?\s*\d{4}\b)")


def _blanked(match: re.Match[str]) -> str:
    """A note's place kept, as spaces, so that every column after it stays put."""
    return " " * len(match.group(0))


#: "Day 1", "Week 2", "Part 3" just before a number: the number counts days, not dates.
_NUMBERED = lazy_compile(
    r"\b(?:day|week|part|session|module|lecture|track|no\.?|#)\s*$", re.IGNORECASE
)


#: "Day 1: Mar 27", "Date: 28th of August": a label before a month and a day, which the
#: year of the page (or the year argument) dates.
_DAY_LABEL = lazy_compile(
    r"^(?:day\s+\d{1,2}|(?:workshop\s+|event\s+)?dates?)\s*[:.\-–—,]\s*", re.IGNORECASE
)


#: A weekday in brackets after a day ("December 11 (Monday)", "18th (Saturday) October
#: 2025"): said as pages more often write it, before the day.
_WEEKDAY_AFTER_DAY = lazy_compile(
    r"(?P<day>(?<![\w.])(?:"
    + MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?=\s*\([^()]*\)\s+"
    + MONTHS
    + r")))\s*\(\s*(?P<weekday>"
    + _WEEKDAYS
    + r")\s*\)",
    re.IGNORECASE,
    without=_FOREIGN_NAMES,
    unless=FOREIGN_WORDS,
)


def _weekday_first(text: str) -> tuple[str, tuple[int, int] | None]:
    """``text`` with a day's bracketed weekday said before the day, as long as it was
    written, and where that was; a text with two such days (a range) is left as it is."""
    found = list(_WEEKDAY_AFTER_DAY.finditer(text))
    if len(found) != 1:
        return text, None
    match = found[0]
    said = f"{match.group('weekday')}, {match.group('day')}".rjust(len(match.group(0)))
    return text[: match.start()] + said + text[match.end() :], match.span()


def find_date(text: str, *, year: int | None = None, heading: bool = False) -> FoundDate | None:
    """The first calendar date in ``text``, with the weekday written before it, if any.

    With ``year`` (the year of the page's first date), a weekday and a day of
    the month without a year ("Tuesday, June 15") is a date too, and so is a
    text that is only a month and a day ("June 15").  Raises
    :class:`ValueError` for a date-shaped text that is no date (February
    30th); the caller turns it into a page error.
    """
    moved = None
    if "(" in text:
        text, moved = _weekday_first(text)
        text = _NOTE_BEFORE_YEAR.sub(_blanked, text)
    found = _find_date(text, year)
    if found is None and heading and year is not None:
        found = _titled_day(text, year)
    if found is not None and moved is not None and moved[0] <= found.span[0] < moved[1]:
        # The date starts where its day was written, not where its weekday is said now.
        found = attrs.evolve(found, span=(moved[0], max(found.span[1], moved[1])))
    return found


def _find_date(text: str, year: int | None) -> FoundDate | None:
    match = _DATE.search(text)
    while match and match.group("ddm") and _NUMBERED.search(text, 0, match.start()):
        # "Day 1 - 10th December 2019": day 1 of the event, not December 1 to 10.
        match = _DATE.search(text, match.start("ddmd"))
    if match:
        first = _written_date(match)
        last = _last_day(match)
        if last is not None and last < first:
            raise ValueError(f"a range that ends before it starts: {match.group(0)!r}")
        weekday = match.group("weekday") or _CJK_WEEKDAYS.get(match.group("cjkw") or "")
        return FoundDate(first, weekday, match.span(), last)
    slashed = slashed_date(text)
    if slashed is not None:
        first, last, span = slashed
        return FoundDate(first, None, span, last)
    if year is None:
        return None
    # "Day 1: Mar 27": a numbered day's heading that gives its month and day.
    bare = _DAY_LABEL.sub("", text.strip(" *_.:"), count=1)
    cjk = _CJK_MONTH_DAY.search(text) if "月" in text or "월" in text else None
    if cjk is not None:
        # "1日目 6月26日（木）": a month and a day in Chinese or Japanese (or Korean) are
        # written so only as a date, unlike "June 3" in a sentence.
        weekday = _CJK_WEEKDAYS.get(cjk["w"] or "")
        return FoundDate(dt.date(year, int(cjk["m"]), int(cjk["d"])), weekday, cjk.span())
    loose = _DATE_NO_YEAR.search(text) or _ONLY_MONTH_DAY.fullmatch(bare)
    held = loose is None
    loose = loose or _HELD_ON.search(text)
    if not loose:
        return None
    if loose.groupdict().get("slashed"):
        if loose.group("bracket") and all(int(n) <= 12 for n in loose.group("slashed").split("/")):
            return None  # "Monday (1/2)", "Monday (3/4)": a part or a fraction, as likely
        return _slashed_by_weekday(loose, year)
    if loose.groupdict().get("dotted_dm"):
        day, month = (int(part) for part in loose.group("dotted_dm").split("."))
        return FoundDate(dt.date(year, month, day), loose.group("weekday"), loose.span())
    body = loose.group("md") or loose.group("dm")
    span = loose.span()
    if loose.string is bare and bare is not text:
        # "Day 1, Aug 07, MON" read as "Aug 07, MON": the span in the text as written.
        at = text.find(bare)
        span = (span[0] + at, span[1] + at)
    if held:
        # "All times are in EST and pertain to April 29": the date is the day's words only;
        # the zone said before it stays the line's to read.
        said = "weekday" if loose.group("weekday") else ("md" if loose.group("md") else "dm")
        span = (loose.start(said), span[1])
    return FoundDate(_parse(body, year), loose.group("weekday"), span)


#: "6月26日", "12월 15일": a month and a day, with no year.
#: (Looked for only in a text with "月" or "월": a page of Latin letters never compiles it.)
_CJK_MONTH_DAY = lazy_compile(
    r"(?<!\d)(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
    r"(?:\s*[(（](?P<w>[月火水木金土日월화수목금토일])[^)）]{0,3}[)）])?"
)
#: The weekdays of Chinese, Japanese and Korean dates, in brackets after them: "(木)", "(토)".
_CJK_WEEKDAYS = {
    mark: name
    for marks, name in (
        ("月월", "Monday"), ("火화", "Tuesday"), ("水수", "Wednesday"), ("木목", "Thursday"),
        ("金금", "Friday"), ("土토", "Saturday"), ("日일", "Sunday"),
    )
    for mark in marks
}  # fmt: skip


#: "#### May 9th: Spatial Ecology": a heading that opens on a month and day, then the
#: day's theme after a colon or a dash.
_TITLED_DAY = lazy_compile(
    r"[\W_]*" + _MONTH_DAY + r"\s*(?::|\s[-–—]\s)\s*(?=\w)",
    re.IGNORECASE,
    without=(FOREIGN_MONTHS,),
    unless=FOREIGN_WORDS,
)


def _titled_day(text: str, year: int) -> FoundDate | None:
    """The day a heading names before its theme ("May 9th: Spatial Ecology"), in ``year``.
    A heading with no digit names no day of the month, and is not matched: the pattern
    would be compiled for every heading of a page (the shipped page's among them)."""
    if not any(char.isdigit() for char in text):
        return None
    found = _TITLED_DAY.match(text)
    if found is None:
        return None
    group = "md" if found.group("md") else "dm"
    return FoundDate(_parse(found.group(group), year), None, found.span(group))


def _slashed_by_weekday(loose: re.Match[str], year: int) -> FoundDate | None:
    """ "Tuesday 6/21" in the page's year: the one reading of the two numbers, month first
    or day first, that falls on the weekday written; none when both or neither do."""
    a, b = (int(part) for part in loose.group("slashed").split("/"))
    weekday = weekday_number(loose.group("weekday"))
    fits = set()
    for month, day in ((a, b), (b, a)):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday:
            fits.add(date)
    if len(fits) != 1:
        return None
    return FoundDate(fits.pop(), loose.group("weekday"), loose.span())


def written_beyond_doubt(times: TimeRange) -> bool:
    """Whether a range is written so that no clock is in doubt: both ends with am/pm, or
    on a 24-hour clock that one end at least proves ("07:30 – 20:30", "12:00 – 13:00").
    An item beside the rows it holds so written (a registration desk open all day) runs
    beside what follows it too: a later item that starts before it ends ("18:30 – 21:00
    | Welcome Reception") is no misread clock, and the page means both."""
    if times.end is None:
        return False
    clocks = (times.start, times.end)
    if all(clock.meridiem is not None for clock in clocks):
        return True
    return all(clock.meridiem is None for clock in clocks) and any(clock.is_24h for clock in clocks)
