"""A day's first row that only says the day starts, at the time the row below it starts."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Course\n\nMonday, April 4, 2022. All times are Europe/Zurich.\n\n"
TABLE = "| start | end | subject |\n|---|---|---|\n"


def _read(rows: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    reading = read_page(HEAD + TABLE + rows)
    items = [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in reading.program.items]
    return items, [str(w) for w in reading.warnings]


def test_a_course_start_above_the_first_session_is_no_item() -> None:
    items, warnings = _read(
        "| 9:30 | --- | Course start |\n| 9:30 | 11:00 | Linux |\n| 11:00 | 11:15 | BREAK |\n"
    )
    assert items == [("09:30", "11:00", "Linux"), ("11:00", "11:15", "BREAK")]
    assert any("'Course start' only says when the day starts" in w for w in warnings)
    assert not any("parallel" in w for w in warnings)


def test_only_the_days_first_row_is_read_as_its_start() -> None:
    first = "| 9:00 | | Start of the workshop |\n| 9:00 | 10:00 | Talk A |\n"
    assert _read(first)[0] == [("09:00", "10:00", "Talk A")]
    # Not the day's first row: an item as before, the last of the day without an end.
    with pytest.raises(PageError, match="'Session starts', the last item of the day"):
        _read(first + "| 10:00 | | Session starts |\n| 10:00 | 11:00 | Talk B |\n")


def test_a_start_that_lasts_or_has_a_link_or_comes_before_the_next_is_an_item() -> None:
    items, _ = _read("| 9:30 | 9:45 | Course start |\n| 9:45 | 11:00 | Linux |\n")
    assert items[0] == ("09:30", "09:45", "Course start")
    items, _ = _read("| 9:00 | | Workshop begins |\n| 9:30 | 11:00 | Linux |\n")
    assert items[0] == ("09:00", "09:30", "Workshop begins")
    with pytest.raises(PageError, match="'Course start'"):
        _read("| 9:30 | | [Course start](https://example.org/s) |\n| 9:30 | 11:00 | Linux |\n")


def test_a_start_with_a_note_of_its_own_is_kept() -> None:
    # "Doors open at 9:30, bring your laptop": the row says more than when the day starts.
    page = (
        HEAD + "| start | end | subject | note |\n|---|---|---|---|\n"
        "| 10:00 | | Hackathon starts | Doors open at 9:30 |\n"
        "| 10:00 | 10:30 | Kick-off | |\n"
    )
    reading = read_page(page, end=dt.time(18, 0))
    assert "Hackathon starts" in [item.title for item in reading.program.items]
