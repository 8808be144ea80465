"""Holding a program page to what it says about time.

Pages get time wrong in a few recurring ways: an abbreviation for the wrong
half of the year (EST in July), a conversion typed by hand ("11:00 am EDT =
16:00 UTC"), a header whose span no longer matches the table, a talk at 2:30
on the night the clocks jump.  Each is caught by recomputing from tzdata,
never by trusting the page, and reported as a :class:`Finding` with the line,
what the page says and what is right.  This module runs the checks; each
lives in its own: zone statements (``_statements``), conversions written in
words (``_conversions``), the span, gaps and DST (``_schedule``).

A page is read once, with every row the reader cannot read kept as a
problem instead of raised (``read_page(all_errors=True)``): each such row
is a finding, not a crash, and one bad row does not hide the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._arguments import checked
from ..errors import PageError
from ..limits import check_page_size
from ..page._markdown import Heading, Paragraph, blocks, pages_kept
from ..page._reader import PageReading, read_page
from ._conversions import check_conversions
from ._days import Days, item_lines
from ._report import CheckReport, Finding, Severity, ordered, page_finding
from ._schedule import check_dst, check_gaps, check_span
from ._statements import check_row_zone, check_zone

__all__ = [
    "CheckReport",
    "Finding",
    "Severity",
    "check_page",
    "check_reading",
]


@checked
@pages_kept()  # the page is read once, not once by the reader and twice by the checks
def check_page(
    text: str,
    *,
    timezone: str | None = None,
    date: dt.date | None = None,
    year: int | None = None,
    end: dt.time | None = None,
    title: str | None = None,
    page_url: str | None = None,
) -> CheckReport:
    """Check a page's text; a page the reader rejects becomes findings, never an exception.

    ``timezone`` overrides the page's zone, and ``date``, ``year``, ``end``,
    ``title`` and ``page_url`` supply what it leaves out, as ``read_page``'s
    keywords do: the page checked is the page built.  A page
    over :data:`~fastpath_ical.limits.MAX_PAGE_BYTES` is refused at once
    (:class:`~fastpath_ical.errors.SizeError`), before any work is spent on
    it, as everywhere a page is taken in.
    """
    check_page_size(text)
    try:
        reading = read_page(
            text,
            timezone=timezone,
            date=date,
            year=year,
            end=end,
            title=title,
            page_url=page_url,
            all_errors=True,
        )
    except PageError as exc:
        # About the page as a whole (no table, no zone), or no row of it could be read
        # (then ``problems`` holds each row's error): no program to hold to anything.
        return CheckReport(findings=ordered(_problems(exc.problems or (exc,), None)))
    # A wrong abbreviation leaves its row in; any other problem leaves the row out.
    left_out = any(problem.code != "abbreviation" for problem in reading.problems)
    report = check_reading(reading, complete=not left_out, text=text)
    return CheckReport(
        findings=ordered([*_problems(reading.problems, reading), *report.findings]),
        items=report.items,
        statements=report.statements,
    )


def _problems(problems: Iterable[PageError], reading: PageReading | None) -> list[Finding]:
    """Each row the reader could not read, in its words; a wrong abbreviation beside a
    row's times, where the row is still an item, as what the zone keeps on its date."""
    lines = item_lines(reading) if reading is not None else ()
    findings: list[Finding] = []
    abbreviated: set[int] = set()
    for problem in problems:
        if problem.code != "abbreviation":
            findings.append(page_finding(problem))
        elif problem.line not in abbreviated:
            # One abbreviation beside a row's times is one mistake, said once for the row.
            abbreviated.add(problem.line)
            if reading is not None and problem.line in lines:
                item = reading.program.items[lines.index(problem.line)]
                findings += check_row_zone(problem, item)
            else:
                findings.append(page_finding(problem))
    return findings


@checked
@pages_kept()
def check_reading(
    reading: PageReading, *, complete: bool = True, text: str | None = None
) -> CheckReport:
    """Check what a page says about time against tzdata and against its own items.

    ``complete`` is false when rows could not be read; the header span and
    the gaps are not checked then, since a missing row would make them
    wrong.  ``text`` is the page the reading came from: with it, conversions
    are found in every line (not only the ones written with "="), and each
    statement is checked against the day it belongs to.
    """
    program = reading.program
    lines = item_lines(reading)
    days = Days(reading, text)
    findings: list[Finding] = [
        Finding(
            line=warning.line,
            column=warning.column,
            severity=Severity.WARNING,
            code="reading",
            says="",
            right="",
            message=warning.message,
        )
        for warning in reading.warnings
        if warning.code != "abbreviation"  # checked below, as an error with what is right
    ]
    for said in reading.statements:
        if said.kind == "zone":
            findings += check_zone(
                said.line, said.column, said.text, days.items_of(said.line), program
            )
        elif said.kind == "conversion" and text is None:
            findings += check_conversions(said.line, said.column, said.text, "", days, program)
        elif said.kind == "span" and complete:
            findings += check_span(said.line, said.column, said.text, program, lines, days)
    if text is not None:
        for block in blocks(text):
            if isinstance(block, Heading | Paragraph):
                findings += check_conversions(
                    block.line, 1, block.content.text, block.raw, days, program
                )
    if complete:
        findings += check_gaps(program, lines)
    findings += check_dst(program, lines)
    return CheckReport(
        findings=ordered(findings), items=len(program.items), statements=len(reading.statements)
    )
