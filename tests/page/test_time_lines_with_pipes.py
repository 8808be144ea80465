"""Lines that start with a time and part their cells with pipes but do not start with
one (``08:50 | Welcome | Opening Remarks``) are rows of a table a reader of the page
sees however it renders: each cell is read as a cell, never a title that keeps the
pipes and the next cell in it (the reader kept them before stop 39)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Graph Workshop\n\nJune 3, 2024, Boston (all times EDT)\n\n## Schedule\n\n"


def test_time_lines_with_pipes_are_rows() -> None:
    page = HEAD + (
        "08:50 - 09:00 | Opening Remarks\n"
        "09:00 - 10:00 | Learning Things with Graphs | Ann Lee\n"
        "10:00 - 10:30 | Coffee Break |\n"
        "10:30 - 11:00 | Robust Scheduling at Scale | Bo Ray\n"
        "11:00 - 12:00 | Poster Session | Cy Dunn\n"
    )
    items = read_page(page).program.items
    assert [item.title for item in items] == [
        "Opening Remarks",
        "Learning Things with Graphs",
        "Coffee Break",
        "Robust Scheduling at Scale",
        "Poster Session",
    ]
    assert [[p.name for p in item.people] for item in items] == [
        [],
        ["Ann Lee"],
        [],
        ["Bo Ray"],
        ["Cy Dunn"],
    ]
    assert [item.start.astimezone(dt.UTC).hour for item in items] == [12, 13, 14, 14, 15]


def test_each_line_its_own_paragraph() -> None:
    page = HEAD + "09:00 | Welcome | Organizers\n\n10:00 | Keynote | Ann Lee\n\n11:00 | Lunch |\n"
    reading = read_page(page, end=dt.time(12, 0))
    assert [item.title for item in reading.program.items] == ["Welcome", "Keynote", "Lunch"]
    assert all("|" not in item.title for item in reading.program.items)


def test_a_line_with_words_before_its_first_pipe_stays_a_line() -> None:
    # "09:00 Welcome | Room 2": the time does not stand alone before the pipe, so the
    # lines are not rows of cells; they are read as lines, as before.
    page = HEAD + "09:00 Welcome | Room 2\n10:00 Lunch | Room 2\n11:00 Talk\n"
    with pytest.raises(PageError, match="'Talk', the last item of the day, has no end"):
        read_page(page)
