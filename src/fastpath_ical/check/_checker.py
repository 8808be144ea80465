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

from .._arguments import checked
from ..errors import LocalTimeError, PageError, ZoneError
from ..limits import check_page_size
from ..model import Item, Program
from ..page._clock import ClockTime, TimeRange, find_date, parse_offset, parse_time_range
from ..page._markdown import Heading, Paragraph, Table, blocks, markdown_lines
from ..page._reader import PageReading, read_page
from ..zones import AMBIGUOUS, ZONE_NAMES, StatedZone, localize, resolve_zone, zone_label

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
                findings.append(_page_finding(last))
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
            findings.append(_page_finding(exc))
            if not _is_table_row(lines, index):
                break
            last = exc
            blanked.add(index)
            lines[index] = re.sub(r"[^|\r\n]", " ", lines[index])
            continue
        findings += _stripped_findings(reading, stripped)
        report = check_reading(reading, complete=not blanked, text="".join(lines))
        return CheckReport(
            findings=_ordered([*findings, *report.findings]),
            items=report.items,
            statements=report.statements,
        )
    findings += [_page_finding(exc) for exc, _ in stripped.values()]
    return CheckReport(findings=_ordered(findings))


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
            stated = _stated(clock.zone)
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
    lines = _item_lines(reading)
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
            if (finding := _abbreviation_finding(index + 1, column, name, stated, moment))
        ]
        findings += found or [_page_finding(exc)]
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


@checked
def check_reading(
    reading: PageReading, *, complete: bool = True, text: str | None = None
) -> CheckReport:
    """Check what a page says about time against tzdata and against its own items.

    ``complete`` is false when rows were blanked to read the page at all;
    the header span and the gaps are not checked then, since a missing row
    would make them wrong.  ``text`` is the page the reading came from: with
    it, conversions are found in every line (not only the ones written with
    "="), and each statement is checked against the day it belongs to.
    """
    program = reading.program
    lines = _item_lines(reading)
    days = _Days(reading, text)
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
            findings += _check_zone(
                said.line, said.column, said.text, days.items_of(said.line), program
            )
        elif said.kind == "conversion" and text is None:
            findings += _check_conversions(said.line, said.column, said.text, "", days, program)
        elif said.kind == "span" and complete:
            findings += _check_span(said.line, said.column, said.text, program, lines, days)
    if text is not None:
        for block in blocks(text):
            if isinstance(block, Heading | Paragraph):
                findings += _check_conversions(
                    block.line, 1, block.content.text, block.raw, days, program
                )
    if complete:
        findings += _check_gaps(program, lines)
    findings += _check_dst(program, lines)
    return CheckReport(
        findings=_ordered(findings), items=len(program.items), statements=len(reading.statements)
    )


class _Days:
    """Which day of the program each line of the page speaks about.

    A line that names a date (a day's heading: "Sunday, March 14, 2021 (10:00 am -
    12:00 pm EDT = 14:00 - 16:00 UTC)") speaks about that date and the items below
    it up to the next such line; a table's header about the table's items; a row
    about its own item.  Any other line (a note below the tables) speaks about the
    whole program: its day is ``None``.
    """

    def __init__(self, reading: PageReading, text: str | None) -> None:
        program = reading.program
        self.program = program
        self.lines = _item_lines(reading)
        self.zone = program.zone
        source = markdown_lines(text) if text is not None else []
        year = program.date.year
        self.dated: dict[int, dt.date] = {}
        for number, raw in enumerate(source, start=1):
            if raw.lstrip().startswith("|"):
                continue
            try:
                found = find_date(raw, year=year)
            except (ValueError, OverflowError):
                continue
            if found is not None and found.date in program.dates:
                self.dated[number] = found.date
        if text is None:
            # Without the page, a header span is what marks a day's line.
            for said in reading.statements:
                if said.kind == "span":
                    after = self._section(said.line)
                    if after:
                        self.dated[said.line] = self._date(after[0])
        self.tables: dict[int, tuple[int, ...]] = {}
        if text is not None:
            for block in blocks(text):
                if isinstance(block, Table):
                    rows = {cell.line for row in block.rows for cell in row[:1]}
                    self.tables[block.line] = tuple(
                        i for i, line in enumerate(self.lines) if line in rows
                    )

    def _date(self, index: int) -> dt.date:
        return self.program.items[index].start.astimezone(self.zone).date()

    def _section(self, line: int) -> tuple[int, ...]:
        """The items below ``line`` up to the next line that names a day."""
        later = [dated for dated in self.dated if dated > line]
        stop = min(later) if later else None
        return tuple(
            i
            for i, item_line in enumerate(self.lines)
            if item_line > line and (stop is None or item_line < stop)
        )

    def day_of(self, line: int) -> dt.date | None:
        """The date the line speaks about, or ``None`` for the whole program."""
        if len(self.program.dates) == 1:
            return self.program.dates[0]
        if line in self.dated:
            return self.dated[line]
        items = self.items_of(line)
        days = {item.start.astimezone(self.zone).date() for item in items}
        return days.pop() if len(days) == 1 and len(items) < len(self.program.items) else None

    def items_of(self, line: int) -> tuple[Item, ...]:
        """The items the line speaks about: its row, its table, its day, or all."""
        program = self.program
        if line in self.lines:
            indices: tuple[int, ...] = (self.lines.index(line),)
        elif self.tables.get(line):
            indices = self.tables[line]
        elif line in self.dated:
            day = self.dated[line]
            indices = self._section(line) or tuple(
                i for i in range(len(program.items)) if self._date(i) == day
            )
        else:
            indices = tuple(range(len(program.items)))
        return tuple(program.items[i] for i in indices)

    def span_items(self, line: int) -> tuple[tuple[int, Item], ...]:
        """The items a header span on ``line`` is about, with their indices."""
        program = self.program
        indices = self._section(line) if line in self.dated else ()
        if not indices:
            day = self.dated.get(line, program.date)
            indices = tuple(i for i in range(len(program.items)) if self._date(i) == day)
        return tuple((i, program.items[i]) for i in indices)


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


def _stated(name: str, home: str | None = None) -> StatedZone:
    """What a zone name on the page claims, as ``check`` holds it to tzdata.

    A name that means the zone all year ("Central European Time", "Eastern Time",
    "ET", an IANA name) claims no half of the year, so it carries no abbreviation.
    An abbreviation the page's own zone uses (MST in Phoenix) is held to that zone.
    Raises :class:`ZoneError` for a name that means no zone or several.
    """
    stated = resolve_zone(name)
    if stated.abbreviation is None:
        return stated
    if _is_generic(name):
        return StatedZone(stated.iana)
    if home is not None and home != stated.iana and _uses(home, stated.abbreviation):
        return StatedZone(home, stated.abbreviation)
    return stated


def _is_generic(name: str) -> bool:
    """Whether a name means a zone all year rather than one half of it.

    "CET", "EST", "US EDT", "Eastern Standard Time", "British Summer Time" are one
    half; "Central European Time" is what Europe calls the zone in summer too.
    """
    words = re.sub(r"^US\s+", "", name.strip(), flags=re.IGNORECASE)
    if re.search(r"\b(?:standard|daylight|summer)\b", words, re.IGNORECASE):
        return False
    return not re.fullmatch(r"[A-Z]{2,5}", words)


def _uses(zone: str, abbreviation: str) -> bool:
    """Whether ``zone`` calls its time ``abbreviation`` in some part of a recent year."""
    try:
        tz = ZoneInfo(zone)
    except (ValueError, OSError):
        return False
    wanted = abbreviation.upper()
    return any(
        (dt.datetime(year, month, 15, 12, tzinfo=tz).tzname() or "").upper() == wanted
        for year in (2000, 2021, 2024)
        for month in (1, 7)
    )


def _kept(stated: StatedZone, moment: dt.datetime) -> bool:
    local = moment.astimezone(ZoneInfo(stated.iana))
    return stated.abbreviation is None or (
        (local.tzname() or "").upper() == stated.abbreviation.upper()
    )


def _check_zone(
    line: int, column: int, name: str, items: Iterable[Item], program: Program
) -> list[Finding]:
    """The abbreviation against the times of the items the line speaks about.

    Each item's start and end are held to it.  A day on which it is wrong for every
    time is an error; a day on which it is right for some and wrong for others (the
    clocks change that day) is a warning that names the times where it stops being
    true.  A name for the zone all year ("Central European Time") is never wrong.
    """
    try:
        stated = _stated(name, program.timezone)
    except ZoneError:
        return []
    if stated.abbreviation is None:
        return []
    zone = program.zone
    by_day: dict[dt.date, list[tuple[dt.datetime, Item, str]]] = {}
    for item in items:
        day = item.start.astimezone(zone).date()
        ends = [(item.start, "start")] + ([(item.end, "end")] if item.end != item.start else [])
        by_day.setdefault(day, []).extend((moment, item, which) for moment, which in ends)
    warnings: list[Finding] = []
    for day, moments in by_day.items():
        wrong = [entry for entry in moments if not _kept(stated, entry[0])]
        if not wrong:
            continue
        if len(wrong) == len(moments):
            found = _abbreviation_finding(line, column, name, stated, wrong[0][0])
            return [found] if found is not None else []
        warnings.append(_part_of_day(line, column, name, stated, day, moments, wrong))
    return warnings


def _part_of_day(
    line: int,
    column: int,
    name: str,
    stated: StatedZone,
    day: dt.date,
    moments: list[tuple[dt.datetime, Item, str]],
    wrong: list[tuple[dt.datetime, Item, str]],
) -> Finding:
    """A warning for an abbreviation right for some of a day's times and wrong for others."""
    zone = ZoneInfo(stated.iana)
    ordered = sorted(moments, key=lambda entry: entry[0])
    change = next(
        _transition(before[0], after[0], zone)
        for before, after in itertools.pairwise(ordered)
        if _kept(stated, before[0]) != _kept(stated, after[0])
    )
    before = (change - dt.timedelta(seconds=1)).astimezone(zone)
    after = change.astimezone(zone)
    wall = change.astimezone(UTC) + (before.utcoffset() or dt.timedelta())
    local = wrong[0][0].astimezone(zone)
    keeps = f"{zone_label(local)} ({_hours(local.utcoffset())})"
    at = f"{wall:%H:%M} {zone_label(before)} (= {after:%H:%M} {zone_label(after)})"
    times: list[str] = []
    seen: set[int] = set()
    for moment, item, which in wrong:
        if id(item) in seen:
            continue
        seen.add(id(item))
        both = sum(1 for _, other, _ in wrong if other is item) == 2
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        if both:
            times.append(f'{start:%H:%M} - {end:%H:%M} ("{item.title}")')
        else:
            times.append(f'{moment.astimezone(zone):%H:%M}, the {which} of "{item.title}"')
    listed = ", ".join(times[:3]) + (f" and {len(times) - 3} more" if len(times) > 3 else "")
    right = f"{_place(stated.iana)} keeps {keeps} from {at}, so it is not true for {listed}"
    return Finding(
        line=line,
        column=column,
        severity=Severity.WARNING,
        code="abbreviation",
        says=name,
        right=right,
        message=f'"{name}" is true for part of {day.isoformat()} only: {right}',
    )


def _transition(before: dt.datetime, after: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant, to the second, at which ``zone`` changes offset between two instants."""
    low, high = int(before.timestamp()), int(after.timestamp())

    def offset(seconds: int) -> dt.timedelta | None:
        return dt.datetime.fromtimestamp(seconds, tz=zone).utcoffset()

    first = offset(low)
    while high - low > 1:
        middle = (low + high) // 2
        if offset(middle) == first:
            low = middle
        else:
            high = middle
    return dt.datetime.fromtimestamp(high, tz=UTC)


# --- conversions written out in words ---------------------------------------------------


def _zone_pattern() -> re.Pattern[str]:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    iana = r"[A-Z][A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_]+)?"
    return re.compile(r"(?<![\w/])(?:" + iana + "|" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_WORD = _zone_pattern()


@attrs.frozen
class _Side:
    """One side of a written conversion: its times, its zone, and the text they came from.

    ``problem`` is set when the zone is written with a name that means several zones
    ("IST"), so that the conversion cannot be checked.
    """

    times: TimeRange
    zone: StatedZone | None
    name: str
    text: str
    start: int = 0
    end: int = 0
    problem: str | None = None


#: What joins the two sides of a conversion: "=", "is", "/", "(" (the other zone in
#: parentheses), "equals", an arrow.
_CONNECTOR = re.compile(r"\s*(?:=+|\bis\b|\bequals\b|/|\(|→|->|=>)\s*", re.IGNORECASE)


def _sides(text: str, home: str | None = None) -> list[_Side]:
    """Every time or time range in ``text`` with the zone written right after it."""
    out: list[_Side] = []
    pos = 0
    while pos < len(text):
        found = parse_time_range(text[pos:])
        if found is None:
            break
        start, end = pos + found.span[0], pos + found.span[1]
        times = TimeRange(found.start, found.end, (start, end))
        zone: StatedZone | None = None
        name, problem, stop = "", None, end
        for match in _ZONE_WORD.finditer(text, start):
            word = match.group(0)
            if match.start() > end and text[end : match.start()].strip(" \t(*_"):
                break
            if len(word) <= 4 and not word.isupper():
                continue
            name = re.sub(r"\s+", " ", word)
            stop = max(end, match.end())
            try:
                zone = _stated(name, home)
            except ZoneError:
                key = name.upper()
                meaning = AMBIGUOUS.get(key)
                problem = (
                    f'"{name}" means several zones ({meaning})' if meaning else f'"{name}"'
                ) + ", so the conversion cannot be checked; write an IANA name or a UTC offset"
            break
        out.append(_Side(times, zone, name, _balanced(text[start:stop]), start, stop, problem))
        pos = max(stop, end, pos + 1)
    return out


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


def _zoned(side: _Side) -> bool:
    clocks = (side.times.start, side.times.end)
    offsets = [c for c in clocks if c is not None and c.zone and parse_offset(c.zone)]
    return side.zone is not None or side.problem is not None or bool(offsets)


def _check_conversions(
    line: int, column: int, text: str, raw: str, days: _Days, program: Program
) -> list[Finding]:
    """Each conversion in ``text``: "11:00 am US EDT = 15:00 UTC", "... is ...",
    "... / ...", "11:00 am US EDT (15:00 UTC)"; a left side without a zone is in the
    program's zone.  Checked on the line's own day, or, for a line about the whole
    program, on each day its abbreviation is in use (every day without one)."""
    findings: list[Finding] = []
    for left, right in itertools.pairwise(_sides(text, program.timezone)):
        joined = text[left.end : right.start]
        if not _CONNECTOR.fullmatch(joined) or not _zoned(right):
            continue
        if "/" in joined and not _zoned(left):
            # "10:00 - 11:00 / 14:00 - 15:00 CET" lists two sessions; it converts nothing.
            continue
        at = raw.find(left.text) + 1 if raw and left.text in raw else column + left.start
        says = _written(text[left.start : right.end])
        problem = left.problem or right.problem
        if problem is not None:
            findings.append(
                Finding(
                    line=line,
                    column=at,
                    severity=Severity.WARNING,
                    code="conversion",
                    says=says,
                    right=problem,
                    message=f'"{says}": {problem}',
                )
            )
            continue
        day = days.day_of(line)
        candidates = [day] if day is not None else _days_in_use(left, right, program)
        for candidate in candidates:
            found = _check_pair(line, at, says, left, right, candidate, program.timezone)
            if found:
                findings += found
                break
    return findings


def _days_in_use(left: _Side, right: _Side, program: Program) -> list[dt.date]:
    """The program's days on which the conversion's abbreviations are in use (else all)."""
    dates = list(program.dates)
    kept = dates
    for side in (left, right):
        if side.zone is None or side.zone.abbreviation is None:
            continue
        zone = ZoneInfo(side.zone.iana)
        wall = _readings(side.times.start)[0]
        abbreviation = side.zone.abbreviation.upper()
        kept = [
            day
            for day in kept
            if any(
                (
                    dt.datetime.combine(day, wall, tzinfo=zone).replace(fold=fold).tzname() or ""
                ).upper()
                == abbreviation
                for fold in (0, 1)
            )
        ]
    return kept or dates


def _written(text: str) -> str:
    """The conversion as written, its parentheses closed ("11:00 am EDT (15:00 UTC)")."""
    text = _balanced(text)
    return text + ")" * max(0, text.count("(") - text.count(")"))


def _check_pair(
    line: int, column: int, says: str, left: _Side, right: _Side, day: dt.date, home: str
) -> list[Finding]:
    pairs = [(left.times.start, right.times.start)]
    if left.times.end is not None and right.times.end is not None:
        pairs.append((left.times.end, right.times.end))
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


def _check_span(
    line: int,
    column: int,
    text: str,
    program: Program,
    lines: tuple[int, ...],
    days: _Days,
) -> list[Finding]:
    """The header's first and last times against its own day's first and last items."""
    span = parse_time_range(text)
    items = list(days.span_items(line))
    if span is None or not items:
        return []
    zone = program.zone
    first_index, first = min(items, key=lambda pair: pair[1].start_utc)
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
    """``1 h 20 min``, ``-40 min``: a length, negative ones with their sign in front."""
    minutes = int(delta.total_seconds()) // 60 if delta >= dt.timedelta(0) else None
    if minutes is None:
        return "-" + _minutes(-delta)
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if hours and rest else f"{hours} h" if hours else f"{rest} min"


def _clocks(first: dt.datetime, second: dt.datetime) -> tuple[str, str]:
    """Two wall-clock times, each with its abbreviation when their offsets differ
    (``01:50 EDT``, ``01:10 EST``): across a DST change the bare clock misleads."""
    if first.utcoffset() == second.utcoffset():
        return f"{first:%H:%M}", f"{second:%H:%M}"
    return f"{first:%H:%M} {zone_label(first)}", f"{second:%H:%M} {zone_label(second)}"


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
        shown_end, shown_start = _clocks(end, start)
        says = f"{shown_end} - {shown_start}"
        right = f'nothing is on from {shown_end} to {shown_start} ({gap}) after "{before.title}"'
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
        shown_start, shown_end = _clocks(start, end)
        right = (
            f'"{item.title}" crosses a DST change in {zone.key}: {shown_start} - {shown_end} '
            f"on the clock ({_minutes(naive)}) lasts {_minutes(item.duration)}"
        )
        findings.append(
            Finding(
                line=lines[index] or 1,
                severity=Severity.NOTE,
                code="dst",
                says=f"{shown_start} - {shown_end}",
                right=right,
                message=right,
            )
        )
    return findings
