"""``build --previous`` written one event at a time: the update made whole, byte for byte.

:func:`~fastpath_ical.ics.stream_update` never holds the new calendar (issue
13: 1.9 to 2.3 GB at 100,000 items).  It must give the bytes, the counts, the
warnings and the removal guard's answer of the update made whole
(``update_bytes(update_from_feed(build_calendar(...)))``), or None where it
leaves the update to be made whole; and it must not say None in the common
case, or the command line would hold the whole calendar again unnoticed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from types import ModuleType

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_updates_at_scale import _edits, _shuffled

from fastpath_ical import FeedOptions, Program, build_calendar
from fastpath_ical.errors import FastpathError, RemovalError
from fastpath_ical.ics import (
    calendar_bytes,
    check_removals,
    feed_bytes,
    read_previous_for,
    stream_update,
    update_bytes,
    update_previous,
)
from fastpath_ical.page import read_page
from paths import ROOT
from strategies import programs

NOW = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(days=1)


def _whole(program: Program, options: FeedOptions, data: bytes, method: bool) -> object:
    """What ``build --previous`` made whole gives: bytes, counts, warnings, guard."""
    notes: list[str] = []
    calendar = build_calendar(program, options, warnings=notes)
    try:
        previous = read_previous_for(calendar, data)
        result = update_previous(calendar, previous, LATER)
    except FastpathError as error:
        return type(error), str(error)
    notes += [warning for warning in result.warnings if warning not in notes]
    try:
        check_removals(result, previous.events)
        guard = ""
    except RemovalError as error:
        guard = str(error)
    return (
        update_bytes(result, method=method),
        result.added,
        result.changed,
        result.unchanged,
        result.cancelled,
        len(result.uids),
        tuple(notes),
        guard,
    )


def _streamed(program: Program, options: FeedOptions, data: bytes, method: bool) -> object:
    result = stream_update(program, options, data, LATER, method=method)
    if result is None:
        return None
    guard = "" if result.refusal is None else str(result.refusal)
    return (
        result.data,
        result.added,
        result.changed,
        result.unchanged,
        result.cancelled,
        result.events,
        result.warnings,
        guard,
    )


@given(
    program=programs(max_days=2, max_items=8),
    seed=st.integers(0, 10_000),
    utc=st.booleans(),
    alarm=st.booleans(),
    html=st.booleans(),
    all_day=st.booleans(),
    breaks=st.booleans(),
    method=st.booleans(),
)
@settings(max_examples=120, deadline=None)
def test_an_update_written_one_event_at_a_time_is_the_update_made_whole(
    program: Program,
    seed: int,
    utc: bool,
    alarm: bool,
    html: bool,
    all_day: bool,
    breaks: bool,
    method: bool,
) -> None:
    """Against a feed as written, edited on its way back (``_edits``), or of a program
    since changed (``_shuffled``): the same bytes, counts, warnings and guard."""
    first = calendar_bytes(build_calendar(program, FeedOptions(utc=utc, all_day=all_day)))
    data = _edits(first, seed) if seed % 3 == 0 else first
    options = FeedOptions(
        stamp=LATER,
        utc=utc,
        alarm=dt.timedelta(minutes=5) if alarm else None,
        html=html,
        all_day=all_day,
        breaks=breaks,
    )
    new = program if seed % 2 else _shuffled(program, seed + 1)
    streamed = _streamed(new, options, data, method)
    if streamed is not None:
        assert streamed == _whole(new, options, data, method)
    elif data == first and new is program and program.items and breaks and not (html or alarm):
        # The same program against its own feed as written: streamed, not made whole.
        pytest.fail("the common case was left to the update made whole")


def _benchmark_pages() -> ModuleType:
    """``benchmarks/pages.py``: the pages the benchmark updates (issue 13)."""
    spec = importlib.util.spec_from_file_location("pages", ROOT / "benchmarks" / "pages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 1.0])
def test_the_benchmarks_updates_are_streamed_as_made_whole(share: float) -> None:
    """As ``build --previous`` in the benchmark: the page's feed, against the page with a
    share of its talks replaced by others in their slots (new UIDs, the old ones
    cancelled), and some retitled (changed); never left to the update made whole."""
    pages = _benchmark_pages()
    program = read_page(pages.generate_page(240, zone="Europe/Berlin")).program
    data = feed_bytes(program, FeedOptions(stamp=NOW))
    text = pages.generate_page(240, zone="Europe/Berlin", replaced=pages.replaced(240, share))
    new = read_page(text).program
    items = list(new.items)
    for index in random.Random(3).sample(range(len(items)), 5):
        items[index] = attrs.evolve(items[index], title=items[index].title + " (revised)")
    new = attrs.evolve(new, items=tuple(items))
    for method in (True, False):
        streamed = _streamed(new, FeedOptions(stamp=LATER), data, method)
        assert streamed is not None
        assert streamed == _whole(new, FeedOptions(stamp=LATER), data, method)
