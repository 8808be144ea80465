"""The date line's own day number, a timetable's "N/A" cells, and "09:30hs" times (from
the blind sets CB and CC).

"# 2021-04-13 Parallel Python - Day 2" over "Day 1" and "Day 2" agendas had put Day 1 on
April 13 and every item a day late, silently; an "N/A" cell of a Thursday/Friday
timetable had been an item titled "N/A"; "09:30hs - 10:00hs" had been refused.  Each
test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page


def test_the_date_line_says_which_numbered_day_its_date_is() -> None:
    page = (
        "# 2021-04-13 Introduction to Parallel Programming - Day 2\n\n"
        "### Day 1\n\n| Time | Title |\n|---|---|\n| 09:00 | Welcome |\n| 09:15 | Lesson |\n"
        "| 13:00 | END |\n\n"
        "### Day 2\n\n| Time | Title |\n|---|---|\n| 09:00 | Recap |\n| 09:15 | Lesson |\n"
        "| 13:00 | END |\n"
    )
    program = read_page(page, timezone="Europe/Amsterdam").program
    assert sorted({item.start.date() for item in program.items}) == [
        dt.date(2021, 4, 12),
        dt.date(2021, 4, 13),
    ]


def test_n_a_in_a_timetable_is_no_item() -> None:
    page = (
        "# Camp\n\nSeptember 12-13, 2024, San Francisco, CA\n\n"
        "Times | Thursday | Friday |\n----- | ----- | ----- |\n"
        "13:30-15:15 | Assembly | Analysis |\n15:15-15:30 | N/A | Coffee Break |\n"
    )
    titles = [(i.start.date().day, i.title) for i in read_page(page).program.items]
    assert titles == [(12, "Assembly"), (13, "Analysis"), (13, "Coffee Break")]


def test_times_written_with_hs() -> None:
    page = (
        "# Curso\n\n22 de setembro de 2022, Rio de Janeiro.\n\n| Horário | Atividade |\n"
        "|---|---|\n| 09:30hs - 10:00hs | Apresentações |\n| 10:00hs - 10:55hs | Aula 1 |\n"
    )
    items = read_page(page).program.items
    assert [(i.start.hour, i.start.minute) for i in items] == [(9, 30), (10, 0)]


def test_a_day_heading_s_theme_is_no_place() -> None:
    # CC/02: "### Wednesday, May 28 - Arrival Day" had made "Arrival Day" the page's place
    # (and "Foundations" after it): the page was refused as naming a place with no zone.
    page = (
        "# Summer Institute\n\nThe institute runs May 28 through June 1, 2025.\n\n"
        "### Wednesday, May 28 - Arrival Day\n\n| Time | Activity |\n|---|---|\n"
        "| 3:00-5:00 PM | Check-in |\n| 5:00-6:00 PM | Welcome |\n\n"
        "### Thursday, May 29 - Foundations\n\n| Time | Activity |\n|---|---|\n"
        "| 9:00-10:00 AM | Lecture |\n| 10:00-11:00 AM | Lab |\n"
    )
    program = read_page(page, timezone="America/New_York").program
    assert program.location is None
