"""Programs written as lines, not tables: lists, paragraphs and headings that start with a time.

``- 9 am: Welcome plenary (Main Seminar Room)``, ``* 09:00-09:30 — Title —
Speaker``, ``**10:00** Keynote``, ``### 9:00 - 9:30 Opening``: each such line is
a row of a table with a time cell and a title cell, so that every later rule
(times, people, kinds, sessions) reads it as it reads a table's row.

A run of two or more such lines is a schedule (and then so is a lone one
elsewhere on the page); a heading or a line of prose ends a run.  Inside a
run, a list item nested under a timed item is an untimed row (a paper of that
session), an untimed item at the same level is an untimed row too (a session's
name, a break), and prose lines right after a timed line are that item's
abstract.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import PageError
from ..model import ItemKind
from ._blocks import Block, Cell, Heading, Paragraph, Table, at_line
from ._bracket_names import is_a_name
from ._clock import MONTHS, TimeRange, find_date, parse_time_range
from ._date_words import weekday_number
from ._dates import weekday_only
from ._inline import from_markdown
from ._kind_labels import kind_of_label
from ._kinds import is_break_label, kind_of
from ._name_split import is_full_name, is_name_and_organisation
from ._name_words import lists_authors, looks_like_names, loosely_names
from ._records import PageWarning
from ._time_cell import says_from
from ._title_text import names_a_room

__all__ = ["TIME_HEADER", "schedule_lines"]

#: The names the synthesized columns of a schedule written as lines get.
TIME_HEADER = ("Time", "Title", "Abstract", "Speaker")

#: What may stand before a line's time: list markers, emphasis, brackets, a bullet.
_LEAD = lazy_compile(r"^\s*(?:(?:[-*+•·]|\d{1,3}[.)])\s+)?[\s*_\[(`]*")
#: What separates the time from the title: a colon, a dash, a bar, a comma, closing markup.
_SEPARATOR = lazy_compile(r"^[\s`\])]*(?:[:|/–—-]+(?!\d)|[.,](?!\d))?\s*")


@attrs.frozen
class _Timed:
    """A line that starts with a time: the time and the rest, each as written."""

    block: Paragraph | Heading
    time: str
    rest: str
    time_column: int
    rest_column: int
    #: The time follows the title ("### Session 1 (08:30-10:00)").
    after: bool = False


def _body(block: Paragraph | Heading) -> tuple[str, int]:
    """The line's Markdown without its list or heading marker, and the column it starts at."""
    raw = block.raw
    marker = re.match(r"^\s*(?:#{1,6}\s+|(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?)", raw)
    start = marker.end() if marker else 0
    return raw[start:], start


def _timed(block: Block) -> _Timed | None:
    if not isinstance(block, Paragraph | Heading):
        return None
    if isinstance(block, Heading) and block.level < 3:
        return None
    text = block.content.text
    found = parse_time_range(text)
    if (
        found is not None
        and found.end is None
        and says_from(_LEAD.sub("", text[: found.span[0]]))
        and isinstance(block, Paragraph)
        and (rest := _SEPARATOR.sub("", text[found.span[1] :], count=1))
        # "From 9:00 the doors are open.": a sentence, no line of the program.
        and not rest.rstrip().endswith((".", "!", "?"))
        and len(rest.split()) <= 15
    ):
        # "From 17:30: **Workshop Drinks**, at the pub": a start with no end, a line of
        # the program (it had been passed over, and lost).
        return _Timed(block, text[: found.span[1]].strip(), rest, 1, 1)
    if found is not None and re.search(r"[^\W\d_]", text[: found.span[0]]):
        return _time_after(block)
    if found is None:
        return None
    if _starts_a_date(text, found.span[0]):
        return None  # "10 - 12 June 2013": the days of the event, not a time
    body, start = _body(block)
    located = _split_markdown(body)
    if located is not None:
        time, rest, rest_at = located
        time, rest = _time_joined(time, rest)
        return _Timed(block, time, rest, start + 1, start + rest_at + 1)
    rest = _SEPARATOR.sub("", text[found.span[1] :], count=1)
    time, rest = _time_joined(text[found.span[0] : found.span[1]], rest)
    return _Timed(block, time, rest, 1, 1)


#: "13.15.13.45": a second time joined to the first by a dot, where a dash belongs; or
#: "12:00-ish", about that time (the dash before "ish" is gone with the separator).
_JOINED_TIME = lazy_compile(r"[.:]\d{1,2}[:.h]\d{2}\b|(?P<ish>-?ish)(?:\s*[-–—:]\s+|\s+)")


def _time_joined(time: str, rest: str) -> tuple[str, str]:
    """The line's time with what is still the time's after it: a second time joined to it
    ("13.15.13.45 Q&A"), which the time's reading then refuses as not read, or "-ish"
    ("~12:00-ish - Lunch"), read as about that time; never left at the start of the title."""
    joined = _JOINED_TIME.match(rest)
    if joined is None:
        return time, rest
    said = "-ish" if joined["ish"] else joined[0]
    return time + said, rest[joined.end() :].lstrip()


#: "Tea break 10:40 - 11:10": a whole range after the title's last word, minutes in it;
#: "Break *12:00 - 12:30 UTC-4 (Monday)*": with the range's zone, and the day in brackets.
_PLAIN = (
    r"(?P<plain>[^()\[\]:]*?[^\W_])\s+(?P<range>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    # The zone only before the weekday: "... from 1:00 - 4:00 PM EST." is a date line's.
    r"(?:(?:\s*(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|\s+(?-i:[A-Z]{2,5}))"
    r"(?=\s*\([^\W\d_]{3,12}\)))?)"
    r"(?:\s*\((?P<weekday>[^\W\d_]{3,12})\))?"
)
#: "Lunch Break (12:30 - 14:00)", "Session 1: 11:00 - 12:30": a title, then its time range
#: in brackets or after a colon, ending the line (a colon before a whole time, "Lunch:12:30",
#: not the one inside a time: "Lecture 1 10:00-11:00" is no "Lecture 1 10" from midnight).
_TIME_AFTER = lazy_compile(
    r"^(?:(?P<title>[^()\[\]]*?[^\s:])\s*[(\[](?P<time>[^()\[\]]+)[)\]]"
    # "Session 3 (2:00pm - 3:40pm) inc. community meeting": words after the time too.
    r"(?:\s+(?P<tail>[^\W\d][^()\[\]]*?))?"
    r"|(?P<named>[^()\[\]:@]*?[^\s:@])(?:\s*:|\s+@)(?:(?!\d)|(?=\d{1,2}[:.]\d{2}))\s*(?P<after>.+?)"
    r"|" + _PLAIN + r")\W*$",
    re.IGNORECASE,
)
#: The last alternative alone, for a line the others take wrongly: "Openings 8:00 - 8:30
#: UTC-4 (Monday)" is no title with "Monday" for its time in brackets.
_RANGE_AT_END = lazy_compile(r"^" + _PLAIN + r"\W*$", re.IGNORECASE)


#: A line that ends in a bracket holding a time range: "... 7:45–11:05AM PST (3:45–7:05PM UTC)".
_CONVERTED = lazy_compile(r"(?P<line>.*\d.*?)\s*\((?P<other>[^()]*\d[^()]*)\)\W*")


#: What a second zone's hours hold besides the times: the zone's abbreviation or offset,
#: and a mark of the next day ("11:30PM–1:50AM[+1d] UTC").
_ZONE_AND_DAY = lazy_compile(
    r"\s*(?:\[\+1\s*d(?:ay)?\]\s*)?(?:[A-Z]{2,5}(?:\s*[+\-−]\s*\d{1,2})?)?\s*"
)


#: "Topic 1 (9:00-9:45): Title": a short label, its time range in brackets, a colon, the title.
_LABEL_TIME_TITLE = lazy_compile(
    r"^\W*(?P<label>[^\W\d_][^()\[\]:]{0,30}?)\s*[(\[](?P<time>[^()\[\]]+)[)\]]\s*:\s+"
    r"(?P<rest>\S.*)$"
)
#: "Topic 1", "Part 2": a label that only numbers the item.
_NUMBERED_LABEL = lazy_compile(r"[^\W\d_]+\s*#?\d{1,2}")


#: The label of a line that gives the day's hours: "Time: 2:00 PM - 5:30 PM".
_SPAN_LABEL = lazy_compile(r"\W*(?:time|times|hours|when|schedule|duration)\W*", re.IGNORECASE)


def _time_after(block: Paragraph | Heading) -> _Timed | None:
    """A line whose time range follows its title, in brackets, after a colon, or as the
    line's last words ("Tea break 10:40 - 11:10"); ``None`` for any other."""
    return _time_after_in(block, block.content.text)


def _time_after_in(block: Paragraph | Heading, text: str) -> _Timed | None:
    converted = _CONVERTED.fullmatch(text)
    first = parse_time_range(converted["line"]) if converted is not None else None
    if (
        converted is not None
        and first is not None
        and first.end is not None
        # The line's own hours end it, but for their zone ("... 7:45–11:05AM PST").
        and _ZONE_AND_DAY.fullmatch(converted["line"][first.span[1] :])
    ):
        # "Session 1: 7:45–11:05AM PST (3:45–7:05PM UTC)": the same hours in a second zone
        # in brackets ("11:30PM–1:50AM[+1d] UTC" past midnight), as long as the first; the
        # line is read by its first time.
        other = parse_time_range(converted["other"])
        beside = (
            converted["other"][: other.span[0]] + converted["other"][other.span[1] :]
            if other is not None
            else ""
        )
        if other is not None and other.end is not None and _ZONE_AND_DAY.fullmatch(beside):
            if _minutes(first) != _minutes(other):
                raise at_line(
                    block,
                    f"this line gives the hours {converted['line']!r} and, in brackets, "
                    f"{converted['other']!r}, which last another length: not the same "
                    "hours in a second zone",
                    expected="one range of hours, or the same hours in each zone",
                )
            return _time_after_in(block, converted["line"])
    labelled = _LABEL_TIME_TITLE.match(text)
    if labelled is not None:
        times = parse_time_range(labelled["time"])
        if times is not None and times.end is not None and times.span == (0, len(labelled["time"])):
            # "Topic 1 (9:00-9:45): Phasing – Ann Lee", "Presentation (1:00-1:30): Title":
            # a label, its time in brackets, then the title; a numbered label is no title.
            label, rest = labelled["label"].strip(), labelled["rest"].strip()
            title = rest if _NUMBERED_LABEL.fullmatch(label) else f"{label}: {rest}"
            return _Timed(block, labelled["time"].strip(), title, 1, 1, after=True)
    found = _TIME_AFTER.match(text)
    if found is not None and found.group("time") and parse_time_range(found.group("time")) is None:
        found = _RANGE_AT_END.match(text) or found
    said = found.groupdict() if found is not None else {}
    written = said.get("time") or said.get("after") or said.get("range") or ""
    if said.get("after"):
        # "**Welcome lunch:** (12:30pm - 2pm)": the time in brackets after the colon.
        written = written.strip().lstrip("([").rstrip(")]")
    times = parse_time_range(written) if found else None
    if found is None or times is None or times.end is None:
        return None
    title = said.get("title") or said.get("named") or said.get("plain") or ""
    weekday = said.get("weekday")
    if weekday is not None and weekday_number(weekday) is None:
        return None  # "Lunch 12:00 - 13:00 (Cafeteria)": a room, read elsewhere
    if said.get("tail"):
        title = f"{title} ({said['tail'].strip(' .*_')})"
    after = written[times.span[1] :].strip(" .*_")
    place = after[1:].strip() if after[:1] in (",", ";") and said.get("named") else ""
    lead = written[: times.span[0]].strip()
    if (lead and not _says_its_length(lead, times)) or (after and not names_a_room(place)):
        return None  # "(ends around 14:00 - 14:30 or so)": more than a time
    if place:
        # "Registration: 08:00 - 17:00, Riverside Lobby": the room after the time is the
        # item's, as it is written after a title ("Registration (Riverside Lobby)").
        title, written = f"{title} ({place})", written[: times.span[1]]
    written = written[times.span[0] :] if lead else written  # "15 minutes, " said its length
    if (
        ":" in title
        and not isinstance(block, Heading)
        and kind_of_label(title.split(":")[0]) is None
    ):
        return None  # "Note: the room is booked afterwards (17:00-17:30)": a note, no item
    if _SPAN_LABEL.fullmatch(title):
        return None  # "Time: 2:00 PM - 5:30 PM (MST)": when the day runs, no item
    if isinstance(block, Heading) and _names_a_day(title):
        return None  # "### Day 1 – Thursday, February 9th 2023: 01:30 PM – 05:00 PM": a day
    if weekday is not None:
        # "Openings *8:00 - 8:30 UTC-4 (Monday)*": the row's weekday, before its time as a
        # time cell writes it, so that it is checked against the day the row falls on.
        written = f"{weekday} {written}"
    return _Timed(block, written.strip(" .*_"), title, 1, 1, after=True)


#: "15 minutes, " before a range in brackets: "### Break (15 minutes, 1:30pm - 1:45pm)".
_LENGTH_FIRST = lazy_compile(
    r"(?P<count>\d{1,3})\s*(?:min(?:ute)?s?|(?P<hours>h(?:ours?|rs?)?))\.?\s*[,;:]?",
    re.IGNORECASE,
)


def _says_its_length(lead: str, times: TimeRange) -> bool:
    """Whether what stands before a range in brackets is how long it lasts, as it does
    ("15 minutes, 1:30pm - 1:45pm"); a length that disagrees leaves the line unread."""
    found = _LENGTH_FIRST.fullmatch(lead)
    if found is None:
        return False
    minutes = int(found["count"]) * (60 if found["hours"] else 1)
    return minutes == _minutes(times)


def _minutes(times: TimeRange) -> int | None:
    """How long a range of clock times lasts, in minutes (``None`` with no end)."""
    if times.end is None:
        return None
    start, end = times.start.to_time(), times.end.to_time()
    return (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)


#: A day's name in a heading: "Day 1", "Thursday".
_DAY_NAME = lazy_compile(
    r"\b(?:day\s*\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
    needs="day",
)


#: What a day's heading holds besides its day: months, numbers, ordinals, punctuation.
_DAY_WORDS = lazy_compile(r"[\W_\d]+|\b(?:st|nd|rd|th)\b|" + MONTHS, re.IGNORECASE)


def _names_a_day(title: str) -> bool:
    """Whether a heading's title is a day and no more: its number, its weekday, its date
    ("Day 1 – Thursday, February 9th 2023", "Monday, June 3"; not "Session 2: Day 1
    highlights", "Friday Social")."""
    try:
        found = find_date(title)
    except ValueError:
        return True  # "February 30th": a date still, if no real one
    rest = title[: found.span[0]] + title[found.span[1] :] if found else title
    named = found is not None or bool(_DAY_NAME.search(title))
    left = _DAY_WORDS.sub("", _DAY_NAME.sub("", rest))
    return named and len(left) < 3


def _a_day_line(block: Paragraph) -> bool:
    """ "Tuesday, 1 December:" between two days' lists: the next day's line, which ends
    the run above (the lists below it are that day's), however soon a timed line follows."""
    if block.item or block.continued:
        return False
    text = from_markdown(_body(block)[0]).text.strip().rstrip(":").strip()
    if block.content.emphasized and weekday_only(text):
        return True  # "**Sunday:**": the next day, dated by the days the page gives
    month_day = re.search(MONTHS, text, re.IGNORECASE) is not None and re.search(r"\d", text)
    # "Tue 1 Dec", "Tuesday (1 December)", "December 1": a day and its date, nothing more.
    left = _DAY_WORDS.sub("", _SHORT_DAY.sub("", _DAY_NAME.sub("", text)))
    return bool(month_day) and len(left) < 3


#: A weekday written short: "Tue", "Thurs.".
_SHORT_DAY = lazy_compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?",
    re.IGNORECASE,
    needs="fri mon sat sun thu tue wed",
)


def _starts_a_date(text: str, at: int) -> bool:
    """Whether what looks like a time at ``at`` starts a date ("10 - 12 June 2013")."""
    try:
        date = find_date(text[at:])
    except ValueError:
        return True
    return date is not None and date.span[0] == 0


def _split_markdown(body: str) -> tuple[str, str, int] | None:
    """``**09:00-09:30** [Title](url)`` as its time and the Markdown after it."""
    lead = _LEAD.match(body)
    at = lead.end() if lead else 0
    found = parse_time_range(body[at:])
    if found is None or found.span[0] != 0:
        return None
    end = at + found.span[1]
    time = body[at:end]
    # The emphasis opened before the time closes after it ("**09:00** Title").
    opened = re.sub(r"[^*_]", "", body[:at])
    reopen = ""
    closed = (
        re.match(r"(?:\s*[-–—])?[:.,]?" + re.escape(opened[::-1]), body[end:]) if opened else None
    )
    if closed:
        # "**09:00** Title", "**8:35:** Title", "**18.00-** Course dinner" (a start, and
        # no end after its dash): the emphasis closes after the time.
        end += closed.end()
    elif opened:
        # "**6:20pm: Title**": the emphasis holds the title too; it stays open for the rest.
        reopen = opened
    separator = _SEPARATOR.match(body[end:])
    rest_at = end + (separator.end() if separator else 0)
    return time, reopen + body[rest_at:].strip(), rest_at


def schedule_lines(
    blocks: Sequence[Block], warnings: list[PageWarning] | None = None
) -> list[Block]:
    """``blocks`` with each run of timed lines replaced by one table of those lines.

    A lone timed line is a program's row only on a page whose program is
    written in lines (a run of two or more elsewhere): there it is the one
    item of a day, or a row the run before it lost (a second track at the
    same time), never a line to pass over.
    """
    blocks = _authors_under_headings(blocks)
    runs = _runs([_as_leaf(blocks, index) for index in range(len(blocks))])
    lines_program = any(sum(isinstance(row, _Timed) for row in run) >= 2 for _, run, _ in runs)
    if lines_program:
        _no_garbled_time_lost(runs)
        _no_heading_lost(blocks, runs)
        _no_open_hour_lost(blocks, runs)
        _no_session_under_a_heading_lost(blocks, runs)
    else:
        _no_lone_line_lost(blocks, runs)
    out: list[Block] = []
    index = 0
    for start, run, end in runs:
        out.extend(blocks[index:start])
        if lines_program:
            out.append(_table(_moderated_above(blocks, start, run, warnings)))
            index = end
        else:
            out.append(blocks[start])
            index = start + 1
    out.extend(blocks[index:])
    return out


#: A line that only names a moderator: "Moderator: Ann Lee", "Moderated by Ann Lee".
_MODERATOR_LINE = lazy_compile(
    r"\W*(?:moderators?\s*:?|moderated\s+by\s*:?)\s*(?P<names>[^\W\d_][^:]*?)\W*",
    re.IGNORECASE,
    needs="moderat",
)


def _moderated_above(
    blocks: Sequence[Block],
    start: int,
    run: list[_Timed | Paragraph],
    warnings: list[PageWarning] | None,
) -> list[_Timed | Paragraph]:
    """The run with a moderator named on a line of its own right above a panel's line
    ("Moderator: Ann Lee" over "* 3:00pm - 4:45pm, [Panel discussion](panel)") given to
    that panel: its moderator, said in a warning; the line is no more a line of the run."""
    above = blocks[start - 1] if start else None
    entries: list[_Timed | Paragraph | Block | None] = [above, *run]
    out: list[_Timed | Paragraph] = []
    for index, entry in enumerate(entries[1:], 1):
        before = entries[index - 1]
        found = (
            _MODERATOR_LINE.fullmatch(before.content.text)
            if isinstance(before, Paragraph) and not before.item
            else None
        )
        if (
            found is not None
            and isinstance(before, Paragraph)
            # "Moderated by Ann Lee (MIT)": a bracket in a bracket is read as a cut title.
            and "(" not in found["names"]
            and isinstance(entry, _Timed)
            and kind_of(from_markdown(entry.rest).text, False, ()) is ItemKind.PANEL
        ):
            names = found["names"].strip()
            if warnings is not None:
                warnings.append(
                    PageWarning(
                        before.line,
                        1,
                        f"read {names!r}, on the line above it, as the moderator of the panel "
                        f"on line {entry.block.line}",
                    )
                )
            if out and out[-1] is before:
                out.pop()
            entry = attrs.evolve(entry, rest=f"{entry.rest} (moderated by {names})")
        assert isinstance(entry, _Timed | Paragraph)
        out.append(entry)
    return out


def _authors_under_headings(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with a heading of names in italics or bold right under a timed heading of
    a higher level ("### 11:00 - 11:20: Title", then "#### *Ann Lee and Bo Ray*") read
    as the line under the title that it is shown as: the talk's authors.

    Two capitalised words are a room or a topic as often as a name ("#### *Main Hall*"):
    such headings are read so only on a page where one of them at least lists two authors
    or more of two words or more each, the page's habit."""
    found = [
        (index, block)
        for index, (above, block) in enumerate(itertools.pairwise(blocks), 1)
        if isinstance(block, Heading)
        and isinstance(above, Heading)
        and block.level > above.level
        and _timed(above) is not None
        and _timed(block) is None
        and _set_apart(block)
        and loosely_names(block.content.text.strip(" *_"))
    ]
    if not any(lists_authors(heading.content.text.strip(" *_")) for _, heading in found):
        return list(blocks)
    out = list(blocks)
    for index, heading in found:
        raw = _HEADING_MARKS.sub("", heading.raw.strip())
        out[index] = Paragraph(content=heading.content, raw=raw, line=heading.line, continued=True)
    return out


def _no_heading_lost(
    blocks: Sequence[Block], runs: Sequence[tuple[int, list[_Timed | Paragraph], int]]
) -> None:
    """Refuse a heading of a lower level in italics right under a timed heading, between two
    runs of the program's lines ("### 11:00 - 11:20: Title", then "#### *Ann Lee and Bo
    Ray*"): it says more of the item above (its authors, most often), which no rule here
    reads, and it would be passed over without a word. A plain one ("#### Activity" over
    a list) heads a part of the item's description, as it always has."""
    for _, run, end in runs:
        last = run[-1] if run else None
        below = blocks[end] if end < len(blocks) else None
        if (
            isinstance(last, _Timed)
            and isinstance(last.block, Heading)
            and isinstance(below, Heading)
            and below.level > last.block.level
            and _timed(below) is None
            and _set_apart(below)
        ):
            raise at_line(
                below,
                f"the heading {below.content.text.strip()!r} under the timed heading "
                f"{last.rest.strip()!r} is read as no part of it",
                expected="the authors or speakers as a line of text under the title, or in "
                "the title's line ('Title - Ann Lee')",
            )


def _no_session_under_a_heading_lost(
    blocks: Sequence[Block], runs: Sequence[tuple[int, list[_Timed | Paragraph], int]]
) -> None:
    """Refuse an untimed heading of a lower level under a timed heading, over a list that
    names people ("### Session 1: 10:45-12:15", then "#### Room 308 -- Panel 1", then
    '- "Title" — Ann Lee'): a session held at that time (one of several side by side, most
    often), with its talks, which no rule here reads; between two runs of the program's
    lines, it had been passed over without a word."""
    starts = [start for start, _, _ in runs[1:]] + [len(blocks)]
    for (_, run, end), stop in zip(runs, starts, strict=True):
        last = run[-1] if run else None
        if not isinstance(last, _Timed) or not isinstance(last.block, Heading):
            continue
        level = last.block.level
        for index in range(end, stop):
            block = blocks[index]
            if isinstance(block, Heading) and block.level <= level:
                break
            if (
                not isinstance(block, Heading)
                or _timed(block) is not None
                # "#### Panelists", "#### Organizers", "#### Accepted posters": who takes part.
                or _PEOPLE_HEADING.fullmatch(block.content.text.strip(" *_:"))
            ):
                continue
            entries = list(
                itertools.takewhile(
                    lambda below: isinstance(below, Paragraph) and below.item,
                    blocks[index + 1 : stop],
                )
            )
            named = [
                entry
                for entry in entries
                if isinstance(entry, Paragraph)
                and _TALK_ENTRY.search(entry.content.text)
                and _names_people(entry.content.text)
            ]
            if len(named) >= 2:
                raise at_line(
                    block,
                    f"the heading {block.content.text.strip()!r} under the timed heading "
                    f"{last.rest.strip()!r} lists {len(named)} entries that name people: a "
                    "session of its own at that time, which the reader does not read",
                    expected="a time in the heading, or its talks as lines with their times",
                    code="cut",
                )


#: A heading over the people of the item above, not over a session of its own.
_PEOPLE_HEADING = lazy_compile(
    r"(?:our\s+|the\s+)?(?:invited\s+|session\s+|accepted\s+)?(?:panel(?:l)?ists?|"
    r"organi[sz]ers?|organi[sz]ing\s+committee|committee|chairs?|speakers?|moderators?|"
    r"hosts?|mentors?|authors?|presenters?|posters?|papers?|participants)",
    re.IGNORECASE,
)
#: A list entry that gives a talk: its title in quotes, or a title and a name apart by a
#: spaced dash ('"Scaling the archive" — Bo Ray').
_TALK_ENTRY = lazy_compile(r"[\"“].+[\"”]|\S\s+[—–-]\s+\S")


#: A line that starts with three numbers joined by colons ("11:12:30") or four by dots
#: ("13.15.13.45"): a range with its dash lost, which no time or range reads ("3.12.1 or
#: later" is a version, "03.06.25" a date).
_GARBLED_TIME = lazy_compile(
    r"[^\w]*(?P<time>\d{1,2}:\d{2}:\d{1,2}(?::\d{1,2})?|\d{1,2}\.\d{2}\.\d{1,2}\.\d{2})\b"
)


def _no_garbled_time_lost(runs: Sequence[tuple[int, list[_Timed | Paragraph], int]]) -> None:
    """Refuse a line among timed lines that starts with what is written as a time but
    reads as none ("- 11:12:30 **Round Table**", for 11:00 - 12:30): it was no row, and
    between two rows it was lost without a word."""
    for _, run, _ in runs:
        for entry in run:
            if not isinstance(entry, Paragraph):
                continue
            found = _GARBLED_TIME.match(entry.content.text)
            if found is not None:
                raise at_line(
                    entry,
                    f"this line starts with {found['time']!r}, which reads as no time or range",
                    expected="a time or a range such as '11:00 - 12:30'",
                    code="time",
                )


def _no_lone_line_lost(
    blocks: Sequence[Block], runs: Sequence[tuple[int, list[_Timed | Paragraph], int]]
) -> None:
    """Refuse a lone line with a time range and a title right under a heading, on a page
    whose program is in tables ("## Tuesday 17 Jan", then "17:30 - 19:30 Welcome
    reception", then the next day's table): the day's one item, which no table holds and
    a page of tables does not read as a line of the program; passed over, it was lost."""
    if not any(isinstance(block, Table) for block in blocks):
        return
    for start, run, _ in runs:
        for heading in run:
            if (
                isinstance(heading, _Timed)
                and isinstance(heading.block, Heading)
                and _titled_range(heading)
                and not _table_under(blocks, heading.block)
            ):
                # "### 9:00 to 10:30 AM: Introductory Session" in the first week, then a
                # table a day in the second: a heading per item no table holds, lost.
                raise PageError(
                    f"this heading holds a time ({heading.time.strip()!r}) and a title, but "
                    "the page's program is in tables: it is read as no item",
                    line=heading.block.line,
                    text=heading.block.raw.strip(),
                    expected="the heading's item as a row of a table under its day "
                    "('| 9:00 - 10:30 | Title |')",
                )
        entry = run[0] if len(run) == 1 else None
        if (
            not isinstance(entry, _Timed)
            or not isinstance(entry.block, Paragraph)
            or start == 0
            or not isinstance(blocks[start - 1], Heading)
            or not _titled_range(entry)
        ):
            continue
        try:
            dated = find_date(entry.block.content.text) is not None
        except ValueError:
            dated = True
        if dated:
            continue  # "December 1, 2021 -- Boston, MA (8:35 am - 5:00 pm)": the day's hours
        raise PageError(
            f"this line holds a time ({entry.time.strip()!r}) and a title, but the page's "
            "program is in tables: it is read as no item",
            line=entry.block.line,
            text=entry.block.raw.strip(),
            expected="the line as a row of a table under its day ('| 17:30 - 19:30 | Title |')",
        )


def _titled_range(entry: _Timed) -> bool:
    """Whether a timed line holds a whole range (start and end) and a title's word."""
    times = parse_time_range(entry.time)
    return (
        times is not None
        and times.end is not None
        and re.search(r"[^\W\d_]{3,}", entry.rest) is not None
    )


def _table_under(blocks: Sequence[Block], heading: Heading) -> bool:
    """Whether a table stands in the section of the heading above ``heading`` (its day:
    "## Monday June 8" over "### 9:00 to 10:30 AM: Introductory Session"), or in its
    own ("## Session 1 (9:00 - 10:30)" over the session's table); the whole page when no
    heading stands above it ("## Lunch! (12:30PM - 1:30PM)" between two tables)."""
    at = next(
        (
            index
            for index, block in enumerate(blocks)
            if isinstance(block, Heading) and block.line == heading.line
        ),
        len(blocks),
    )
    parent = next(
        (
            (index, block.level)
            for index in range(at - 1, -1, -1)
            if isinstance(block := blocks[index], Heading) and block.level < heading.level
        ),
        None,
    )
    if parent is None:
        return True
    start, level = parent
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level <= level:
            return False
        if isinstance(block, Table):
            return True
    return False


def _no_open_hour_lost(
    blocks: Sequence[Block], runs: Sequence[tuple[int, list[_Timed | Paragraph], int]]
) -> None:
    """Refuse an entry that starts at an hour with no end ("* 14- hack") on a page whose
    lines write their times as hours alone ("* 9-10 Talk"): no rule reads it as a time,
    and it had been passed over, the day's last item lost without a word."""
    if not any(
        isinstance(entry, _Timed) and _HOUR_RANGE.match(entry.block.raw)
        for _, run, _ in runs
        for entry in run
    ):
        return
    for _, _, end in runs:
        # The entry right after a run of the program's lines, where the run stopped
        # ("1- Install Python" in a list of steps elsewhere is no time).
        block = blocks[end] if end < len(blocks) else None
        opened = _OPEN_HOUR.match(block.content.text) if isinstance(block, Paragraph) else None
        if opened is not None and isinstance(block, Paragraph) and block.item:
            raise at_line(
                block,
                f"this line starts at {opened['hour']} with no end "
                f"({opened.group(0).strip()!r}): an hour alone is read as a time only with "
                "its end",
                expected="an end ('14-17 hack'), or the start with its minutes ('14:00- "
                "hack', which the day's end then closes)",
            )


def _set_apart(heading: Heading) -> bool:
    """Whether all a heading shows is in italics or bold, as authors under a title are."""
    shown = [run for run in heading.content.runs if run.text.strip()]
    return bool(shown) and all(run.emphasis or run.strong for run in shown)


def _as_leaf(blocks: Sequence[Block], index: int) -> Block:
    """The block, or a timed top heading read as a line of the program, as a third-level
    one is: "## Lunch Break (12:00 - 13:00)" and "## 11:00 - 12:00 - Session 1" over its
    talks are items, the session's beside its talks. Such a heading had ended the run of
    lines and been passed over, an item lost without a word. A part of the day ("##
    Morning (09:00 - 12:00)" over its items) stays a heading: it is no event of its own."""
    block = blocks[index]
    if not isinstance(block, Heading) or block.level >= 3:
        return block
    leaf = _timed(attrs.evolve(block, level=3))
    if leaf is None or _PART_OF_DAY.fullmatch(leaf.rest):
        return block
    return leaf.block


#: A part of the day, no event: "Morning", "Afternoon session", "AM Session".
_PART_OF_DAY = lazy_compile(
    r"\W*(?:(?:morning|afternoon|evening|night|am|pm)(?:\s+(?:sessions?|block|part))?)\W*",
    re.IGNORECASE,
)


def _runs(blocks: Sequence[Block]) -> list[tuple[int, list[_Timed | Paragraph], int]]:
    """Each run of timed lines: where it starts, its lines, where it ends."""
    runs: list[tuple[int, list[_Timed | Paragraph], int]] = []
    index = 0
    while index < len(blocks):
        if _timed(blocks[index]) is None:
            index += 1
            continue
        run, end = _run(blocks, index)
        runs.append((index, run, end))
        index = end
    return runs


def _names_someone(text: str) -> bool:
    """Whether a line names one person and where they work ("Ann Lee, Example Corp", "Ann
    Lee, Chief Scientist, Example Corp"): no title."""
    name, _, where = text.partition(",")
    return bool(where.strip()) and is_full_name(name.strip()) and looks_like_names(name.strip())


#: The marks that make a Markdown line a heading: "### ", and closing ones " ###".
_HEADING_MARKS = lazy_compile(r"^\s*#{1,6}\s+|\s+#+\s*$")


def _run(blocks: Sequence[Block], start: int) -> tuple[list[_Timed | Paragraph], int]:
    """The timed lines from ``start`` on, with the untimed lines that belong among them.

    A nested item belongs (a paper under its session); an untimed item at the
    same level, or prose, belongs when a timed line follows within a few
    lines (a session's name, a break, an abstract); a heading or a table ends
    the run.
    """
    run: list[_Timed | Paragraph] = []
    index = start
    depth = _depth(blocks[start])
    while index < len(blocks):
        block = blocks[index]
        timed = _timed(block)
        if timed is not None and index == start and _alone(timed):
            # "### Panel discussion", then "17:00 - 18:00" alone under it, then "Ann Lee,
            # Chief Scientist, Example Corp": the heading is the item's title, never the
            # line that names someone below it ("### Session 1" over a time and the talk's
            # title stays as it is).
            above = blocks[start - 1] if start else None
            below = blocks[start + 1] if start + 1 < len(blocks) else None
            if (
                isinstance(above, Heading)
                and above.level >= 3
                and _timed(above) is None
                and isinstance(below, Paragraph)
                and _names_someone(below.content.text)
            ):
                timed = attrs.evolve(timed, rest=_HEADING_MARKS.sub("", above.raw).strip())
        if timed is not None:
            run.append(timed)
        elif isinstance(block, Heading) and (lost := _unread_heading_among(run, block)):
            raise at_line(
                block,
                f"this heading holds a time ({lost!r}) but is read as no item, among "
                "headings that are",
                expected="the time after the title, alone or in brackets ('### Lunch "
                "(12:00 - 13:00)'), as the headings above write it",
            )
        elif (
            not isinstance(block, Paragraph)
            or _a_day_line(block)
            or not (
                block.continued
                or (block.item and block.depth > depth)
                or (block.item and _under_timed_heading(run))
                or _names_the_time_above(run, block)
                or _more_ahead(blocks, index)
            )
        ):
            break
        else:
            run.append(block)
        index += 1
    while (
        run
        and isinstance(run[-1], Paragraph)
        and not _goes_on(run)
        and not _names_the_time_above(run[:-1], run[-1])
        and not _under_timed_heading(run)
        # A nested item belongs to the item above it whatever follows (its links, a paper).
        and not (run[-1].item and run[-1].depth > depth)
    ):
        run.pop()
        index -= 1
    return run, index


def _unread_heading_among(run: list[_Timed | Paragraph], heading: Heading) -> str:
    """The whole range ``heading`` holds when it was read as no item right after headings
    of its level that were ("### Lunch 12:00 - 13:00 (Cafeteria)" after "### Break *8:30 -
    9:00 UTC-4 (Monday)*"): passed over, it would be lost from the feed; else ""."""
    found = _WHOLE_RANGE.search(heading.content.text)
    if found is None or _names_a_day(heading.content.text):
        return ""
    levels = {
        entry.block.level
        for entry in run
        if isinstance(entry, _Timed) and isinstance(entry.block, Heading)
    }
    return found.group(0).strip() if heading.level in levels else ""


def _under_timed_heading(run: list[_Timed | Paragraph]) -> bool:
    """Whether the run's last timed line is a heading ("### Session 1 (08:30-10:00)"):
    the list under it, up to the next heading, is what that session holds."""
    last = next((entry for entry in reversed(run) if isinstance(entry, _Timed)), None)
    return last is not None and isinstance(last.block, Heading) and last.after


#: Where a line of a list parts its pieces: "Bo Ray (ETH Zurich): Robust fine-tuning".
_PIECES = lazy_compile(r"\s*(?:[,;:()\[\]*]|\s[-–—]\s|\band\b)\s*")


def _names_people(text: str) -> bool:
    """Whether a line of a list names a person: a piece of it a name, or a speaker's label."""
    return bool(_SPEAKER_LABEL.match(text)) or any(
        is_a_name(piece) for piece in _PIECES.split(text) if piece
    )


_SPEAKER_LABEL = lazy_compile(
    r"\W*(?:speakers?|presenters?|panel(?:l)?ists?|moderators?|authors?|by)\b",
    re.IGNORECASE,
)


def _holds_papers(title: str) -> bool:
    """Whether a heading's title names a session of papers ("Session 1", "Oral Session 2",
    "Posters", "Contributed Talks"), whose list is its papers."""
    return kind_of(title, False, ()) in _PAPER_KINDS or bool(_SESSION_WORD.search(title))


_PAPER_KINDS = (ItemKind.SESSION, ItemKind.CONTRIBUTED, ItemKind.POSTERS)
_SESSION_WORD = lazy_compile(r"\bsessions?\b", re.IGNORECASE, needs="session")


def _alone(entry: _Timed | Paragraph) -> bool:
    """Whether ``entry`` is a time written alone in a paragraph ("**10:00 – 12:00**"); a
    heading's time may be followed by a place, a title in a heading, an abstract."""
    return (
        isinstance(entry, _Timed)
        and isinstance(entry.block, Paragraph)
        and not re.sub(r"[\s*_`]", "", entry.rest)
    )


def _names_the_time_above(run: list[_Timed | Paragraph], block: Paragraph) -> bool:
    """Whether ``block`` is the title of a time written alone on the line above it:
    "**10:00 – 12:00**", then "**Doors open**" as a paragraph of its own."""
    return (
        bool(run)
        and _alone(run[-1])
        and not block.item
        and "\n" not in block.content.text.strip()
        and 0 < len(block.content.text) <= 400
    )


def _titles_the_time_above(run: list[_Timed | Paragraph], index: int) -> bool:
    """Whether ``run[index]`` is the title of a time alone above it: one short paragraph
    and at most one more (its abstract) before the next time.  Under "Keynote", a title
    in a link, the speaker and an abstract are more than a title and an abstract: that
    row is left without a title (an error), never read in part."""
    entry = run[index]
    if not isinstance(entry, Paragraph) or not _names_the_time_above(run[:index], entry):
        return False
    after = [
        following
        for following in itertools.takewhile(
            lambda block: not isinstance(block, _Timed), run[index + 1 :]
        )
        if isinstance(following, Paragraph) and not following.continued
    ]
    if (
        after
        and kind_of_label(entry.content.text.strip(" *_:")) is not None
        and not (len(after) == 1 and _prose(after[0].content.text))
    ):
        return False  # "Keynote", then more: what the item is, its title still to come
    # One more paragraph at most, and prose (an abstract), never a short line that may be
    # the title under a speaker's name ("Ann Lee (MIT)", then "Kernel methods").
    return not after or (len(after) == 1 and _prose(after[0].content.text))


def _prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence about an item (ends on a full stop, or runs to
    eight words), not as a title or a name."""
    return text.rstrip().endswith((".", "!", "?")) or len(text.split()) >= 8


def _goes_on(run: list[_Timed | Paragraph]) -> bool:
    """Whether the run's last lines are the rest of its last timed item's paragraph, or of
    the title under its time ("10:00-11:00", then "Evaluating Translation<br>Authors: ...")."""
    for index in range(len(run) - 1, -1, -1):
        entry = run[index]
        if isinstance(entry, _Timed):
            return True
        if not entry.continued:
            return _names_the_time_above(run[:index], entry)
    return False


def _more_ahead(blocks: Sequence[Block], index: int, window: int = 6) -> bool:
    """Whether a timed line follows within a few lines (a pause in a run, not its end)."""
    for block in blocks[index + 1 : index + 1 + window]:
        if not isinstance(block, Paragraph):
            return False
        if _timed(block) is not None:
            return True
    return False


def _depth(block: Block) -> int:
    return block.depth if isinstance(block, Paragraph) else 0


#: A backslash that ends a line: Markdown's hard line break.
_HARD_BREAK_AT_END = lazy_compile(r"\s*\\\s*$")


#: Three spaces or more inside a line, or a tab: columns aligned by hand ("Ann Lee, MIT
#: Title", "8:00 - 8:12<tab>Ann Lee<tab>Title").
_ALIGNED = lazy_compile(r"\s*\t\s*|\s{3,}")
_LEADING_DASH = lazy_compile(r"^[–—-]\s+")


def _columns_of(rest: str) -> tuple[str, str]:
    """The title and the speaker of a line whose rest is two columns aligned with spaces.

    The column that starts with a person's name ("**Ann Lee**, Univ. of Leeds") is the
    speaker's; anything else stays one title.
    """
    # "Ann Lee<tab> – Title": a dash between the columns is no word of the title.
    parts = [_LEADING_DASH.sub("", part) for part in _ALIGNED.split(rest.strip()) if part]
    if len(parts) != 2:
        return rest, ""
    for speaker, title in (parts, parts[::-1]):
        first = from_markdown(speaker).text.split(",")[0]
        other = from_markdown(title).text.split(",")[0]
        # A name in bold with its organisation leads the speaker's column; else the other
        # column must be no name ("Multi-output GPs" beside "**Neil Lawrence**, Univ. of
        # Sheffield" reads as names too; "**Gaussian Processes**" alone may be a title).
        bold_name = speaker.lstrip().startswith(("**", "__")) and is_name_and_organisation(
            from_markdown(speaker).text
        )
        if looks_like_names(first) and (bold_name or not looks_like_names(other)):
            return title, speaker
    return rest, ""


def _broken_after(raw: str) -> bool:
    """Whether a line ends in Markdown's hard line break: two spaces, a backslash, a <br>."""
    return raw.endswith(("  ", "\\")) or bool(re.search(r"<br\s*/?>\s*$", raw, re.IGNORECASE))


def _describes(text: str, raw: str) -> bool:
    """Whether a line under a timed line's title is plain words about the item: no markup,
    link or colon (the title cell's rules read "*Ann Lee*", "Speaker: Ann Lee" and
    "[Slides](url)"), and no one's name ("Ann Lee, MIT")."""
    return not (
        re.search(r"[*_`\[\]<>:|]", raw) or looks_like_names(text) or is_name_and_organisation(text)
    )


def _short(entry: Paragraph, title: Cell) -> bool:
    """A line that still names the item (its title, its speakers), not a paragraph about it."""
    text = entry.content.text
    # "Panelists: Ann Lee (MIT); Bo Ray (ETH); ...": a line of the item's people, however long.
    return not title.raw or len(text) <= 160 or _PEOPLE_LINE.match(text) is not None


#: A line that lists an item's people after their label.
_PEOPLE_LINE = lazy_compile(
    r"\W*(?:panel(?:l)?ists?|speakers?|presenters?|moderators?)\W*:", re.IGNORECASE
)


def _aligned_under(run: list[_Timed | Paragraph], index: int) -> bool:
    """Whether the line at ``index`` is indented to stand under the title column of the
    timed lines above, where a wide gap sets the times apart: a row of a listing in
    columns (a Pandoc simple table) whose time cell is empty, no title going on."""
    entry = run[index]
    assert isinstance(entry, Paragraph)
    indent = len(entry.raw) - len(entry.raw.lstrip(" "))
    above = next((e for e in reversed(run[:index]) if isinstance(e, _Timed)), None)
    if above is None or indent < 4:
        return False
    return above.rest_column - 1 == indent and above.block.raw[:indent].endswith("   ")


#: A word for when, not a clock time: "Evening", "Later", "After dinner", "TBD" ("Speaker",
#: "Abstract" and other labels of an item's own lines are none).
_WORD_FOR_A_TIME = lazy_compile(
    r"\s*(?:(?:early|late|in\s+the)\s+)?(?:morning|afternoon|evening|night|tonight|noon|midday|"
    r"lunchtime|later|afterwards|all\s+day|tb[adc]|after\s+\w+(?:\s+\w+)?)\s*",
    re.IGNORECASE,
)
#: A line's bold label ending in a colon: "**4:30 - 5:00:** Reporting", "**Evening:** Dinner".
_BOLD_LABEL = lazy_compile(r"\s*(\*\*|__)(?P<label>[^*_\n]{1,40}?):\s*\1")


def _label_for_a_time(run: list[_Timed | Paragraph], index: int) -> str | None:
    """The label of the line at ``index`` when it stands where the timed line above writes
    its time ("**4:30 - 5:00:** Reporting", then "**Evening:** Symposium"): an entry of its
    own with a word for a time, which joined to the title above would make that title
    and its speaker out of two items."""
    entry = run[index]
    assert isinstance(entry, Paragraph)
    above = next((e for e in reversed(run[:index]) if isinstance(e, _Timed)), None)
    own = _BOLD_LABEL.match(entry.raw)
    if above is None or own is None or not _WORD_FOR_A_TIME.fullmatch(own.group("label")):
        return None
    theirs = _BOLD_LABEL.match(above.block.raw)
    if theirs is None or not parse_time_range(theirs.group("label")):
        return None
    return own.group("label").strip()


def _with_abstract(row: tuple[Cell, Cell, Cell, Cell], text: str) -> tuple[Cell, Cell, Cell, Cell]:
    """``row`` with ``text`` as one more line of its abstract."""
    time, title, abstract, speaker = row
    joined = "\n".join(filter(None, [abstract.content.text, text]))
    return time, title, attrs.evolve(abstract, raw=joined, content=from_markdown(joined)), speaker


#: A whole range with minutes ("10:00-11:00", "9:30 am - 10:15 am"): a time no one writes
#: in passing.
_WHOLE_RANGE = lazy_compile(
    r"(?<![\w:])\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}[:.]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?(?![\d:])",
    re.IGNORECASE,
)
#: "14- hack": an hour alone, a dash against it, then words: a start with no end.
_OPEN_HOUR = lazy_compile(r"\s*(?P<hour>[01]?\d|2[0-3])[-–]\s+(?=[^\W\d_])")
#: "* 9-10 Talk": a list that writes its times as hours alone.
_HOUR_RANGE = lazy_compile(r"\W*(?:[01]?\d|2[0-3])\s?[-–]\s?(?:[01]?\d|2[0-4])\s+[^\W\d_]")
#: "Note: the room is booked afterwards (17:00-17:30)": a note, whatever time it says.
_NOTE = lazy_compile(r"\W*(?:note|nb|n\.b\.|ps|p\.s\.)\b", re.IGNORECASE)


#: A line that opens on a part of the day or a session: "Afternoon session: ...",
#: "Afternoon: open project meeting", "Session 3 - Posters".
_SESSION_AFTER_A_BREAK = lazy_compile(
    r"\W*(?:(?:morning|afternoon|evening)\b|(?:\w+\s+)?(?:session|track)s?\b)", re.IGNORECASE
)


def _table(run: list[_Timed | Paragraph]) -> Table:
    first = run[0]
    assert isinstance(first, _Timed)
    line = first.block.line
    depth = _depth(first.block)
    header = tuple(Cell(raw=name, line=line, column=1) for name in TIME_HEADER)
    rows: list[tuple[Cell, Cell, Cell, Cell]] = []
    #: Whether the entry before goes on the title of the row above (a timed line or its
    #: own continued lines), so that a prose paragraph's second line stays prose.
    in_title = False
    #: The timed heading the entries are under, while no timed line of the list came yet.
    heading: _Timed | None = None
    for index, entry in enumerate(run):
        in_title, was_in_title = isinstance(entry, _Timed), in_title
        if isinstance(entry, _Timed):
            heading = entry if isinstance(entry.block, Heading) and entry.after else None
        elif (found := _WHOLE_RANGE.search(entry.content.text)) and not _NOTE.match(
            entry.content.text
        ):
            # "**Lecture 1** 10:00-11:00 in room B" among timed lines: an item whose time
            # no rule places; read as words of the line above, it would be lost as one.
            raise at_line(
                entry,
                f"this line holds a time ({found.group(0).strip()!r}) but is read as no item: "
                "its time is not where a line of the program puts it",
                expected="the time first ('10:00-11:00 Lecture 1'), or last, alone or in "
                "brackets ('Lecture 1 (10:00-11:00)')",
            )
        if (
            isinstance(entry, Paragraph)
            and heading is not None
            and not _holds_papers(heading.rest)
            and rows
            and (entry.item or entry.continued)
        ):
            # "### Registration (08:00-09:00)", then "- Pick up your badge": the list under
            # a heading that is no session of papers says more of it (its description);
            # one naming people ("- Bo Ray (ETH): Robust tuning", "- **Speaker:** Ann
            # Lee") says who speaks and on what, which no rule here takes apart.
            if _names_people(entry.content.text):
                raise at_line(
                    entry,
                    f"the list under {heading.rest!r} names people, but the heading is no "
                    "session of papers: its talks or speakers cannot be told apart",
                    expected="a time for each talk, or a session heading "
                    "('### Session 1 (10:30-12:00)') over its papers",
                    code="cut",
                )
            rows[-1] = _with_abstract(rows[-1], entry.content.text)
            continue
        if isinstance(entry, Paragraph) and rows and _titles_the_time_above(run, index):
            # "**10:00 – 12:00**", then "**Doors open**": the time's title, a line below it.
            time, title, abstract, speaker = rows[-1]
            raw = entry.raw.strip()
            rows[-1] = (
                time,
                attrs.evolve(title, raw=raw, line=entry.line, column=1, content=from_markdown(raw)),
                abstract,
                speaker,
            )
            in_title = True
            continue
        if isinstance(entry, _Timed):
            number = entry.block.line
            title_raw, speaker_raw = _columns_of(entry.rest)
            # "[5:50pm] **Career Panel** \", then its panelists: Markdown's hard line break
            # ends the line, no character of the title.
            title_raw = _HARD_BREAK_AT_END.sub("", title_raw)
            empty = Cell(raw="", line=number, column=entry.rest_column)
            rows.append(
                (
                    Cell(raw=entry.time, line=number, column=entry.time_column),
                    Cell(raw=title_raw, line=number, column=entry.rest_column),
                    empty,
                    Cell(raw=speaker_raw, line=number, column=entry.rest_column)
                    if speaker_raw
                    else empty,
                )
            )
            continue
        set_apart = entry.content.emphasized and is_break_label(entry.content.text)
        if entry.continued and _aligned_under(run, index) and not set_apart:
            raise PageError(
                "this line stands in the title column with no time of its own: it may be "
                "an item at the time above (a parallel track) or the title going on",
                line=entry.line,
                column=len(entry.raw) - len(entry.raw.lstrip()) + 1,
                text=entry.raw.strip(),
                expected="each item on a line of its own with its time",
                code="cut",
            )
        if entry.continued and (label := _label_for_a_time(run, index)):
            raise PageError(
                f"this line is written as the timed lines above are, with {label!r} where "
                "their time is: no clock time to read it at, and no part of the item above",
                line=entry.line,
                column=len(entry.raw) - len(entry.raw.lstrip()) + 1,
                text=entry.raw.strip(),
                expected="a clock time in place of the word ('6:00 pm:'), or the line left "
                "out of the program",
            )
        if (
            entry.continued
            and was_in_title
            and rows
            and isinstance(timed_above := run[index - 1], _Timed)
            and timed_above.rest.strip()
            and _broken_after(timed_above.block.raw)
            and _describes(entry.content.text, entry.raw)
        ):
            # "- 3:00pm Room opens, setup, social", then under it after a line break "Sign
            # attendance, introduce yourself": plain words that say more of the item.
            rows[-1] = _with_abstract(rows[-1], entry.content.text)
            continue
        if (
            entry.continued
            and was_in_title
            and rows
            and _short(entry, rows[-1][1])
            # "*lunch*" on the line under a talk: a break of its own, set apart.
            and not set_apart
            # "12.00 Lunch", then "*Afternoon session: Programs*": a break has no more
            # title; a line set apart under it that names a part of the day or a session
            # names what comes after it.
            and not (
                entry.content.emphasized
                and is_break_label(rows[-1][1].content.text)
                and _SESSION_AFTER_A_BREAK.match(entry.content.text)
            )
        ):
            # "- **16:45-17:30**<br>**Title**<br>*Authors*": the lines of a timed item are
            # its title cell, however it breaks them.
            time, title, abstract, speaker = rows[-1]
            # A line ending in "\" is Markdown's hard break: the "<br>" says it already.
            above = re.sub(r"\s*\\$", "", title.raw.rstrip())
            raw = "<br>".join(filter(None, [above, entry.raw.strip()]))
            rows[-1] = (
                time,
                attrs.evolve(title, raw=raw, content=from_markdown(raw)),
                abstract,
                speaker,
            )
            in_title = True
            continue
        if (
            not entry.item
            and entry.depth <= depth
            and rows
            and rows[-1][0].raw
            and not (entry.content.emphasized and len(entry.content.text) <= 60)
        ):
            # Prose under a timed line: that item's abstract (a short line set apart in
            # italics or bold, "*coffee break*", is a row of its own).
            rows[-1] = _with_abstract(rows[-1], entry.content.text)
            continue
        # The list's marker is no part of the row ("- **Title**<br />" joined to the line
        # under it would read "- Title").
        text = Cell(raw=_body(entry)[0].strip(), line=entry.line, column=1, content=entry.content)
        empty = Cell(raw="", line=entry.line, column=1)
        rows.append((empty, text, empty, empty))
        # "- **Title**<br />", then "  Ann Lee, Bo Ray" under it: one untimed row's lines.
        in_title = True
    return Table(header=header, rows=tuple(rows), line=line, source="lines")
