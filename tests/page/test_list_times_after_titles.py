"""List lines that put a whole time range after the title without brackets, after a bold
label's colon in brackets, or before more words ("Session 3 (2:00pm - 3:40pm) inc.
awards"); a modelled page, e05, had dropped such lines without a word."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """---
title: Draft Timetable
year: 2025
---

### September 10th
- **Symposium Day 1:**
  * Arrival coffee 8:30am - 9:00am
  * Session 1 (9:00am - 10:40am)
  * Tea break 10:40 - 11:10
  * Session 2 (11:10am - 12:50pm) inc. community meeting
  * Keynote: Lise Aalto (2:00pm - 3:00pm)
- **Welcome reception at the harbour:** (6:00pm - 8:30pm)

Times are UK time.
"""


def test_every_timed_line_is_an_item() -> None:
    reading = read_page(PAGE, timezone="Europe/London")
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in reading.program.items] == [
        ("08:30", "09:00", "Arrival coffee"),
        ("09:00", "10:40", "Session 1"),
        ("10:40", "11:10", "Tea break"),
        ("11:10", "12:50", "Session 2 (inc. community meeting)"),
        ("14:00", "15:00", "Keynote"),
        ("18:00", "20:30", "Welcome reception at the harbour"),
    ]
    assert [p.name for p in reading.program.items[4].people] == ["Lise Aalto"]
    assert reading.program.items[0].start.year == 2025


def test_a_note_with_a_time_in_brackets_is_still_no_item() -> None:
    page = PAGE.replace(
        "- **Welcome reception at the harbour:** (6:00pm - 8:30pm)",
        "- **Welcome reception at the harbour:** (6:00pm - 8:30pm)\n\n"
        "Note: the room is booked afterwards (9:00pm - 9:30pm)",
    )
    titles = [i.title for i in read_page(page, timezone="Europe/London").program.items]
    assert not any("booked" in title for title in titles)
