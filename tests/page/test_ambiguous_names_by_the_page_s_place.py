"""An ambiguous zone name settled by the page's own place, and "End of tutorial" as the
day's end (from the blind set CA).

"All times are listed in CST" on a page at a Chicago hotel had
been refused as ambiguous (US Central, China or Cuba); "IST" beside Bengaluru too.  A
person reads the place's zone, as the reader now does, with a warning.  Each test fails
on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = "\n\n| Time | Title |\n|---|---|\n| 09:00 AM | Opening |\n| 09:30 AM | Talk |\n"


@pytest.mark.parametrize(
    ("place", "said", "zone"),
    [
        ("Hyatt Regency, Chicago, IL", "CST", "America/Chicago"),
        ("Bengaluru", "IST", "Asia/Kolkata"),
        ("Dublin, Ireland", "IST", "Europe/Dublin"),
    ],
)
def test_an_ambiguous_name_is_the_zone_of_the_page_s_place(
    place: str, said: str, zone: str
) -> None:
    page = (
        f"# Tutorial\n\nMonday, 18 December 2023 · {place}\n\n*All times are listed in {said}*."
        + TABLE
        + "| 10:00 AM | *End of tutorial* |\n"
    )
    reading = read_page(page)
    assert str(reading.program.timezone) == zone
    assert any(zone in str(warning) for warning in reading.warnings)
    # "End of tutorial" ends the day: the talk before it ends then, and is the last item.
    assert reading.program.items[-1].end.time() == dt.time(10, 0)


def test_a_place_that_keeps_none_of_the_name_s_zones_leaves_it_ambiguous() -> None:
    page = "# Tutorial\n\nMonday, 18 December 2023 · Berlin\n\nAll times are in CST." + TABLE
    with pytest.raises(PageError, match="ambiguous"):
        read_page(page)
