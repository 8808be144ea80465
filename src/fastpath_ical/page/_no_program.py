"""Pages that hold no program the reader could read, and why: the site's template makes
it from data the page does not hold, it is a document linked from the page, or no table
has the columns a program needs.  Each is an error naming the line a person would fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._patterns import lazy_compile
from ..errors import PageError
from ._blocks import Heading, Paragraph
from ._clock import parse_time_range
from ._columns import Column
from ._markdown import Page, Table
from ._records import Schedule

__all__ = ["no_schedule", "template_rows", "unread_timetable"]


_DOCUMENT = lazy_compile(r"\.(?:pdf|png|jpe?g|gif|webp|svg|docx?|pptx?|xlsx?)(?:[?#].*)?$", re.I)


#: What a page says where its program will be: "TBA", "Coming soon!", "Schedule to be
#: announced", "The program will be posted soon."
_LATER = lazy_compile(
    r"\W*(?:(?:the\s+)?(?:detailed\s+)?(?:program(?:me)?|schedule|agenda)\s+)?(?:is\s+|will\s+be\s+)?"
    r"(?:tb[adc]|to\s+be\s+(?:announced|determined|confirmed)|coming\s+soon|"
    r"(?:announced|available|posted|released)\s+soon)\W*",
    re.IGNORECASE,
)
#: A heading over a program: "Schedule", "Program", "Agenda".
_PROGRAM_HEADING = lazy_compile(
    r"\W*(?:(?:workshop|tentative|detailed)\s+)?(?:program(?:me)?|schedule|agenda|timetable)\W*",
    re.IGNORECASE,
)


def _announced_later(page: Page) -> tuple[int, str] | None:
    """The line that says the program is still to come ("TBA" under "# Schedule"): the
    first paragraph under a heading over a program that says only that."""
    under = _PROGRAM_HEADING.fullmatch(page.front.text("title") or "") is not None
    for block in page.blocks:
        if isinstance(block, Heading):
            under = _PROGRAM_HEADING.fullmatch(block.content.text) is not None
        elif isinstance(block, Paragraph) and under and _LATER.fullmatch(block.content.text):
            return block.line, block.content.text.strip()
    return None


def _program_elsewhere(page: Page) -> tuple[int, str] | None:
    """The first link to a document or picture on a line that speaks of the program."""
    for block in page.blocks:
        if isinstance(block, Table):
            continue
        for _, url in block.content.links:
            if _DOCUMENT.search(url) and re.search(
                r"\b(?:program(?:me)?|schedule|agenda|timetable)\b",
                f"{block.content.text} {url}",
                re.IGNORECASE,
            ):
                return block.line, url
    return None


#: Liquid's output tag ("{{ talk.title }}"), not a Hugo shortcode ("{{< relref >}}").
_LIQUID_OUTPUT = lazy_compile(r"\{\{(?![<%])")


def template_rows(schedules: Sequence[Schedule], page: Page) -> None:
    """A table whose rows the site's template fills ("{{ talk.time }}") states no program."""
    loops = [(line, tag) for line, tag in page.templates if re.match(r"\{%-?\s*for\b", tag)]
    for schedule in schedules:
        for row in schedule.table.rows:
            filled = next((cell for cell in row if _LIQUID_OUTPUT.search(cell.raw)), None)
            if filled is None or not loops:
                continue
            line, tag = max(
                ((n, tag) for n, tag in loops if n <= filled.line), default=(filled.line, "")
            )
            raise PageError(
                "the program is made by the site's template"
                + (f" ({tag})" if tag else f" ({' '.join(filled.raw.split())})")
                + ", from data this page does not hold",
                line=line,
                text=tag or filled.raw,
                expected="a page that states its program (build from the rendered page, or "
                "write the program into the page)",
            )


def unread_timetable(tables: Sequence[Schedule]) -> None:
    """A table beside the program whose rows start with times, which the reader cannot read
    (days as columns under an empty corner, "| 9:00 - 10:30 | Ann Lee | Bo Ray |"), is an
    error: leaving it out would drop part of the program without a word."""
    for entry in tables:
        if entry.layout.is_schedule or not _days_as_columns(entry):
            continue  # "| Time | Room |": where things are, beside the program
        timed = [row for row in entry.table.rows if row and parse_time_range(row[0].content.text)]
        if len(timed) >= 2:
            _lacking(entry, beside=" though its rows start with times, beside the program")


def _days_as_columns(entry: Schedule) -> bool:
    """Whether a table is a timetable of days side by side: an empty corner over its
    times and two columns or more beside it, or a time column beside a day's
    ("| Time (CEST) | Day 1: Tue, May 4 |"); not a room plan ("| Time | Room |") nor an
    index of papers ("| ID | Title |")."""
    header = [cell.content.text.strip() for cell in entry.table.header]
    if not header:
        return False
    if not header[0]:
        return len(header) >= 3
    return Column.TIME in entry.layout.columns and any(_A_DAY.search(name) for name in header[1:])


#: A column's header that names a day: "Monday", "Day 1: Tue, May 4", "12 June".
_A_DAY = lazy_compile(
    r"\b(?:day\s*\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)",
    re.IGNORECASE,
)


def _lacking(entry: Schedule, *, beside: str = "") -> None:
    """The column a table lacks to be a program, at its header."""
    table = entry.table
    columns = entry.layout.columns
    lacking = "a Time column" if Column.TIME not in columns else "a Title or Speaker column"
    names = ", ".join(repr(cell.content.text) for cell in table.header)
    raise PageError(
        f"the table has no {lacking.removeprefix('a ')} (its columns: {names}){beside}",
        line=table.line,
        column=table.header[0].column if table.header else 1,
        text=table.header[0].raw if table.header else "",
        expected=f"{lacking}, e.g. '| Time | Speaker | Title |'",
    )


def no_schedule(tables: Sequence[Schedule], page: Page) -> None:
    """Say why no table is a program: which column it lacks, or that a template makes it."""
    loops = [(line, tag) for line, tag in page.templates if re.match(r"\{%-?\s*for\b", tag)]
    if loops:
        line, tag = loops[0]
        raise PageError(
            f"the program is made by the site's template ({tag}), from data this page does "
            "not hold",
            line=line,
            text=tag,
            expected="a page that states its program (build from the rendered page, or write "
            "the program into the page)",
        )
    elsewhere = _program_elsewhere(page)
    if elsewhere is not None:
        line, url = elsewhere
        raise PageError(
            f"no program on the page: it links to one elsewhere ({url})",
            line=line,
            text=url,
            expected="the program written into the page, as a table or a list of times",
        )
    later = _announced_later(page)
    if later is not None:
        line, said = later
        raise PageError(
            f"the program is not on the page yet: under its heading the page says {said!r}",
            line=line,
            text=said,
            expected="the program's times and items, once they are announced",
        )
    if not tables:
        raise PageError(
            "no program table found",
            line=1,
            expected="a Markdown table with a Time column and a Title or Speaker column",
        )
    _lacking(tables[0])
