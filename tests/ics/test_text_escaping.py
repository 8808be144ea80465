"""Text the page says is the text the feed says: escaping must not turn text into a line break."""

from __future__ import annotations

import attrs
import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from fastpath_ical import Program, feed_bytes


@pytest.mark.xfail(
    strict=True,
    reason="icalendar's escape_char turns a literal backslash-N into a line break before it "
    "escapes backslashes (icalendar 7.3): fixing it needs a TEXT writer of our own on every "
    "serialisation, update()'s included, or a fix upstream (issue 12)",
)
def test_a_literal_backslash_n_in_a_title_stays_text(program: Program) -> None:
    items = list(program.items)
    items[1] = attrs.evolve(items[1], title=r"Paths \N and Data")
    data = feed_bytes(attrs.evolve(program, items=tuple(items)))
    assert b"Paths \\\\N and Data" in data.replace(b"\r\n ", b"")
    (event,) = [
        e
        for e in IcsCalendarStream.calendar_from_ics(data.decode()).events
        if "Paths" in (e.summary or "")
    ]
    assert event.summary is not None
    assert event.summary.startswith("Paths \\N and Data")
    assert all("\n" not in str(e["SUMMARY"]) for e in Calendar.from_ical(data).walk("VEVENT"))
