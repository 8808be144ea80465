"""A ditto mark in a timetable's cell: the talk above goes on, no item of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

GRID = """## Lake Country Planetary Meeting

| Schedule | Thursday | Friday |
| -------- | -------- | ------ |
| 9:55 | Announcements | Announcements |
| 10:00 | Hana Kirby | Olu Adeyemi |
| 10:15 | Ravi Menon | " " |
| 10:30 | Ines Dahl | Cato Ferris |
| 11:00 | Coffee | Coffee |
| 11:30 | End | End |
"""


def test_a_ditto_mark_continues_the_talk_above_it() -> None:
    reading = read_page(GRID, date=dt.date(2024, 11, 7), timezone="Australia/Brisbane")
    friday = [i for i in reading.program.items if i.start.date() == dt.date(2024, 11, 8)]
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in friday] == [
        ("09:55", "10:00", "Announcements"),
        ("10:00", "10:30", "Olu Adeyemi"),
        ("10:30", "11:00", "Cato Ferris"),
        ("11:00", "11:30", "Coffee"),
    ]
    assert any("read '\" \"' as 'Olu Adeyemi' going on" in str(w) for w in reading.warnings)


@pytest.mark.parametrize("mark", ['"', "〃", "↓", "ditto", "do."])
def test_every_ditto_mark_is_read_so(mark: str) -> None:
    page = GRID.replace('" "', mark)
    reading = read_page(page, date=dt.date(2024, 11, 7), timezone="Australia/Brisbane")
    assert mark not in [i.title for i in reading.program.items]


def test_a_ditto_under_nothing_it_can_continue_is_refused_at_its_line() -> None:
    page = GRID.replace(
        "| 9:55 | Announcements | Announcements |", '| 9:55 | Announcements | " " |'
    )
    with pytest.raises(PageError) as caught:
        read_page(page, date=dt.date(2024, 11, 7), timezone="Australia/Brisbane")
    assert caught.value.line == 5
    assert "the same as above" in str(caught.value)
