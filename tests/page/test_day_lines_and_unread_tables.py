"""A day's line between two days' lists starts the next day; a table beside the program
whose rows start with times but which cannot be read is an error, not left out."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Get-together, Nov 30 - Dec 2, 2020\n\nAll times are in Central European Time.\n\n"


@pytest.mark.parametrize(
    "day", ["Tuesday, 1 December:", "Tuesday, December 1st", "December 1", "Tue 1 Dec"]
)
def test_a_plain_day_line_between_lists_starts_the_next_day(day: str) -> None:
    page = (
        f"{HEAD}Monday, November 30th:\n\n* 9:00 **Talks**\n* 10:00 Close\n\n"
        f"{day}\n\n* 9:00 **Talks**\n* 10:00 Coffee\n* 11:00 Close\n"
    )
    items = read_page(page).program.items
    assert [(i.start.isoformat(), i.title) for i in items] == [
        ("2020-11-30T09:00:00+01:00", "Talks"),
        ("2020-12-01T09:00:00+01:00", "Talks"),
        ("2020-12-01T10:00:00+01:00", "Coffee"),
    ]


def test_a_timetable_the_reader_cannot_read_is_not_left_out() -> None:
    page = (
        f"{HEAD}|  | Monday | Tuesday |\n|---|---|---|\n"
        "| **Week 1 (November 30 - December 4)** |\n"
        "| 9:00 - 10:30 | Ann Lee | Bo Ray |\n| *Coffee break*\n"
        "| 11:00 - 12:00 | Cy Dee | Di Fox |\n\n"
        "## Contributed talks\n\nMonday, November 30th\n\n"
        "* 15:30-15:55: Ed Gale: Verified roots\n* 16:00-16:25: Fay Hu: Lean rationals\n"
    )
    with pytest.raises(PageError, match="rows start with times, beside the program") as caught:
        read_page(page)
    assert caught.value.line == 5


@pytest.mark.parametrize("second", ["Room", "Location", "Link"])
def test_a_room_plan_beside_the_program_is_no_timetable(second: str) -> None:
    page = (
        f"{HEAD}Monday, November 30th\n\n- 9:00-10:00 Opening\n"
        "- 10:00-12:00 Lightning talks\n- 13:00-17:00 Hacking\n\nRoom bookings:\n\n"
        f"| Time | {second} |\n|---|---|\n| 9:00-12:00 | Aula |\n| 13:00-17:00 | Lab 2 |\n"
    )
    titles = [i.title for i in read_page(page).program.items]
    assert titles == ["Opening", "Lightning talks", "Hacking"]
