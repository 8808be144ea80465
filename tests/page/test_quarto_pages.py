"""Quarto (Pandoc) pages: fenced divs, a table's attributes, day headings with spaced
numeric dates; and a title before a time range that has no separator of its own."""

from __future__ import annotations

import re

import pytest

from fastpath_ical import PageError, read_page

PAGE = """---
title: "Program"
---

::: {.centering}
# Monday 7. 9. 2026
:::

| Time | Talk |
|---|---|
| 10:00 - 11:00 | Force data: an overview |
| 11:00 - 12:00 | Bayesian approaches |

: {.hover .striped}

::: {.gray-text}
12:00 - 13:00 Lunch at the lab</br>
13:00 - 14:00 Walk to the harbour
:::
"""


def test_a_spaced_numeric_date_and_fenced_divs() -> None:
    # The day had been no date ("7. 9. 2026"), and the closing ":::" a word of the last
    # item's title.
    items = read_page(PAGE, timezone="Europe/Amsterdam").program.items
    assert [(f"{i.start:%Y-%m-%d %H:%M}-{i.end:%H:%M}", i.title) for i in items] == [
        ("2026-09-07 10:00-11:00", "Force data: an overview"),
        ("2026-09-07 11:00-12:00", "Bayesian approaches"),
        ("2026-09-07 12:00-13:00", "Lunch at the lab"),
        ("2026-09-07 13:00-14:00", "Walk to the harbour"),
    ]


def test_the_colon_inside_a_time_is_no_separator_after_a_title() -> None:
    # "Lecture 1 10:00-11:00" had been "Lecture 1 10" from midnight to 11:00; the whole
    # range as the line's last words is its time.
    page = (
        "# W\n\nMonday, March 16, 2026 (times in CET)\n\n**Opening** 9:30-10:00\n\n"
        "**Lecture 1** 10:00-11:00\n\n**Coffee break** 11:00-11:30\n"
    )
    assert [
        (f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in read_page(page).program.items
    ] == [
        ("09:30", "10:00", "Opening"),
        ("10:00", "11:00", "Lecture 1"),
        ("11:00", "11:30", "Coffee break"),
    ]


def test_a_time_inside_a_line_among_timed_lines_is_refused_at_that_line() -> None:
    """Neither first, nor last, nor in brackets: read as words of the line above, the
    lecture would be lost as an item."""
    page = (
        "# W\n\nMonday, March 16, 2026 (times in CET)\n\n**Opening** 9:30-10:00\n\n"
        "**Lecture 1** 10:00-11:00 in room B\n\n**Coffee break** 11:00-11:30\n"
    )
    with pytest.raises(
        PageError, match=re.escape("holds a time ('10:00-11:00') but is read as no item")
    ) as caught:
        read_page(page)
    assert caught.value.line == 7


def test_a_colon_right_before_a_whole_time_separates_the_title() -> None:
    # "Lunch:12:30-13:30" had been dropped with the rule above (a review found it).
    page = (
        "# W\n\nMonday, March 16, 2026 (times in CET)\n\n- Opening: 09:00-09:30\n"
        "- Session 1: 09:30-10:30\n- Lunch:12:30-13:30\n- Session 2: 13:30-15:00\n"
    )
    items = read_page(page).program.items
    assert [(f"{i.start:%H:%M}", i.title) for i in items] == [
        ("09:00", "Opening"),
        ("09:30", "Session 1"),
        ("12:30", "Lunch"),
        ("13:30", "Session 2"),
    ]


def test_the_last_day_of_a_dotted_range_is_not_its_first() -> None:
    # "7.–9. 9. 2026" had read as September 9, the days below it a week late.
    page = "# W\n\nPrague, 7.–9. 9. 2026 (times in CEST)\n\n| Time | Talk |\n|---|---|\n"
    with pytest.raises(PageError, match="date"):
        read_page(page + "| 10:00 - 11:00 | Talk |\n")


def test_a_dotted_date_after_a_dash_that_starts_no_range() -> None:
    page = "# W\n\n## Tag 1 - 7. 9. 2026\n\n| Time | Talk |\n|---|---|\n| 10:00 - 11:00 | Talk |\n"
    (item,) = read_page(page, timezone="Europe/Berlin").program.items
    assert f"{item.start:%Y-%m-%d}" == "2026-09-07"
