"""A course's days as headings of a weekday and a day of the month, no month ("#####
**Thursday 15th**", an RNA-seq course's page measured blind, GC/01): the day that
follows the program's first date and is both.  Before stop 39 the headings were passed
over and every day's rows read as the first day's (refused as rows listed twice).  Its
last line, "**18.00-** Course dinner", a start in bold with an open dash, is titled
"Course dinner" (before, the emphasis marks were left in the title)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

PAGE = (
    "# RNA-seq Course\n\nUmeå, 14-16 November 2018\n\n"
    "#####  **Wednesday 14th**\nRoom: NA326  \n"
    "**09.00-09.15** Lecture: General introduction (Ann Lee)  \n"
    "**09.15-10.15** Lecture: Reads (Ann Lee)  \n\n"
    "#####  **Thursday 15th**\n"
    "**09:00-10.00** Lecture: Differential expression (Bo Ray)  \n"
    "**10.15-11.00** Lecture: Gene sets (Bo Ray)  \n"
    "**18.00-** Course dinner  \n"
)


def test_each_heading_is_its_day() -> None:
    reading = read_page(PAGE, end=dt.time(21, 0))
    days = [item.start.date() for item in reading.program.items]
    assert days == [dt.date(2018, 11, 14)] * 2 + [dt.date(2018, 11, 15)] * 3
    assert "'Thursday 15th' has no month: read as Thursday, November 15, 2018" in [
        w.message for w in reading.warnings
    ]


def test_a_start_in_bold_with_an_open_dash() -> None:
    last = read_page(PAGE, end=dt.time(21, 0)).program.items[-1]
    assert last.title == "Course dinner"
    assert (last.start.hour, last.end.hour) == (18, 21)


def test_a_weekday_that_is_not_that_day_is_an_error() -> None:
    page = PAGE.replace("Thursday 15th", "Friday 15th")
    with pytest.raises(PageError, match="'Friday 15th' is no day in the month after 2018-11-14"):
        read_page(page, end=dt.time(21, 0))


def test_a_garbled_time_among_timed_lines_is_an_error_not_a_lost_line() -> None:
    # "- 11:12:30 Round Table" (for 11:00 - 12:30, a summer school's page, GC/02): no time
    # reads it, and between two rows it was lost without a word before stop 39.
    page = (
        "# Day 1: 02 July 2024, Edinburgh\n\n## Schedule\n\n- 10:30-11:00 Break\n"
        "- 11:12:30 **DH at Edinburgh**: a round table (Ed Mac, Al Pis)\n- 12:30-13:30 Lunch\n"
    )
    with pytest.raises(PageError, match="starts with '11:12:30', which reads as no time or range"):
        read_page(page)


def test_numbered_days_with_a_month_and_day_in_a_nested_list() -> None:
    # "- **Day 1, Aug 07, MON**" over its times (a hackathon's page measured blind, HB/04),
    # a sponsorship table below with "£500" and "£1000": no program, and no times.
    page = (
        "# Knowledge Hackathon\n\nAugust 07 - 10, 2023, London, UK\n\n## Agenda\n\n"
        "- **Day 1, Aug 07, MON**\n  - 09:00 Registration opens\n  - 09:30 Introduction\n"
        "  - 17:00 End of Day 1\n"
        "- **Day 2, Aug 08, TUE**\n  - 09:30 Stand up\n  - 09:45 Group work\n"
        "  - 17:00 End of Day 2\n\n"
        "## Sponsorship\n\n| Package | Contents | Price |\n| :-: | --- | :-: |\n"
        "| Bronze | Your logo on: <br/>• The website<br/>• The slides | £500 |\n"
        "| Silver | All of Bronze, plus a talk | £1000 |\n"
    )
    items = read_page(page).program.items
    assert [(i.start.date().day, i.title) for i in items] == [
        (7, "Registration opens"),
        (7, "Introduction"),
        (8, "Stand up"),
        (8, "Group work"),
    ]


def test_a_version_number_among_timed_lines_is_no_time() -> None:
    page = (
        "# Lab Day\n\nJune 3, 2024, Boston\n\n- 09:00-10:00 Welcome\n"
        "- 3.12.1 or later is required for the lab\n- 10:00-11:00 Lab\n- 11:00-11:30 Break\n"
    )
    items = read_page(page).program.items
    assert [(i.start.hour, i.title) for i in items] == [(9, "Welcome"), (10, "Lab"), (11, "Break")]
