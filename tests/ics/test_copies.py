"""A copy of a component holds the very same values under the same names, in the same order,
and its subcomponents copied too, however the original's names were stored."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Event, vText

from fastpath_ical import FeedOptions, Program, build_calendar
from fastpath_ical.ics import calendar_bytes
from fastpath_ical.ics._copies import copy_component
from strategies import programs


@given(program=programs(max_days=2, max_items=6, details=True), alarm=st.booleans())
@settings(max_examples=30, deadline=None)
def test_a_copy_holds_the_same_values_under_the_same_names(program: Program, alarm: bool) -> None:
    options = FeedOptions(alarm=dt.timedelta(minutes=5) if alarm else None, html=alarm)
    calendar = build_calendar(program, options)
    copy = copy_component(calendar)
    assert calendar_bytes(calendar) == calendar_bytes(copy)
    for original, copied in zip(calendar.walk(), copy.walk(), strict=True):
        assert original is not copied
        assert list(original.keys()) == list(copied.keys())
        for (name, value), (_, kept) in zip(original.items(), copied.items(), strict=True):
            if isinstance(value, list):
                assert value is not kept  # a list of its own
                assert all(a is b for a, b in zip(value, kept, strict=True))
            else:
                assert value is kept, name


def test_a_name_stored_other_than_in_upper_case_is_stored_as_a_components_own_are() -> None:
    event = Event()
    event.add("SUMMARY", "A talk")
    OrderedDict.__setitem__(event, "x-Odd", vText("v"))  # past the component's __setitem__
    copy = copy_component(event)
    assert ["SUMMARY", "X-ODD"] == list(copy.keys())
    assert copy["X-ODD"] is OrderedDict.__getitem__(event, "x-Odd")
