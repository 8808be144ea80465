"""An update must not cancel talks by accident, nor take another program's feed for this one's."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from fastpath_ical import FeedOptions, Program, build_calendar
from fastpath_ical.errors import ForeignFeedError, RemovalError
from fastpath_ical.ics import (
    calendar_bytes,
    check_removals,
    check_same_program,
    parse_calendar,
    read_previous,
    read_previous_for,
    removal_allowance,
    update,
    update_previous,
)

NOW = dt.datetime(2021, 3, 20, 9, 30, tzinfo=dt.UTC)


def _published(program: Program) -> Calendar:
    return build_calendar(program, FeedOptions(stamp=dt.datetime(2021, 3, 1, tzinfo=dt.UTC)))


def _without(program: Program, count: int) -> Program:
    """The program with its last ``count`` items gone, as a misread page would have it."""
    return attrs.evolve(program, items=program.items[: len(program.items) - count])


@pytest.mark.parametrize(
    ("published", "allowed"),
    [(0, 2), (1, 2), (8, 2), (11, 2), (12, 3), (15, 3), (16, 4), (100, 25)],
)
def test_the_allowance_is_two_or_a_quarter_whichever_is_more(published: int, allowed: int) -> None:
    assert allowed == removal_allowance(published)


@pytest.mark.parametrize("bad", [True, 2.0, "3"])
def test_the_allowance_takes_a_count(bad: object) -> None:
    with pytest.raises(TypeError, match="published"):
        removal_allowance(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="0 or more"):
        removal_allowance(-1)


@pytest.mark.parametrize("removed", [0, 1, 2])
def test_up_to_two_of_eleven_go_without_a_word(program: Program, removed: int) -> None:
    previous = read_previous(_published(program).to_ical())
    result = update(_published(_without(program, removed)), previous, NOW)
    assert removed == len(result.cancelled)
    check_removals(result, previous)  # no error


def test_nine_of_eleven_cancelled_stop_and_are_listed(program: Program) -> None:
    """The issue's case: a blank line lost nine rows; the update names all nine."""
    previous = read_previous(_published(program).to_ical())
    result = update(_published(_without(program, 9)), previous, NOW)
    with pytest.raises(RemovalError) as raised:
        check_removals(result, previous)
    error = raised.value
    assert (9, 11, 2) == (len(error.cancelled), error.published, error.allowed)
    assert error.cancelled == result.cancelled
    assert "Christian Kästner (2021-03-28 11:35)" in error.summaries[0]
    assert "would cancel 9 of the 11 events" in str(error)
    assert all(summary in str(error) for summary in error.summaries)


def test_events_cancelled_before_are_neither_counted_nor_cancelled_again(program: Program) -> None:
    """Three gone last time (allowed then, by the flag); one more now is within the allowance."""
    published = read_previous(_published(program).to_ical())
    first = update(_published(_without(program, 3)), published, NOW)
    previous = read_previous(first.calendar.to_ical())
    later = NOW + dt.timedelta(days=1)
    result = update(_published(_without(program, 4)), previous, later)
    assert 1 == len(result.cancelled)
    check_removals(result, previous)


@given(st.integers(0, 11))
def test_the_guard_stops_exactly_above_the_allowance(removed: int) -> None:
    from fastpath_ical import fastpath2021

    program = fastpath2021()
    previous = read_previous(_published(program).to_ical())
    result = update(_published(_without(program, removed)), previous, NOW)
    if removed <= removal_allowance(11):
        check_removals(result, previous)
    else:
        with pytest.raises(RemovalError):
            check_removals(result, previous)


def test_the_same_program_retitled_is_the_same_program(program: Program) -> None:
    """One UID in common is enough: a new title renames the calendar, not the talks."""
    retitled = attrs.evolve(program, title="FastPath, the workshop")
    check_same_program(_published(retitled), _published(program))


def test_another_workshops_feed_is_refused(program: Program) -> None:
    """The issue's case: a --previous of another workshop was merged in as CANCELLED."""
    other = attrs.evolve(program, short_name="OtherConf 2022", title="Another workshop")
    with pytest.raises(ForeignFeedError) as raised:
        check_same_program(_published(program), _published(other))
    error = raised.value
    assert error.previous_name.startswith("OtherConf 2022")
    assert error.name.startswith("FastPath 2021")
    assert "no UID in common" in str(error)


def test_another_uid_domain_is_another_program(program: Program) -> None:
    theirs = build_calendar(program, FeedOptions(uid_domain="example.org"))
    with pytest.raises(ForeignFeedError, match=r"@example\.org"):
        check_same_program(_published(program), theirs)


def test_a_feed_without_a_name_or_events_is_not_held_against_the_other(program: Program) -> None:
    empty = Calendar()
    empty.add("PRODID", "-//x//y//EN")
    empty.add("VERSION", "2.0")
    check_same_program(_published(program), empty)


def test_wrong_types_are_named() -> None:
    with pytest.raises(TypeError, match=r"check_same_program\(\) takes calendar as Calendar"):
        check_same_program(b"BEGIN:VCALENDAR", Calendar())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"check_removals\(\) takes result as Update"):
        check_removals(None, [])  # type: ignore[arg-type]


# -- the previous feed read for one calendar (read_previous_for): only what changed is parsed


def _two_days(program: Program) -> Program:
    """The program and its copy a day later: 22 items, so that a quarter is more than two."""
    later = tuple(
        attrs.evolve(
            item, start=item.start + dt.timedelta(days=1), end=item.end + dt.timedelta(days=1)
        )
        for item in program.items
    )
    return attrs.evolve(program, items=program.items + later)


def _cancelled(calendar: Calendar, count: int) -> Calendar:
    """The first ``count`` events written as cancelled."""
    events = [component for component in calendar.subcomponents if component.name == "VEVENT"]
    for event in events[:count]:
        event.pop("STATUS")
        event.add("STATUS", "CANCELLED")
    return calendar


def test_events_cancelled_alike_in_feed_and_calendar_are_not_counted_unread(
    program: Program,
) -> None:
    """An event the calendar has line for line is not parsed (only its stamps are), but its
    STATUS still counts: 7 of 22 cancelled on both sides leave 15 published, which allow
    3 cancelled, not the 5 that 22 would."""
    both = _two_days(program)
    data = calendar_bytes(_cancelled(_published(both), 7))
    new = _cancelled(_published(_without(both, 4)), 7)
    previous = read_previous_for(new, data)
    assert 18 == len(previous.same)
    result = update_previous(new, previous, NOW)
    with pytest.raises(RemovalError) as raised:
        check_removals(result, previous.events)
    assert (4, 15, 3) == (len(raised.value.cancelled), raised.value.published, raised.value.allowed)
    whole = read_previous(data)
    with pytest.raises(RemovalError) as as_whole:
        check_removals(update(new, whole, NOW), whole)
    assert str(as_whole.value) == str(raised.value)


def test_a_renamed_feed_with_every_talk_as_it_was_is_the_same_program(program: Program) -> None:
    """Every event of the feed is the calendar's, so none is parsed; the calendar the guard
    reads still has their UIDs, and one in common is enough."""
    new = _published(program)
    data = calendar_bytes(_published(program))
    for name in (b"NAME", b"X-WR-CALNAME"):
        data = data.replace(b"\r\n" + name + b":", b"\r\n" + name + b":Old ")
    previous = read_previous_for(new, data)
    assert 11 == len(previous.same)
    assert str(parse_calendar(data)["X-WR-CALNAME"]).startswith("Old ")
    check_same_program(new, parse_calendar(data))
    check_same_program(new, previous.calendar)
