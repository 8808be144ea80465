"""A Topic column of kind labels beside a Speaker column that names the speaker and then
the talk ("| **Invited Talk** | Ann Lee: Title <br> **(MIT)** |") or holds only a paper's
title, a head and a colon ("| Oral | FPTQuant: Transforms for Quantization |"), from the
blind set EA (an
ICML workshop's page).  The first had lost its speaker and title without a word (the
cell read as no one), or refused as a name holding a label; the second was refused.
Each test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

_PAGE = (
    "# Efficient systems workshop\n\nJuly 18, 2025. All times PT (America/Los_Angeles).\n\n"
    "|         | Topic    | Speaker        |\n|---|---|---|\n"
    "| 8:30am  | **Opening Remarks** | |\n"
    "| 8:40am  | **Invited Talk** | Ann Lee: Zero to 50 ExaFLOPS in a year <br> **(Example "
    "Systems)** |\n"
    "| 9:10am  | **Invited Talk** | Bo Ray: The Quest For Fast Serving <br> **(Example "
    "University)** |\n"
    "| 9:40am | **Coffee break** | |\n"
    "| 10:30am | Oral | FPTQuant: Function-Preserving Transforms for Quantization |\n"
    "| 10:45am | Oral | Cartridges: Lightweight Long Context Representations |\n"
    "| 11:00am | **Lightning Talks** | Spotlight Papers |\n"
    "| 11:30am | **Lunch Break** | |\n"
)


def _items() -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    program = read_page(_PAGE, end=dt.time(13)).program
    return [
        (f"{item.start:%H:%M}", item.title, [(p.name, p.affiliation) for p in item.people])
        for item in program.items
    ]


def test_the_speaker_cell_names_the_speaker_then_the_talk() -> None:
    items = _items()
    assert items[1] == ("08:40", "Zero to 50 ExaFLOPS in a year", [("Ann Lee", "Example Systems")])
    assert items[2] == (
        "09:10",
        "The Quest For Fast Serving",
        [("Bo Ray", "Example University")],
    )


def test_a_paper_s_title_in_the_speaker_column_is_the_title() -> None:
    items = _items()
    assert items[4] == ("10:30", "FPTQuant: Function-Preserving Transforms for Quantization", [])
    assert items[5] == ("10:45", "Cartridges: Lightweight Long Context Representations", [])


def test_spotlight_papers_are_no_one() -> None:
    assert _items()[6] == ("11:00", "Lightning Talks", [])


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        # From a review of these rules: a long name is a name, a placeholder no title,
        # and a title with a subtitle no one's name.
        ("Ludwig van der Berg de la Cruz", "Keynote", ["Ludwig van der Berg de la Cruz"]),
        ("Speaker to be announced", "Keynote", []),
        (
            "zip2zip: Adaptive Vocabularies for Models",
            "zip2zip: Adaptive Vocabularies for Models",
            [],
        ),
    ],
)
def test_what_is_no_title_stays_none(cell: str, title: str, people: list[str]) -> None:
    page = (
        "# W\n\nJuly 18, 2025. All times PT (America/Los_Angeles).\n\n"
        f"| | Topic | Speaker |\n|---|---|---|\n| 10:30am | Keynote | {cell} |\n"
        "| 11:00am | Lunch | |\n"
    )
    item = read_page(page, end=dt.time(13)).program.items[0]
    assert (item.title, [person.name for person in item.people]) == (title, people)


@pytest.mark.parametrize(
    "cell",
    [
        "Towards Robustness: Certified Defenses",
        "Speaker from Google: TBA",
        "Ann Lee and Bo Ray: Joint Work on Graphs",
    ],
)
def test_a_title_and_subtitle_or_a_note_is_refused_as_before(cell: str) -> None:
    page = (
        "# W\n\nJuly 18, 2025. All times PT (America/Los_Angeles).\n\n"
        f"| | Topic | Speaker |\n|---|---|---|\n| 10:30am | Invited Talk | {cell} |\n"
        "| 11:00am | Lunch | |\n"
    )
    with pytest.raises(PageError):
        read_page(page, end=dt.time(13))
