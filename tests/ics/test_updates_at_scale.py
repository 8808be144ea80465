"""An update of a large program: no step asks every new event about every old one.

The carried-UID rule (identity.py) is checked here against the rule as first
written, which asked every orphaned previous event about every new one; the
indexed search must give the same UIDs to the same events.  And the update
must leave the calendar it was given as it was, now that it changes a copy
made without writing and parsing the feed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Component, Event

from fastpath_ical import FeedOptions, Item, Person, Program, build_calendar
from fastpath_ical.errors import FastpathError
from fastpath_ical.ics import (
    Previous,
    Update,
    calendar_bytes,
    check_removals,
    check_same_program,
    parse_calendar,
    read_previous,
    read_previous_for,
    update,
    update_bytes,
    update_from_feed,
    update_previous,
)
from fastpath_ical.ics._identity import similar_keys
from fastpath_ical.ics._unchanged import instant as _instant
from fastpath_ical.ics._updates import _content_key, _title
from strategies import programs

NOW = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)


def _carried_by_asking_everyone(new: Calendar, previous: Sequence[Event]) -> list[tuple[str, str]]:
    """The rule as it was first written: each new event asks each orphan, in order."""
    before = {str(event["UID"]): event for event in previous}
    fresh = [c for c in new.subcomponents if c.name == "VEVENT"]
    present = {str(event["UID"]) for event in fresh}
    orphans = [old for uid, old in before.items() if uid not in present]

    def same(a: Component, b: Component) -> bool:
        key = _content_key(a)
        if key and key == _content_key(b):
            return True
        votes = (
            _instant(a.get("DTSTART")) == _instant(b.get("DTSTART")),
            _title(a) == _title(b),
            similar_keys(str(b["UID"]), str(a["UID"])),
        )
        return sum(votes) >= 2

    carried = []
    for event in fresh:
        uid = str(event["UID"])
        if uid in before:
            continue
        for old in orphans:
            if same(event, old):
                orphans.remove(old)
                carried.append((uid, str(old["UID"])))
                break
    return carried


def _shuffled(program: Program, seed: int) -> Program:
    """The program with some speakers renamed a little or a lot, some talks retitled,
    some moved to another talk's slot: every way the rule can (or cannot) match."""
    rng = random.Random(seed)
    items = list(program.items)
    for index, item in enumerate(items):
        choice = rng.random()
        if choice < 0.2 and item.people:
            first, *rest = item.people
            typo = first.name[:-1] + "x" if len(first.name) > 3 else first.name + " Jr"
            items[index] = attrs.evolve(item, people=(attrs.evolve(first, name=typo), *rest))
        elif choice < 0.35:
            items[index] = attrs.evolve(item, title=item.title + " (revised)")
        elif choice < 0.5:
            items[index] = attrs.evolve(item, people=(Person(name=f"Someone Else {index}"),))
    if len(items) > 2 and rng.random() < 0.5:
        a, b = rng.sample(range(len(items)), 2)
        items[a], items[b] = _swap_times(items[a], items[b])
    items.sort(key=lambda item: item.start_utc)
    return attrs.evolve(program, items=tuple(items))


def _swap_times(a: Item, b: Item) -> tuple[Item, Item]:
    if a.duration != b.duration:
        return a, b
    return attrs.evolve(a, start=b.start, end=b.end), attrs.evolve(b, start=a.start, end=a.end)


@given(program=programs(max_days=2, max_items=8), seed=st.integers(0, 1000))
@settings(max_examples=60, deadline=None)
def test_an_update_carries_the_uids_asking_every_orphan_would(program: Program, seed: int) -> None:
    previous = read_previous(calendar_bytes(build_calendar(program)))
    new = build_calendar(_shuffled(program, seed), FeedOptions(stamp=NOW))
    expected = _carried_by_asking_everyone(new, previous)
    assert tuple(expected) == update(new, previous, NOW).carried


@given(program=programs(max_days=2, max_items=6), seed=st.integers(0, 1000))
@settings(max_examples=30, deadline=None)
def test_an_update_leaves_the_calendar_it_was_given_as_it_was(program: Program, seed: int) -> None:
    """``only_update`` and the site reuse the fresh calendar after updating it."""
    previous = read_previous(calendar_bytes(build_calendar(program)))
    new = build_calendar(_shuffled(program, seed), FeedOptions(stamp=NOW))
    before = calendar_bytes(new)
    result = update(new, previous, NOW)
    assert before == calendar_bytes(new)
    assert result.calendar is not new


def _edits(data: bytes, seed: int) -> bytes:
    """The previous feed, changed the ways a feed changes on its way back to us: refolded,
    with LF line ends, an event twice, a recurrence, other spellings, a property of
    another tool, a stamp written differently."""
    rng = random.Random(seed)
    text = data.decode("utf-8")
    blocks = text.split("BEGIN:VEVENT\r\n")
    head, events = blocks[0], blocks[1:]
    for index, event in enumerate(events):
        choice = rng.random()
        if choice < 0.08:
            event = event.replace("DTSTAMP:", "dtstamp:", 1)
        elif choice < 0.16:
            event = event.replace("SEQUENCE:0", "SEQUENCE:03", 1)
        elif choice < 0.24:
            event = "X-OTHER-TOOL:kept\r\n" + event
        elif choice < 0.3:
            event = event.replace("END:VEVENT", "LAST-MODIFIED:20300101T000000Z\r\nEND:VEVENT", 1)
        events[index] = event
    if events and rng.random() < 0.2:
        events.insert(rng.randrange(len(events)), events[rng.randrange(len(events))])
    if events and rng.random() < 0.2:
        twin = events[rng.randrange(len(events))]
        events.append(twin.replace("SEQUENCE:", "RECURRENCE-ID:20400101T000000Z\r\nSEQUENCE:", 1))
    text = "BEGIN:VEVENT\r\n".join([head, *events])
    if rng.random() < 0.3:
        text = text.replace("\r\n ", "").replace("\r\n", "\n")
    return text.encode("utf-8")


def _outcome(work: Callable[[], Update]) -> object:
    try:
        result = work()
    except FastpathError as error:
        return type(error), str(error)
    return (
        calendar_bytes(result.calendar),
        update_bytes(result),  # the events that go written from their lines: the same bytes
        update_bytes(result, method=False),
        result.uids,
        result.added,
        result.changed,
        result.unchanged,
        result.cancelled,
        result.carried,
        result.warnings,
    )


@given(
    program=programs(max_days=2, max_items=8),
    seed=st.integers(0, 10_000),
    utc=st.booleans(),
    alarm=st.booleans(),
)
@settings(max_examples=80, deadline=None)
def test_an_update_from_the_feed_is_the_update_of_the_events_read_from_it(
    program: Program, seed: int, utc: bool, alarm: bool
) -> None:
    """``update_from_feed`` skips reading the events that did not change: the result must be
    the one of reading them all, for a feed as written, edited, or changed by a rebuild."""
    first = calendar_bytes(build_calendar(program, FeedOptions(utc=utc)))
    if seed % 3 == 0:  # a feed that already went through an update: LAST-MODIFIED, SEQUENCE
        again = update(build_calendar(_shuffled(program, seed)), read_previous(first), NOW)
        first = calendar_bytes(again.calendar)
    data = _edits(first, seed)
    options = FeedOptions(stamp=NOW, utc=utc, alarm=dt.timedelta(minutes=5) if alarm else None)
    # Half the time the same program again, as on most days: most events as they were.
    new = build_calendar(program if seed % 2 else _shuffled(program, seed + 1), options)
    later = NOW + dt.timedelta(days=1)
    expected = _outcome(lambda: update(new, read_previous(data), later))
    assert expected == _outcome(lambda: update_from_feed(new, data, later))


def _cancel_some(calendar: Calendar, seed: int) -> Calendar:
    """Some events written as cancelled, the same ones for the same program and seed: a
    feed that already carried cancelled talks, and a calendar that still has them."""
    rng = random.Random(seed)
    for component in calendar.subcomponents:
        if component.name == "VEVENT" and rng.random() < 0.4:
            component.pop("STATUS", None)
            component.add("STATUS", "CANCELLED")
    return calendar


def _read(work: Callable[[], object]) -> object:
    try:
        return work()
    except FastpathError as error:
        return [type(error), str(error)]


def _guarded(work: Callable[[], object]) -> object:
    try:
        work()
    except FastpathError as error:
        return type(error), str(error)
    return None


@given(
    program=programs(max_days=2, max_items=8),
    seed=st.integers(0, 10_000),
    utc=st.booleans(),
    other=st.one_of(st.none(), programs(max_days=1, max_items=4)),
)
@settings(max_examples=80, deadline=None)
def test_the_previous_feed_read_for_a_calendar_is_guarded_and_updated_as_the_whole(
    program: Program, seed: int, utc: bool, other: Program | None
) -> None:
    """``read_previous_for`` parses only the events the new calendar does not have line for
    line: the guards (same program, removals) must refuse what they refuse on the feed
    read whole, with the same words, and the update must be the same.  The feeds: as
    written, edited on the way back, renamed, of another program, with events cancelled
    already (on both sides: the removal guard counts the previous events still live)."""
    cancelled = seed % 4 == 0
    first = build_calendar(other or program, FeedOptions(utc=utc))
    if cancelled:
        first = _cancel_some(first, seed)
    data = calendar_bytes(first)
    if seed % 5 == 0:  # renamed since: the same program while a UID is in common
        data = data.replace(b"\r\nX-WR-CALNAME:", b"\r\nX-WR-CALNAME:Old ")
    data = _edits(data, seed) if seed % 2 else data
    changed = _shuffled(program, seed + 1) if seed % 3 == 0 else program
    new = build_calendar(changed, FeedOptions(stamp=NOW, utc=utc))
    if cancelled:
        new = _cancel_some(new, seed)
    later = NOW + dt.timedelta(days=1)

    fast = _read(lambda: read_previous_for(new, data))
    expected = _read(lambda: read_previous(data))
    if not isinstance(expected, tuple):  # the errors' type and words
        assert fast == expected
        return
    assert isinstance(fast, Previous)
    events, calendar = expected, parse_calendar(data)
    assert _guarded(lambda: check_same_program(new, fast.calendar)) == _guarded(
        lambda: check_same_program(new, calendar)
    )
    assert fast.same <= {str(event["UID"]) for event in events}
    ours = update_previous(new, fast, later)
    theirs = update(new, events, later)
    assert _outcome(lambda: ours) == _outcome(lambda: theirs)
    assert _guarded(lambda: check_removals(ours, fast.events)) == _guarded(
        lambda: check_removals(theirs, events)
    )
