"""A row's time cell: read whole or refused, swapped with the cell that holds the time,
joined with the cell of an End column.

A time cell states its time first ("10:00 Coffee"); whatever else it holds
is the item's title only in a row with no title of its own, and anything left
unread ("10:30 - 10:75", "11:00 - 11:30 tbc") is an error naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._patterns import lazy_compile
from ._blocks import Cell, at_cell
from ._clock import TimeRange, parse_time_range, spoken
from ._date_words import weekday_before
from ._title_text import without_pictographs

__all__ = [
    "check_nothing_left",
    "ends_on_a_dash",
    "is_approximate",
    "spaced_range",
    "swapped",
    "time_cell_rest",
    "time_in_cell",
    "with_end",
]


#: "ca. 12.45", "approx. 17:00", "~ 9:00": a time given as about; read as written (warned).
_APPROXIMATELY = lazy_compile(
    r"^\s*(?:ca\.?|circa|approx\.?|approximately|about|around|~)\s*$",
    re.IGNORECASE,
    needs="ca approx about around ~",
)


#: "From 19:00", "Ab 19:00", "à partir de 19h": what says the time an open-ended item
#: starts at, in the languages whose dates the reader reads.
_FROM_WORDS = (
    "from", "starting", "starting at", "ab", "dès", "à partir de", "a partir de", "desde",
    "dalle", "vanaf",
)  # fmt: skip
_FROM = lazy_compile(
    r"^\s*(?:" + "|".join(words.replace(" ", r"\s+") for words in _FROM_WORDS) + r")\s*$",
    re.IGNORECASE,
    needs="from starting ab d partir vanaf",
)
#: Their first words, which tell most lines apart without the pattern.
_FROM_FIRST = frozenset(words.split()[0] for words in _FROM_WORDS)


def says_from(before: str) -> bool:
    """Whether the words before a time say that the item starts then ("From", "Ab",
    "Starting at"): the time is a start with no end written."""
    words = before.split()
    if not 1 <= len(words) <= 3 or words[0].lower() not in _FROM_FIRST:
        return False  # most lines: told without the pattern, which then stays uncompiled
    return _FROM.fullmatch(before) is not None


def _before_time(before: str, time: str) -> str:
    """What stands before a time that is not about it ("ca.", "From", and a weekday before
    a clock's time taken away: the weekday is checked against the row's day,
    ``weekday_before``; "Sunday, 2020-10-18" is a date, no time)."""
    before = _FROM.sub("", _APPROXIMATELY.sub("", before))
    if _A_CLOCK.search(time) and weekday_before(before) is not None:
        return ""
    return before


#: A time written as a clock's ("1:00", "9.30", "4 pm"), not a number a date may hold.
_A_CLOCK = lazy_compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


#: Words after a time that only say it again ("12:00 noon", "9:00 sharp", "18:00 local time",
#: German "14:30 Uhr").
_RESTATED = lazy_compile(
    r"^\s*(?:noon|midday|midnight|sharp|local(?:\s+time)?|hrs?|h|uhr)\b\.?",
    re.IGNORECASE,
    needs="noon midday h local",
)


_LEFT_OVER = lazy_compile(
    r"\s*(?:-{1,3}|–|—|−|~|\bto\b|\buntil\b|\btill\b)\s*(?:$|\d)|\s*\d{1,2}[:.h]\d"
    # "13.15.13.45": a range whose dash is a dot, the second time joined to the first.
    r"|[.:]\d{1,2}[:.h]\d",
    re.IGNORECASE,
)


#: "(Optional)", "[tentative]": a note in brackets, words only, after a row's time.
_NOTE = lazy_compile(
    r"[*_]*[(\[]\s*(?P<note>[^\W\d_][^()\[\]]{1,120}?)\s*[)\]][*_]*"
    # "12:00-2:00pm daily": how often the slot recurs, with no brackets.
    r"|(?P<bare>daily|every\s+day|each\s+day|weekdays|nightly)",
    re.IGNORECASE,
)
#: A clock time or an offset inside a note: "(ends 16:30)", "(UTC+2)", "(+1)" say another
#: time, which no note keeps.
_CLOCK_IN_NOTE = lazy_compile(
    r"\d{1,2}\s*[:.h]\s*\d{2}|\d\s*[ap]\.?m\b|(?:utc|gmt)\s*[+\-−]|[+\-−]\s*\d",
    re.IGNORECASE,
)
_DIGIT = lazy_compile(r"\d")


def _a_note(said: str | None) -> bool:
    """Whether words after a time are a note on the item: no other time in them, and a
    number only in a sentence of four words or more ("Group divides into 2, swaps after
    30 minutes"); "(room 3)" is a place the row does not read, and stays an error."""
    if said is None or _CLOCK_IN_NOTE.search(said):
        return False
    return not _DIGIT.search(said) or len(said.split()) >= 4


def unread_time(text: str, found: TimeRange) -> str | None:
    """What looks like more time after the range that was read, or ``None``.

    :func:`parse_time_range` reads the first range it can; a cell such as
    "10:30 - 10:75" or "10:00 - 10:30 - 11:00" would otherwise lose its end
    silently.  A separator followed by a number, or a second clock time, is left
    over; words ("10:00 - Coffee") are not, nor a dash with nothing after it ("18:00
    -": a start whose end the page leaves open).
    """
    rest = spoken(text)[found.span[1] :]
    if _DANGLING.fullmatch(rest):
        # "5:00 PM -- 6:15 PM --": a range read whole, a stray dash after it; "18:00 -": a
        # start with its end left open, as "18:00 onwards" (the next start ends it).
        return None
    if _LEFT_OVER.match(rest):
        return rest.strip()
    return None


#: A separator alone after a range read whole: nothing of the time is lost with it.
_DANGLING = lazy_compile(r"\s*(?:--?|–|—)\s*")


_LETTER = lazy_compile(r"[^\W\d_]")


def time_in_cell(cell: Cell | None) -> TimeRange | None:
    """The time a time cell starts with.

    A time cell states its time first ("10:00 Coffee"); a number after words
    ("**Session 2: Best of ISCA 2020**", "Monday, June 14, 2021", a header
    row that landed in the time column) is part of a name or a date, not
    20:20.
    """
    if cell is None:
        return None
    text = cell.content.text
    times = parse_time_range(text)
    before = text[: times.span[0]] if times is not None else ""
    if times is not None and _LETTER.search(
        _before_time(before, text[times.span[0] : times.span[1]])
    ):
        return None  # "Session 2: Best of 2020": a name with a number, not a time
    return times


def is_approximate(time_cell: Cell, times: TimeRange) -> bool:
    """Whether the cell gives its time as about ("ca. 12.45", "~12:00-ish")."""
    text = time_cell.content.text
    return bool(
        _APPROXIMATELY.match(text[: times.span[0]] or "-") or _ISH.match(text[times.span[1] :])
    )


#: "12:00-ish": about that time, said after it.
_ISH = lazy_compile(r"\s*-ish\b", needs="-ish")
#: What says that an item has no end: "onwards", "till late", "– late", "open end".
_OPEN_END = lazy_compile(
    r"^\s*(?:onwards?|(?:(?:till|until|to|[-–—])\s*)?late|open\s+end|"
    # "17:00 em diante", "17:00 en adelante", "17:00 in poi": onwards, as Portuguese,
    # Spanish and Italian pages write it.
    r"em\s+diante|en\s+adelante|in\s+poi)\b\.?",
    re.IGNORECASE,
    needs="onward late open diante adelante poi",
)


def with_end(time_cell: Cell | None, end_cell: Cell | None) -> Cell | None:
    """ "| 9:00 | 9:30 |" under "| Start | End |": one time range, read as "9:00 - 9:30"."""
    if time_cell is None or time_cell.is_empty or end_cell is None or end_cell.is_empty:
        return time_cell
    times = time_in_cell(time_cell)
    if times is None or times.end is not None:
        return time_cell
    return Cell(
        raw=f"{time_cell.raw} - {end_cell.raw}", line=time_cell.line, column=time_cell.column
    )


#: "12:50 PM   01:00 PM": two times with their minutes and nothing between them.
_TWO_TIMES = lazy_compile(
    r"\s*(?P<start>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?P<end>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*",
    re.IGNORECASE,
)


#: "10:15:10:30": two times with a colon typed for the dash between them.
_COLON_FOR_DASH = lazy_compile(r"\s*(?P<start>\d{1,2}:\d{2}):(?P<end>\d{1,2}:\d{2})\s*")


def spaced_range(time_cell: Cell | None) -> Cell | None:
    """ "| 12:50 PM   01:00 PM |": a time cell of two times with only spaces between them,
    its dash left out, as the range it is ("12:50 PM - 01:00 PM"); "10:15:10:30", a colon
    typed for the dash, when the second time is the later (no clock writes a time so);
    ``None`` for any other cell."""
    if time_cell is None:
        return None
    text = time_cell.content.text
    found = _TWO_TIMES.fullmatch(text)
    if found is None and text.count(":") == 3:
        found = _COLON_FOR_DASH.fullmatch(text)
        if found is not None and not _later(found["start"], found["end"]):
            found = None
    if found is None:
        return None
    return Cell(
        raw=f"{found['start']} - {found['end']}", line=time_cell.line, column=time_cell.column
    )


def _later(start: str, end: str) -> bool:
    """Whether ``end`` is a later time of one day than ``start`` (both "HH:MM")."""
    first, second = (tuple(int(part) for part in time.split(":")) for time in (start, end))
    return first < second <= (23, 59) and first[1] < 60 and second[1] < 60


_RESTATING = lazy_compile(r"[\s\-–—:|.()]|\b(?:noon|midnight)\b", re.IGNORECASE)


def _only_a_time(text: str) -> bool:
    found = parse_time_range(text)
    if found is None:
        return False
    rest = text[: found.span[0]] + text[found.span[1] :]
    # "12:00 noon": the word restates the time.
    return not _RESTATING.sub("", rest)


#: A time written wrong ("11:60", "25:99", "4:5 pm"): still the row's time, not a title.
_TIME_SHAPED = lazy_compile(r"^\W*\d{1,2}\s*[:.h]\s*\d|^\W*\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def swapped(row: Sequence[Cell], at: int, end: int | None = None) -> tuple[Cell, ...] | None:
    """The row with its time cell and the one cell that holds only a time exchanged.

    Never when the time cell holds a time written wrong ("11:60"), which is an error
    at that cell, nor with the end column (``end``), whose time is the row's end.
    """
    if at < len(row) and _TIME_SHAPED.match(row[at].content.text):
        return None
    only_times = [
        index
        for index, cell in enumerate(row)
        if index not in (at, end) and _only_a_time(cell.content.text)
    ]
    if len(only_times) != 1 or at >= len(row):
        return None
    other = only_times[0]
    cells = list(row)
    cells[at], cells[other] = cells[other], cells[at]
    return tuple(cells)


_WORD = lazy_compile(r"\w")


def ends_on_a_dash(time_cell: Cell, times: TimeRange) -> bool:
    """Whether a start alone is followed by a dash and nothing more ("18:00 -"): its end
    is left open, and the next start ends it (said in a warning)."""
    rest = spoken(time_cell.content.text)[times.span[1] :]
    return times.end is None and bool(rest.strip()) and _DANGLING.fullmatch(rest) is not None


def check_nothing_left(time_cell: Cell, times: TimeRange, titled: bool) -> str | None:
    """A time cell is read whole or refused; returns a note in brackets after the time.

    Whatever stands before the time ("25:99 - 11:30": the reader would have read
    11:30 as the start) or after it ("10:30 - 10:75", "11:00 - 11:30 tbc") that is
    not read is an error naming the cell.  Words after the time are the item's
    title only in a row with no title of its own ("| 10:00 Coffee | |"); words in
    brackets ("5:45 - 6:30 PM *(Optional)*") are a note on the item, returned.
    """
    text = time_cell.content.text
    before = text[: times.span[0]]
    if _WORD.search(_before_time(before, text[times.span[0] : times.span[1]])):
        raise at_cell(
            time_cell,
            f"could not read {before.strip()!r} before the time "
            f"{text[times.span[0] : times.span[1]]!r}",
            expected="one time or one range such as '10:30 - 11:00'",
        )
    after = _RESTATED.sub("", without_pictographs(_ISH.sub("", text[times.span[1] :], count=1)))
    if times.end is None:
        # "04:40 pm onwards", "17:30 – late": a start, and no end the page knows.
        after = _OPEN_END.sub("", after, count=1)
    after = after.strip(" *†‡§.,;:|")
    left = unread_time(text, times)
    if left is None and titled and _WORD.search(after):
        note = _NOTE.fullmatch(after)
        said = (note.group("note") or note.group("bare")) if note else None
        if said is not None and _a_note(said):
            # "(Group divides into 2 and swaps tables after 30 minutes)": a note, kept.
            return said
        left = after
    if left is None:
        return None
    raise at_cell(
        time_cell,
        f"could not read {left!r} after the time {time_cell.content.text[: times.span[1]]!r}",
        expected="one time or one range such as '10:30 - 11:00'",
    )


def time_cell_rest(text: str, times: TimeRange) -> str:
    """What a time cell says besides its time ("10:00 Coffee")."""
    rest = text[: times.span[0]] + text[times.span[1] :]
    return rest.strip(" -–—:|,")
