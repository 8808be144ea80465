"""A weekday in brackets after the day ("December 11 (Monday)", "18th (Saturday) October
2025") and an affiliation in brackets on the line under a speaker's name
("Prof. Lizy John<br><i>(UT Austin)</i>")."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.page._blocks import Cell
from fastpath_ical.page._clock import find_date
from fastpath_ical.page._people import read_people

PAGE = """# Workshop on Systems for Health 2025

- **Workshop Date:** 18th (Saturday) October 2025
- **Place:** Seoul. All times are KST.

<table>
  <thead><tr><th>Time</th><th>Speaker</th><th>Title</th></tr></thead>
  <tbody>
    <tr><td>13:00–13:20</td><td>Prof. Mina Park<br><i>(Example National University)</i></td>
        <td>Sensing at the Edge</td></tr>
    <tr><td>13:20–13:40</td><td>Dr. Tomas Berg<br><i>(UT Austin)</i></td>
        <td>Wearables that Listen</td></tr>
  </tbody>
</table>
"""


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("18th (Saturday) October 2025", None, dt.date(2025, 10, 18)),
        ("December 11 (Monday), 2023", None, dt.date(2023, 12, 11)),
        ("**Date:** December 11 (Monday)", 2023, dt.date(2023, 12, 11)),
        ("Room 12 (Monday) 2023", 2023, None),
    ],
)
def test_a_weekday_in_brackets_after_the_day(
    text: str, year: int | None, expected: dt.date | None
) -> None:
    found = find_date(text, year=year)
    assert (found.date if found else None) == expected
    if found is not None:
        assert found.weekday in ("Saturday", "Monday")


def test_the_page_reads_on_its_bracketed_weekday_date() -> None:
    items = read_page(PAGE).program.items
    assert [i.start.astimezone(dt.UTC) for i in items] == [
        dt.datetime(2025, 10, 18, 4, 0, tzinfo=dt.UTC),
        dt.datetime(2025, 10, 18, 4, 20, tzinfo=dt.UTC),
    ]
    assert [(p.name, p.affiliation) for i in items for p in i.people] == [
        ("Mina Park", "Example National University"),
        ("Tomas Berg", "UT Austin"),
    ]


def test_a_bracketed_weekday_that_is_not_the_days_is_refused() -> None:
    with pytest.raises(PageError, match="Friday does not match 2025-10-18"):
        read_page(PAGE.replace("(Saturday)", "(Friday)"))


@pytest.mark.parametrize(
    ("raw", "affiliation"),
    [
        ("Ann Lee<br>(UT Austin)", "UT Austin"),
        ("Ann Lee<br><i>(Hanyang University)</i>", "Hanyang University"),
        ("Ann Lee<br>(KAIST)", "KAIST"),
        # Notes in brackets say how or when she speaks, not where she works.
        ("Ann Lee<br>(moderator)", None),
        ("Ann Lee<br>(TBC)", None),
        ("Ann Lee<br>(Part 2)", None),
        ("Ann Lee<br>(online)", None),
    ],
)
def test_an_affiliation_in_brackets_on_the_line_under_a_name(
    raw: str, affiliation: str | None
) -> None:
    people, _ = read_people(Cell(raw=raw, line=1, column=1), None, [])
    assert [(p.name, p.affiliation) for p in people] == [("Ann Lee", affiliation)]
