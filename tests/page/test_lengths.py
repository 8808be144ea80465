"""Tables that give each item's length, not its time, under the one start the page gives
(pages measured blind, YY/02 and ZZ/08, had these shapes)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

BY_THE_DATE = """# Schedule

## BIOCONF 2025 Workshop: Open Imaging

**2:30 PM, 16 July | Room B3 M7-8, Bella Center, Copenhagen, Denmark**

| **Duration** | **Activity** |
|:-------------|:-------------|
| **5 mins**   | **Welcome** |
| **20 mins**  | **Opening Talk**: *Imaging at Scale* – [Prof. Ida Berg](https://example.org/berg) |
| **1 hour**   | **Hands-on Session** |
| **10 mins**  | **Closing Remarks** |
"""

UNDER_A_TIME_LINE = """# Tool Packaging Workshop

#### Training room 6
- Date: 18.07.2020
- Time: 21.30 CET

| Duration | Topic |
| --------: |:------------- |
|   30 min | Introduction to packaging |
|   90 min | Hands-on session |
|   20 min | Introduction to containers |
|   10 min | Wrap-up |
"""


def _times(page: str) -> list[tuple[str, str, str]]:
    return [
        (i.start.isoformat(timespec="minutes"), f"{i.end:%H:%M}", i.title)
        for i in read_page(page).program.items
    ]


def test_lengths_add_up_from_the_time_before_the_date() -> None:
    reading = read_page(BY_THE_DATE)
    assert _times(BY_THE_DATE) == [
        ("2025-07-16T14:30+02:00", "14:35", "Welcome"),
        ("2025-07-16T14:35+02:00", "14:55", "Imaging at Scale"),
        ("2025-07-16T14:55+02:00", "15:55", "Hands-on Session"),
        ("2025-07-16T15:55+02:00", "16:05", "Closing Remarks"),
    ]
    messages = [w.message for w in reading.warnings]
    assert any("added up from 14:30" in m for m in messages)
    # The year is the one the page names; "M7-8" in the room is no span of hours.
    assert any("read in 2025, the one year the page names (line 3)" in m for m in messages)


def test_lengths_add_up_from_a_time_line_and_run_past_midnight() -> None:
    assert _times(UNDER_A_TIME_LINE) == [
        ("2020-07-18T21:30+02:00", "22:00", "Introduction to packaging"),
        ("2020-07-18T22:00+02:00", "23:30", "Hands-on session"),
        ("2020-07-18T23:30+02:00", "23:50", "Introduction to containers"),
        ("2020-07-18T23:50+02:00", "00:00", "Wrap-up"),
    ]


def test_a_table_of_lengths_with_no_start_on_the_page_is_refused() -> None:
    page = UNDER_A_TIME_LINE.replace("- Time: 21.30 CET\n", "- Zone: CET\n")
    with pytest.raises(PageError, match="no Time column"):
        read_page(page)


def test_a_row_without_a_length_leaves_the_table_unread() -> None:
    page = UNDER_A_TIME_LINE.replace("|   90 min |", "|   later  |")
    with pytest.raises(PageError, match="no Time column"):
        read_page(page)


def test_a_yearless_date_on_a_page_of_two_years_has_no_year() -> None:
    """With 2024 named beside 2025, '16 July' dates nothing: the table has no day, so no
    start either, and it stays the page's error."""
    page = BY_THE_DATE.replace("## BIOCONF 2025 Workshop", "## BIOCONF 2025 Workshop (after 2024)")
    with pytest.raises(PageError, match="no Time column"):
        read_page(page)


def test_lengths_add_up_under_a_title_that_holds_the_year() -> None:
    """BK/08, a blind page: the year in the title itself (`# Workshop@BIOCONF-2025`) left
    the date line `**2:30 PM, 16 July | ...**` undated, and the table without times."""
    page = BY_THE_DATE.replace(
        "# Schedule\n\n## BIOCONF 2025 Workshop: Open Imaging", "# Workshop@BIOCONF-2025"
    )
    reading = read_page(page)
    assert _times(page)[0] == ("2025-07-16T14:30+02:00", "14:35", "Welcome")
    assert any("read in 2025, the year of the page's title" in w.message for w in reading.warnings)
