"""A course timetable that writes each lecture as "Surname: Title"."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

GRID = """# Summer School on Speech 2025

All times are EEST.

|                   | MON 11.8.2025 | TUE 12.8.2025 |
|-------------------|---------------|---------------|
| **9:00 - 9:45**   | Lindqvist & Okafor: Introduction | Okafor: Sequence Models |
| **9:50 - 10:35**  | Lindqvist: Signal basics | Okafor: Sequence Models |
| **10:35 - 10:50** | **Coffee break** | **Coffee break** |
| **10:50 - 11:35** | Okafor: Neural Vocoders | Mwangi: Speaker Verification |
| **11:40 - 12:25** | Lindqvist: Feature extraction | Mwangi: Speaker Verification |
"""


def test_surnames_before_a_colon_are_the_speakers_where_the_table_makes_a_habit_of_it() -> None:
    reading = read_page(GRID)
    monday = [i for i in reading.program.items if i.start.day == 11]
    assert [(i.title, [p.name for p in i.people]) for i in monday] == [
        ("Introduction", ["Lindqvist", "Okafor"]),
        ("Signal basics", ["Lindqvist"]),
        ("Coffee break", []),
        ("Neural Vocoders", ["Okafor"]),
        ("Feature extraction", ["Lindqvist"]),
    ]
    assert any("names before the colon" in str(w) for w in reading.warnings)


@pytest.mark.parametrize(
    "cells",
    [
        # Tools and parts of a course before the colon are no one.
        ("Python: Basics", "Python: Pandas", "Python: Plots", "Git: Branches"),
        # One name coming back is no habit of naming teachers.
        ("Lindqvist: Basics", "Okafor: Models", "Mwangi: Vocoders", "Lindqvist: Features"),
    ],
)
def test_no_habit_no_speakers(cells: tuple[str, str, str, str]) -> None:
    page = (
        "# Course 2025\n\nMonday, August 11, 2025 (all times EEST)\n\n| Time | Topic |\n|---|---|\n"
        + "".join(
            f"| {h}:00 - {h}:45 | {cell} |\n"
            for h, cell in zip((9, 10, 11, 12), cells, strict=True)
        )
    )
    items = read_page(page).program.items
    assert [i.title for i in items] == list(cells)
    assert all(not i.people for i in items)
