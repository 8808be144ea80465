"""Two readings a person makes without a second thought.

"11:30am - 12:00am" in a morning is a talk that ends at noon, written with the morning's
am (a Euro-Par workshop's page measured blind, GB/01, had it, then "12:00am - 12:20pm");
read as midnight it ended before it started and the page was refused.

A date given (``date=``) for a table with no date above it dates the table, also when
the page names a date further down: that date is asked about only when none is given
(before, the error asked for ``date=`` and then refused the page with it)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Tasks Workshop\n\nDate: Monday August 30, 2021\n\nAll times are in Lisbon time.\n\n"


def test_a_morning_talk_that_ends_at_twelve_am_ends_at_noon() -> None:
    page = HEAD + (
        "* 10:50am - 11:30am, Paper 1: Zero Copies\n"
        "* 11:30am - 12:00am, Paper 2: Task Graphs\n"
        "* 12:00am - 12:20pm, Paper 3: Granularity\n"
        "* 12:30pm - 1:30pm, Lunch Break\n"
    )
    reading = read_page(page)
    walls = [(i.start.time(), i.end.time()) for i in reading.program.items]
    assert walls[1:3] == [(dt.time(11, 30), dt.time(12, 0)), (dt.time(12, 0), dt.time(12, 20))]
    assert any(
        "would end at midnight: read as ending at 12:00, noon" in w.message
        for w in reading.warnings
    )


def test_an_evening_item_to_twelve_am_still_ends_at_midnight() -> None:
    page = HEAD + "* 9:00pm - 10:00pm, Dinner\n* 10:00pm - 12:00am, Night Hack\n"
    items = read_page(page).program.items
    assert items[1].end == dt.datetime(2021, 8, 31, 0, 0, tzinfo=items[1].end.tzinfo)


TABLE = "| Time | Talk |\n|---|---|\n| 08:00 - 08:45 | Part 1 |\n| 08:45 - 10:00 | Part 2 |\n"
BELOW = (
    "\n## The live course\n\nThe course was first given at a conference on Tuesday, "
    "March 1st, 2022, in Lausanne.\n"
)


def test_a_date_given_dates_a_table_with_a_date_only_below_it() -> None:
    page = "# Verifying Programs\n\n" + TABLE + BELOW
    with pytest.raises(PageError, match="no date found for this table"):
        read_page(page, timezone="Europe/Zurich")
    items = read_page(page, timezone="Europe/Zurich", date=dt.date(2022, 3, 8)).program.items
    assert items[0].start.date() == dt.date(2022, 3, 8)
