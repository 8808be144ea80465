"""A weekday that does not match a date the page has stated already ("Date: 6 November
2023", then "Friday, 6 November 2023" over the schedule, a Monday) is a slip in the
weekday, warned; a weekday that matches no date stated is the error it was (a CoRL
workshop page measured blind, EB/01, had this shape)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

TABLE = "| Time | Event |\n|---|---|\n| 09:00 - 09:30 | Welcome |\n| 09:30 - 10:00 | Talk |\n"


def test_a_weekday_slip_under_a_stated_date_is_warned() -> None:
    page = (
        "# Robots Workshop\n\n**Date:** 6 November 2023\n\n## Schedule\n\n"
        "Friday, 6 November 2023. All times are in Eastern Time.\n\n" + TABLE
    )
    reading = read_page(page)
    assert reading.program.items[0].start.date().isoformat() == "2023-11-06"
    assert any("does not match 2023-11-06" in w.message for w in reading.warnings)


def test_a_weekday_that_matches_no_stated_date_is_an_error() -> None:
    page = "# Robots Workshop\n\nFriday, 6 November 2023. All times are in Eastern Time.\n\n"
    with pytest.raises(PageError, match="Friday does not match 2023-11-06"):
        read_page(page + TABLE)
