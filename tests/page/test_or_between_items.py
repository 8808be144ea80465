"""Two items at one time in one cell, one or the other: "Tutorial (Ann Lee)<br>or<br>Hack
time" (a page measured blind, BB/05, had read both as one title). The reader reads one
item a row, so the row is an error naming the cell, never one item of both."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = """# Example Hackday

Wednesday, December 13, 2023, Seattle, WA.

|Start time|Activity|
|----------|--------|
9:00 AM | Opening remarks
"""


@pytest.mark.parametrize("word", ["or", "OR", "*or*", "oder"])
def test_a_line_that_says_or_between_two_items_is_an_error(word: str) -> None:
    cell = f"Room A: Tutorial (Ida Marsh)<br>{word}<br>Room B: Hack time"
    page = HEAD + f"10:30 | {cell}\n12:00 | End\n"
    with pytest.raises(PageError, match="two items at one time") as caught:
        read_page(page)
    assert caught.value.line == 8


def test_or_inside_a_title_is_a_title() -> None:
    page = HEAD + "10:30 | To Cache or<br>Not to Cache\n12:00 | End\n"
    assert read_page(page).program.items[1].title == "To Cache or Not to Cache"


def test_a_title_that_is_the_word_alone_is_no_choice() -> None:
    """Found by Hypothesis: a title "o" (Spanish and Italian "or") alone in its cell had
    been refused as two items at one time; the word says so only between two lines."""
    page = (
        "# W\n\nJune 5, 2025, in Vienna, Austria.\n\n| Time | Title |\n|---|---|\n"
        "| 9:00 - 9:30 | o |\n| 9:30 - 10:00 | Break |\n"
    )
    assert read_page(page).program.items[0].title == "o"
