"""A table of slots ("| Invited Talk | Ann Lee | 9:00-9:45am |") under a header that leaves
the column of names unnamed, the talks' titles in sections headed by their speakers' names
below, and the day's times and zone written before its date (a page measured blind, BE/04,
was refused for want of a zone its line 10 gave: "8:50 AM - 5:00 PM (Central Time), Dec
3rd, 2022")."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

PAGE = """---
layout: page
title: Program
---

# Schedule

9:00 AM - 4:00 PM (Central Time), Nov 7th, 2026

| Event | | Time |
| :--- | --- | :--- |
| Opening Remarks | Organizers | 9:00-9:10am |
| Invited Talk | Marta Quintero | 9:10-10:00am |
| Invited Talk | Teo Lindqvist & Ines Baptiste | 10:00-10:50am |
| Break | - | 10:50-11:10am |
| Debate | Omar Haddad & Lucia Ferri | 11:10am-12:00pm |
| Invited Talk | Rafe Okonkwo | 1:00-1:50pm |
| Poster Session | - | 2:00-4:00pm |

# Talk Details

## Marta Quintero

**Title:** Sparse Adapters for Many Tasks

**Abstract:** We study adapters.

## Teo Lindqvist & Ines Baptiste

**Title:** Robust Fine-Tuning Under Shift

## Omar Haddad and Lucia Ferri (Debate)

A recording will follow.

## Rafe Okonkwo

**Bio:** Rafe works on translation.
"""


def test_the_zone_and_span_before_the_date_are_the_days() -> None:
    reading = read_page(PAGE)
    first = reading.program.items[0]
    assert first.start == dt.datetime(2026, 11, 7, 9, 0, tzinfo=first.start.tzinfo)
    assert str(first.start.tzinfo) == "America/Chicago"
    assert first.start.utcoffset() == dt.timedelta(hours=-6)


def test_the_unnamed_column_of_names_is_the_speakers_with_a_warning() -> None:
    reading = read_page(PAGE)
    people = [[p.name for p in item.people] for item in reading.program.items]
    assert people[1] == ["Marta Quintero"]
    assert people[2] == ["Teo Lindqvist", "Ines Baptiste"]
    assert people[3] == []  # "-": no one
    assert any("column 2 as the speakers" in str(w) for w in reading.warnings)


def test_a_slot_takes_its_title_from_the_section_headed_by_its_speakers() -> None:
    reading = read_page(PAGE)
    titles = [item.title for item in reading.program.items]
    assert titles[1] == "Sparse Adapters for Many Tasks"
    assert titles[2] == "Robust Fine-Tuning Under Shift"
    # No title line under the debaters' heading, none under the last speaker's: the
    # slot's label stays the title.
    assert titles[4] == "Debate"
    assert titles[5] == "Invited Talk"
    assert any(
        "read 'Sparse Adapters for Many Tasks' as the title of 'Invited Talk', from line 24"
        in str(w)
        for w in reading.warnings
    )


def test_a_section_of_another_speaker_gives_no_title() -> None:
    page = PAGE.replace("## Marta Quintero", "## Marta Quinteros")
    assert read_page(page).program.items[1].title == "Invited Talk"


def test_two_sections_headed_by_one_speaker_give_no_title() -> None:
    page = PAGE.replace(
        "## Rafe Okonkwo", "## Marta Quintero\n\n**Title:** A Second Talk\n\n## Rafe Okonkwo"
    )
    assert read_page(page).program.items[1].title == "Invited Talk"


def test_a_talks_own_title_is_not_replaced() -> None:
    page = PAGE.replace("| Invited Talk | Marta Quintero |", "| Adapters Today | Marta Quintero |")
    assert read_page(page).program.items[1].title == "Adapters Today"


def test_without_the_zone_before_the_date_the_page_is_still_refused() -> None:
    page = PAGE.replace(" (Central Time)", "")
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)
