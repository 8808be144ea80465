# ruff: noqa: E501
"""A table that sets the morning and the afternoon side by side, "| Morning | Event |
Afternoon | Event |" (a NeurIPS workshop page measured blind, FA/07, had this shape: read
as one table, its afternoon was extra text and five items were lost without a word)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = """# Brain Workshop

The workshop will be held on Sat 14 Dec 2024 in Vancouver.

"""

HALVES = """<table>
  <tr><th>Morning Schedule</th><th>Event</th><th>Afternoon Schedule</th><th>Event</th></tr>
  <tr><td>08:15 – 08:25</td><td>Opening Remarks</td><td>12:15 – 13:25</td><td>Lunch Break</td></tr>
  <tr><td>08:25 – 09:10</td><td>Spotlight Talks</td><td>13:25 – 15:10</td><td>Keynotes</td></tr>
  <tr><td>09:10 – 09:30</td><td>Coffee Break</td><td>15:10 – 15:30</td><td>Closing Remarks</td></tr>
  <tr><td>09:30 – 12:15</td><td>Panel Discussion</td><td>15:30 – 17:30</td><td>Poster Session</td></tr>
</table>
"""


def _items(page: str) -> list[tuple[str, str]]:
    return [
        (f"{item.start:%H:%M}-{item.end:%H:%M}", item.title)
        for item in read_page(page).program.items
    ]


def test_each_half_is_read_the_left_one_first() -> None:
    assert _items(HEAD + HALVES) == [
        ("08:15-08:25", "Opening Remarks"),
        ("08:25-09:10", "Spotlight Talks"),
        ("09:10-09:30", "Coffee Break"),
        ("09:30-12:15", "Panel Discussion"),
        ("12:15-13:25", "Lunch Break"),
        ("13:25-15:10", "Keynotes"),
        ("15:10-15:30", "Closing Remarks"),
        ("15:30-17:30", "Poster Session"),
    ]


def test_halves_at_the_same_hours_are_refused_not_merged() -> None:
    page = HEAD + (
        "| Time | Talk | Time | Talk |\n|---|---|---|---|\n"
        "| 09:00 - 09:30 | Room A talk | 09:00 - 09:30 | Room B talk |\n"
        "| 09:30 - 10:00 | Room A second | 09:30 - 10:00 | Room B second |\n"
    )
    with pytest.raises(PageError, match="side by side at the same hours") as raised:
        read_page(page)
    assert (raised.value.line, raised.value.column) == (5, 17)


def test_an_end_column_after_the_title_is_no_second_half() -> None:
    page = HEAD + (
        "| Start | Title | End | Speaker |\n|---|---|---|---|\n"
        "| 09:00 | Talk One | 09:30 | Ann Lee |\n"
        "| 09:30 | Talk Two | 10:00 | Bo Ray |\n"
    )
    assert _items(page) == [("09:00-09:30", "Talk One"), ("09:30-10:00", "Talk Two")]


def test_one_program_in_two_zones_side_by_side_is_read_once() -> None:
    page = HEAD + (
        "| Time | Talk | UTC | Talk |\n|---|---|---|---|\n"
        "| 09:00 - 10:00 | Keynote: Ann Lee | 07:00 - 08:00 | Keynote: Ann Lee |\n"
        "| 10:00 - 11:00 | Orals | 08:00 - 09:00 | Orals |\n"
    )
    assert [title for _, title in _items(page)] == ["Keynote", "Orals"]


def test_a_table_with_no_names_is_no_pair_of_halves() -> None:
    # Start, title, end, speaker with no header: one item a row, as before.
    page = HEAD + (
        "<table>\n"
        "<tr><td>9:00</td><td>Opening Remarks</td><td>9:30</td><td>Ann Lee</td></tr>\n"
        "<tr><td>9:30</td><td>Learning to Probe</td><td>10:15</td><td>Bob Stone</td></tr>\n"
        "<tr><td>10:15</td><td>Robust Agents</td><td>11:00</td><td>Carl Wu</td></tr>\n"
        "</table>\n"
    )
    items = read_page(page, end=dt.time(11)).program.items
    assert [item.title for item in items] == [
        "Opening Remarks",
        "Learning to Probe",
        "Robust Agents",
    ]


def test_afternoon_halves_without_pm_are_halves() -> None:
    page = HEAD + (
        "| Morning | Event | Afternoon | Event |\n|---|---|---|---|\n"
        "| 9:00 - 10:00 | Opening Talk | 1:00 - 2:00 | Lunch Talk |\n"
        "| 10:00 - 12:00 | Orals | 2:00 - 3:00 | Posters |\n"
    )
    assert _items(page) == [
        ("09:00-10:00", "Opening Talk"),
        ("10:00-12:00", "Orals"),
        ("13:00-14:00", "Lunch Talk"),
        ("14:00-15:00", "Posters"),
    ]
