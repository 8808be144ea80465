"""A zone's name on a line of its own, a Pandoc class after a heading, and a line that
writes a word ("Evening") where the timed lines above write their time (a hackathon's
agenda of bold-labelled lines)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

AGENDA = """# Quarry Hackathon Agenda

**{zone}**

## Tuesday, May 21, 2024 (noon-2pm)

**12:00 - 12:30:** Welcome and demo{break_}
**12:30 - 1:30:** Keynote{break_}
**1:30 - 2:00:** Reporting{break_}
"""


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("Central Daylight Time", -5), ("Central European Summer Time", 2), ("UTC", 0)],
)
def test_a_line_holding_only_a_zone_states_the_times_zone(zone: str, offset: int) -> None:
    reading = read_page(AGENDA.format(zone=zone, break_="  "))
    first = reading.program.items[0]
    assert first.start.utcoffset() is not None
    assert first.start.utcoffset().total_seconds() == offset * 3600  # type: ignore[union-attr]
    assert [i.title for i in reading.program.items] == ["Welcome and demo", "Keynote", "Reporting"]


def test_a_standard_time_named_alone_in_summer_is_the_towns_clock_with_a_warning() -> None:
    reading = read_page(AGENDA.format(zone="Central Standard Time", break_="  "))
    assert reading.program.items[0].start.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]
    assert any("keeps CDT" in w.message and w.line == 3 for w in reading.warnings)


def test_a_zone_in_a_sentence_of_other_things_is_still_no_statement() -> None:
    page = AGENDA.format(zone="Remote viewers in UTC are welcome", break_="  ")
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)


def test_a_word_where_the_time_stands_is_refused_not_joined_to_the_item_above() -> None:
    page = AGENDA.format(zone="UTC", break_="  ") + "**Evening:** Symposium (social time)  \n"
    with pytest.raises(PageError, match="'Evening' where their time is") as caught:
        read_page(page)
    assert caught.value.line == 10


def test_an_items_own_labelled_line_still_goes_on_its_title() -> None:
    page = AGENDA.format(zone="UTC", break_="  ") + "**Speaker:** Ann Lee  \n"
    items = read_page(page).program.items
    assert items[-1].title == "Reporting"
    assert [p.name for p in items[-1].people] == ["Ann Lee"]


PANDOC = """---
title: Winter School 2025
---

## Programme {.unnumbered}

### Tuesday, January 28

| Time | Activity |
|------|----------|
| 13:00-14:00 | Registration |
| 14:00-15:00 | Opening lecture |

## Location {.unnumbered}

Lecture hall 3, Oslo.
"""


def test_a_pandoc_class_after_a_heading_is_no_part_of_its_words() -> None:
    reading = read_page(PANDOC)
    assert reading.program.items[0].start.tzinfo is not None
    assert str(reading.program.items[0].start.tzinfo) == "Europe/Oslo"


COURSE = """# Program

The course takes place on 13 January 2022 from 9am – 5pm
(CET). Short breaks will be scheduled between sessions.

## Day 1

 * 9:15-10:00 - Welcome

 * 10:00-10:15 - Break
"""


def test_a_sentence_cut_by_a_line_break_still_states_the_zone() -> None:
    first = read_page(COURSE).program.items[0]
    assert first.start.utcoffset() is not None
    assert first.start.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_a_zone_alone_in_brackets_on_the_next_line_of_other_words_is_none() -> None:
    page = COURSE.replace("from 9am – 5pm\n(CET).", "with lunch at the canteen\n(CET).")
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)
