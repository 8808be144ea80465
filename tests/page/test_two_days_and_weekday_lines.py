"""Two days written with "and" or "&" ("February 20 and 21, 2021", "20 & 21 February
2021"), the next day's weekday alone in bold between the lines of a program
("**Sunday:**"), and "Closing of Day 1" as the day's end."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.page._clock import find_date

PAGE = """# Star Talks

**Date:**

February 20 and 21, 2021, from 1:00 - 4:00 PM EST.

# Schedule

**Saturday:**

1:00 - 1:10 PM: Introduction

1:10 - 1:40 PM: Galaxy Talk

**Sunday:**

1:00 - 1:20 PM: Industry Talk

1:20 - 2:00 PM: Workshop 1
"""


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("February 20 and 21, 2021, from 1:00 PM", dt.date(2021, 2, 20), dt.date(2021, 2, 21)),
        ("February 20 & 21, 2021", dt.date(2021, 2, 20), dt.date(2021, 2, 21)),
        ("20 and 21 February 2021", dt.date(2021, 2, 20), dt.date(2021, 2, 21)),
    ],
)
def test_two_days_joined_by_and(text: str, first: dt.date, last: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert (found.date, found.last) == (first, last)


def test_a_weekday_alone_in_bold_starts_the_next_day_of_the_lines() -> None:
    read = read_page(PAGE)
    assert [(i.start.isoformat(), i.title) for i in read.program.items] == [
        ("2021-02-20T13:00:00-05:00", "Introduction"),
        ("2021-02-20T13:10:00-05:00", "Galaxy Talk"),
        ("2021-02-21T13:00:00-05:00", "Industry Talk"),
        ("2021-02-21T13:20:00-05:00", "Workshop 1"),
    ]


def test_a_weekday_outside_the_days_given_is_refused() -> None:
    with pytest.raises(PageError, match="is no day from 2021-02-20 to 2021-02-21"):
        read_page(PAGE.replace("**Sunday:**", "**Tuesday:**"))


def test_closing_of_day_one_ends_the_day() -> None:
    page = (
        "# Hack Days\n\nSeptember 14, 2019. All times Europe/Prague.\n\n"
        "- 19:00 Dinner\n- 21:45 Closing of Day 1\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.end.strftime("%H:%M")) for i in items] == [("Dinner", "21:45")]
