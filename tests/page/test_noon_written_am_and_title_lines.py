# ruff: noqa: E501
"""A morning item to noon written "11:15 - 12:00 AM", and a "Title:" line in the cell
beside a slot's code ("IT1: Ann Lee") (a NeurIPS workshop page measured blind, FA/08)."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = """# Tabular Workshop

Saturday, December 14, 2024, Vancouver

| Time | Event | Additional Information |
|---|---|---|
| 8:50 - 9:00 AM | Opening Remarks | |
| 9:00 - 9:30 AM | IT1: Ann Lee | **Title:** Noise and Simple Models <br> Noisier data leads to simpler models. |
| 9:30 - 11:15 AM | Poster Session 1 | |
"""


def _items(page: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, [p.name for p in i.people])
        for i in read_page(page).program.items
    ]


def test_a_range_to_twelve_am_after_the_morning_ends_at_noon() -> None:
    page = HEAD + "| 11:15 - 12:00 AM | Panel Discussion | |\n| 12:00 - 1:00 PM | Lunch | |\n"
    reading = read_page(page)
    assert _items(page)[3:] == [
        ("11:15-12:00", "Panel Discussion", []),
        ("12:00-13:00", "Lunch", []),
    ]
    assert any("to noon" in w.message for w in reading.warnings)


def test_both_ends_marked_keep_their_night() -> None:
    page = HEAD + "| 11:15 pm - 12:00 am | Late Panel | |\n"
    assert _items(page)[-1] == ("23:15-00:00", "Late Panel", [])


def test_a_title_line_beside_a_slots_code_is_the_title() -> None:
    item = read_page(HEAD + "| 9:30 - 10:00 AM | Coffee | |\n").program.items[1]
    assert (item.title, [p.name for p in item.people]) == ("Noise and Simple Models", ["Ann Lee"])
    assert item.extra == (("Additional Information", "Noisier data leads to simpler models."),)


def test_a_title_line_beside_a_talks_title_leaves_it() -> None:
    page = HEAD.replace("IT1: Ann Lee", "Ann Lee: Learning Things")
    item = read_page(page + "| 9:30 - 10:00 AM | Coffee | |\n").program.items[1]
    assert item.title == "Learning Things"
