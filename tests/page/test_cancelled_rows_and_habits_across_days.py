"""A winter school's page: one table per day, speakers in brackets after the session names,
a session struck through as cancelled, and the venue only in a paragraph under a
"Location" heading, an address among sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from fastpath_ical import read_page
from fastpath_ical.cli import main

PAGE = """---
title: "2026 Example Winter School Programme"
---

## Programme {{.unnumbered}}

### Wednesday, January 28

| Time        | Activity                                  |
|:------------|:------------------------------------------|
| 09:00-11:00 | [Morning Session I (Ines Vahl)](a.qmd)    |
| 11:00-11:30 | Coffee Break                              |
| 11:30-13:00 | [Morning Session II (Ines Vahl)](a.qmd)   |

### Thursday, January 29

| Time        | Activity                                  |
|:------------|:------------------------------------------|
| 09:00       | {struck}        |
| 11:00       | Coffee Break                              |
| 11:30-13:00 | [Morning Session II (Oskar Lind)](b.qmd)  |
| 13:00-13:30 | Closing remarks                           |

## Location {{.unnumbered}}

The school takes place in the Faculty of Science, Pazmany Peter stny. 1/A, 1117 Budapest. \
Lectures are in room 0.83, follow the signs.
"""

STRUCK = "~~Morning Session I (Pia Sandoval - online)~~ (Cancelled)"


def test_a_cancelled_row_is_no_item_but_its_start_ends_the_row_above() -> None:
    reading = read_page(PAGE.format(struck=STRUCK))
    thursday = [i for i in reading.program.items if i.start.day == 29]
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in thursday] == [
        ("11:00", "11:30", "Coffee Break"),
        ("11:30", "13:00", "Morning Session II"),
        ("13:00", "13:30", "Closing remarks"),
    ]
    assert any(
        w.line == 19 and "struck through (Cancelled): left out" in w.message
        for w in reading.warnings
    )


@pytest.mark.parametrize(
    "struck",
    ["<del>Morning Session I (Pia Sandoval)</del>", "Morning Session I (cancelled)"],
)
def test_struck_in_html_or_marked_cancelled_in_words(struck: str) -> None:
    titles = [i.title for i in read_page(PAGE.format(struck=struck)).program.items]
    assert titles[3:] == ["Coffee Break", "Morning Session II", "Closing remarks"]


def test_a_struck_word_inside_a_title_cancels_nothing() -> None:
    items = read_page(PAGE.format(struck="Morning Session I: ~~Cells~~ Tissues")).program.items
    assert len(items) == 7


def test_one_speaker_in_brackets_under_a_day_that_showed_the_habit() -> None:
    reading = read_page(PAGE.format(struck=STRUCK))
    items = reading.program.items
    second = [i for i in items if i.start.day == 29 and i.title == "Morning Session II"]
    assert [p.name for p in second[0].people] == ["Oskar Lind"]
    assert any("as a table above writes its speakers" in w.message for w in reading.warnings)


def test_the_habit_is_not_taken_from_one_row_alone() -> None:
    page = PAGE.format(struck=STRUCK).replace("(Ines Vahl)", "")
    items = read_page(page).program.items
    assert "Morning Session II (Oskar Lind)" in [i.title for i in items]


def test_an_address_among_sentences_gives_its_town() -> None:
    reading = read_page(PAGE.format(struck=STRUCK))
    assert str(reading.program.items[0].start.tzinfo) == "Europe/Budapest"
    assert reading.program.items[0].start.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_saint_before_a_town_is_no_sentences_end() -> None:
    from fastpath_ical.zones import zone_of_town

    assert zone_of_town("1 Union Station, St. Louis. Doors open at nine") == "America/Chicago"


def test_an_update_writes_the_struck_talk_as_cancelled(tmp_path: Path) -> None:
    before, after, feed = tmp_path / "a.md", tmp_path / "b.md", tmp_path / "feed.ics"
    before.write_text(PAGE.format(struck="Morning Session I (Pia Sandoval)"), encoding="utf-8")
    after.write_text(PAGE.format(struck=STRUCK), encoding="utf-8")
    assert 0 == main(["build", str(before), "-o", str(feed)])
    assert 0 == main(["build", str(after), "-o", str(feed), "--previous", str(feed)])
    events = Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    gone = [e for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert [str(e["SUMMARY"]) for e in gone] == ["Morning Session I – Pia Sandoval"]


def test_a_preliminary_programme_heading_is_a_page_name_not_the_schools() -> None:
    page = PAGE.format(struck=STRUCK).replace(
        "## Programme {.unnumbered}", "## Preliminary programme"
    )
    assert read_page(page).program.title == "2026 Example Winter School Programme"
