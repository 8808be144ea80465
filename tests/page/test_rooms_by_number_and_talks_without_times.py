"""A research-software day's programme (MB/02, measured blind, NL-RSE19): a table whose
rooms are named for cities, by number ("| Time | Madrid 69 | Belgrado 73 |"), each slot
holding two talks, the second on a row with no time ("| | **Second talk** - Bo Ray |
**Other room's** -- Cy Dee |"); its introduction says "initiatives in the UK and
Germany". The page had been refused for naming "UK" beside its place in Amsterdam; read,
its second room's talks were kept as extra text of the first's, and the talks on rows
with no time were lost without a word (in a plain table too).
"""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Research Software Day

Following the great initiatives in the UK and Germany, we meet in Amsterdam.

Date: November 20, 2019. Venue: Johan Cruijff ArenA, Amsterdam.

| Time | Madrid 69 | Belgrado 73 |
| -- | ---- | ---- |
| 9:00 - 9:45 | Welcome with coffee | Welcome with coffee |
| 10:30 - 11:10 | **[Talk A](https://example.org/a.pdf)** - Ann Lee | **Talk B** -- Bo Ray |
| | **[Talk C](https://example.org/c.pdf)** - Cy Dee | **Talk D** -- Di Fox |
| 11:10 - 11:30 | Coffee break | Coffee break |
"""


def test_rooms_by_number_are_tracks_and_second_talks_are_the_slots() -> None:
    reading = read_page(PAGE)
    assert str(reading.program.timezone) == "Europe/Amsterdam"
    read = {item.title: [paper.title for paper in item.papers] for item in reading.program.items}
    assert read == {
        "Welcome with coffee": [],
        "Talk A": ["Talk C"],
        "Talk B": ["Talk D"],
        "Coffee break": [],
    }
    assert sum("has no time of its own" in w.message for w in reading.warnings) == 2


def test_a_linked_name_under_an_item_is_no_talk_of_its_slot() -> None:
    page = """# Symposium

August 8, 2021. All times are in the Central Time Zone.

| Time | Title |
|---|---|
| 11:00 - 11:10 | Welcoming Remark |
| | [Ron Ray](https://example.org/ron), Executive Director, Example Association |
| 11:10 - 12:00 | Keynote |
"""
    welcome, _ = read_page(page).program.items
    assert welcome.papers == ()


def test_a_postcode_and_town_end_a_venue_line() -> None:
    page = """# AutoCV

July 17, 2019

# Venue
Room: 2.007

Building Z6, Hubland Campus, University of Example

Z6, Am Hubland, 97074 Würzburg

| Time | Title |
|---|---|
| 14:00 - 14:30 | Welcome |
| 14:30 - 15:00 | Closing |

* Gavin Cawley (U. East Anglia, UK)
"""
    assert str(read_page(page).program.timezone) == "Europe/Berlin"
