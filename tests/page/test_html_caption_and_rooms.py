"""An HTML table whose first header row is the day ("Friday, October 7th, 2022" across
the table) over "Time | Ballroom | Workshops", with talks spanning two half-hour rows
(a page measured blind, ZZ/03, had this shape)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Harbor Security Day

All times are Pacific Time.

<table>
<thead>
<tr><th colspan=3>Friday, October 7th, 2022</th></tr>
<tr><th>Time</th><th><a href="/talks">Ballroom</a></th><th>Workshops</th></tr>
</thead>
<tr><td><b>9:00</b></td><td colspan=2><b>Doors Open</b></td></tr>
<tr><td><b>9:30</b></td><td rowspan=2>Fuzzing Printers</td><td rowspan=4>Lockpicking</td></tr>
<tr><td><b>10:00</b></td></tr>
<tr><td><b>10:30</b></td><td>The Ace is the Place - Stealthy LDAP Domain Reconnaissance</td></tr>
<tr><td><b>11:00</b></td><td>Closing Remarks</td></tr>
<tr><td><b>11:30</b></td><td colspan=2>Doors Close</td></tr>
</table>
"""


def _items(page: str = PAGE) -> list[tuple[str, str, str, str | None]]:
    return [
        (f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title, dict(i.extra).get("Track"))
        for i in read_page(page).program.items
    ]


def test_the_day_in_a_header_row_across_the_table_dates_it() -> None:
    reading = read_page(PAGE)
    assert reading.program.date.isoformat() == "2022-10-07"


def test_a_room_and_a_stream_of_workshops_are_tracks_and_a_cell_spanning_rows_is_one_item() -> None:
    assert _items() == [
        ("09:00", "09:30", "Doors Open", None),
        ("09:30", "10:30", "Fuzzing Printers", "Ballroom"),
        ("09:30", "11:30", "Lockpicking", "Workshops"),
        (
            "10:30",
            "11:00",
            "The Ace is the Place - Stealthy LDAP Domain Reconnaissance",
            "Ballroom",
        ),
        ("11:00", "11:30", "Closing Remarks", "Ballroom"),
    ]


def test_a_table_with_no_day_row_is_still_refused_for_no_date() -> None:
    with pytest.raises(PageError, match="no date"):
        read_page(PAGE.replace("<tr><th colspan=3>Friday, October 7th, 2022</th></tr>\n", ""))


SPANNED = """# Harbor Day

Friday, October 7th, 2022. All times are Pacific Time.

<table>
<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>9:00</td><td>Doors Open</td><td></td></tr>
<tr><td>9:30</td><td rowspan=2>Fuzzing Printers</td><td rowspan=2>Mira Holm</td></tr>
<tr><td>10:00</td></tr>
<tr><td>10:30</td><td>Closing Remarks</td><td></td></tr>
<tr><td>11:00</td><td>End</td><td></td></tr>
</table>
"""


def test_a_talk_spanning_two_rows_of_times_is_one_item_not_two() -> None:
    assert [
        (f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title, [p.name for p in i.people])
        for i in read_page(SPANNED).program.items
    ] == [
        ("09:00", "09:30", "Doors Open", []),
        ("09:30", "10:30", "Fuzzing Printers", ["Mira Holm"]),
        ("10:30", "11:00", "Closing Remarks", []),
    ]


def test_a_row_under_a_spanning_title_with_a_speaker_of_its_own_is_its_own_row() -> None:
    page = SPANNED.replace(
        "<td rowspan=2>Mira Holm</td></tr>\n<tr><td>10:00</td></tr>",
        "<td>Mira Holm</td></tr>\n<tr><td>10:00</td><td>Ole Brandt</td></tr>",
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items[1:3]] == [
        ("Fuzzing Printers", ["Mira Holm"]),
        ("Fuzzing Printers", ["Ole Brandt"]),
    ]
