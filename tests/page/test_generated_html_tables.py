# ruff: noqa: E501
"""An HTML table a table generator wrote: the program's first row set in ``<thead>``, time
cells that open with the weekday ("Sat 7:30 a.m. - 8:15 a.m."), titles that are links to
the talks' pages with the kind in brackets after them, and an unnamed column of speakers
(a NeurIPS workshop page measured blind, EA/08, had this shape)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

PAGE = """# Gaze Workshop 2023

Saturday, December 16, 2023. All times are Central Time (US/Central).

<table class="tg">
<thead>
  <tr>
    <th class="tg-a">Sat 7:30 a.m. - 8:15 a.m.</th>
    <th class="tg-b"><span style="font-weight:bolder">Meet and Greet</span><span>(Break)</span></th>
    <th class="tg-c"></th>
  </tr>
</thead>
<tbody>
  <tr>
    <td class="tg-d"><br>Sat 8:15 a.m. - 9:00 a.m.</td>
    <td class="tg-e"><a href="https://example.org/talks/1"><span>Invited Talk TBD</span></a></td>
    <td class="tg-c">Ada Lindqvist</td>
  </tr>
  <tr>
    <td class="tg-d"><br>Sat 9:00 a.m. - 9:15 a.m.</td>
    <td class="tg-e"><a href="https://example.org/talks/2"><span>Seeing Where Models Look</span></a><a href="https://example.org/papers/2"><span>(Spotlight)</span></a></td>
    <td class="tg-c">Bo Tanaka · Cleo Marsh</td>
  </tr>
  <tr>
    <td class="tg-d"><br>Sat 9:15 a.m. - 9:30 a.m.</td>
    <td class="tg-e"><a href="https://example.org/talks/3"><span>Eye Tracking on a Budget</span></a><a href="https://example.org/papers/3"><span>(Spotlight)</span></a></td>
    <td class="tg-c">Dev Raman · Eli Stone</td>
  </tr>
  <tr>
    <td class="tg-d"><br>Sat 9:30 a.m. - 10:15 a.m.</td>
    <td class="tg-e"><a href="https://example.org/talks/4"><span>Invited Talk: Attention in the Wild</span></a></td>
    <td class="tg-c">Farah Quint</td>
  </tr>
  <tr>
    <td class="tg-d"><br>Sat 10:15 a.m. - 10:30 a.m.</td>
    <td class="tg-e"><span>Closing Remarks</span></td>
    <td class="tg-c"></td>
  </tr>
</tbody>
</table>
"""


def _items() -> list[tuple[str, str, list[str]]]:
    return [
        (f"{item.start:%H:%M}-{item.end:%H:%M}", item.title, [p.name for p in item.people])
        for item in read_page(PAGE).program.items
    ]


def test_the_row_in_thead_whose_first_cell_is_a_range_is_the_first_item() -> None:
    assert _items()[0] == ("07:30-08:15", "Meet and Greet", [])


def test_a_weekday_before_each_range_leaves_the_cells_a_time_column() -> None:
    program = read_page(PAGE).program
    assert program.items[1].start == dt.datetime(
        2023, 12, 16, 8, 15, tzinfo=program.items[1].start.tzinfo
    )
    assert [start for start, _, _ in _items()] == [
        "07:30-08:15",
        "08:15-09:00",
        "09:00-09:15",
        "09:15-09:30",
        "09:30-10:15",
        "10:15-10:30",
    ]


def test_names_beside_titles_that_are_links_are_the_speakers() -> None:
    assert [people for _, _, people in _items()][1:5] == [
        ["Ada Lindqvist"],
        ["Bo Tanaka", "Cleo Marsh"],
        ["Dev Raman", "Eli Stone"],
        ["Farah Quint"],
    ]


def test_a_kind_in_brackets_after_a_title_is_no_part_of_it() -> None:
    items = read_page(PAGE).program.items
    assert [item.title for item in items[2:4]] == [
        "Seeing Where Models Look",
        "Eye Tracking on a Budget",
    ]
    assert items[2].extra == (("Kind", "Spotlight"),)


def test_a_kinds_label_then_tbd_is_the_label() -> None:
    item = read_page(PAGE).program.items[1]
    assert (item.title, item.kind) == ("Invited Talk", ItemKind.INVITED)


@pytest.mark.parametrize(
    "title",
    ["Kaffeepause (coffee break)", "Welcome (Opening Remarks)", "Lunch (Break)"],
)
def test_a_label_and_its_kind_in_brackets_stay_one_title(title: str) -> None:
    page = f"""# W

June 3, 2025, Berlin

| Time | Title |
|---|---|
| 09:00 - 09:30 | {title} |
| 09:30 - 10:00 | Talk One |
"""
    assert read_page(page).program.items[0].title == title


def test_a_thead_row_of_names_over_ranges_is_still_the_header() -> None:
    page = """# W

June 3, 2025, Berlin

<table>
<thead><tr><th>Time</th><th>Talk</th></tr></thead>
<tbody>
<tr><td>Tue 9:00 - 9:30</td><td>Talk One</td></tr>
<tr><td>Tue 9:30 - 10:00</td><td>Talk Two</td></tr>
</tbody>
</table>
"""
    assert [item.title for item in read_page(page).program.items] == ["Talk One", "Talk Two"]
