"""The VTIMEZONE check: a block icalendar gets wrong never misplaces a talk.

icalendar steps through wall-clock time 64 days at a time when it builds a
block, and so misses Cairo's summer time of 16 May to 26 June 2014.  These
tests pin that case, and the rule that decides it, with the readers the
project did not write.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from icalendar import Timezone

from fastpath_ical import Item, ItemKind, Program, feed_bytes
from fastpath_ical.ics._vtimezone import (
    _answers_of,
    _best_rule,
    _reading_of,
    block_agrees,
    plan_zones,
    zoned_times,
)
from readback import READERS, reader_params
from strategies import programs

NEW_YORK = ZoneInfo("America/New_York")
CAIRO = ZoneInfo("Africa/Cairo")


def _one_talk(zone: ZoneInfo, start: dt.datetime, minutes: int = 30) -> Program:
    begin = start.replace(tzinfo=zone)
    item = Item(
        start=begin,
        end=(begin.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(zone),
        kind=ItemKind.TALK,
        title="Talk",
    )
    return Program(
        title="One talk", short_name="One", date=start.date(), timezone=zone.key, items=(item,)
    )


@pytest.mark.parametrize("reader", reader_params())
def test_a_change_icalendar_misses_is_read_right_by_every_reader(reader: str) -> None:
    """01:00 on 16 May 2014 in Cairo is 22:00 UTC (EEST began at midnight), for every reader."""
    program = _one_talk(CAIRO, dt.datetime(2014, 5, 16, 1, 0))
    (seen,) = READERS[reader](feed_bytes(program))
    assert dt.datetime(2014, 5, 15, 22, 0, tzinfo=dt.UTC) == seen.start


@pytest.mark.parametrize("reader", reader_params())
@pytest.mark.parametrize(
    ("zone", "start", "minutes"),
    [
        (ZoneInfo("Asia/Tbilisi"), dt.datetime(2004, 6, 26, 22, 0), 180),
        (ZoneInfo("America/Argentina/San_Luis"), dt.datetime(2008, 1, 20, 22, 0), 180),
    ],
    ids=["tbilisi", "san-luis"],
)
def test_a_block_of_summer_times_only_is_read_by_every_reader(
    reader: str, zone: ZoneInfo, start: dt.datetime, minutes: int
) -> None:
    """tzdata calls both offsets summer time here; vobject cannot read such a block."""
    program = _one_talk(zone, start, minutes)
    (item,) = program.items
    (seen,) = READERS[reader](feed_bytes(program))
    assert (item.start_utc, item.end_utc) == (seen.start, seen.end)


def test_every_tzid_time_left_in_a_feed_is_one_its_block_agrees_on() -> None:
    """The feed keeps TZID only where the block it carries places the time right."""
    for zone, start in [
        (CAIRO, dt.datetime(2014, 5, 16, 1, 0)),
        (CAIRO, dt.datetime(2014, 5, 15, 20, 0)),
        (NEW_YORK, dt.datetime(2021, 3, 28, 10, 50)),
        (NEW_YORK, dt.datetime(2021, 3, 14, 1, 30)),
    ]:
        calendar = icalendar.Calendar.from_ical(feed_bytes(_one_talk(zone, start)))
        blocks = {str(block["TZID"]): block for block in calendar.walk("VTIMEZONE")}
        for event in calendar.walk("VEVENT"):
            for name in ("DTSTART", "DTEND"):
                prop = event[name]
                if "TZID" in prop.params:
                    assert block_agrees(blocks[prop.params["TZID"]], prop.dt)


def _new_york_2021() -> Timezone:
    """The block a New York program of 2021 carries: EST and EDT, each a yearly rule."""
    calendar = icalendar.Calendar.from_ical(
        feed_bytes(_one_talk(NEW_YORK, dt.datetime(2021, 6, 1, 10, 0)))
    )
    (block,) = calendar.walk("VTIMEZONE")
    assert isinstance(block, Timezone)
    return block


@pytest.mark.parametrize(
    ("wall", "fold", "agrees"),
    [
        (dt.datetime(2021, 3, 28, 10, 50), 0, True),
        (dt.datetime(2021, 3, 14, 1, 30), 0, True),  # the hour before the jump
        (dt.datetime(2021, 11, 7, 1, 30), 0, False),  # repeated: the block cannot say
        (dt.datetime(2021, 11, 7, 1, 30), 1, False),
        (dt.datetime(2021, 11, 7, 2, 30), 0, True),  # after the fall-back, once only
    ],
)
def test_block_agrees_on_times_with_one_reading(wall: dt.datetime, fold: int, agrees: bool) -> None:
    moment = wall.replace(tzinfo=NEW_YORK, fold=fold)
    assert agrees is block_agrees(_new_york_2021(), moment)


def test_block_disagrees_where_outlook_cannot_keep_the_block() -> None:
    """The block the feed carried before: icalendar's, for 27 to 30 March 2021 in New York, one
    DAYLIGHT and no STANDARD.  Every RFC reader places 10:50 right; Outlook has no standard
    offset to read it by, so the time does not agree with it."""
    block = Timezone.from_tzid(
        "America/New_York", first_date=dt.date(2021, 3, 27), last_date=dt.date(2021, 3, 30)
    )
    assert ["DAYLIGHT"] == [sub.name for sub in block.subcomponents]
    assert not block_agrees(block, dt.datetime(2021, 3, 28, 10, 50, tzinfo=NEW_YORK))


def test_block_disagrees_where_the_yearly_rule_is_not_the_zones() -> None:
    """New York's rule of 2006 (EDT from the first Sunday of April) read in 2021."""
    calendar = icalendar.Calendar.from_ical(
        feed_bytes(_one_talk(NEW_YORK, dt.datetime(2006, 6, 1, 10, 0)))
    )
    (block,) = calendar.walk("VTIMEZONE")
    assert block_agrees(block, dt.datetime(2021, 5, 1, 10, 0, tzinfo=NEW_YORK))
    assert not block_agrees(block, dt.datetime(2021, 3, 20, 10, 0, tzinfo=NEW_YORK))


def _near_a_change(zone: ZoneInfo, moment: dt.datetime) -> bool:
    around = [moment + dt.timedelta(hours=hours) for hours in range(-72, 73, 1)]
    return len({t.astimezone(zone).utcoffset() for t in around}) > 1


@given(program=programs())
def test_away_from_a_change_every_time_keeps_its_tzid(program: Program) -> None:
    """The check costs nothing on ordinary days: only times near a change may turn to UTC."""
    calendar = icalendar.Calendar.from_ical(feed_bytes(program))
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            prop = event[name]
            if program.timezone != "UTC" and not _near_a_change(program.zone, prop.dt):
                assert prop.params.get("TZID") == program.timezone, f"{name} {prop.dt}"


@given(program=programs())
def test_the_answers_kept_across_plans_are_the_readings_own(program: Program) -> None:
    """A reading's answers are kept as long as it is (an update plans its calendar twice):
    every answer kept is what the reading says of that time, and a plan made with them
    warm is the plan made cold."""
    calendar = icalendar.Calendar.from_ical(feed_bytes(program))
    times = [list(zoned_times(event)) for event in calendar.walk("VEVENT")]
    _answers_of.cache_clear()
    cold = plan_zones(times, label=str)
    asked = _answers_of.cache_info().currsize
    warm = plan_zones(times, label=str)
    assert asked == _answers_of.cache_info().currsize  # no reading asked anew
    assert cold.utc == warm.utc
    assert [b.to_ical() for b in cold.blocks] == [b.to_ical() for b in warm.blocks]
    for tzid in {tzid for zoned in times for tzid, _ in zoned}:
        zoned_moments = [moment for zoned in times for t, moment in zoned if t == tzid]
        if not zoned_moments:
            continue
        years = [moment.year for moment in zoned_moments]
        rule = _best_rule(ZoneInfo(tzid), zoned_moments)
        key = (tzid, rule, min(years), max(years))
        reading, answers = _reading_of(*key), _answers_of(*key)
        for moment in zoned_moments:
            wall = moment.replace(tzinfo=None)
            assert answers.get((wall, moment.utcoffset()), reading.agrees(moment)) is (
                reading.agrees(moment)
            )
