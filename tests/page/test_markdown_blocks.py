"""kramdown's <div markdown="1"> blocks, "### Day 2" under a date the caller gives, and a
long activity with one row inside it."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = """# Data Hackathon

<div markdown="1" style="display:flex">
  <div markdown="1" style="flex:1">
### Day 1

| Time | Activity |
|------|----------|
| 8:30 – 9:00 AM | Check-in |
| 9:00 AM – 12:00 PM | Build Sprint #1 |
| 10:30 AM | Mentor checkpoint |
| 12:00 – 1:00 PM | Lunch |

</div>
  <div markdown="1" style="flex:1">
### Day 2

| Time | Activity |
|------|----------|
| 8:30 – 9:00 AM | Breakfast |
| 9:00 – 10:00 AM | Pitches |

</div>
</div>
"""


def test_headings_inside_markdown_divs_are_read_and_day_2_counts_from_the_given_date() -> None:
    read = read_page(PAGE, date=dt.date(2025, 7, 24), timezone="America/Los_Angeles")
    assert [(f"{i.start:%m-%d %H:%M}", f"{i.end:%H:%M}", i.title) for i in read.program.items] == [
        ("07-24 08:30", "09:00", "Check-in"),
        ("07-24 09:00", "12:00", "Build Sprint #1"),
        ("07-24 10:30", "12:00", "Mentor checkpoint"),
        ("07-24 12:00", "13:00", "Lunch"),
        ("07-25 08:30", "09:00", "Breakfast"),
        ("07-25 09:00", "10:00", "Pitches"),
    ]
    assert any("read as an item beside them" in w.message for w in read.warnings)


def test_a_session_over_one_row_is_still_its_session() -> None:
    """The session is an item beside its row, and names the row's session."""
    page = PAGE.replace("Build Sprint #1", "Session 1: Sprint")
    items = read_page(page, date=dt.date(2025, 7, 24), timezone="America/Los_Angeles").program.items
    assert [(i.title, i.session) for i in items[:4]] == [
        ("Check-in", None),
        ("Session 1: Sprint", None),
        ("Mentor checkpoint", "Session 1: Sprint"),
        ("Lunch", None),
    ]
