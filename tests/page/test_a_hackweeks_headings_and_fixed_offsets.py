"""A glaciology hackweek's schedule measured blind (PB/04): its zone is "UTC -7 (Pacific
Daylight Time)", a fixed offset, and a row's time says "11:30 - 2:00 PM PDT" (the same
clocks: it had been refused, PDT being no abbreviation of Etc/GMT+7); its first week is
a heading per item ("### 9:00 to 10:30 AM: Introductory Session" under "## Monday June
8"), its second week a table a day, and the first week's items had been passed over
without a word. An astrophysics workshop (PB/05) gives its venue as "Hongo Campus, The
University of Tokyo".
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

FIXED = """# Hackweek

June 17, 2020. All times listed below are UTC -7 (Pacific Daylight Time).

| Time | Activity |
|---|---|
| 11:00-11:30 AM | Stand-up |
| 11:30 - 2:00 PM {zone} | Hacking |
"""


def test_an_abbreviation_keeping_the_fixed_offsets_clocks_agrees() -> None:
    _, hacking = read_page(FIXED.format(zone="PDT")).program.items
    assert (hacking.start.hour, hacking.end.hour) == (11, 14)
    with pytest.raises(PageError, match="EDT is not a time"):
        read_page(FIXED.format(zone="EDT"))


HEADINGS = """# Hackweek Schedule

All times are Pacific Daylight Time (PDT).

## Monday June 8, 2020

### 9:00 to 10:30 AM: Introductory Session

Welcome, and how the week runs.

## Monday June 15, 2020

| Time | Activity |
|---|---|
| 9:00-10:30 AM | Machine learning |
| 11:00-11:30 AM | Stand-up |
"""


def test_a_heading_per_item_on_a_day_with_no_table_is_not_lost() -> None:
    with pytest.raises(PageError, match="this heading holds a time") as caught:
        read_page(HEADINGS)
    assert caught.value.line == 7


def test_a_timed_heading_over_its_own_table_or_between_tables_is_read_as_before() -> None:
    between = HEADINGS.replace(
        "## Monday June 8, 2020\n\n### 9:00 to 10:30 AM: Introductory Session\n\n"
        "Welcome, and how the week runs.\n\n",
        "",
    ).replace(
        "| 11:00-11:30 AM | Stand-up |\n",
        "| 11:00-11:30 AM | Stand-up |\n\n## Lunch (12:30PM - 1:30PM)\n",
    )
    assert [item.title for item in read_page(between).program.items] == [
        "Machine learning",
        "Stand-up",
    ]


def test_a_university_named_for_its_town_gives_the_zone() -> None:
    page = """# Workshop

February 17, 2020

Venue: Hongo Campus, The University of Tokyo

| Time | Title |
|---|---|
| 9:00 - 10:00 | Welcome |
| 10:00 - 11:00 | Closing |
"""
    assert str(read_page(page).program.timezone) == "Asia/Tokyo"
