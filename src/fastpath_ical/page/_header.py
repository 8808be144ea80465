"""The lines around the program tables: title, date lines, days, notes, and the tables.

What a call for papers says (deadlines, "All deadlines are AoE") is set aside
so that it gives neither the program's date nor its zone.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._patterns import lazy_compile
from .._validators import check_url
from ..datenames import month_name, weekday_name
from ..errors import PageError, ProgramError
from ..zones import zone_of_place
from ._clock import TimeRange, find_date, parse_time_range
from ._columns import Column, layout, with_header
from ._dates import (
    date_in,
    date_in_a_part,
    dated_by_its_line,
    dated_by_the_page,
    is_only_date,
    next_weekday,
    span_line,
    start_line,
    weekday_and_day,
    weekday_and_day_written,
    weekday_only,
    year_in,
)
from ._deadlines import DEADLINE_HEADING, introduces_deadlines, without_deadlines
from ._halves import tables_side_by_side
from ._header_parts import HeaderParts
from ._inline import Inline
from ._labels import (
    LABEL,
    about_the_place,
    front_matter_lines,
    is_place_line,
    is_recording,
    may_say_where,
    place_after_in,
    place_in_sentence,
    read_conjunction,
    read_front_matter,
    read_label,
    said_in_conjunction,
)
from ._lengths import times_from_lengths
from ._lines import schedule_lines
from ._markdown import Heading, Page, Paragraph, Table
from ._name_titles import speakers_beside_titles
from ._people import organizer_table
from ._records import Day, Header, PageWarning, Schedule
from ._timetables import day_columns, track_columns
from ._zone_names import is_a_place, zone_in_place
from ._zone_statements import read_zone_statement

__all__ = ["read_lines"]


#: The day's hours at the start of a line, before a place: "09:00 - 19:30 Uhr, ".
_HOURS_BEFORE = lazy_compile(
    r"^\s*\d{1,2}[:.]\d\d\s*[-–—]\s*\d{1,2}[:.]\d\d\s*(?:uhr|h)?\s*,\s*", re.IGNORECASE
)


def _place_below_date(content: Inline) -> str | None:
    """A line after the first of a date's paragraph that is a place and nothing else."""
    return next(filter(None, map(_only_a_place, content.lines[1:])), None)


def _only_a_place(text: str) -> str | None:
    """``text`` as a place, when it is one and nothing else but the day's hours before it
    ("09:00 - 19:30 Uhr, Zentralbibliothek Zürich"): short, no time, and naming one zone
    (a venue named for its town, too)."""
    text = _HOURS_BEFORE.sub("", text).strip(" .,")
    if (
        0 < len(text) <= 60
        and len(text.split()) <= 8
        and not re.search(r"\b\d{1,2}(?::\d\d|\s*[ap]\.?m\b)|\b(?:times?|local)\b", text, re.I)
        and zone_in_place(text) is not None
    ):
        return text
    return None


_TITLE_PREFIX = lazy_compile(
    r"^\s*(program(?:me)?|schedule|agenda|(?:event|workshop|meeting)\s+name)\s*[-–—:]+\s*",
    re.IGNORECASE,
)


#: A heading that names what the paragraph under it says: where the event is.
#: "Osaka 9/2-9/6 2024": a place's words, then dates in numbers and a year ("Honolulu
#: 2023", a past edition's heading, holds no date).
_PLACE_THEN_NUMBERS = lazy_compile(
    r"\W*(?P<place>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+"
    r"(?=[\d/.\s–—-]*\d{1,2}[/.]\d{1,2})[\d/.\s–—-]*\b(?:19|20)\d\d\W*"
)
#: "## Location", "## Venue", "## Date and Place", "## When & Where": over the place.
_PLACE_HEADING = lazy_compile(
    r"\W*(?:(?:date|time|when)\s*(?:and|&)\s*)?(?:location|venue|where|place|address|room)\W*",
    re.IGNORECASE,
)

#: "**Workshop date:** December 11 or 12, 2026": a line that says it gives the date.
_DATE_LABEL = lazy_compile(
    r"^\W*(?:(?:workshop|event|conference)\s+)?dates?\W*:\W*(?P<value>\S.*)$",
    re.IGNORECASE,
    needs="date",
)

#: "### Day 2", and as pages in other languages write it: "Dia 2", "Día 2", "Tag 2", "Jour
#: 2", "Giorno 2", "Dag 2".
_DAY_NUMBER = lazy_compile(r"^\s*(?:day|d[ií]a|tag|jour|giorno|dag)\s+(\d{1,2})\b", re.IGNORECASE)
#: "Day 2" opening or closing the heading that gives the page's date ("# 2021-04-13
#: Parallel Python - Day 2"): which of the numbered days it is ("the poster session is on
#: Day 2" in a sentence says nothing of the kind).
_DAY_OF_THE_DATE = lazy_compile(
    r"^\W*day\s+(?P<n>\d{1,2})\b(?!\s*(?:[-–—&]\s*\d|of\b|to\b|and\b))"
    r"|[-–—:|(]\s*day\s+(?P<m>\d{1,2})\W*$",
    re.IGNORECASE,
)


def read_lines(
    page: Page, *, year: int | None = None, first_day: dt.date | None = None
) -> tuple[Header, list[PageWarning], list[Schedule]]:
    """What the lines around the tables say (title, date, place, zone, notes), and the
    tables, each with the day it falls under.

    ``year`` is the year of dates the page writes without one, when the page
    gives none of its own; ``first_day`` the first day the reader was told
    (``date=``), from which headings naming only a weekday ("## Tuesday") count.
    """
    header = HeaderParts()
    warnings: list[PageWarning] = []
    tables: list[Schedule] = []
    day: Day | None = None
    seen_table = False
    #: Whether the block above is a heading that only says "Location" or "Venue".
    place_heading = False
    #: Which numbered day the page's date line says its date is ("... - Day 2").
    date_is_day = 1
    #: The level of the "Important Dates" heading whose section this is, if any.
    deadlines: int | None = None
    #: Whether the blocks are the items of a list a paragraph said were deadlines ("The
    #: challenge deadlines are as follows:", then "- Winner announcement: June 05, 2022").
    deadline_list = False
    #: The level of the heading of a list of news ("# Updates", "## News") while under it.
    news: int | None = None
    #: The line and words of a heading over a typical day ("## Daily timetable") right
    #: above, and the tables found right under such headings, with that heading's.
    typical: tuple[int, str] | None = None
    typical_tables: dict[int, tuple[int, str]] = {}
    header.take(read_front_matter(page.front))
    #: The year the page's title gives, for dates written without one.
    title_year = year_in(page.front.text("title") or "")

    #: The line above, when a paragraph: its sentence may go on on the next line.
    above_text = ""
    blocks = tables_side_by_side(
        (*front_matter_lines(page.front), *schedule_lines(page.blocks, warnings))
    )
    for block in blocks:
        if isinstance(block, Table):
            table = with_header(block)
            grid = day_columns(
                table,
                year=year or (header.date.year if header.date else title_year),
                after=day.date if day else header.date or first_day,
                last=header.last_date,
            )
            if grid is not None:
                # "| | October 21 | October 22 |": a timetable, each day's column a table.
                tables.extend(grid)
                seen_table = True
                continue
            tracked = track_columns(table)
            if tracked is not None:
                # "| Time | Track A | Track B |": a timetable of parallel tracks.
                tables.append(Schedule(*tracked, day))
                seen_table = True
                continue
            read = layout(table)
            if Column.TIME not in read.columns:
                # "| Duration | Activity |" under "Time: 21.30 CET": each item's time is the
                # day's start and the lengths above it.
                timed = times_from_lengths(table, day.start if day else None, warnings)
                if timed is not None:
                    table, read = timed, layout(timed)
            shape = speakers_beside_titles(table, read)
            organizers = organizer_table(table, shape)
            if organizers is not None:
                header.organizers = organizers
                continue
            if typical is not None:
                typical_tables[id(table)] = typical
            tables.append(Schedule(table, shape, day))
            seen_table = seen_table or shape.is_schedule
            continue
        content = block.content
        line = block.line
        above, above_text = above_text, (content.text if isinstance(block, Paragraph) else "")
        if isinstance(block, Heading):
            if deadlines is not None and block.level <= deadlines:
                deadlines = None
            if news is not None and block.level <= news:
                news = None
            # Only the tables right under it: "## Daily schedule" over "### Monday, March
            # 15th" is the program day by day.
            typical = (
                (block.line, block.content.text)
                if _TYPICAL_DAY.fullmatch(block.content.text)
                else None
            )
            if _NEWS_HEADING.fullmatch(content.text):
                news = block.level
                continue
            if DEADLINE_HEADING.search(content.text) and (
                header.title is not None or block.level > 2
            ):
                deadlines = block.level
                continue
        if (
            news is not None
            and isinstance(block, Paragraph)
            and (block.item or _RAW_ITEM.match(content.text))
            and _news_entry(_RAW_ITEM.sub("", content.text, count=1))
        ):
            # "- **Aug 25, 2022:** Keynotes uploaded" under "# Updates": news, no day.
            warnings.append(
                PageWarning(
                    line,
                    1,
                    "this line opens a list entry of news: not read as a day of the program",
                )
            )
            continue
        if (
            isinstance(block, Paragraph)
            and _STAMP.match(content.text)
            and len(content.text.split()) <= _STAMP_WORDS
        ):
            # "Last updated on May 2, 2024", "Posted on ...": when the page was written
            # ("Updated program: the workshop moves to June 5, 2024" says more).
            warnings.append(
                PageWarning(
                    line, 1, "this line says when the page was written: not a day of the program"
                )
            )
            continue
        listed = deadline_list and isinstance(block, Paragraph) and block.item
        deadline_list = listed or (
            isinstance(block, Paragraph) and not block.item and introduces_deadlines(content.text)
        )
        about_event = without_deadlines(content.text, deadlines is not None or listed)
        if about_event != content.text and not (
            isinstance(block, Heading) and header.title is None and block.level <= 2
        ):
            if not about_event.strip():
                if isinstance(block, Paragraph) and seen_table:
                    header.notes.append(content.text)
                continue
            content = attrs.evolve(content, text=about_event)
        known = header.date.year if header.date else year
        try:
            found = date_in(
                content.text,
                line,
                block.raw,
                known or title_year,
                heading=isinstance(block, Heading),
            )
        except PageError as error:
            found = _weekday_slip(error, content.text, header.date, warnings)
        if (
            found is None
            and known is None
            and title_year is not None
            and isinstance(block, Paragraph)
            and len(content.text.split()) <= 12
            and (part := date_in_a_part(content.text, title_year)) is not None
            # A date line gives the day's time too ("2:30 PM, 16 July | Bella Center");
            # "Program released, 3 June" is news, no day of the program.
            and start_line(content.text[: part.span[0]]) is not None
        ):
            # "**2:30 PM, 16 July | Bella Center**" under "# Workshop@EMBC-2025": a date
            # line's day and month, one part of it, in the title's year (warned below).
            found = part.date
        if found is None and known is None and title_year is None:
            found = dated_by_its_line(content.text, line, block.raw, warnings) or dated_by_the_page(
                content.text, line, block.raw, page.years, warnings
            )
        header.year = known or title_year
        if found is not None and known is None and title_year and find_date(content.text) is None:
            warnings.append(
                PageWarning(
                    line,
                    1,
                    f"{content.text.strip()!r} has no year: read in {title_year}, "
                    "the year of the page's title",
                )
            )
        if (
            found is not None
            and header.date is not None
            and found != header.date
            and _ELSEWHERE.search(content.text)
        ):
            # "Note that this will be the night of 6th January in the Americas": the same
            # day seen from elsewhere, not the program's day.
            warnings.append(
                PageWarning(
                    line,
                    1,
                    f"{content.text.strip()!r} dates the program as seen from elsewhere: "
                    f"read on {header.date.isoformat()}, as line {header.date_line} says",
                )
            )
            continue
        if (
            found is not None
            and header.date is not None
            and found < header.date
            and isinstance(block, Paragraph)
            and block.item
            and _news_entry(content.text)
        ):
            # "- 14 June 2025: The test data is available!" in a list of updates below the
            # line that dates the program (July 17): news from before the day, no day of it.
            warnings.append(
                PageWarning(
                    line,
                    1,
                    f"{found.isoformat()} opens a list entry of news before the program's "
                    f"day: not read as a day of the program, which line {header.date_line} dates",
                )
            )
            continue
        if (
            found is not None
            and header.date is not None
            and found != header.date
            and isinstance(block, Paragraph)
            and _date_in_prose(content.text, header.date.year)
        ):
            # "Awards will be offered starting from November 10th, 2020. However, ...": a
            # date inside a paragraph of prose is news about the event, not its next day.
            warnings.append(
                PageWarning(
                    line,
                    1,
                    f"{found.isoformat()} is named inside a sentence: not read as a day of "
                    f"the program, which line {header.date_line} dates",
                )
            )
            found = None
        if found is not None:
            day = Day(found, line)
            if header.date is None:
                header.date = found
                header.date_line = line
                written = find_date(content.text, year=found.year)
                header.last_date = written.last if written else None
                # "# 2021-04-13 Parallel Python - Day 2": the date is the second day's, and
                # "### Day 1" below it the day before.
                said_day = (
                    _DAY_OF_THE_DATE.search(content.text) if isinstance(block, Heading) else None
                )
                date_is_day = int(said_day["n"] or said_day["m"]) if said_day else 1
            day = _read_date_line(
                content.text,
                line,
                header,
                day,
                header.date.year,
                heading=isinstance(block, Heading),
            )
        elif (
            isinstance(block, Paragraph)
            and (day is not None or first_day is not None)
            and (day is None or day.span is None)
            and not seen_table
            and (span := _span_in(content)) is not None
        ):
            # ":clock8: 01:00pm - 05:00pm" under the date: the day's span, which says
            # whether "01:00" in the table is morning or afternoon (also on a line of its
            # own under another: "This schedule is in GMT+1<br>Duration: 9 am - 5 pm").
            # A page dated by the date argument alone: its day, with that span.
            if day is not None:
                day = attrs.evolve(day, span=span)
            elif first_day is not None:
                day = Day(first_day, line, span)
        elif (
            isinstance(block, Paragraph)
            and day is not None
            and day.start is None
            and not seen_table
            and (start := start_line(content.text)) is not None
        ):
            # "Time: 21.30 CET" under "Date: 18.07.2020": when the day starts.
            day = attrs.evolve(day, start=start)
        elif (
            # "**Sunday:**" on a line of its own between two days' lines, "##### **Thursday
            # 15th**" under "14-16 November 2018": a day's heading, its month the program's.
            (isinstance(block, Heading) or (isinstance(block, Paragraph) and content.emphasized))
            and (header.date or first_day) is not None
            and (weekday_only(content.text) or weekday_and_day_written(content.text))
        ):
            after = day.date if day else header.date or first_day
            assert after is not None
            day = Day(_named_day(content.text, after, header, line), line)
            next_one = "the next " if weekday_only(content.text) else ""
            warnings.append(
                PageWarning(
                    line,
                    1,
                    f"{content.text!r} has no {'date' if next_one else 'month'}: read as {next_one}"
                    f"{weekday_name(day.date)}, {month_name(day.date)} {day.date.day}, "
                    f"{day.date.year}",
                )
            )
        elif (
            isinstance(block, Heading)
            or (isinstance(block, Paragraph) and content.emphasized and len(content.text) <= 60)
        ) and (first := header.date or first_day) is not None:
            # "### Day 2" (or a line in bold, "**Day 2: Demos**") under the page's date, or
            # under the date the caller gave.
            numbered = _DAY_NUMBER.match(content.text)
            if numbered and 1 <= int(numbered.group(1)) <= 31:
                counted_from = date_is_day if header.date is not None else 1
                date = first + dt.timedelta(days=int(numbered.group(1)) - counted_from)
                day = Day(date, line)
                warnings.append(
                    PageWarning(
                        line,
                        1,
                        f"{content.text!r} has no date: read as "
                        f"{weekday_name(date)}, {month_name(date)} {date.day}, {date.year}",
                    )
                )
        if (
            isinstance(block, Heading)
            and header.title is None
            and block.level <= 2
            and not (content.links and is_recording(content))
            and not (found is not None and is_only_date(content.text))
            # "## Day 1 - Tuesday, August 09": a day's heading, no workshop's name.
            and not (found is not None and _DAY_NUMBER.match(content.text))
        ):
            header.title = _TITLE_PREFIX.sub("", content.text) or content.text
            header.title_line = line
            title_year = title_year or year_in(header.title)
            header.zones(read_zone_statement(content.text, line, on=header.date))
            continue
        if found is not None:
            if isinstance(block, Paragraph) and not seen_table:
                # "The workshop will happen in Rio de Janeiro, Brazil on July 25th, 2025."
                header.place_in(content.text, line)
                if header.location is None and (below := _place_below_date(content)):
                    # "Thursday, June 20, 2019<br>9AM -- 6PM<br>Frankfurt Marriott Hotel,
                    # Room Gold 2": a line of the date's paragraph that is only a venue.
                    header.location, header.location_line = below, line
            continue
        if isinstance(block, Heading):
            if (
                header.location is None
                and (numbered := _PLACE_THEN_NUMBERS.fullmatch(content.text)) is not None
                and zone_of_place(numbered["place"]) is not None
            ):
                # "## Osaka 9/2-9/6 2024": a city the gazetteer knows, then dates in numbers.
                header.location, header.location_line = numbered["place"], line
            place_heading = bool(_PLACE_HEADING.fullmatch(content.text))
            if place_heading:
                continue
        elif place_heading and isinstance(block, Paragraph):
            # "## Location" over "Artlist, 27 St Giles St, Norwich NR2 1JN": the place.
            place_heading = False
            if header.location is None:
                header.take(read_label("location", content.text, content, line, on=header.date))
                continue
        date_label = _DATE_LABEL.match(content.text)
        if date_label and header.date is None and header.unread_date is None:
            header.unread_date = (line, date_label.group("value").strip(" *_"))
        labelled = LABEL.match(content.text)
        if labelled and (
            isinstance(block, Paragraph)
            # "### Event Venue:- Hall 3, Kolkata": a heading that is a place's label too.
            or (labelled.group("label") or "").lower() in ("location", "venue", "place")
        ):
            label = labelled.group("label") or "location"
            value = labelled.group("value") if labelled.group("label") else labelled.group("pinned")
            header.take(read_label(label, value, content, line, on=header.date))
            continue
        if said_in_conjunction(content.text) and header.short_name is None:
            header.take(read_conjunction(content, line, place_known=header.location is not None))
            if not seen_table:
                # "... co-located with IEEE VIS 2024 in Tampa, Florida": the place after it.
                header.place_in(content.text, line)
            # "Co-located with ICRA 2022. All times are local time in Athens
            # (Europe/Athens).": the zone in the next sentence of the line.
            header.zones(read_zone_statement(content.text, line, on=header.date))
            continue
        if (
            len(content.links) == 1
            and is_recording(content)
            and header.recording is None
            and _is_web_address(content.links[0][1])
        ):
            # "[Video recording](https://youtube.com/...)": the whole workshop's; a line of
            # a paper's materials ("[pdf](8.pdf) | [video](...)") is not.
            header.recording = content.links[0][1]
            continue
        if (
            isinstance(block, Paragraph)
            and not tables
            and header.location is None
            and is_place_line(content.text)
        ):
            # "Honolulu, Hawaii" on a line of its own under the title: where the workshop is.
            header.location = content.text.strip(" .")
            header.location_line = line
            continue
        if (
            isinstance(block, Paragraph)
            and not tables
            and header.location is None
            and header.date_line is not None
            and line - header.date_line == 1
            and _HOURS_BEFORE.match(content.text)
            and (rest := _only_a_place(content.text)) is not None
        ):
            # "09:00 - 19:30 Uhr, Zentralbibliothek Zürich, Hermann-Escher-Saal" right under
            # the date line: the hours, then where (a line of the program further down,
            # "10:00 - 11:00, Keynote in Paris", says no place of the page's).
            header.location, header.location_line = rest, line
            continue
        if isinstance(block, Paragraph) and (
            seen_table or re.match(r"^\W*note", content.text, re.IGNORECASE)
        ):
            header.notes.append(content.text)
        elif isinstance(block, Paragraph) and not seen_table:
            header.place_in(content.text, line)
        sentence = f"{above} {content.text}"
        if (
            isinstance(block, Paragraph)
            and block.continued
            and header.location is not None
            and header.location_line == line - 1
            and (about_the_place(sentence) or may_say_where(sentence))
            and zone_in_place(header.location) is None
        ):
            # "## Location" over "... the Example Collection, near Euston" and "Station in
            # Central London.": the place of the sentence the line break cut; a sentence
            # that names none is no place to put in a calendar.
            named = place_in_sentence(sentence)
            if named is not None and zone_in_place(named) is not None:
                header.location = named
            elif about_the_place(sentence):
                header.location, header.location_line = None, 0
        said = read_zone_statement(
            content.text, line, on=header.date, labelled=_only_a_zone(content.text)
        )
        if (
            said.zone is None
            and said.problem is None
            and isinstance(block, Paragraph)
            and block.continued
        ):
            # "... from 9am – 5pm" and "(CET). Short breaks ..." on the next line: one
            # sentence that a line break cut, read whole for its zone.
            joined = read_zone_statement(
                f"{above} {content.text}", line, on=header.date, offset=-(len(above) + 1)
            )
            if joined.zone is not None and all(named.column >= 1 for named in joined.named):
                said = joined
        header.zones(said)
    return header.build(), warnings, _without_typical_days(tables, typical_tables, warnings)


#: A heading over a day's usual timetable, not a day of the program: "Daily timetable",
#: "Typical day", "Daily schedule", "Tagesablauf".
_TYPICAL_DAY = lazy_compile(
    r"\W*(?:(?:a\s+)?typical\s+day|daily\s+(?:timetable|schedule|programme|program|agenda)|"
    r"(?:typical|usual)\s+(?:daily\s+)?(?:timetable|schedule)|tagesablauf)\W*",
    re.IGNORECASE,
)


def _without_typical_days(
    tables: list[Schedule],
    typical: dict[int, tuple[int, str]],
    warnings: list[PageWarning],
) -> list[Schedule]:
    """The tables without those under a heading over a typical day ("## Daily timetable"),
    when the page's other tables are its days, each dated: the typical day is how each day
    runs, no day of its own (read on the first day, it had repeated that day's rows). A
    page whose tables are all so headed keeps them: "## Daily schedule" is as often the
    program day by day."""
    dated = [
        entry
        for entry in tables
        if id(entry.table) not in typical and entry.layout.is_schedule and entry.day is not None
    ]
    if not typical or not dated:
        return tables
    kept = []
    for entry in tables:
        said = typical.get(id(entry.table))
        if said is None:
            kept.append(entry)
            continue
        warnings.append(
            PageWarning(
                said[0],
                1,
                f"the table under {said[1]!r} is a typical day's timetable, beside the "
                "program's own days: not read as items",
            )
        )
    return kept


def _named_day(text: str, after: dt.date, header: HeaderParts, line: int) -> dt.date:
    """The day a heading of a weekday ("Sunday") or of a weekday and a day of the month
    ("Thursday 15th") names, on or after ``after``; an error at its line when it names no
    day of the program's."""
    if weekday_only(text):
        date = next_weekday(after, text)
        if header.date is not None and header.last_date is not None and date > header.last_date:
            raise PageError(
                f"{text!r} is no day from {header.date.isoformat()} to "
                f"{header.last_date.isoformat()}, the days the page gives",
                line=line,
                text=text,
                expected="a weekday of the program's days, or the heading's date",
            )
        return date
    named = weekday_and_day(after, text)
    if named is None:
        raise PageError(
            f"{text!r} is no day in the month after {after.isoformat()}",
            line=line,
            text=text,
            expected="a weekday and day of the month that agree, or the heading's date",
        )
    return named


def _span_in(content: Inline) -> TimeRange | None:
    """The day's span a paragraph gives, whole or on one of its lines."""
    whole = span_line(content.text)
    if whole is not None or len(content.lines) < 2:
        return whole
    spans = [found for line in content.lines if (found := span_line(line)) is not None]
    return spans[0] if len(spans) == 1 else None


#: A line that dates the page itself: "Last updated on May 2, 2024", "Posted on ...".
_STAMP = lazy_compile(
    r"\W*(?:(?:page\s+)?last\s+(?:updated|modified|edited)|updated|posted|published)"
    r"(?:\s+(?:on|at))?\b",
    re.IGNORECASE,
    needs="updated modified edited posted published",
)


#: How many words a line that only dates the page has at most.
_STAMP_WORDS = 8


#: A heading over a list of news: its entries' dates are when things happened, no day of
#: the program ("# Updates", "## News", "### Latest announcements").
_NEWS_HEADING = lazy_compile(
    r"\W*(?:latest\s+|recent\s+)?(?:news|updates|announcements|what'?s\s+new)\W*",
    re.IGNORECASE,
)


#: A list's marker left in a line's text: the entries under an HTML block that runs on to
#: them (a `<center>` with no blank line after it), which kramdown reads as a list again.
_RAW_ITEM = lazy_compile(r"[*+-]\s+|\d{1,2}[.)]\s+")


#: A list entry that opens with a date, then a colon or a dash and words: "14 June 2025:
#: The test data is available", "**2025-05-16** - Training data released".
_NEWS_ENTRY = lazy_compile(
    r"\W{0,4}(?:\d{1,4}[\s./-]*)?[^\W\d_]{0,12}\.?[\s./-]*\d{1,4}(?:[,\s./-]+\d{2,4})?\W{0,4}"
    r"\s*(?::|–|—|-)\s*\W{0,4}[^\W\d_]"
)


def _news_entry(text: str) -> bool:
    """Whether a list entry is news: its date, then a sentence of five words or more ("14
    June 2025: The test data is available!"; "16 July 2025 – Tutorials" names a day)."""
    found = _NEWS_ENTRY.match(text)
    return found is not None and len(text[found.end() - 1 :].split()) >= 5


def _date_in_prose(text: str, year: int) -> bool:
    """Whether a line's date stands inside a sentence ("Grants will be offered starting
    from November 10th, 2020, and we ..."): twenty words or more, or twelve with five
    before the date; a line that names a day is shorter, its date near its start
    ("**Day 2 — Wednesday, December 2, 2020** (all times GMT, on Zoom)")."""
    words = len(text.split())
    found = find_date(text, year=year)
    before = len(text[: found.span[0]].split()) if found else 0
    return words >= 20 or (words >= 12 and before >= 5)


def _only_a_zone(text: str) -> bool:
    """ "(US Central Time, UTC-5)" on a line of its own: the zone the times are in, said
    as a note under the date, with no word of what it is for."""
    bracketed = re.fullmatch(r"\s*[(\[]([^()\[\]]+)[)\]]\s*", text)
    return bracketed is not None and not is_a_place(bracketed.group(1))


def _a_sentence(text: str) -> bool:
    """ "On July 12, 2017, we will be hosting a free workshop": what follows the date is
    the sentence going on, no place (a place's name is capitalised; "in Lisbon, Portugal"
    is one)."""
    words = text.split()
    return len(words) >= 3 and words[0][0].islower() and words[0] not in ("in", "at")


#: An event's word alone after a date, in a list of dates: "Workshop", "Workshop day";
#: or what the day is: "Arrival Day", "Day 2", "Departure day".
_EVENT_ONLY = lazy_compile(
    r"(?:the\s+)?(?:main\s+)?(?:workshop|event|symposium|conference|meeting|tutorials?|"
    r"program(?:me)?|school|hackathon)(?:\s+(?:day|days|date|dates))?"
    r"|(?:[^\W\d_]+\s+){0,2}days?(?:\s+\d{1,2})?|day\s+\d{1,2}\b.*",
    re.IGNORECASE,
)


#: "in" in the languages pages are written in, before a place's capital: "à Toulouse",
#: "en Madrid", "em Lisboa", "im Harz" ("A Coruña" keeps its capital "A").
_IN_WORD = lazy_compile(r"^(?:à|au|aux|en|em|im|in|at|a|no|na)\s+(?=[^\W\d_a-z])")


def _weekday_slip(
    error: PageError, text: str, stated: dt.date | None, warnings: list[PageWarning]
) -> dt.date:
    """ "Friday, 6 November 2023" under "Date: 6 November 2023" (a Monday): the date the
    page has stated already, its weekday a slip, said in a warning; any other date whose
    weekday disagrees is the error it was."""
    found = find_date(text, year=stated.year) if stated is not None else None
    if error.code != "weekday" or found is None or found.date != stated:
        raise error
    warnings.append(
        PageWarning(
            error.line,
            error.column,
            f"{found.weekday!r} does not match {stated.isoformat()}, a "
            f"{weekday_name(stated)}, which the page states above: read as that date",
        )
    )
    return stated


def _read_date_line(
    text: str, line: int, header: HeaderParts, day: Day, year: int | None, *, heading: bool = False
) -> Day:
    """A date line's place and zone ("Sunday, March 28, 2021 -- Virtual (10:50 am - 4:30 pm
    US EDT)"); the day, with the span its times give.

    A day's heading says its theme after the date more often than a place ("### Thursday,
    May 29 - Foundations"): there, only a place that names a zone is the page's place.
    """
    found = find_date(text, year=year) or (date_in_a_part(text, year) if year else None)
    # "#### May 9th - Spatial Ecology": a day's heading, its theme no place.
    themed = found is None
    found = found or find_date(text, year=year, heading=True)
    assert found is not None
    rest = "" if themed else text[found.span[1] :]
    # "(8:35 am - 5:00 pm CDT) -- Chicago": the day's times may come before the place.
    after_times = re.sub(r"^\s*\*?\([^)]*\)\*?", "", rest)
    place = re.match(r"\s*(?:--|—|–|-|\||@|,|·|•|/|in\b|at\b)\s*([^(*|]+)", after_times)
    if place and header.location is None:
        location = re.split(r"\s+(?:--|—|–|\|)\s+|\s*[(*]|\.\s", place.group(1))[0]
        # "Le samedi 25 mai 2019, à Toulouse": the word for "in" is no part of the place.
        location = _IN_WORD.sub("", location.strip(" .,-"))
        if (
            location
            and not _a_sentence(location)
            and not parse_time_range(location)
            # "Mittwoch, 11. September 2024 - Donnerstag, 12. September 2024": the range's
            # second day, no place.
            and find_date(place.group(1)) is None
            and is_a_place(location)
            and not re.search(r"\btime\b|\ball\s+times\b", location, re.IGNORECASE)
            # "November 20, 2020 -- Workshop.": what the day is, no place.
            and not _EVENT_ONLY.fullmatch(location)
            and (not heading or zone_in_place(location) is not None)
        ):
            if zone_of_place(location) is None:
                # "October 3 2023 @ICCV2023 in Paris": the place is what follows "in".
                location = place_after_in(location) or location
            header.location = location
            header.location_line = line
    before = re.fullmatch(
        r"\W*(?P<place>[^\W\d][^|()*]*?)\s*(?:--|—|–|-|\||,|·|•)\s*", text[: found.span[0]]
    )
    if before and header.location is None and zone_in_place(before["place"]) is not None:
        # "Bergamo – October 6, 2025": the place before the date.
        header.location, header.location_line = before["place"], line
    found_zones = read_zone_statement(
        rest, line, on=header.date, date_line=True, offset=found.span[1]
    )
    if not themed and not found_zones.named and found_zones.problem is None:
        # "8:50 AM - 5:00 PM (Central Time), Dec 3rd, 2022": the day's times and their
        # zone before the date.
        ahead = text[: found.span[0]]
        # Only where it says it is the times' zone (after the day's times, or "All times
        # are Eastern Time."): "Pacific Rim Workshop, October 12" is a name.
        if read_zone_statement(ahead, line, on=header.date).zone is not None:
            found_zones = read_zone_statement(ahead, line, on=header.date, date_line=True)
    header.zones(found_zones)
    if found_zones.span:
        return attrs.evolve(day, span=found_zones.span)
    # "2:30 PM, 16 July | Bella Center": the time the day starts, before its date.
    starts = start_line(text[: found.span[0]])
    return attrs.evolve(day, start=starts) if starts is not None else day


def _is_web_address(url: str) -> bool:
    """Whether a link can go into a feed as it is: http(s), with a host."""
    try:
        check_url("link", url)
    except ProgramError:
        return False
    return True


#: A date said for somewhere else: "the night of 6th January in the Americas and Europe".
_ELSEWHERE = lazy_compile(
    r"\b(?:in\s+the\s+americas|in\s+(?:the\s+)?(?:us|usa|europe|asia|america|uk)\b|"
    r"in\s+your\s+(?:time\s*zone|local\s+time)|(?:night|evening|morning)\s+of)",
    re.IGNORECASE,
)
