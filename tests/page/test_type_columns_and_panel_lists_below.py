"""A program whose date is in its zone's sentence ("All times are in EST and pertain to
April 29"), whose Title column holds only a speaker's name beside a Type column that says
the slot ("Foundation Talk"), and whose panels' people are listed under headings of the
panels' titles below it (ICLR workshop pages measured blind, EA/05 and FA/01, had this
shape)."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = """---
layout: default
---

# Schedule

All times are in EST and pertain to April 27. To get links, log in to the website.

| Time                | Type                    | Title                              |
| ------------------- | ----------------------- | ---------------------------------- |
| 08:00 AM - 08:10 AM | Live                    | Opening Remarks                    |
| 08:10 AM - 08:40 AM | Foundation Talk         | Ada Lindqvist                      |
| 08:40 AM - 09:20 AM | Panel Discussion (live) | Panel A: Learning on Shapes        |
| 09:20 AM - 09:40 AM | Invited Talk            | Bo Tanaka                          |
| 09:40 AM - 10:00 AM | Case Study              | Cleo Marsh                         |
| 10:00 AM - 10:40 AM | Panel Discussion (live) | Panel B: Graphs at Scale           |
| 10:40 AM - 10:50 AM | Live                    | Closing Remarks                    |

# Panel A: Learning on Shapes

- [Dev Raman, Example University](https://example.org/dev)
- [Eli Stone, Weights and Measures, Inc.](https://example.org/eli)

# Panel B: Graphs at Scale

Panelists to be announced.
"""


def test_the_date_in_the_sentence_that_says_what_the_times_are_of() -> None:
    item = read_page(PAGE, year=2022).program.items[0]
    assert item.start == dt.datetime(2022, 4, 27, 12, 0, tzinfo=dt.UTC).astimezone(
        item.start.tzinfo
    )
    assert item.start.utcoffset() == dt.timedelta(hours=-4)


def test_a_name_in_the_title_column_beside_a_slot_label_is_the_speaker() -> None:
    items = read_page(PAGE, year=2022).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items[1:5:2] + items[4:5]] == [
        ("Foundation Talk", ["Ada Lindqvist"]),
        ("Invited Talk", ["Bo Tanaka"]),
        ("Case Study", ["Cleo Marsh"]),
    ]


def test_the_people_listed_under_a_panels_heading_are_the_panels() -> None:
    panel = read_page(PAGE, year=2022).program.items[2]
    assert [(p.name, p.affiliation, p.profile) for p in panel.people] == [
        ("Dev Raman", "Example University", "https://example.org/dev"),
        ("Eli Stone", "Weights and Measures, Inc.", "https://example.org/eli"),
    ]


def test_a_panel_whose_heading_lists_no_one_has_no_people() -> None:
    assert read_page(PAGE, year=2022).program.items[5].people == ()


def test_a_title_that_is_no_name_beside_a_slot_label_stays_the_title() -> None:
    page = PAGE.replace("| Ada Lindqvist                      |", "| Learning Shapes Quickly |")
    item = read_page(page, year=2022).program.items[1]
    assert (item.title, item.people) == ("Learning Shapes Quickly", ())
