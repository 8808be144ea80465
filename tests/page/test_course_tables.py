"""A course's table: a Day column of "**Day 2**", the weekday before each time ("Wed 1:00
- 1:15 pm"), modules' pages numbered "1. [Module](url)", and instructors apart by slashes
("Mike / Jelmer") (a page measured blind, BD/08, had been refused at its first row)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """---
title: "Command line basics"
subtitle: "A workshop on August 17 - 19, 2022, in Columbus, Ohio."
---

| Day       | Module                                  | Instructor    | Time                |
|-----------|-----------------------------------------|---------------|---------------------|
| **Day 1** | 1. [Introduction](modules/01-intro.qmd) | Mika / Jelle  | Wed 1:00 - 1:15 pm  |
|           | 2. [The Supercomputer Center (OSC)](m2) | Mika          | Wed 1:15 - 2:00 pm  |
| **Day 2** | 3. [Variables and Loops](modules/03.qmd) | Jelle        | Thu 12:00 - 1:00 pm |
"""


def test_a_course_table_with_weekdays_before_its_times() -> None:
    items = read_page(PAGE).program.items
    assert [
        (i.start.isoformat(timespec="minutes"), i.title, [p.name for p in i.people]) for i in items
    ] == [
        ("2022-08-17T13:00-04:00", "Introduction", ["Mika", "Jelle"]),
        ("2022-08-17T13:15-04:00", "The Supercomputer Center (OSC)", ["Mika"]),
        ("2022-08-18T12:00-04:00", "Variables and Loops", ["Jelle"]),
    ]


def test_a_number_before_a_title_with_no_modules_page_is_kept() -> None:
    page = PAGE.replace("3. [Variables and Loops](modules/03.qmd)", "2. Sitzung des Beirats")
    assert read_page(page).program.items[2].title == "2. Sitzung des Beirats"


def test_a_weekday_that_is_not_the_rows_day_is_an_error() -> None:
    with pytest.raises(PageError, match="the time cell says 'Thu'") as caught:
        read_page(PAGE.replace("Wed 1:15 - 2:00 pm", "Thu 1:15 - 2:00 pm"))
    assert caught.value.line == 9


def test_a_slash_in_where_someone_works_parts_no_one() -> None:
    page = PAGE.replace("| Mika          |", "| Ann Lee (Astera Institute / Simplex) |")
    item = read_page(page).program.items[1]
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Ann Lee", "Astera Institute / Simplex")
    ]
