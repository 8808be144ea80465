# ruff: noqa: E501
"""A Component column beside a Title column that holds only a recording link, a colon typed
for a range's dash ("10:15:10:30"), and an HTML table whose first row is set in ``<th>``
cells though it is the program's first item, with start and end columns and no header
(two pages measured blind: BG/02 titled its opening and poster sessions by their links
and refused its break's row; BG/03 was refused for a table with "no Time column")."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

TABLE = """# Example Table Learning Workshop

December 2, 2026, New Orleans

| Time | Component | Speaker | Title |
| ---- | --------- | ------- | ----- |
| 08:30-08:45 | Opening notes |  | [<a href="https://video.example.org/1" target="blank"><b>recording</b></a>] |
| 08:45-09:30 | Keynote 1 | Rosa Ibarra | Tables Are Data Too <br> [<a href="https://video.example.org/2"><b>recording</b></a>] |
| 10:15:10:30 | **Break** |  |  |
| 10:30-11:15 | Poster session 1 | - | <a href="https://example.org/accepted-papers.html" target="blank">Accepted papers</a> |
| 11:15-11:30 | Closing notes |  | |
"""


def test_a_title_cell_of_material_alone_leaves_the_component_to_name_the_item() -> None:
    items = read_page(TABLE).program.items
    assert items[0].title == "Opening notes"
    assert [link.url for link in items[0].links] == ["https://video.example.org/1"]
    assert items[1].title == "Tables Are Data Too"
    assert items[1].kind.value == "keynote"


def test_a_link_to_the_accepted_papers_is_no_title() -> None:
    poster = read_page(TABLE).program.items[3]
    assert poster.title == "Poster session 1"
    assert [link.url for link in poster.links] == ["https://example.org/accepted-papers.html"]


def test_a_colon_typed_for_the_dash_is_a_range_with_a_warning() -> None:
    reading = read_page(TABLE)
    brk = reading.program.items[2]
    assert (brk.start.hour, brk.start.minute, brk.end.hour, brk.end.minute) == (10, 15, 10, 30)
    assert any("read '10:15:10:30' as '10:15 - 10:30'" in str(w) for w in reading.warnings)


def test_a_colon_between_times_going_backwards_is_no_range() -> None:
    page = TABLE.replace("10:15:10:30", "10:30:10:15")
    with pytest.raises(PageError, match="expected a time in this row") as caught:
        read_page(page)
    assert caught.value.line == 9


HTML = """---
title: Program
---
Example Trust Day 2026 will take place on **August 17, 2026, 8:30am-12:00pm EDT**.

<table class="tg">
<tbody>
  <tr>
    <th class="x">8:30am</th>
    <th class="x">8:40am</th>
    <th class="x">Opening Remarks</th>
    <th class="x"></th>
  </tr>
  <tr>
    <td>8:40am</td>
    <td>9:40am</td>
    <td>Keynote #1</td>
    <td><a href="https://people.example.org/lena">Lena Haas</a> (Example Institute)</td>
  </tr>
  <tr>
    <td>9:40am</td>
    <td>10:00am</td>
    <td>Coffee Break</td>
    <td></td>
  </tr>
  <tr>
    <td>10:00am</td>
    <td>12:00pm</td>
    <td>Panel Discussion</td>
    <td></td>
  </tr>
</tbody>
</table>
"""


def test_a_first_row_of_th_cells_holding_a_time_is_the_first_item() -> None:
    reading = read_page(HTML)
    items = reading.program.items
    assert [item.title for item in items] == [
        "Opening Remarks",
        "Keynote #1",
        "Coffee Break",
        "Panel Discussion",
    ]
    assert [(i.start.strftime("%H:%M"), i.end.strftime("%H:%M")) for i in items] == [
        ("08:30", "08:40"),
        ("08:40", "09:40"),
        ("09:40", "10:00"),
        ("10:00", "12:00"),
    ]
    assert any("the end, as its cells are times alone" in str(w) for w in reading.warnings)


def test_a_th_row_naming_the_columns_is_still_the_header() -> None:
    page = HTML.replace(
        "<tbody>\n",
        "<tbody>\n  <tr><th>Start</th><th>End</th><th>Event</th><th>Speaker</th></tr>\n",
    )
    assert read_page(page).program.items[0].title == "Opening Remarks"
