"""Words about an item where a speaker would be: a phrase ("Find a question", "Perform
analysis") is no person, and is kept as the item's description, never dropped; a
name's particles ("van den", "al-") are no words of a phrase."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

PAGE = """# Climate Data Workshop

Tuesday, August 16, 2016. All times are Pacific Time (Los Angeles).

| Time | Module | Presenter(s) & Milestones |
| :--- | :----- | :------------------------ |
| 9:30-10:00 | Orientation & setup |   |
| 10:00-12:30 | Reading model output | Ines Ward |
| 12:30-1:30 | Lunch | |
| 1:30-4:30 | Work time | Find a question, identify and explore the data |
| 4:30-5:00 | Work time | Perform analysis |
| 5:00 | Adjourn | Plan your analyses for the next day |
"""


def test_a_phrase_in_the_speaker_column_is_the_description() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [p.name for p in i.people], i.abstract) for i in items] == [
        ("Orientation & setup", [], None),
        ("Reading model output", ["Ines Ward"], None),
        ("Lunch", [], None),
        ("Work time", [], "Find a question, identify and explore the data"),
        ("Work time", [], "Perform analysis"),
    ]  # and "Adjourn" at 5:00 is the day's end, no item with a person in it


@pytest.mark.parametrize(
    "names",
    [
        "Jan van den Berg",
        "Ana de la Rosa y Gómez",
        "Ahmad al-Khatib",
        "Jeanne d'Arc",
        "Ann Lee et al.",
    ],
)
def test_particles_are_no_phrase(names: str) -> None:
    page = PAGE.replace("Ines Ward", names)
    assert [p.name for p in read_page(page).program.items[1].people] == [names.rstrip(".")]


def test_words_in_lower_case_with_a_note_are_a_phrase() -> None:
    page = PAGE.replace("Perform analysis", "questions and answers (optional)")
    item = read_page(page).program.items[4]
    assert (item.people, item.abstract) == ((), "questions and answers (optional)")
