"""Feed modes: TZID with a VTIMEZONE (default) or UTC, never floating; the VTIMEZONE narrow.

The bytes are read line by line here (unfolded, not through icalendar), so that a floating time
cannot hide behind a parser's default zone.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from hypothesis import given

from fastpath_ical import FeedOptions, Program, fastpath2021, feed_bytes
from strategies import programs
from test_dst import programs_across_a_change, transitions

UTC = dt.UTC


def content_lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def event_times(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(name, parameters, value) of every date-time property outside VTIMEZONE."""
    out = []
    inside = False
    for line in content_lines(data):
        if line in ("BEGIN:VTIMEZONE", "END:VTIMEZONE"):
            inside = line.startswith("BEGIN")
            continue
        match = re.match(r"(DTSTART|DTEND|DTSTAMP|RECURRENCE-ID|DUE)((?:;[^:]*)?):(.*)", line)
        if match and not inside:
            params = dict(p.split("=", 1) for p in match.group(2).split(";") if p)
            out.append((match.group(1), params, match.group(3)))
    return out


def vtimezones(data: bytes) -> dict[str, list[dict[str, str]]]:
    """TZID to its observances, each as {name: value} plus "KIND" (STANDARD or DAYLIGHT)."""
    zones: dict[str, list[dict[str, str]]] = {}
    tzid = ""
    current: dict[str, str] | None = None
    for line in content_lines(data):
        if line.startswith("TZID:"):
            tzid = line[5:]
            zones[tzid] = []
        elif line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            current = {"KIND": line[6:]}
        elif line in ("END:STANDARD", "END:DAYLIGHT") and current is not None:
            zones[tzid].append(current)
            current = None
        elif current is not None and ":" in line:
            name, value = line.split(":", 1)
            current[name.split(";")[0]] = value
    return zones


def offset(text: str) -> dt.timedelta:
    sign = -1 if text[0] == "-" else 1
    return sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


@given(program=programs())
def test_tzid_mode_has_no_floating_time_and_every_tzid_its_vtimezone(program: Program) -> None:
    data = feed_bytes(program)
    zones = vtimezones(data)
    for name, params, value in event_times(data):
        if "VALUE" in params and params["VALUE"] == "DATE":
            continue
        assert value.endswith("Z") or "TZID" in params, f"floating {name}:{value}"
        if "TZID" in params:
            assert params["TZID"] in zones
            assert program.timezone == params["TZID"]
    assert set(zones) <= {program.timezone}


@given(program=programs())
def test_utc_mode_is_all_utc_and_has_no_vtimezone(program: Program) -> None:
    data = feed_bytes(program, FeedOptions(utc=True))
    assert b"BEGIN:VTIMEZONE" not in data
    assert b"TZID" not in data.replace(b"X-WR-TIMEZONE", b"")
    for name, params, value in event_times(data):
        assert value.endswith("Z"), f"{name}:{value} is not UTC"
        assert not params


def _expected_changes(zone: ZoneInfo, first: dt.date, last: dt.date) -> list[dt.datetime]:
    start = dt.datetime.combine(first, dt.time(), tzinfo=zone).astimezone(UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(UTC)
    # A change at the very first local midnight (Cairo, 28 April 2000) is in the span too.
    return [t for t in transitions(zone, start - dt.timedelta(seconds=1), end) if t < end]


def assert_vtimezone_covers_exactly_the_span(program: Program) -> None:
    """One observance for the offset at the start, then only true zoneinfo changes.

    The span is the local days of the times written with a TZID, one whole day before the first
    and one after the last.  Every change in the block is a zoneinfo change in the span (an
    onset within one offset change of the true instant); every change in the span is in the
    block, except where icalendar's 64-day search stepped over it (Cairo, summer 2014), which
    is allowed only because then no TZID time lies past it (``test_vtimezone.py`` holds that).
    """
    data = feed_bytes(program)
    zone = program.zone
    blocks = vtimezones(data)
    zoned = [
        dt.datetime.strptime(value, "%Y%m%dT%H%M%S").date()
        for _, params, value in event_times(data)
        if "TZID" in params
    ]
    if not zoned:  # every event in UTC: its times repeat, or icalendar's block was wrong
        assert {} == blocks
        return
    (observances,) = blocks.values()
    first = min(zoned) - dt.timedelta(days=1)
    last = max(zoned) + dt.timedelta(days=1)
    opening, *changes = sorted(observances, key=lambda o: o["DTSTART"])
    assert first.strftime("%Y%m%dT000000") == opening["DTSTART"]
    at_start = dt.datetime.combine(first, dt.time(), tzinfo=zone).utcoffset()
    assert (at_start, at_start) == (offset(opening["TZOFFSETFROM"]), offset(opening["TZOFFSETTO"]))
    expected = _expected_changes(zone, first, last)
    assert not any(o.get("RDATE") for o in changes)
    matched = set()
    for observance in changes:
        before, after = offset(observance["TZOFFSETFROM"]), offset(observance["TZOFFSETTO"])
        onset = dt.datetime.strptime(observance["DTSTART"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        onset -= before
        found = [
            instant
            for instant in expected
            if (before, after)
            == (
                (instant - dt.timedelta(seconds=1)).astimezone(zone).utcoffset(),
                instant.astimezone(zone).utcoffset(),
            )
            and abs(onset - instant) <= abs(after - before)
        ]
        assert found, f"{observance} is no zoneinfo change"
        matched.update(found)
    instants = [
        dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
        for _, params, value in event_times(data)
        if "TZID" in params
    ]
    for missed in set(expected) - matched:
        assert all(moment < missed for moment in instants), f"no onset for {missed}"


def test_the_shipped_vtimezone_is_one_observance() -> None:
    """27 to 29 March 2021 in New York: EDT all along, so one DAYLIGHT observance, no rule."""
    program = fastpath2021()
    (observances,) = vtimezones(feed_bytes(program)).values()
    assert [("DAYLIGHT", "20210327T000000", "-0400", "-0400")] == [
        (o["KIND"], o["DTSTART"], o["TZOFFSETFROM"], o["TZOFFSETTO"]) for o in observances
    ]
    assert_vtimezone_covers_exactly_the_span(program)


@given(program=programs())
def test_vtimezone_covers_exactly_the_events_span(program: Program) -> None:
    assert_vtimezone_covers_exactly_the_span(program)


@given(program=programs_across_a_change())
def test_vtimezone_covers_exactly_the_span_across_a_change(program: Program) -> None:
    assert_vtimezone_covers_exactly_the_span(program)
