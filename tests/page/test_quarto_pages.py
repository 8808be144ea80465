"""Quarto (Pandoc) pages: fenced divs, a table's attributes, day headings with spaced
numeric dates; and a title before a time range that has no separator of its own."""

from __future__ import annotations

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
    # "Lecture 1 10:00-11:00" had been "Lecture 1 10" from midnight to 11:00.
    page = (
        "# W\n\nMonday, March 16, 2026 (times in CET)\n\n**Opening** 9:30-10:00\n\n"
        "**Lecture 1** 10:00-11:00\n\n**Coffee break** 11:00-11:30\n"
    )
    with pytest.raises(PageError, match="no program"):
        read_page(page)
