"""The lines an update compares a new event by are written without its stamps, never with
them and then sorted out: the same lines, and the same ``UID:`` line, as before."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Alarm, Event, vText

from fastpath_ical import FeedOptions, Program, build_calendar
from fastpath_ical.ics._bytes import LineWriter
from fastpath_ical.ics._unchanged import _own_shape, _shape
from strategies import programs


def _reference(event: Event) -> tuple[str | None, list[str]]:
    """The lines written whole, then their stamps sorted out of them (``_shape``)."""
    uid_line, kept, _ = _shape(LineWriter().lines_of(event))
    return uid_line, kept


@given(
    program=programs(max_days=2, max_items=6, details=True),
    utc=st.booleans(),
    alarm=st.booleans(),
    html=st.booleans(),
    all_day=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_a_new_event_is_shaped_as_its_whole_lines_are(
    program: Program, utc: bool, alarm: bool, html: bool, all_day: bool
) -> None:
    options = FeedOptions(
        utc=utc,
        html=html,
        all_day=all_day,
        alarm=dt.timedelta(minutes=10) if alarm else None,
        stamp=dt.datetime(2040, 1, 1, tzinfo=dt.UTC),
    )
    calendar = build_calendar(program, options)
    writer = LineWriter()  # one writer for all, as an update uses it
    for event in calendar.walk("VEVENT"):
        assert isinstance(event, Event)
        assert _reference(event) == _own_shape(writer, event)


def _odd(extra: dict[str, object], *, alarm: dict[str, object] | None = None) -> Event:
    event = Event()
    event.add("UID", "a@b")
    event.add("DTSTAMP", dt.datetime(2040, 1, 1, tzinfo=dt.UTC))
    event.add("SEQUENCE", 2)
    event.add("LAST-MODIFIED", dt.datetime(2039, 1, 1, tzinfo=dt.UTC))
    event.add("SUMMARY", "A talk")
    for name, value in extra.items():
        event[name] = value  # names the parser never makes
    if alarm is not None:
        inner = Alarm()
        inner.add("ACTION", "DISPLAY")
        for name, value in alarm.items():
            inner[name] = value
        event.add_component(inner)
    return event


_NAMES = ["UID", "X-A", "UID;X", "DTSTAMP;X", "SEQUENCE:1", "BEGIN", "END", "X-UID"]


@given(
    extra=st.dictionaries(
        st.sampled_from(_NAMES),
        st.sampled_from([vText("v"), [vText("v"), vText("w")]]),
        max_size=3,
    ),
    alarm=st.one_of(
        st.none(),
        st.dictionaries(
            st.sampled_from(["UID", "DTSTAMP", "END", "X-B;Y", "SEQUENCE"]),
            st.just(vText("1")),
            max_size=2,
        ),
    ),
)
@settings(max_examples=200, deadline=None)
def test_an_event_of_any_names_is_shaped_as_its_whole_lines_are(
    extra: dict[str, object], alarm: dict[str, object] | None
) -> None:
    """Two UIDs, names with a semicolon or a colon, names of markers, stamps inside an alarm:
    the lines compared, and the ``UID:`` line found, are the whole lines' own."""
    event = _odd(extra, alarm=alarm)
    assert _reference(event) == _own_shape(LineWriter(), event)
