"""An epidemiology course's timetable (NB/03, measured blind): its title names the town
and country ("SPE-R timetable (Tartu, Estonia, 1 to 5 June 2026)"), and a first table
under "## Daily timetable" shows how a day runs, beside the day tables under dated
headings. The page had been refused as stating no zone; given one, the typical day had
been read on the first day, repeating its rows. Its lecturers' initials, which the page
never spells out ("(MP)"), stay in the titles: read as people, such codes had named
tools and languages too ("(GATK)", "(FR)").
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

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
        "R History and Ecology (MP)",
    ]
    assert any(w.line == 4 and "typical day" in w.message for w in reading.warnings)


def test_a_typical_day_alone_is_read_as_before() -> None:
    """ "## Daily schedule" is as often the program day by day: alone, it is read."""
    alone = PAGE.split("## Monday")[0]
    items = read_page(alone).program.items
    assert items[0].title == "Recap of yesterday's practicals"


def test_a_typical_day_alone_is_read_on_the_date_given() -> None:
    alone = PAGE.split("## Monday")[0]
    items = read_page(alone, date=dt.date(2026, 6, 2)).program.items
    assert {item.start.date() for item in items} == {dt.date(2026, 6, 2)}
