"""The events that go, read one at a time (``_gone.read_going``): ``read_rest``'s reading.

At 100,000 items with half the talks replaced, an update written one event
at a time held 48,000 stubs of the events that go, from the reading to the
writing (issue 13).  :func:`read_going` hands each stub made from its lines
to the caller as it is made and lets it go; the events, their order and
their values must be ``read_rest``'s, or it says None (the update is then
made whole).
"""

from __future__ import annotations

import gc
import weakref
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Event
from test_updates_at_scale import _edits, _shuffled

from fastpath_ical import Program, build_calendar, fastpath2021
from fastpath_ical.errors import RemovalError
from fastpath_ical.ics import calendar_bytes
from fastpath_ical.ics._bytes import LineWriter
from fastpath_ical.ics._carried import Carried
from fastpath_ical.ics._gone import read_going
from fastpath_ical.ics._guards import check_cancelled, said_of
from fastpath_ical.ics._unchanged import as_before
from fastpath_ical.ics._updates import read_rest
from strategies import programs


def _read_both(program: Program, data: bytes) -> tuple[Any, Any] | None:
    """``read_rest``'s events and ``read_going``'s (every stub kept whole), of ``data`` read
    for the feed of ``program``; None where no event is found unchanged."""
    calendar = build_calendar(program)
    found = as_before(calendar, data)
    if found is None:
        return None
    stamps, rest, _, others = found
    present = {str(c.get("UID", "")) for c in calendar.subcomponents if c.name == "VEVENT"}
    rested = read_rest(list(rest), present, others, stamps)
    going = read_going(list(rest), present, others, stamps, lambda stub, _: stub)
    return rested, going


def _carried(gone: dict[str, Carried]) -> dict[str, tuple[object, ...]]:
    return {uid: attrs.astuple(carried) for uid, carried in gone.items()}


def _events(events: Any) -> list[bytes]:
    return [event.to_ical() for event in events]


@given(program=programs(max_days=2, max_items=8), seed=st.integers(0, 10_000))
@settings(max_examples=150, deadline=None)
def test_the_events_that_go_are_read_as_read_rest_reads_them(program: Program, seed: int) -> None:
    """Against the feed of a program since changed, as written or edited on its way back:
    the same events, in the same order, with the same values (stubs and all)."""
    first = calendar_bytes(build_calendar(_shuffled(program, seed + 1)))
    data = _edits(first, seed) if seed % 3 == 0 else first
    both = _read_both(program, data)
    if both is None:
        return
    rested, going = both
    if going is None:
        return  # the update is made whole
    assert rested is not None
    assert _events(going[0]) == _events(rested[1])
    assert _carried(going[1]) == _carried(rested[2])


def test_the_shipped_program_with_talks_gone_is_read_one_stub_at_a_time() -> None:
    """Half the talks gone from the program: every stub is handed over and let go, none held
    (``read_rest`` holds them all), and the reading is ``read_rest``'s."""
    program = fastpath2021()
    data = calendar_bytes(build_calendar(program))
    kept = attrs.evolve(program, items=program.items[::2])
    calendar = build_calendar(kept)
    found = as_before(calendar, data)
    assert found is not None
    stamps, rest, _, others = found
    present = {str(c.get("UID", "")) for c in calendar.subcomponents if c.name == "VEVENT"}
    handed: list[weakref.ref[Event]] = []
    bytes_of: list[bytes] = []

    def keep(stub: Event, carried: Carried) -> str:
        handed.append(weakref.ref(stub))
        bytes_of.append(stub.to_ical())
        return str(stub["UID"])

    enabled = gc.isenabled()
    gc.disable()  # as the command line makes an update: let go by reference counting alone
    try:
        going = read_going(list(rest), present, others, stamps, keep)
        assert going is not None
        assert handed
        assert all(ref() is None for ref in handed)
    finally:
        if enabled:
            gc.enable()
    rested = read_rest(list(rest), present, others, stamps)
    assert rested is not None
    stubs = [event for event in rested[1] if str(event["UID"]) in rested[2]]
    assert bytes_of == [event.to_ical() for event in stubs if rested[2][str(event["UID"])].own]
    assert [e if isinstance(e, str) else str(e["UID"]) for e in going[0]] == [
        str(event["UID"]) for event in rested[1]
    ]


def test_the_guard_says_of_an_event_kept_by_its_words_what_it_says_of_the_event() -> None:
    """``check_cancelled`` with the events that go kept as what it says of them
    (``said_of``): the same error, word for word."""
    events = [e for e in build_calendar(fastpath2021()).subcomponents if e.name == "VEVENT"]
    cancelled = [str(e["UID"]) for e in events[: len(events) // 2 + 1]]
    said = {str(e["UID"]): said_of(e) for e in events[::2]}
    live = [e for e in events if str(e["UID"]) not in said]
    errors = []
    for kwargs in ({"live": events}, {"live": live, "said": said}):
        try:
            check_cancelled(cancelled, **kwargs)  # type: ignore[arg-type]
        except RemovalError as error:
            errors.append((str(error), error.summaries, error.published, error.allowed))
    assert len(errors) == 2
    assert errors[0] == errors[1]


def test_a_writer_sharing_values_forgets_them_past_its_bound_and_writes_the_same() -> None:
    """The lines a sharing writer writes, with a bound it passes many times over (it keeps
    every value's line no longer: they lived as long as the writer), are those of a
    writer that shares nothing."""
    from fastpath_ical.ics import _bytes

    events = [e for e in build_calendar(fastpath2021()).subcomponents if e.name == "VEVENT"]
    plain = [LineWriter().lines_of(event) for event in events]
    bound = _bytes._SHARED_KEPT
    _bytes._SHARED_KEPT = 7
    try:
        sharing = LineWriter(values_shared=True)
        shared = [sharing.lines_of(event) for event in events * 2]
        assert len(sharing._writer.by_value) <= 7  # type: ignore[attr-defined]
    finally:
        _bytes._SHARED_KEPT = bound
    assert shared == plain * 2
