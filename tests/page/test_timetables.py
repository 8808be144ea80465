"""Timetables whose columns are days or tracks: each day's column read as its own table,
each track's cells as items of that track, side by side with the other's."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page


def _read(page: str, **options: object) -> list[tuple[str, str, str]]:
    items = read_page(page, **options).program.items  # type: ignore[arg-type]
    return [(f"{i.start:%m-%d %H:%M}", f"{i.end:%H:%M}", i.title) for i in items]


MARKDOWN = """# Digital Days 2021

Times in Zurich time (CEST).

|       | October 21        | October 22   |
| ----- | ----------------- | ------------ |
| 09:30 | Welcome           | Welcome back |
| 10:00 | Pitches           | Panels 4     |
| 11:00 | Keynote: Archives |              |
| 12:00 | Lunch             | Outlook      |
| 13:00 | End               | End          |
"""


def test_a_markdown_timetable_reads_each_day_column_under_its_date() -> None:
    assert _read(MARKDOWN, year=2021) == [
        ("10-21 09:30", "10:00", "Welcome"),
        ("10-21 10:00", "11:00", "Pitches"),
        ("10-21 11:00", "12:00", "Archives"),
        ("10-21 12:00", "13:00", "Lunch"),
        ("10-22 09:30", "10:00", "Welcome back"),
        ("10-22 10:00", "12:00", "Panels 4"),
        ("10-22 12:00", "13:00", "Outlook"),
    ]


HTML = """# Summer School 2026

August 17 - 21, 2026, in Berlin.

<table>
  <thead><tr><th></th><th>Monday</th><th>Tuesday</th></tr></thead>
  <tbody>
    <tr><td>9:00 – 9:30</td>
        <td markdown="span" rowspan="2">**Registration** <br></td>
        <td markdown="span">**Talk** <br> Ann Lee</td></tr>
    <tr><td>9:30 – 10:00</td><td>Lab</td></tr>
    <tr><td>10:00 – 10:15</td><td colspan="2">Break</td></tr>
    <tr><td>10:15 – 11:00</td><td>Games</td><td markdown="span" rowspan="2">**Hacking**</td></tr>
    <tr><td>11:00 – 12:00</td><td>Lecture</td></tr>
  </tbody>
</table>
"""


def test_an_html_timetable_of_weekdays_with_rows_and_columns_spanned() -> None:
    """Weekdays count from the page's first date; a cell spanning rows lasts to its last
    row's end, one spanning columns (Break) is on each day it spans; kramdown's
    markdown="span" cells are read as Markdown."""
    assert _read(HTML) == [
        ("08-17 09:00", "10:00", "Registration"),
        ("08-17 10:00", "10:15", "Break"),
        ("08-17 10:15", "11:00", "Games"),
        ("08-17 11:00", "12:00", "Lecture"),
        ("08-18 09:00", "09:30", "Talk"),
        ("08-18 09:30", "10:00", "Lab"),
        ("08-18 10:00", "10:15", "Break"),
        ("08-18 10:15", "12:00", "Hacking"),
    ]
    talk = read_page(HTML).program.items[4]
    assert [p.name for p in talk.people] == ["Ann Lee"]


SIDE_BY_SIDE = """# RNA-Seq Analysis 2016

Montreal, QC (times in EDT)

| | **Day 1** | | **Day 2** |
| :---: | :---: | :---: | :---: |
| | **Thursday, June 16, 2016** | | **Friday, June 17, 2016** |
| 8:00 | Breakfast | 8:30 | Breakfast |
| 9:00 | Module 1 | 9:00 | Module 3 |
| 10:30 | Lab 1 | | |
| 12:00 | End | 11:00 | End |
"""


def test_each_day_column_reads_the_time_column_beside_it() -> None:
    assert _read(SIDE_BY_SIDE) == [
        ("06-16 08:00", "09:00", "Breakfast"),
        ("06-16 09:00", "10:30", "Module 1"),
        ("06-16 10:30", "12:00", "Lab 1"),
        ("06-17 08:30", "09:00", "Breakfast"),
        ("06-17 09:00", "11:00", "Module 3"),
    ]


def test_a_weekday_column_with_no_date_on_the_page_is_refused() -> None:
    page = HTML.replace("August 17 - 21, 2026, in Berlin.", "In Berlin.")
    with pytest.raises(PageError, match=r"no Time column \(its columns: '', 'Monday', 'Tuesday'\)"):
        read_page(page)


TRACKS = """# Security Days 2022

Saturday, October 22, 2022, Portland, OR

<table>
  <thead><tr><th>Time</th><th>Track 1</th><th>Track 2</th></tr></thead>
  <tbody>
    <tr><td>9:00 AM</td><td colspan="2">Opening</td></tr>
    <tr><td>9:30 AM</td><td rowspan="2">Workshop: Fuzzing</td><td>Talk A</td></tr>
    <tr><td>10:00 AM</td><td>Talk B</td></tr>
    <tr><td>11:00 AM</td><td>Lunch</td><td>Lunch</td></tr>
    <tr><td>12:00 PM</td><td>Talk C</td><td></td></tr>
  </tbody>
  <tfoot><tr><td>1:00 PM</td><td colspan="2">End</td></tr></tfoot>
</table>
"""


def test_a_timetable_of_tracks_reads_each_track_s_cells_as_parallel_items() -> None:
    """A cell spanning both tracks (Opening), or the same in both (Lunch), is one item of
    no track; a track's cell spanning rows lasts to the row after its last; a start-only
    cell ends at its own track's next start, not the other track's."""
    read = read_page(TRACKS)
    assert [
        (f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title, dict(i.extra).get("Track"))
        for i in read.program.items
    ] == [
        ("09:00", "09:30", "Opening", None),
        ("09:30", "11:00", "Fuzzing", "Track 1"),
        ("09:30", "10:00", "Talk A", "Track 2"),
        ("10:00", "11:00", "Talk B", "Track 2"),
        ("11:00", "12:00", "Lunch", None),
        ("12:00", "13:00", "Talk C", "Track 1"),
    ]


def test_an_item_of_no_track_may_not_start_while_a_track_s_item_runs() -> None:
    page = (
        "# Rooms Day\n\nThursday, October 21, 2021 (times in CEST)\n\n"
        "| Time | Room A | Room B |\n|---|---|---|\n| 09:30 - 11:00 | Fuzzing | Talk A |\n"
        "| 10:00 - 10:30 | Plenary | Plenary |\n"
    )
    with pytest.raises(PageError, match=r"'Plenary' starts at 10:00, before 'Fuzzing' ends"):
        read_page(page)


def test_a_markdown_timetable_of_rooms() -> None:
    page = (
        "# Rooms Day\n\nThursday, October 21, 2021 (times in CEST)\n\n"
        "| Time | Room A | Room B |\n|---|---|---|\n| 09:30 | Welcome | Welcome |\n"
        "| 10:00 | Pitches | Panels |\n| 11:00 | Keynote | |\n| 12:00 | End | End |\n"
    )
    assert _read(page) == [
        ("10-21 09:30", "10:00", "Welcome"),
        ("10-21 10:00", "11:00", "Pitches"),
        ("10-21 10:00", "12:00", "Panels"),
        ("10-21 11:00", "12:00", "Keynote"),
    ]


@pytest.mark.parametrize(
    ("cell", "title", "abstract"),
    [
        ("**Hackathon** <br> Topic Introduction", "Hackathon: Topic Introduction", None),
        (
            "**Hackathon** <br> (Introduction of Hackathon)",
            "Hackathon (Introduction of Hackathon)",
            None,
        ),
        ("**Introduction** <br> Recap of yesterday", "Introduction", "Recap of yesterday"),
    ],
)
def test_a_bold_heading_over_one_short_line_in_title_case_is_one_title(
    cell: str, title: str, abstract: str | None
) -> None:
    page = HTML.replace("<td>Games</td>", f'<td markdown="span">{cell}</td>')
    item = next(
        i for i in read_page(page).program.items if i.start.hour == 10 and i.start.minute == 15
    )
    assert (item.title, item.abstract) == (title, abstract)


DAYS_UNDER_TIME = """# Workshop on Objects 2025

All times are Lisbon time (WEST).

<table>
<thead>
<tr><th rowspan="2">Time</th><th colspan="2">Building 6, room 142</th></tr>
<tr><th>Wednesday Oct. 01, 2025</th><th>Thursday Oct. 02, 2025</th></tr>
</thead>
<tbody>
<tr><td>10:30 - 11:15</td><td><em>Ann Lee:</em> asyncrony in calculi</td>
<td><em>Bo Ray:</em> Contracts for Objects</td></tr>
<tr><td>11:15 - 12:00</td><td><em>Cy Dee:</em> Declarative Dynamic Object Reclassification</td>
<td rowspan="2">-</td></tr>
<tr><td>12:00 - 13:00</td><td>Lunch</td></tr>
</tbody>
</table>
"""


def test_days_as_columns_under_a_time_header_and_a_dash_for_nothing() -> None:
    read = read_page(DAYS_UNDER_TIME)
    assert [
        (f"{i.start:%m-%d %H:%M}", i.title, [p.name for p in i.people]) for i in read.program.items
    ] == [
        ("10-01 10:30", "asyncrony in calculi", ["Ann Lee"]),
        ("10-01 11:15", "Declarative Dynamic Object Reclassification", ["Cy Dee"]),
        ("10-01 12:00", "Lunch", []),
        ("10-02 10:30", "Contracts for Objects", ["Bo Ray"]),
    ]


def test_tracks_beside_a_column_of_another_kind_are_refused_not_kept_as_text() -> None:
    # An "Events" column keeps the table from being read as a timetable of tracks; the
    # talks of tracks 2 and 3 had been kept as extra text of track 1's.
    page = (
        "# Security Day\n\nSaturday, October 14, 2023 (times in EDT)\n\n"
        "| Time | Track 1 | Track 2 | Track 3 | Events |\n|---|---|---|---|---|\n"
        "| 10:00-11:00 | Malware | Phishing | Deception | Soldering |\n"
        "| 11:00-12:00 | Panel | Developers | First Job | Soldering |\n"
    )
    with pytest.raises(PageError, match="'Track 2', 'Track 3' name tracks side by side") as e:
        read_page(page)
    assert (e.value.line, e.value.column) == (5, 20)


def test_one_room_column_beside_the_title_stays_the_rooms_text() -> None:
    page = (
        "# Security Day\n\nSaturday, October 14, 2023 (times in EDT)\n\n"
        "| Time | Title | Room |\n|---|---|---|\n| 10:00-11:00 | Malware | Hall B |\n"
    )
    (item,) = read_page(page).program.items
    assert item.title == "Malware"
    assert ("Room", "Hall B") in item.extra


@pytest.mark.parametrize(
    "columns",
    [("Room", "Zoom room"), ("Hall", "Room"), ("Stage", "Stream"), ("Room", "Live stream")],
)
def test_two_columns_of_rooms_or_streams_beside_the_title_stay_its_text(
    columns: tuple[str, str],
) -> None:
    page = (
        "# Security Day\n\nSaturday, October 14, 2023 (times in EDT)\n\n"
        f"| Time | Session | {columns[0]} | {columns[1]} |\n|---|---|---|---|\n"
        "| 10:00-11:00 | Malware | Aula Magna | [Zoom A](https://zoom.us/j/1) |\n"
    )
    (item,) = read_page(page).program.items
    assert item.title == "Malware"
    assert [name for name, _ in item.extra] == list(columns)
