"""Two misreads the blind set BU hid behind a refusal at its day's end (a workshop's
bulleted day, read with an end of day given): "9-10:00 Introductions (...) Max 4-5 mins
each" had its time taken from "4-5" (the first range read as nine o'clock at the offset
-10:00 and passed over), so the day's first item was lost; and "Roundtable 2: User's
Corner" named "User's Corner" as its speaker.  Each test fails on the reader before
these rules.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page
from fastpath_ical.page._clock import parse_time_range

_PAGE = (
    "# Package developers' workshop, 20-21 April 2018\n\n## Day 1\n\n"
    "-  9-10:00  Introductions (everyone describes their packages). Max 4-5 mins each.\n"
    "- 10:00-11:00 Roundtable 1: Parsing\n"
    "- 11:00-11:15 Coffee break\n"
    "- 11:15-12:00 Roundtable 2: User's Corner\n"
)


def test_the_first_range_of_a_line_is_its_time() -> None:
    text = "9-10:00 Introductions (everyone describes their packages). Max 4-5 mins each."
    found = parse_time_range(text)
    assert found is not None
    assert found.span == (0, 7)
    assert (found.start.hour, found.end and found.end.hour) == (9, 10)


def test_a_day_keeps_its_first_item() -> None:
    items = read_page(_PAGE, timezone="America/New_York").program.items
    assert [f"{item.start:%H:%M}" for item in items] == ["09:00", "10:00", "11:00", "11:15"]


def test_a_possessive_is_no_one_s_name() -> None:
    items = read_page(_PAGE, timezone="America/New_York").program.items
    assert items[-1].people == ()
    assert "User's Corner" in items[-1].title
    assert dt.time(11, 15) == items[-1].start.time()
