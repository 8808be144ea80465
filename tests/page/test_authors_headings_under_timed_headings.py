"""Talks as list items of headings: "### 11:00 - 11:20: Title" over "#### *Authors*" (a
NAACL workshop page measured blind, FC/02, had this shape: refused, the authors' heading
read as no part of the talk), and a title whose head before a colon looks like a name over
a line of names set apart in italics."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Morphology Workshop
All times are Mexico City time (GMT-6)

## Workshop to be held on June 20, 2024

## 11:00 - 12:00 - Session 1

+ ### 11:00 - 11:20: Fused Morphs: Splitting Words Apart with Embeddings
  #### *Ana Ruiz, Bo Tanaka, and Cleo Marsh*
+ ### 11:20 - 11:40: A Verbal Lexicon of Pame
  #### *Dev Raman*
+ ### 11:40 - 12:00: Tokenization Matters: Navigating Scarce Data for Inclusive Tools
  #### *Eli Stone, Farah Quint, Gil Amsel, Hana Ito, Ivo Petrov and Jun Park*

## 12:00 - 13:00 Lunch
"""


def _items(page: str) -> list[tuple[str, list[str]]]:
    return [(i.title, [p.name for p in i.people]) for i in read_page(page).program.items]


def test_the_authors_heading_names_the_talks_people() -> None:
    assert _items(PAGE)[1:4] == [
        (
            "Fused Morphs: Splitting Words Apart with Embeddings",
            ["Ana Ruiz", "Bo Tanaka", "Cleo Marsh"],
        ),
        ("A Verbal Lexicon of Pame", ["Dev Raman"]),
        (
            "Tokenization Matters: Navigating Scarce Data for Inclusive Tools",
            ["Eli Stone", "Farah Quint", "Gil Amsel", "Hana Ito", "Ivo Petrov", "Jun Park"],
        ),
    ]


def test_a_heading_in_italics_that_names_no_one_is_still_refused() -> None:
    page = PAGE.replace("#### *Dev Raman*", "#### *Slides and code will be shared after the talk*")
    with pytest.raises(PageError, match="read as no part of it"):
        read_page(page)


def test_a_titles_head_over_names_in_italics_is_no_name() -> None:
    page = (
        "# W\n\nJune 3, 2025, Berlin\n\n| Time | Title |\n|---|---|\n"
        "| 9:00 - 9:30 | Tokenization Matters: Navigating Data<br>*Ann Lee and Bo Ray* |\n"
        "| 9:30 - 10:00 | Lunch |\n"
    )
    assert _items(page)[0] == ("Tokenization Matters: Navigating Data", ["Ann Lee", "Bo Ray"])
