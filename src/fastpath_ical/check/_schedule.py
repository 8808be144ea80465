"""The schedule against itself: the header's span, gaps between items, items across DST.

These look at the items the reader made, not at what the page says about
zones: a header span that no longer matches the table, an unlisted break,
a talk whose clock length is not its true length because the clocks change.
"""

from __future__ import annotations

import datetime as dt
import itertools

from ..model import Program
from ..page._clock import parse_time_range
from ..zones import zone_label
from ._days import Days
from ._report import Finding, Severity, format_like, readings

__all__ = ["check_dst", "check_gaps", "check_span"]


def check_span(
    line: int,
    column: int,
    text: str,
    program: Program,
    lines: tuple[int, ...],
    days: Days,
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
        if clock is None or actual.time().replace(second=0) in readings(clock):
            continue
        stated = format_like(clock, clock.to_time())
        where = f" (line {lines[index]})" if lines[index] else ""
        shown = format_like(clock, actual.time())
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


def check_gaps(program: Program, lines: tuple[int, ...]) -> list[Finding]:
    """A warning per gap between two items of one day: a break the page does not list is
    often meant, so a gap fails only a strict check."""
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


def check_dst(program: Program, lines: tuple[int, ...]) -> list[Finding]:
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
