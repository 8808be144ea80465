"""A page of timed headings whose top-level ones are items too: a lunch between the
morning and the afternoon, sessions over their talks; and authors in an italic heading
under a talk's heading, which no rule reads."""

from __future__ import annotations

from fastpath_ical import read_page

COURSE = """# GPU Taster Days

Date: 1 July 2025 (all times BST)

## Morning (09:00 - 12:00)

### (09:00 - 09:30) Arrival and settling

#### Activity

- Find a desk and log in

### (09:30 - 12:00) Kernels on the CPU

## Lunch Break (12:00 - 13:00)

## Afternoon (13:00 - 17:00)

### (13:00 - 14:00) First CUDA Program

### (14:00 - 17:00) Profiling
"""


def test_a_top_heading_with_a_time_is_an_item_and_a_part_of_the_day_is_not() -> None:
    items = read_page(COURSE).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("09:00", "09:30", "Arrival and settling"),
        ("09:30", "12:00", "Kernels on the CPU"),
        ("12:00", "13:00", "Lunch Break"),
        ("13:00", "14:00", "First CUDA Program"),
        ("14:00", "17:00", "Profiling"),
    ]


SESSIONS = """# Workshop on Sound Patterns 2024

June 20, 2024. All times are MDT.

## 09:25 - 09:30 Opening Statements

## 11:00 - 12:00 - Session 1

+ ### 11:00 - 11:20: Tagging Tone in Four Languages
+ ### 11:20 - 12:00: Vowel Length in Old Norse

## 12:00 - 13:00 Lunch
"""


def test_a_top_heading_over_talks_is_their_session_beside_them() -> None:
    items = read_page(SESSIONS).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("09:25", "09:30", "Opening Statements"),
        ("11:00", "12:00", "Session 1"),
        ("11:00", "11:20", "Tagging Tone in Four Languages"),
        ("11:20", "12:00", "Vowel Length in Old Norse"),
        ("12:00", "13:00", "Lunch"),
    ]


def test_authors_in_an_italic_heading_under_a_talk_are_its_people() -> None:
    # Refused until stop 38 ("read as no part of it"); a heading that names no one still is
    # (tests/page/test_authors_headings_under_timed_headings.py).
    page = SESSIONS.replace(
        "+ ### 11:20 - 12:00: Vowel",
        "  #### *Ana Ruiz, Bo Lind and Cy Marsh*\n+ ### 11:20 - 12:00: Vowel",
    )
    talk = read_page(page).program.items[2]
    assert (talk.title, [p.name for p in talk.people]) == (
        "Tagging Tone in Four Languages",
        ["Ana Ruiz", "Bo Lind", "Cy Marsh"],
    )
