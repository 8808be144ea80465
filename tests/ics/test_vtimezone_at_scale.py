"""The VTIMEZONE check of a large feed: each time costs the onsets near it, not all of them.

:func:`block_agrees` reads a block's onsets once and looks near each time by
bisection; the rule is scored by running counts.  Both are held here to the
way they were first written (every onset for every time, every time for every
rule), on blocks of this project and of icalendar, at random times.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Timezone

from fastpath_ical import Program, build_calendar
from fastpath_ical.ics._readings import _onsets, _outlook_rule
from fastpath_ical.ics._rules import Rule, fixed_rule
from fastpath_ical.ics._vtimezone import (
    _best_rule,
    _block,
    _changes_in,
    _Placed,
    _yearly,
    block_agrees,
)
from strategies import ZONES, programs


def _agrees_asking_every_onset(block: Timezone, moment: dt.datetime) -> bool:
    """``block_agrees`` as first written: every onset of the block, for every time."""
    wall = moment.replace(tzinfo=None)
    true = moment.astimezone(dt.UTC).replace(tzinfo=None)
    onsets = sorted(_onsets(block, wall.year + 1))
    if not onsets:
        return False
    by_instant = []
    for index, (start, before, after) in enumerate(onsets):
        candidate = wall - after
        later = onsets[index + 1 :]
        if (index == 0 or start - before <= candidate) and (
            not later or candidate < later[0][0] - later[0][1]
        ):
            by_instant.append(candidate)
    by_wall = [after for start, _, after in onsets if start <= wall] or [onsets[0][2]]
    outlook = _outlook_rule(block)
    return (
        by_instant == [true]
        and wall - by_wall[-1] == true
        and outlook is not None
        and wall - outlook.offset_at(wall) == true
    )


_MOMENTS = st.datetimes(min_value=dt.datetime(2004, 1, 1), max_value=dt.datetime(2027, 12, 31)).map(
    lambda wall: wall.replace(second=0, microsecond=0)
)


def _blocks(zone: str, year: int) -> list[Timezone]:
    """The block this project writes for a time in ``year``, and icalendar's own."""
    moment = dt.datetime(year, 6, 1, 12, tzinfo=ZoneInfo(zone))
    ours = _best_rule(ZoneInfo(zone), [moment])
    calendar = Calendar.from_ical(_feed_with_block(zone, ours, year))
    blocks = [b for b in calendar.walk("VTIMEZONE") if isinstance(b, Timezone)]
    icalendars = Timezone.from_tzid(
        zone, first_date=dt.date(year - 1, 1, 1), last_date=dt.date(year + 2, 12, 31)
    )
    return [*blocks, icalendars]


def _feed_with_block(zone: str, rule: Rule, year: int) -> bytes:
    calendar = Calendar()
    calendar.add_component(_block(zone, rule, year))
    data: bytes = calendar.to_ical()
    return data


@given(
    zone=st.sampled_from([*ZONES, "Africa/Cairo", "America/Santiago", "Asia/Tehran"]),
    walls=st.lists(_MOMENTS, min_size=1, max_size=20),
    fold=st.integers(0, 1),
)
@settings(max_examples=80, deadline=None)
def test_a_block_is_read_as_asking_every_onset(
    zone: str, walls: list[dt.datetime], fold: int
) -> None:
    first = min(walls).year
    for block in _blocks(zone, first):
        for wall in walls:
            moment = wall.replace(tzinfo=ZoneInfo(zone), fold=fold)
            assert _agrees_asking_every_onset(block, moment) == block_agrees(block, moment)


@given(
    zone=st.sampled_from(ZONES),
    walls=st.lists(_MOMENTS, min_size=1, max_size=40),
)
@settings(max_examples=60, deadline=None)
def test_rules_are_scored_as_counting_every_time(zone: str, walls: list[dt.datetime]) -> None:
    tz = ZoneInfo(zone)
    moments = [wall.replace(tzinfo=tz) for wall in walls]
    placed = _Placed.of(moments)
    years = sorted({m.year for m in moments})
    rules = [fixed_rule(m.utcoffset() or dt.timedelta(), "") for m in moments]
    for year in years:
        rules += list(_yearly(_changes_in(tz, year)))
    for rule in rules:
        expected = sum(rule.offset_at(m.replace(tzinfo=None)) == m.utcoffset() for m in moments)
        assert expected == sum(placed[year].right(rule, year) for year in years)


@given(program=programs(max_days=3, max_items=8))
@settings(max_examples=40, deadline=None)
def test_every_tzid_time_of_a_feed_is_one_its_block_agrees_on(program: Program) -> None:
    calendar = build_calendar(program)
    blocks = {str(block["TZID"]): block for block in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            prop = event[name]
            if "TZID" in prop.params:
                assert _agrees_asking_every_onset(blocks[prop.params["TZID"]], prop.dt)
