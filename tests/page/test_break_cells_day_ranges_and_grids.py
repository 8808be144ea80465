"""What a break's Speaker cell holds, a workshop's days written "from 2 through 4 November",
a day that ends with "End of <the event's name>", and an HTML grid whose rows hold more
items than its header names columns."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

TABLE = """# Tools Workshop

Tuesday, January 3, 2017. All times are US Central Time.

| Time          | Topic              | Presenter     |
|---------------|--------------------|---------------|
| 9:00 - 10:00  | Introduction       | Pia Sandoval  |
| **10:00 - 10:15** | **BREAK**      | Refreshments  |
| 10:15 - 11:00 | Coordinates        | Oskar Lind    |
| **11:00 - 12:00** | **LUNCH**      | Ines          |
"""


def test_one_word_in_a_breaks_speaker_cell_is_what_it_holds() -> None:
    items = read_page(TABLE).program.items
    coffee = items[1]
    assert (coffee.title, coffee.people, coffee.abstract) == ("BREAK", (), "Refreshments")
    assert [p.name for p in items[2].people] == ["Oskar Lind"]
    assert items[3].people == ()


def test_a_full_name_in_a_breaks_speaker_cell_is_still_a_person() -> None:
    page = TABLE.replace("| Refreshments  |", "| Ana Ruiz     |")
    assert [p.name for p in read_page(page).program.items[1].people] == ["Ana Ruiz"]


PROSE = """# Collation Workshop

The workshop takes place in Amsterdam from 2 through 4 November 2016.

#### Day 1
9h30-10h:	Registration

10h-11h30:	Unit 1 - Setting up

#### Day 2
9h30-11h:	Unit 2 - Alignment

11h:	Unit 3 - Output

12h30:	End of Collation Workshop
"""


def test_a_range_of_days_written_with_through() -> None:
    items = read_page(PROSE).program.items
    assert [f"{i.start:%Y-%m-%d %H:%M}" for i in items] == [
        "2016-11-02 09:30",
        "2016-11-02 10:00",
        "2016-11-03 09:30",
        "2016-11-03 11:00",
    ]


def test_end_of_the_events_own_name_ends_the_day() -> None:
    last = read_page(PROSE).program.items[-1]
    assert (last.title, f"{last.end:%H:%M}") == ("Unit 3 - Output", "12:30")


def test_an_hour_written_alone_with_h_before_a_colon_is_a_time() -> None:
    assert [f"{i.start:%H:%M}" for i in read_page(PROSE).program.items][-1] == "11:00"


def test_end_of_life_is_a_topic_not_the_days_end() -> None:
    page = PROSE.replace("End of Collation Workshop", "End of Life Care Workshop")
    with pytest.raises(PageError, match="End of Life Care Workshop"):
        read_page(page)


GRID = """# Open Source Day

Friday, September 16, 2022.

<table>
  <thead><tr><th>Time (US Pacific)</th><th>Event</th></tr></thead>
  <tbody>
    <tr><td>08:00</td><td colspan=6>Kickoff</td></tr>
    <tr><td>08:30</td><td colspan=3>Workshop #1</td><td colspan=3>Workshop #2</td></tr>
    <tr><td>09:30</td><td colspan=6>Break</td></tr>
    <tr><td>10:00</td><td colspan=6>End of Open Source Day</td></tr>
  </tbody>
</table>
"""


def test_a_second_item_beyond_the_header_is_refused_at_its_cell() -> None:
    with pytest.raises(PageError, match="'Workshop #2' beside 'Workshop #1'") as caught:
        read_page(GRID)
    assert caught.value.line == 9


def test_one_cell_spanning_the_grid_is_one_item() -> None:
    page = GRID.replace(
        "<td colspan=3>Workshop #1</td><td colspan=3>Workshop #2</td>",
        "<td colspan=6>Workshops</td>",
    )
    items = read_page(page).program.items
    assert [(i.title, f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in items] == [
        ("Kickoff", "08:00", "08:30"),
        ("Workshops", "08:30", "09:30"),
        ("Break", "09:30", "10:00"),
    ]


WEEK = """# Code Week

All dates and times are PDT (California Time)

**Tuesday 6/21**

8:00am - 9:00am: Registration and breakfast

9:00am - 12:00pm: Day 1 activities

**Wednesday 6/22**

8:00am - 9:00am: Registration and breakfast

9:00am - 12:00pm: Day 2 activities
"""


def test_a_weekday_says_which_of_two_slashed_numbers_is_the_month() -> None:
    items = read_page(WEEK, year=2022).program.items
    assert [f"{i.start:%Y-%m-%d %H:%M%z}" for i in items] == [
        "2022-06-21 08:00-0700",
        "2022-06-21 09:00-0700",
        "2022-06-22 08:00-0700",
        "2022-06-22 09:00-0700",
    ]


def test_slashed_numbers_the_weekday_does_not_fit_date_nothing() -> None:
    with pytest.raises(PageError, match="no date"):
        read_page(WEEK.replace("Tuesday 6/21", "Monday 6/21"), year=2022)
