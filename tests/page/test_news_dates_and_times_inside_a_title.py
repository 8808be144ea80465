"""Two silent misreads of the blind sets EC and EA (a SIGIR and an ICLR workshop).

A list of dated news below the line that dates the program ("- 14 June 2025: The test
data is available!") had given the table under it that day, a month before the workshop;
a cell listing five talks each with its own times ("Spotlight Session:<br>*10:30 - 10:40
Title* *10:40 - 10:50 Title* ...") had become one item titled with all of them.  Each test
fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page


def test_a_list_of_dated_news_gives_no_day_to_the_program() -> None:
    page = (
        "# Simulation workshop\n\n"
        "Join us at the conference in Padua, Italy on July 17, 2025.\n\n"
        "## Updates\n\n"
        "- 27 June 2025: The run files deadline moves to July 4, 2025.\n"
        "- 14 June 2025: The **[test data](https://data.example/)** is available! More soon.\n"
        "- 16 May 2025: We released the training data.\n\n"
        "## Schedule\n\n"
        "| Time | Agenda |\n|---|---|\n"
        "| 9:00-9:15 | Welcome |\n| 9:15-10:00 | Keynote |\n"
    )
    reading = read_page(page)
    assert {item.start.date() for item in reading.program.items} == {dt.date(2025, 7, 17)}
    assert any("list entry of news" in warning.message for warning in reading.warnings)


def test_a_cell_of_talks_with_their_own_times_is_refused_at_its_row() -> None:
    page = (
        "# Code workshop\n\nApril 28, 2025. All times are Singapore time (Asia/Singapore).\n\n"
        "| Time | Session |\n|---|---|\n"
        "| 10:00 - 10:30 | Opening |\n"
        "| 10:30 - 11:00 | Spotlight Session:<br>*10:30 - 10:40 Bench: Can Models Rebuild?* "
        "*10:40 - 10:50 Hawk: Kernel Tuning* *10:50 - 11:00 Dev: Completion Models* |\n"
        "| 11:00 - 11:30 | Break |\n"
    )
    with pytest.raises(PageError, match="times of its own") as raised:
        read_page(page)
    assert raised.value.line == 8


def test_a_cell_listing_talks_with_their_own_times_is_refused_at_its_row() -> None:
    # From EC/01 (a KDD workshop's HTML table): the session's talks had been left in its
    # description, no event of the feed.
    page = (
        "# RAG workshop\n\nAugust 27, 2024, in Barcelona, Spain.\n\n"
        "<table><tbody>\n"
        "<tr> <td>10:30–11:00</td> <td>Coffee</td></tr>\n"
        "<tr> <td>11:00–12:00</td> <td>Session 1\n<ul>\n"
        "<li>[11:00–11:30] Opening remarks</li>\n"
        "<li>[11:30–12:00] Keynote talk 1</li>\n"
        "</ul>\n</td></tr>\n"
        "<tr> <td>12:00–13:00</td> <td>Lunch</td></tr>\n"
        "</tbody></table>\n"
    )
    with pytest.raises(PageError, match="times of their own") as raised:
        read_page(page)
    assert raised.value.line == 7
