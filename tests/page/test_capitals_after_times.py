"""Capitals after a time that no zone goes by are words of the title ("14:00 – 14:20 HIP
exercises", "10:00 NLP tutorial", "13:00 LUNCH"), never the times' zone: they had been
dropped from the title without a word."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.page._clock import parse_time_range

PAGE = """# GPU course

Monday, April 15, 2024. All times CEST.

- 14:00 – 14:20 HIP exercises
- 14:20 – 15:00 NLP tutorial
- 15:00 – 16:00 LUNCH
"""


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("14:00 – 14:20 HIP exercises", None),
        ("9:00 - 10:00 NLP tutorial", None),
        ("13:00 LUNCH", None),
        ("9:00 - 10:00 EST Opening", "EST"),
        ("9:00 - 10:00 (PDT)", "PDT"),
        ("9:00 - 10:00 IST", "IST"),
    ],
)
def test_only_a_zones_name_after_a_time_is_its_zone(text: str, zone: str | None) -> None:
    found = parse_time_range(text)
    assert found is not None
    last = found.end or found.start
    assert last.zone == zone


def test_the_capitals_stay_in_the_titles() -> None:
    items = read_page(PAGE).program.items
    assert [i.title for i in items] == ["HIP exercises", "NLP tutorial", "LUNCH"]


def test_capitals_left_in_a_time_cell_are_refused() -> None:
    page = """# W

Monday, April 15, 2024. All times CEST.

| Time | Title |
|---|---|
| 14:00-14:20 HIP | Exercises |
| 14:20-15:00 | More |
"""
    with pytest.raises(PageError, match="could not read 'HIP' after the time"):
        read_page(page)
