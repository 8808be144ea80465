"""Holding a program page to what it says about time.

Pages get time wrong in a few recurring ways: an abbreviation for the wrong
half of the year (EST in July), a conversion typed by hand ("11:00 am EDT =
16:00 UTC"), a header whose span no longer matches the table, a talk at 2:30
on the night the clocks jump.  Each is caught by recomputing from tzdata,
never by trusting the page, and reported as a :class:`Finding` with the line,
what the page says and what is right.  This module runs the checks; each
lives in its own: zone statements (``_statements``), conversions written in
words (``_conversions``), the span, gaps and DST (``_schedule``).

A page the reader rejects (items that overlap, a time that does not exist)
is a finding too, not a crash: the offending row is blanked and the page
read again, so that one bad row does not hide the rest.
"""

from __future__ import annotations

import re

from .._arguments import checked
from ..errors import PageError, ZoneError
from ..limits import check_page_size
from ..page._clock import parse_offset, parse_time_range
from ..page._markdown import Heading, Paragraph, blocks, markdown_lines
from ..page._reader import PageReading, read_page
from ..zones import StatedZone
from ._conversions import check_conversions
from ._days import Days, item_lines
from ._report import CheckReport, Finding, Severity, ordered, page_finding
from ._schedule import check_dst, check_gaps, check_span
from ._statements import abbreviation_finding, check_zone, stated_zone

__all__ = [
    "CheckReport",
    "Finding",
    "Severity",
    "check_page",
    "check_reading",
]

#: How often a page is re-read with a rejected row blanked, at most.
_MAX_REREADS = 20


@checked
def check_page(text: str, *, timezone: str | None = None) -> CheckReport:
    """Check a page's text; a page the reader rejects becomes findings, never an exception.

    ``timezone`` overrides the page's zone, as ``read_page`` does.  A page
    over :data:`~fastpath_ical.limits.MAX_PAGE_BYTES` is refused at once
    (:class:`~fastpath_ical.errors.SizeError`): it is read more than once.
    """
    check_page_size(text)
    lines = markdown_lines(text, keepends=True)
    findings: list[Finding] = []
    blanked: set[int] = set()
    # Rows read again with the abbreviations beside their times taken out: the row, the
    # reader's error, and each abbreviation (as written, what it means, its column).
    stripped: dict[int, tuple[PageError, list[tuple[str, StatedZone, int]]]] = {}
    # The zone of an abbreviation taken out of a row, for a page that stated no other.
    fallback: str | None = None
    # The reader's error that made the last row blank.
    last: PageError | None = None
    for _ in range(_MAX_REREADS):
        try:
            reading = read_page("".join(lines), timezone=timezone)
        except PageError as exc:
            index = exc.line - 1
            if last is not None and _same_problem(exc, last) and exc.line < last.line:
                # The same complaint moved up to the row now last ("the last item has no
                # end"): it is about the page, not a row, and it has been said once.
                break
            if fallback is not None and timezone is None and not _is_table_row(lines, index):
                timezone = fallback
                continue
            if index in stripped:
                # Not the abbreviation's fault after all: the reader's own words stand.
                last = stripped.pop(index)[0]
                findings.append(page_finding(last))
                blanked.add(index)
                lines[index] = re.sub(r"[^|\r\n]", " ", lines[index])
                continue
            if blanked and (index in blanked or not _is_table_row(lines, index)):
                # Most likely a consequence of the blanking (an empty table), not news.
                break
            if _is_table_row(lines, index):
                said = _strip_abbreviations(lines, index)
                if said:
                    stripped[index] = (exc, said)
                    fallback = fallback or said[0][1].iana
                    continue
            findings.append(page_finding(exc))
            if not _is_table_row(lines, index):
                break
            last = exc
            blanked.add(index)
            lines[index] = re.sub(r"[^|\r\n]", " ", lines[index])
            continue
        findings += _stripped_findings(reading, stripped)
        report = check_reading(reading, complete=not blanked, text="".join(lines))
        return CheckReport(
            findings=ordered([*findings, *report.findings]),
            items=report.items,
            statements=report.statements,
        )
    findings += [page_finding(exc) for exc, _ in stripped.values()]
    return CheckReport(findings=ordered(findings))


def _same_problem(one: PageError, other: PageError) -> bool:
    """Whether two reader errors say the same thing, though worded for different rows."""
    return one.code == other.code if one.code else one.message == other.message


def _strip_abbreviations(lines: list[str], index: int) -> list[tuple[str, StatedZone, int]]:
    """Blank the zone abbreviations written beside the row's times ("10:00 - 10:45 EST").

    The reader rejects a row whose abbreviation the zone does not use that day; read
    without it, the row gives the date on which to say what the zone keeps instead.
    """
    raw = lines[index]
    times = parse_time_range(raw)
    if times is None:
        return []
    said: list[tuple[str, StatedZone, int]] = []
    for clock in (times.start, times.end):
        if clock is None or not clock.zone or parse_offset(clock.zone) is not None:
            continue
        try:
            stated = stated_zone(clock.zone)
        except ZoneError:
            continue
        if stated.abbreviation is None or any(name == clock.zone for name, _, _ in said):
            continue
        word = re.compile(r"(?<![A-Za-z])" + re.escape(clock.zone) + r"(?![A-Za-z])")
        first = word.search(raw, times.span[0], times.span[1])
        if first is None:
            continue
        said.append((clock.zone, stated, first.start() + 1))
    if not said:
        return []
    start, end = times.span
    body = raw[start:end]
    for name, _, _ in said:
        body = re.sub(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])", " " * len(name), body)
    lines[index] = raw[:start] + body + raw[end:]
    return said


def _stripped_findings(
    reading: PageReading,
    stripped: dict[int, tuple[PageError, list[tuple[str, StatedZone, int]]]],
) -> list[Finding]:
    """For each row read without its abbreviations: what the zone keeps on that row's date."""
    findings: list[Finding] = []
    lines = item_lines(reading)
    for index, (exc, said) in stripped.items():
        items = [
            item
            for item, line in zip(reading.program.items, lines, strict=True)
            if line == index + 1
        ]
        found = [
            finding
            for item in items[:1]
            for name, stated, column in said
            for moment in (item.start, item.end)
            if (finding := abbreviation_finding(index + 1, column, name, stated, moment))
        ]
        findings += found or [page_finding(exc)]
    return findings


def _is_table_row(lines: list[str], index: int) -> bool:
    """Whether the line is a body row of a table: not its header, not the rule below it."""
    if not 0 <= index < len(lines):
        return False
    line = lines[index].strip()
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    separator = r"\|?[\s:\-|]*-[\s:\-|]*"
    return (
        line.startswith("|")
        and not re.fullmatch(separator, line)
        and not re.fullmatch(separator, following)
    )


@checked
def check_reading(
    reading: PageReading, *, complete: bool = True, text: str | None = None
) -> CheckReport:
    """Check what a page says about time against tzdata and against its own items.

    ``complete`` is false when rows were blanked to read the page at all;
    the header span and the gaps are not checked then, since a missing row
    would make them wrong.  ``text`` is the page the reading came from: with it, conversions
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
