"""An epidemiology course's timetable (NB/03, measured blind): its title names the town
and country ("SPE-R timetable (Tartu, Estonia, 1 to 5 June 2026)"), a first table under
"## Daily timetable" shows how a day runs, and the day tables under dated headings write
each lecturer by initials the page never spells out ("[Introduction to splines](url)
(MP)"). The page had been refused as stating no zone; given one, the typical day had
been read on the first day, repeating its rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

PAGE = """
# SPE-R timetable (Tartu, Estonia, 1 to 5 June 2026)

## Daily timetable

|              |                                 |
|--------------|---------------------------------|
| 9:00 -  9:30 | Recap of yesterday's practicals |
| 9:30 - 10:30 | Lecture                         |
|10:30 - 11:00 | Coffee break                    |

## Monday 1 June -- Day 1

|              |          |
|--------------|----------|
| 9:00 -  9:15 | Welcome  |
| 9:15 - 10:00 | [R History and Ecology](https://example.org/r.pdf) (MP)|
|10:00 - 10:30 | Coffee break |
|10:30 - 11:30 | [Simple Poisson regression](https://example.org/p.pdf) (JP)|

## Tuesday 2 June -- Day 2

|              |          |
|--------------|----------|
| 9:00 - 10:00 | [Introduction to splines](https://example.org/s.pdf) (MP)|
|10:00 - 11:00 | Reinforcement Learning (RL) |
"""


def test_the_town_and_country_of_the_title_give_the_zone() -> None:
    reading = read_page(PAGE)
    assert str(reading.program.timezone) == "Europe/Tallinn"
    assert any("Tartu, Estonia" in w.message for w in reading.warnings)


def test_a_typical_day_beside_dated_days_is_no_day_of_the_program() -> None:
    reading = read_page(PAGE)
    assert [item.title for item in reading.program.items][:2] == [
        "Welcome",
        "R History and Ecology",
    ]
    assert any(w.line == 4 and "typical day" in w.message for w in reading.warnings)


def test_initials_written_as_a_habit_are_people_but_not_a_titles_acronym() -> None:
    items = read_page(PAGE).program.items
    people = {item.title: [p.name for p in item.people] for item in items}
    assert people["R History and Ecology"] == ["MP"]
    assert people["Simple Poisson regression"] == ["JP"]
    assert people["Introduction to splines"] == ["MP"]
    assert people["Reinforcement Learning (RL)"] == []


def test_a_typical_day_alone_over_several_days_is_an_error() -> None:
    alone = PAGE.split("## Monday")[0]
    with pytest.raises(PageError):
        read_page(alone)  # a range of days and one typical day: which day is not said


def test_a_typical_day_alone_is_read_on_the_date_given() -> None:
    alone = PAGE.split("## Monday")[0]
    items = read_page(alone, date=dt.date(2026, 6, 2)).program.items
    assert {item.start.date() for item in items} == {dt.date(2026, 6, 2)}
