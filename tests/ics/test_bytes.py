"""The feed's bytes are icalendar's, byte for byte, however they are written.

:func:`~fastpath_ical.ics.calendar_bytes` folds by slicing and writes content
lines without icalendar's ``Contentline`` objects; these tests hold it, and
its fold, to icalendar's own ``to_ical()`` and ``_foldline`` on random text,
long lines, random programs and their updates, and feeds written elsewhere.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import TZPATH, ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, vText
from icalendar.parser.string import _foldline

from fastpath_ical import (
    FeedOptions,
    Item,
    ItemKind,
    Program,
    build_calendar,
    fastpath2021,
    feed_bytes,
)
from fastpath_ical.ics import calendar_bytes, update
from fastpath_ical.ics._bytes import fold
from paths import TESTS
from strategies import programs

#: Characters a fold must treat with care: the escapes' first characters, multi-octet
#: characters of every length, combining marks, and plain ASCII.
_TRICKY = st.sampled_from(["\\", "^", ",", ";", ":", '"', " ", "a", "é", "€", "😀", "\u0301"])
_ANY = st.characters(exclude_categories=("Cs",), exclude_characters="\n")
_LINES = st.lists(st.one_of(_TRICKY, _ANY), max_size=400).map("".join)


@given(line=_LINES)
@settings(max_examples=500)
def test_the_fold_is_icalendars_on_any_text(line: str) -> None:
    """Every cut where icalendar cuts: between whole characters, never after a lone escape."""
    assert _foldline(line).encode("utf-8") == fold(line)


@pytest.mark.parametrize("length", [0, 1, 73, 74, 75, 76, 148, 149, 150, 1000])
@pytest.mark.parametrize("filler", ["a", "é", "€", "😀", "\\", "^", "a\\", "ab^"])
def test_the_fold_is_icalendars_at_every_width(length: int, filler: str) -> None:
    """Lines around the 74-octet width, of one-to-four-octet characters and escapes."""
    line = (filler * length)[:length]
    assert _foldline(line).encode("utf-8") == fold(line)


def test_an_escape_at_the_cut_moves_to_the_next_line() -> None:
    """icalendar issue 1501: ``\\,`` is never split across a fold."""
    line = "DESCRIPTION:" + "x" * 61 + "\\,y"
    folded = fold(line)
    assert b"x\r\n \\,y" in folded
    assert folded == _foldline(line).encode("utf-8")


@given(program=programs(details=True), utc=st.booleans(), html=st.booleans(), alarm=st.booleans())
@settings(max_examples=60, deadline=None)
def test_a_feed_is_the_bytes_icalendar_writes(
    program: Program, utc: bool, html: bool, alarm: bool
) -> None:
    options = FeedOptions(
        utc=utc, html=html, all_day=html, alarm=dt.timedelta(minutes=10) if alarm else None
    )
    calendar = build_calendar(program, options)
    assert calendar.to_ical() == calendar_bytes(calendar)


@given(program=programs(details=True))
@settings(max_examples=40, deadline=None)
def test_an_update_is_the_bytes_icalendar_writes(program: Program) -> None:
    """An update mixes built values with values parsed from the previous feed."""
    previous = Calendar.from_ical(calendar_bytes(build_calendar(program)))
    stamp = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
    result = update(build_calendar(program, FeedOptions(utc=True)), previous.walk("VEVENT"), stamp)
    assert result.calendar.to_ical() == calendar_bytes(result.calendar)


@given(program=programs(details=True))
@settings(max_examples=40, deadline=None)
def test_reading_a_feed_back_writes_the_same_bytes(program: Program) -> None:
    """Parsing a feed and writing it again changes nothing: an update may start from the
    built calendar instead of a parsed copy, and give the same bytes."""
    data = calendar_bytes(build_calendar(program, FeedOptions(html=True, all_day=True)))
    assert data == Calendar.from_ical(data).to_ical()


@pytest.mark.parametrize(
    "feed", sorted((TESTS / "golden").glob("*.ics")), ids=lambda path: path.name
)
def test_feeds_read_back_are_written_as_icalendar_writes_them(feed: Path) -> None:
    calendar = Calendar.from_ical(feed.read_bytes())
    assert calendar.to_ical() == calendar_bytes(calendar)


def test_values_icalendar_writes_in_its_own_way_are_written_the_same() -> None:
    """Quoted and list parameters, a BOM, a value that is no icalendar type, a bare name."""
    event = Event()
    event.add("SUMMARY", "Café; a, b\\c")
    event.add("ATTENDEE", "mailto:a@example.org", parameters={"CN": "Doe, Jane", "ROLE": "CHAIR"})
    event.add("ATTENDEE", "mailto:b@example.org", parameters={"MEMBER": ["a:b", "c:d"]})
    event.add("X-NOTE", vText("\ufeffstarts with a byte order mark"))
    event["X-RAW"] = "plain str, not an icalendar type"
    event.add("COMMENT", "x" * 200 + "^" + "y" * 100)
    calendar = Calendar()
    calendar.add_component(event)
    assert calendar.to_ical() == calendar_bytes(calendar)


def test_the_shipped_feed_is_written_as_icalendar_writes_it() -> None:
    calendar = build_calendar(fastpath2021(), FeedOptions(html=True, all_day=True))
    assert calendar.to_ical() == calendar_bytes(calendar)


def test_a_deeply_nested_component_is_written_without_recursion() -> None:
    """As icalendar does since it stopped recursing: a previous feed may nest deeply."""
    calendar = Calendar()
    inner = calendar
    for level in range(2000):
        nested = Event()
        nested.add("SUMMARY", f"level {level}")
        inner.add_component(nested)
        inner = nested
    data = calendar_bytes(calendar)
    assert 2000 == data.count(b"BEGIN:VEVENT")
    assert data.endswith(b"END:VEVENT\r\nEND:VCALENDAR\r\n")


def _talks(zone: str, starts: list[dt.datetime]) -> Program:
    """Half-hour talks at ``starts`` (wall clock in ``zone``), one program."""
    tz = ZoneInfo(zone)
    items = []
    for number, wall in enumerate(starts):
        begin = wall.replace(tzinfo=tz)
        end = (begin.astimezone(dt.UTC) + dt.timedelta(minutes=30)).astimezone(tz)
        items.append(Item(start=begin, end=end, kind=ItemKind.TALK, title=f"Talk {number}"))
    first = items[0].start.date()
    return Program(title="Talks", short_name="T", date=first, timezone=zone, items=tuple(items))


@given(
    program=programs(details=True),
    utc=st.booleans(),
    html=st.booleans(),
    breaks=st.booleans(),
    method=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_the_feed_written_event_by_event_is_the_calendars_bytes(
    program: Program, utc: bool, html: bool, breaks: bool, method: bool
) -> None:
    """feed_bytes never holds every event; it must still write what build_calendar holds."""
    options = FeedOptions(utc=utc, html=html, all_day=html, breaks=breaks)
    built: list[str] = []
    calendar = build_calendar(program, options, warnings=built)
    if not method:
        calendar.pop("METHOD")
    written: list[str] = []
    assert calendar_bytes(calendar) == feed_bytes(program, options, warnings=written, method=method)
    assert built == written


@pytest.mark.parametrize(
    ("zone", "starts", "warned"),
    [
        # New York's rule changed in 2007: no one yearly rule holds both years.
        ("America/New_York", [dt.datetime(2006, 4, 1, 10), dt.datetime(2007, 3, 20, 10)], 1),
        # Casablanca's Ramadan break of 2012 is in no yearly rule.
        (
            "Africa/Casablanca",
            [dt.datetime(2012, 7, 20, 10), dt.datetime(2012, 8, 25, 10), dt.datetime(2013, 7, 20)],
            1,
        ),
        # Times the clocks repeat are written in UTC as the events are made, without a word.
        ("Europe/Berlin", [dt.datetime(2021, 10, 31, 2, 30), dt.datetime(2021, 10, 31, 9)], 0),
    ],
)
def test_events_moved_to_utc_are_written_and_said_alike(
    zone: str, starts: list[dt.datetime], warned: int
) -> None:
    program = _talks(zone, starts)
    built: list[str] = []
    written: list[str] = []
    data = calendar_bytes(build_calendar(program, warnings=built))
    assert data == feed_bytes(program, warnings=written)
    assert built == written
    assert warned == len(written)
    assert b"Z\r\n" in data


def test_times_written_once_are_written_as_icalendar_writes_each() -> None:
    """The writer keeps each date-time's text by its wall clock and zone: one wall-clock
    time in zones that icalendar writes with and without ``Z`` (UTC, a zero offset named
    otherwise, a zone from a file with no key, a TZID=UTC parameter), a repeated hour
    on both sides of the fold, and dates, must each come out as icalendar writes them."""
    wall = dt.datetime(2021, 10, 31, 1, 30)
    london = ZoneInfo("Europe/London")
    keyless = None
    for folder in TZPATH:
        candidate = Path(folder) / "Europe" / "London"
        if candidate.is_file():
            with candidate.open("rb") as handle:
                keyless = ZoneInfo.from_file(handle)
            break
    zones: list[dt.tzinfo | None] = [
        None,
        dt.UTC,
        dt.timezone(dt.timedelta(0), "GMT"),
        dt.timezone(dt.timedelta(0)),
        dt.timezone(dt.timedelta(hours=1), "UTC"),
        london,
        ZoneInfo("UTC"),
        ZoneInfo("Etc/UTC"),
    ]
    if keyless is not None:
        zones.append(keyless)
    calendar = Calendar()
    for zone in zones:
        for side in (0, 1):
            for name in ("DTSTART", "DTEND", "DTSTAMP"):
                event = Event()
                event.add(name, wall.replace(tzinfo=zone, fold=side))
                calendar.add_component(event)
    for value in (wall, wall.date()):
        event = Event()
        event.add("DTSTART", value, parameters={"TZID": "UTC"})
        event.add("DTEND", value)
        calendar.add_component(event)
    assert calendar.to_ical() == calendar_bytes(calendar)


def test_a_time_written_by_an_earlier_writer_is_written_for_its_own_zone() -> None:
    """Writers share the times they wrote: the same wall-clock time in another zone, or
    another zone object, is still written as icalendar writes it."""
    from fastpath_ical.ics._bytes import LineWriter

    wall = dt.datetime(2040, 1, 1, 9)
    zones = [dt.UTC, ZoneInfo("Europe/Berlin"), dt.timezone(dt.timedelta(hours=1)), None]
    for zone in zones * 2:  # each zone after every other, twice
        event = Event()
        event.add("DTSTART", wall.replace(tzinfo=zone))
        expected = event.to_ical().decode().replace("\r\n ", "").split("\r\n")[1:-2]
        assert LineWriter().lines_of(event)[1:-1] == expected


@given(program=programs(max_days=2, max_items=6, details=True))
@settings(max_examples=40, deadline=None)
def test_a_writer_that_writes_each_value_once_writes_every_line_alike(program: Program) -> None:
    """``LineWriter(values_shared=True)`` (an update's stubs and stamps) keeps each value's
    line with the value and its name: events sharing their values, copies of them with a
    value replaced, one value under two names are all written as a plain writer writes
    them."""
    from fastpath_ical.ics._bytes import LineWriter
    from fastpath_ical.ics._copies import copy_component

    events = list(build_calendar(program).walk("VEVENT"))
    copies = [copy_component(event) for event in events]  # the very same values
    for index, copy in enumerate(copies):
        copy.pop("SUMMARY", None)
        copy.add("SUMMARY", f"again {index}")
    sharing, plain = LineWriter(values_shared=True), LineWriter()
    for event in [*events, *copies, *events]:
        assert plain.lines_of(event) == sharing.lines_of(event)
    for index in range(50):  # one value under two names; a freed value's id may be reused
        value = vText(f"value, {index}")
        for name in ("SUMMARY", "X-A", "SUMMARY"):
            assert plain.line(name, value) == sharing.line(name, value)
        del value
