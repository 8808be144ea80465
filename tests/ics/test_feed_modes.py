"""Feed modes: TZID with a VTIMEZONE (default) or UTC, never floating; the VTIMEZONE one rule.

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
    # No property carries a TZID parameter (a title may say "TZID": that is text).
    unfolded = data.replace(b"\r\n ", b"")
    assert not [line for line in unfolded.split(b"\r\n") if b";TZID=" in line.split(b":")[0]]
    for name, params, value in event_times(data):
        assert value.endswith("Z"), f"{name}:{value} is not UTC"
        assert not params


def _true_changes(zone: ZoneInfo, year: int) -> set[tuple[dt.datetime, dt.timedelta]]:
    """(local onset, in the offset before it; offset after) of each change of ``year``."""
    start = dt.datetime(year - 1, 12, 29, tzinfo=UTC)
    out = set()
    for instant in transitions(zone, start, start + dt.timedelta(days=368)):
        before = (instant - dt.timedelta(seconds=1)).astimezone(zone).utcoffset()
        after = instant.astimezone(zone).utcoffset()
        assert before is not None
        assert after is not None
        onset = (instant + before).replace(tzinfo=None)
        if onset.year == year:
            out.add((onset, after))
    return out


def _rule_onsets(observance: dict[str, str], year: int) -> dt.datetime:
    """The onset a BYMONTH with BYDAY or BYMONTHDAY yearly rule gives in ``year``."""
    parts = dict(part.split("=") for part in observance["RRULE"].split(";"))
    start = dt.datetime.strptime(observance["DTSTART"], "%Y%m%dT%H%M%S")
    month = int(parts["BYMONTH"])
    if "BYMONTHDAY" in parts:
        return start.replace(year=year, month=month, day=int(parts["BYMONTHDAY"]))
    week, weekday = int(parts["BYDAY"][:-2]), "MOTUWETHFRSASU".index(parts["BYDAY"][-2:]) // 2
    days = [
        day
        for day in range(1, 32)
        if _valid(year, month, day) and dt.date(year, month, day).weekday() == weekday
    ]
    return start.replace(year=year, month=month, day=days[week - 1 if week > 0 else -1])


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def assert_vtimezone_is_one_yearly_rule(program: Program) -> None:
    """The block as Outlook keeps a zone: one STANDARD, one DAYLIGHT where the clocks change.

    Each observance starts in the year before the first TZID time, so every time has an
    onset before it; with DAYLIGHT, each has a yearly rule and the two offsets mirror each
    other.  When the TZID times all fall in one year, the rule's onsets that year are
    exactly zoneinfo's changes (two), or the zone has none that year and the block no rule.
    """
    data = feed_bytes(program)
    blocks = vtimezones(data)
    zoned = [
        dt.datetime.strptime(value, "%Y%m%dT%H%M%S")
        for _, params, value in event_times(data)
        if "TZID" in params
    ]
    if not zoned:  # every event in UTC: its times repeat, or no block could hold them
        assert {} == blocks
        return
    (observances,) = blocks.values()
    kinds = {o["KIND"]: o for o in observances}
    assert len(kinds) == len(observances)
    assert "STANDARD" in kinds
    first_year = min(zoned).year
    for observance in observances:
        assert str(first_year - 1) == observance["DTSTART"][:4]
    standard, daylight = kinds["STANDARD"], kinds.get("DAYLIGHT")
    if daylight is None:
        assert "RRULE" not in standard
        assert standard["TZOFFSETFROM"] == standard["TZOFFSETTO"]
        return
    assert offset(standard["TZOFFSETTO"]) < offset(daylight["TZOFFSETTO"])
    assert (standard["TZOFFSETFROM"], standard["TZOFFSETTO"]) == (
        daylight["TZOFFSETTO"],
        daylight["TZOFFSETFROM"],
    )
    if {moment.year for moment in zoned} == {first_year}:
        assert _true_changes(program.zone, first_year) == {
            (_rule_onsets(o, first_year), offset(o["TZOFFSETTO"])) for o in (standard, daylight)
        }


def test_the_shipped_vtimezone_is_new_yorks_yearly_rule() -> None:
    """28 March 2021 in New York: EST and EDT with the rule in force since 2007, from 2020."""
    program = fastpath2021()
    (observances,) = vtimezones(feed_bytes(program)).values()
    assert [
        ("STANDARD", "20201101T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
        ("DAYLIGHT", "20200308T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
    ] == [
        (o["KIND"], o["DTSTART"], o["TZOFFSETFROM"], o["TZOFFSETTO"], o["RRULE"])
        for o in observances
    ]
    assert_vtimezone_is_one_yearly_rule(program)


@given(program=programs())
def test_vtimezone_is_one_yearly_rule(program: Program) -> None:
    assert_vtimezone_is_one_yearly_rule(program)


@given(program=programs_across_a_change())
def test_vtimezone_is_one_yearly_rule_across_a_change(program: Program) -> None:
    assert_vtimezone_is_one_yearly_rule(program)
