"""Lists whose lines put the time after the title, and titles and names a sentence wraps:
"Lunch Break (12:30 - 14:00)", "__Session 1: 11:00 - 12:30__", "_Title_, by Ann Lee."."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Constraint Workshop 2017

The workshop will be run __the 17th of July__ in Marburg, Germany.

* __Session 1: 11:00 - 12:30__
 * __11:00 - 11:30__: Opening and warm-up.
 * __11:30 - 12:30__: _Lazy Mutable Collections_, by Ann Lee.
* Lunch Break (12:30 - 14:00)
* __Session 2: 14:00 - 15:00__
 * __14:00 - 15:00__: _ Incremental Evaluation_, by Bo Ray, Cy Dee and Senthil Kumaran U.
* __Session 4: 15:00 - 18:00__
 * To be announced
"""


def test_times_after_titles_and_session_lines_with_their_range() -> None:
    read = read_page(PAGE, year=2017)
    assert [
        (f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, [p.name for p in i.people], i.session)
        for i in read.program.items
    ] == [
        ("11:00-12:30", "Session 1", [], None),
        ("11:00-11:30", "Opening and warm-up", [], "Session 1"),
        ("11:30-12:30", "Lazy Mutable Collections", ["Ann Lee"], "Session 1"),
        ("12:30-14:00", "Lunch Break", [], None),
        ("14:00-15:00", "Session 2", [], None),
        (
            "14:00-15:00",
            "Incremental Evaluation",
            ["Bo Ray", "Cy Dee", "Senthil Kumaran U."],
            "Session 2",
        ),
        ("15:00-18:00", "Session 4", [], None),
    ]


def test_a_time_in_brackets_that_says_more_than_a_time_is_no_row() -> None:
    """Nor is it passed over among the timed lines: the page is refused at it."""
    page = PAGE.replace("Lunch Break (12:30 - 14:00)", "Lunch Break (ends 12:30 - 14:00 or so)")
    with pytest.raises(PageError, match="holds a time") as caught:
        read_page(page, year=2017)
    assert caught.value.line == 8
