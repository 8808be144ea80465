"""A heading per item, its range after the title with the range's zone and weekday:
"### Break *12:00 - 12:30 UTC-4 (Monday)*" (MIDL 2020's programme, JA/03, measured blind:
the page had been "no program" at all). The zone is checked as a time cell's is, and the
weekday against the day the row falls on; a room in brackets after a range is no weekday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Scientific program

All times are Montreal time (ET = UTC-4).

## Monday July 6, 2020

### Openings + Prizes *8:00 - 8:30 UTC-4 (Monday)*

### Oral Session #1 - Uncertainty *8:30 - 9:30 UTC-4 (Monday)*

Some papers of the session.

### Break *9:30 - 10:00 UTC-4 (Monday)*
"""


def test_each_heading_is_an_item_at_its_range() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in items] == [
        ("Openings + Prizes", dt.time(8), dt.time(8, 30)),
        ("Oral Session #1 - Uncertainty", dt.time(8, 30), dt.time(9, 30)),
        ("Break", dt.time(9, 30), dt.time(10)),
    ]
    assert all(i.start.utcoffset() == dt.timedelta(hours=-4) for i in items)


def test_a_weekday_that_is_not_the_rows_day_is_an_error() -> None:
    with pytest.raises(PageError, match="Tuesday") as caught:
        read_page(PAGE.replace("10:00 UTC-4 (Monday)", "10:00 UTC-4 (Tuesday)"))
    assert caught.value.line == 13


def test_a_zone_that_is_not_the_pages_is_an_error() -> None:
    with pytest.raises(PageError, match=r"not the stated UTC\+02:00") as caught:
        read_page(PAGE.replace("10:00 UTC-4 (Monday)", "10:00 UTC+2 (Monday)"))
    assert caught.value.line == 13
