"""Day headings that open on a month and day and then give the day's theme ("#### May
9th: Spatial Ecology"): each starts its day, and its theme is no place. A part of the
day where a row's time goes, beside a theme in bold ("| Morning | **Theme** |"), over
timed rows, is their session."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """## Field Methods Workshop 2018

The workshop takes place on **May 8th and 9th**. All times are America/New_York.

#### May 8th: Occurrence data

`9:00 am - 10:30 am`	Finding records online - *Ines Vahl*

`10:30 am - 10:45 am`	BREAK

`4:45 pm - 5:00 pm`	Summary for the day

#### {heading}

`9:00 am - 10:30 am`	Forest cover from rasters - *Oskar Lind*

`10:30 am - 10:45 am`	BREAK

`4:45 pm - 5:00 pm`	FINAL REMARKS
"""


@pytest.mark.parametrize(
    "heading", ["May 9th: Spatial Ecology", "May 9 - Spatial Ecology", "9 May: Remote sensing"]
)
def test_a_day_heading_with_its_theme_starts_the_day(heading: str) -> None:
    read = read_page(PAGE.format(heading=heading))
    items = read.program.items
    assert [(i.start.isoformat(), i.title) for i in items[3:5]] == [
        ("2018-05-09T09:00:00-04:00", "Forest cover from rasters"),
        ("2018-05-09T10:30:00-04:00", "BREAK"),
    ]
    assert read.program.location is None


def test_a_dated_line_in_a_paragraph_is_no_day_heading() -> None:
    """A deadline's line in prose dates no program day: only a heading names its day so."""
    page = PAGE.format(heading="May 9th: Spatial Ecology").replace(
        "#### May 8th: Occurrence data", "May 1: registration closes.\n\n#### May 8th"
    )
    assert read_page(page).program.items[0].start.date().isoformat() == "2018-05-08"


PARTS = """# Distant Reading Day

December 7, 2022. All times are Europe/Berlin.

| Day | Time | What |
|:--|:--|:--|
| December 7th | Morning | **What can we do with distant reading?** |
| | 10:00-10:15 | Introduction |
| | 10:15-13:00 | Approaching a corpus |
| | 13:00-14:00 | *Lunch break* |
| | Afternoon | **From question to interpretation** |
| | 14:00-15:15 | Two examples |
| | 15:15-16:00 | Discussion |
"""


def test_a_part_of_the_day_over_timed_rows_names_their_session() -> None:
    items = read_page(PARTS).program.items
    assert [(i.start.strftime("%H:%M"), i.title, i.session) for i in items] == [
        ("10:00", "Introduction", "What can we do with distant reading?"),
        ("10:15", "Approaching a corpus", "What can we do with distant reading?"),
        ("13:00", "Lunch break", "What can we do with distant reading?"),
        ("14:00", "Two examples", "From question to interpretation"),
        ("15:15", "Discussion", "From question to interpretation"),
    ]


def test_parts_of_the_day_in_place_of_every_time_are_still_refused() -> None:
    page = PARTS.replace("| | 10:00-10:15 | Introduction |", "| | Morning | **Warm-up game** |")
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 7
