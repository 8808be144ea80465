"""Columns no header names beside the titles, and rows in other rooms at one time."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

DAY = "# Meeting of Examples 2017\n\nSaturday, April 1, 2017 (all times Europe/London)\n\n"


def _items(body: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    read = read_page(DAY + body)
    return [
        (i.start.strftime("%H:%M"), i.title, [(p.name, p.affiliation) for p in i.people])
        for i in read.program.items
    ]


TWO_ROOMS = """<table>
<tr><td>9:00-9:20am</td><td>Ann Lee</td><td>Bo Ray</td></tr>
<tr><td>9:25-9:45am</td><td>Cy Dunn</td><td>Di Fox</td></tr>
<tr><td>9:50-10:10am</td><td>Ed Poe</td><td>Flo Gale</td></tr>
<tr><td>10:10-10:30am</td><td>Break</td><td></td></tr>
</table>
"""


def test_two_columns_of_names_no_header_names_are_refused_at_the_first_row() -> None:
    with pytest.raises(PageError) as caught:
        read_page(DAY + TWO_ROOMS)
    assert caught.value.line == 6
    assert "column 2 and column 3 both hold text" in caught.value.message


def test_a_column_of_names_beside_titles_is_the_speakers() -> None:
    body = TWO_ROOMS.replace("<td>Ann Lee</td>", "<td>Fast sorting of long lists</td>")
    body = body.replace("<td>Cy Dunn</td>", "<td>How trees grow in winter</td>")
    body = body.replace("<td>Ed Poe</td>", "<td>Counting birds by ear</td>")
    read = read_page(DAY + body)
    assert [(i.title, [p.name for p in i.people]) for i in read.program.items] == [
        ("Fast sorting of long lists", ["Bo Ray"]),
        ("How trees grow in winter", ["Di Fox"]),
        ("Counting birds by ear", ["Flo Gale"]),
        ("Break", []),
    ]
    assert any("column 3 as the speakers" in w.message for w in read.warnings)


def test_a_column_that_repeats_itself_is_kept_as_extra_text() -> None:
    body = TWO_ROOMS
    for name in ("Bo Ray", "Di Fox", "Flo Gale"):
        body = body.replace(f"<td>{name}</td>", "<td>Adel 162</td>")
    items = _items(body)
    assert [title for _, title, _ in items] == ["Ann Lee", "Cy Dunn", "Ed Poe", "Break"]


ROOMS = """| Time | Room | |
| :--- | :--- | --- |
| 10:30-10:50 | Garratt 1 | [Open source at scale](https://example.org/t1)<br/>{ann} |
| | Garratt 2 | [Research hubs](https://example.org/t2)<br/>{bo} |
| | Lovell | [Drug design in parallel](https://example.org/t3)<br/>Cy Dunn, University of Bristol |
| 10:50-11:10 | Garratt 1 | Coffee |
""".format(
    ann="Ann Lee, Department of Genetics, University of Cambridge",
    bo="Bo Ray, EXNET, Example National Research and Education Network",
)


def test_rows_without_a_time_in_other_rooms_are_items_side_by_side() -> None:
    assert _items(ROOMS) == [
        (
            "10:30",
            "Open source at scale",
            [("Ann Lee", "Department of Genetics, University of Cambridge")],
        ),
        (
            "10:30",
            "Research hubs",
            [("Bo Ray", "EXNET, Example National Research and Education Network")],
        ),
        ("10:30", "Drug design in parallel", [("Cy Dunn", "University of Bristol")]),
        ("10:50", "Coffee", []),
    ]


def test_rows_in_the_same_room_stay_the_papers_of_the_row_above() -> None:
    body = ROOMS.replace("| Garratt 2 |", "| Garratt 1 |").replace("| Lovell |", "| Garratt 1 |")
    read = read_page(DAY + body)
    first = read.program.items[0]
    assert len(read.program.items) == 2
    assert [paper.title for paper in first.papers] == ["Research hubs", "Drug design in parallel"]


def test_a_row_to_be_announced_is_no_item_and_is_said() -> None:
    body = (
        "| | **Sat April 1** | |\n|---|---|---|\n| 1530 | Keynote on rivers | Ann Lee |\n"
        "| 1630 | Break | |\n| 1640 | Trees in winter | Bo Ray |\n"
        "| 1720 | Close of technical sessions | |\n| Social events | *TBA* | |\n"
    )
    read = read_page(DAY + body)
    assert [(i.title, i.end.strftime("%H:%M")) for i in read.program.items] == [
        ("Keynote on rivers", "16:30"),
        ("Break", "16:40"),
        ("Trees in winter", "17:20"),
    ]
    assert any(
        "Social events" in w.message and "to be announced" in w.message for w in read.warnings
    )


def test_an_accent_standing_for_an_apostrophe_stays_in_the_title() -> None:
    body = "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | A study of Smith´s motives ^ |\n"
    assert _items(body)[0][1] == "A study of Smith´s motives"
