"""Holding a program page to what it says about time.

Pages get time wrong in a few recurring ways: an abbreviation for the wrong
half of the year (EST in July), a conversion typed by hand ("11:00 am EDT =
16:00 UTC"), a header whose span no longer matches the table, a talk at 2:30
on the night the clocks jump.  Each is caught here by recomputing from tzdata,
never by trusting the page, and reported as a :class:`Finding` with the line,
what the page says and what is right.

A page the reader rejects (items that overlap, a time that does not exist)
is a finding too, not a crash: the offending row is blanked and the page
read again, so that one bad row does not hide the rest.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

import attrs

from .clock import ClockTime, TimeRange, parse_offset, parse_time_range
from .errors import LocalTimeError, PageError, ZoneError
from .model import Item, Program
from .page import PageReading, read_page
from .zones import AMBIGUOUS, ZONE_NAMES, StatedZone, localize, resolve_zone

__all__ = [
    "CheckReport",
    "Finding",
    "Severity",
    "check_page",
    "check_reading",
]

UTC = dt.UTC

#: How often a page is re-read with a rejected row blanked, at most.
_MAX_REREADS = 20


class Severity(enum.Enum):
    """``error`` fails ``check``; ``warning`` fails it only with ``--strict``; ``note`` never."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the page gets wrong (or may): where, what it says, what is right.

    ``code`` names the check: ``abbreviation``, ``conversion``, ``span``,
    ``page`` (the reader rejected the page: overlap, order, a time that does
    not exist), ``gap``, ``dst`` or ``reading`` (a reader's warning).
    """

    line: int
    column: int = 1
    severity: Severity
    code: str
    says: str
    right: str
    message: str

    def __str__(self) -> str:
        label = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"line {self.line}: {label}{self.message}"


@attrs.frozen(kw_only=True)
class CheckReport:
    """The findings on one page, in page order, and what was checked."""

    findings: tuple[Finding, ...]
    items: int = 0
    statements: int = 0

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    def failed(self, *, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))


def check_page(text: str, *, timezone: str | None = None) -> CheckReport:
    """Check a page's text; a page the reader rejects becomes findings, never an exception.

    ``timezone`` overrides the page's zone, as ``read_page`` does.
    """
    lines = text.splitlines(keepends=True)
    findings: list[Finding] = []
    blanked: set[int] = set()
    for _ in range(_MAX_REREADS):
        try:
            reading = read_page("".join(lines), timezone=timezone)
        except PageError as exc:
            index = exc.line - 1
            if blanked and (index in blanked or not _is_table_row(lines, index)):
                # Most likely a consequence of the blanking (an empty table), not news.
                break
            findings.append(_page_finding(exc))
            if not _is_table_row(lines, index):
                break
            blanked.add(index)
            lines[index] = re.sub(r"[^|\r\n]", " ", lines[index])
            continue
        report = check_reading(reading, complete=not blanked)
        return CheckReport(
            findings=_ordered([*findings, *report.findings]),
            items=report.items,
            statements=report.statements,
        )
    return CheckReport(findings=_ordered(findings))


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


def _page_finding(exc: PageError) -> Finding:
    return Finding(
        line=exc.line,
        column=exc.column,
        severity=Severity.ERROR,
        code="page",
        says=exc.text,
        right=exc.expected,
        message=exc.message,
    )


def _ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    seen: set[tuple[int, str]] = set()
    out: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.line, f.column)):
        if (finding.line, finding.message) not in seen:
            seen.add((finding.line, finding.message))
            out.append(finding)
    return tuple(out)


def check_reading(reading: PageReading, *, complete: bool = True) -> CheckReport:
    """Check what a page says about time against tzdata and against its own items.

    ``complete`` is false when rows were blanked to read the page at all;
    the header span and the gaps are not checked then, since a missing row
    would make them wrong.
    """
    program = reading.program
    lines = _item_lines(reading)
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
    ]
    for said in reading.statements:
        if said.kind == "zone":
            findings += _check_zone(said.line, said.column, said.text, program)
        elif said.kind == "conversion":
            findings += _check_conversion(said.line, said.column, said.text, program)
        elif said.kind == "span" and complete:
            findings += _check_span(said.line, said.column, said.text, program, lines)
    if complete:
        findings += _check_gaps(program, lines)
    findings += _check_dst(program, lines)
    return CheckReport(
        findings=_ordered(findings), items=len(program.items), statements=len(reading.statements)
    )


def _item_lines(reading: PageReading) -> tuple[int, ...]:
    lines = reading.item_lines
    if len(lines) == len(reading.program.items):
        return lines
    return tuple(0 for _ in reading.program.items)


# --- zone names and abbreviations -------------------------------------------------------


def _place(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _hours(offset: dt.timedelta | None) -> str:
    """``UTC-4``, ``UTC+5:30``: how people write an offset in a sentence."""
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _abbreviation_finding(
    line: int, column: int, name: str, stated: StatedZone, moment: dt.datetime
) -> Finding | None:
    """A finding when ``stated`` names an abbreviation its zone does not use at ``moment``."""
    if stated.abbreviation is None:
        return None
    local = moment.astimezone(ZoneInfo(stated.iana))
    actual = local.tzname() or ""
    if actual.upper() == stated.abbreviation.upper():
        return None
    right = (
        f"{_place(stated.iana)} keeps {actual} ({_hours(local.utcoffset())}) "
        f"on {local.date().isoformat()}"
    )
    return Finding(
        line=line,
        column=column,
        severity=Severity.ERROR,
        code="abbreviation",
        says=name,
        right=right,
        message=f'"{name}" but {right}',
    )


def _check_zone(line: int, column: int, name: str, program: Program) -> list[Finding]:
    try:
        stated = resolve_zone(name)
    except ZoneError:
        return []
    for item in program.items:
        found = _abbreviation_finding(line, column, name, stated, item.start)
        if found is not None:
            return [found]
    return []


# --- conversions written out in words ---------------------------------------------------


def _zone_pattern() -> re.Pattern[str]:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    iana = r"[A-Z][A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_]+)?"
    return re.compile(r"(?<![\w/])(?:" + iana + "|" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_WORD = _zone_pattern()


@attrs.frozen
class _Side:
    """One side of a written conversion: its times, its zone, and the text they came from."""

    times: TimeRange
    zone: StatedZone | None
    name: str
    text: str


def _side(text: str) -> _Side | None:
    times = parse_time_range(text)
    if times is None:
        return None
    end = times.span[1]
    for match in _ZONE_WORD.finditer(text):
        word = match.group(0)
        if len(word) <= 4 and not word.isupper():
            continue
        try:
            zone = resolve_zone(re.sub(r"\s+", " ", word))
        except ZoneError:
            continue
        if match.start() >= times.span[0]:
            end = max(end, match.end())
            return _Side(times, zone, word, _balanced(text[times.span[0] : end]))
    return _Side(times, None, "", _balanced(text[times.span[0] : end]))


def _balanced(text: str) -> str:
    """The text without a closing parenthesis it did not open ("20:30 UTC)")."""
    text = text.strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text


def _readings(clock: ClockTime) -> tuple[dt.time, ...]:
    """The wall-clock times a written time can mean: one, or morning and afternoon."""
    if clock.meridiem is not None or clock.is_24h:
        return (clock.to_time(),)
    return tuple(dict.fromkeys((clock.to_time("am"), clock.to_time("pm"))))


def _written_zone(clock: ClockTime, side: _Side, fallback: str) -> tuple[dt.tzinfo, str]:
    """The zone a time is in: an offset written beside it, else its side's zone."""
    offset = parse_offset(clock.zone) if clock.zone else None
    if offset is not None:
        return dt.timezone(offset), f"UTC{clock.zone}"
    return ZoneInfo(side.zone.iana if side.zone else fallback), side.name


def _format_like(clock: ClockTime, value: dt.time) -> str:
    if clock.meridiem is None:
        return f"{value:%H:%M}"
    hour = value.hour % 12 or 12
    return f"{hour}:{value:%M} {'am' if value.hour < 12 else 'pm'}"


def _instant(day: dt.date, wall: dt.time, zone: dt.tzinfo, side: _Side) -> dt.datetime:
    if not isinstance(zone, ZoneInfo):
        return dt.datetime.combine(day, wall, tzinfo=zone)
    offset = None
    if side.zone is not None and side.zone.abbreviation:
        for fold in (0, 1):
            moment = dt.datetime.combine(day, wall, tzinfo=zone).replace(fold=fold)
            if (moment.tzname() or "").upper() == side.zone.abbreviation.upper():
                offset = moment.utcoffset()
                break
    return localize(day, wall, zone, what=side.text, offset=offset)


def _check_conversion(line: int, column: int, text: str, program: Program) -> list[Finding]:
    parts = text.split("=")
    findings: list[Finding] = []
    for left_text, right_text in itertools.pairwise(parts):
        left, right = _side(left_text), _side(right_text)
        if left is None or right is None or right.zone is None:
            continue
        for day in program.dates:
            found = _check_pair(line, column, left, right, day, program.timezone)
            if found:
                findings += found
                break
    return findings


def _check_pair(
    line: int, column: int, left: _Side, right: _Side, day: dt.date, home: str
) -> list[Finding]:
    pairs = [(left.times.start, right.times.start)]
    if left.times.end is not None and right.times.end is not None:
        pairs.append((left.times.end, right.times.end))
    says = f"{left.text} = {right.text}"
    expected: list[str] = []
    wrong = False
    findings: list[Finding] = []
    for stated_left, stated_right in pairs:
        left_zone, _ = _written_zone(stated_left, left, home)
        right_zone, _ = _written_zone(stated_right, right, home)
        best: dt.datetime | None = None
        matched = False
        for wall in _readings(stated_left):
            try:
                instant = _instant(day, wall, left_zone, left)
            except LocalTimeError as exc:
                findings.append(
                    Finding(
                        line=line,
                        column=column,
                        severity=Severity.ERROR,
                        code="conversion",
                        says=says,
                        right=str(exc),
                        message=f'"{says}" but {exc}',
                    )
                )
                return findings
            there = instant.astimezone(right_zone)
            best = best or there
            if there.time().replace(second=0, microsecond=0) in _readings(stated_right):
                matched = True
                best = there
                break
        assert best is not None
        expected.append(_format_like(stated_right, best.time()))
        wrong = wrong or not matched
        for side, moment in ((left, best), (right, best)):
            if side.zone is not None:
                found = _abbreviation_finding(line, column, side.name, side.zone, moment)
                if found is not None:
                    findings.append(found)
    if wrong:
        shown = " - ".join(expected)
        right_text = (
            f"{left.text} is {shown} {right.name} on {day.isoformat()}"
            if left.zone is not None
            else f"{left.text} in {_place(home)} is {shown} {right.name} on {day.isoformat()}"
        )
        findings.append(
            Finding(
                line=line,
                column=column,
                severity=Severity.ERROR,
                code="conversion",
                says=says,
                right=right_text,
                message=f'"{says}" but {right_text}',
            )
        )
    return findings


# --- the header's span, gaps, DST -------------------------------------------------------


def _day_items(program: Program) -> list[tuple[int, Item]]:
    zone = program.zone
    return [
        (index, item)
        for index, item in enumerate(program.items)
        if item.start.astimezone(zone).date() == program.date
    ]


def _check_span(
    line: int, column: int, text: str, program: Program, lines: tuple[int, ...]
) -> list[Finding]:
    span = parse_time_range(text)
    items = _day_items(program)
    if span is None or not items:
        return []
    zone = program.zone
    first_index, first = items[0]
    last_index, last = max(items, key=lambda pair: pair[1].end_utc)
    checks = [
        (span.start, first.start.astimezone(zone), "first", "starts", first, first_index),
        (span.end, last.end.astimezone(zone), "last", "ends", last, last_index),
    ]
    findings: list[Finding] = []
    for clock, actual, which, verb, item, index in checks:
        if clock is None or actual.time().replace(second=0) in _readings(clock):
            continue
        stated = _format_like(clock, clock.to_time())
        where = f" (line {lines[index]})" if lines[index] else ""
        shown = _format_like(clock, actual.time())
        right = f'the {which} item, "{item.title}"{where}, {verb} at {shown}'
        findings.append(
            Finding(
                line=line,
                column=column,
                severity=Severity.ERROR,
                code="span",
                says=stated,
                right=right,
                message=f'header says the day {verb} at "{stated}" but {right}',
            )
        )
    return findings


def _minutes(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if hours and rest else f"{hours} h" if hours else f"{rest} min"


def _check_gaps(program: Program, lines: tuple[int, ...]) -> list[Finding]:
    zone = program.zone
    findings: list[Finding] = []
    pairs = itertools.pairwise(program.items)
    for index, (before, after) in enumerate(pairs, start=1):
        start = after.start.astimezone(zone)
        end = before.end.astimezone(zone)
        if after.start_utc <= before.end_utc or start.date() != end.date():
            continue
        gap = _minutes(after.start_utc - before.end_utc)
        says = f"{end:%H:%M} - {start:%H:%M}"
        right = f'nothing is on from {end:%H:%M} to {start:%H:%M} ({gap}) after "{before.title}"'
        findings.append(
            Finding(
                line=lines[index] or 1,
                severity=Severity.WARNING,
                code="gap",
                says=says,
                right=right,
                message=f"{right}; add a break row if that is meant",
            )
        )
    return findings


def _check_dst(program: Program, lines: tuple[int, ...]) -> list[Finding]:
    """A note per item that crosses a DST change: the clock shows one length, it lasts another."""
    zone = program.zone
    findings: list[Finding] = []
    for index, item in enumerate(program.items):
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        if start.utcoffset() == end.utcoffset():
            continue
        naive = end.replace(tzinfo=None) - start.replace(tzinfo=None)
        right = (
            f'"{item.title}" crosses a DST change in {zone.key}: {start:%H:%M} - {end:%H:%M} '
            f"on the clock ({_minutes(naive)}) lasts {_minutes(item.duration)}"
        )
        findings.append(
            Finding(
                line=lines[index] or 1,
                severity=Severity.NOTE,
                code="dst",
                says=f"{start:%H:%M} - {end:%H:%M}",
                right=right,
                message=right,
            )
        )
    return findings
