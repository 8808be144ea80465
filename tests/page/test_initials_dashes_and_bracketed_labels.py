"""A course's timetable that names its instructors once and then by their initials, a
tutorial's table of "Title - *Speaker*" rows whose first title reads like a name, and
guest talks written "[Talk] [Dr Name](url), Post, Institute"."""

from __future__ import annotations

from fastpath_ical import read_page

COURSE = """# Sampling Workshop

Instructors: Ines Vahl (IV), Oskar Lind (OL), Pia Sandoval (PS)

## Timetable

*Thursday, 17 November, 2016*

> 10:00-10:30 Introduction to the course (PS/IV)

> 10:30-11:30 Priors in practice (OL)

> 11:30-12:30 Lunch (UK)

> 13:30-14:30 [Talk] [Dr Rosa Torres](https://e.x/r), Group Leader, Example Institute of Medicine

> 14:30-15:30 Practical (XY)
"""


def _read(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (i.title, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(page, timezone="Europe/London").program.items
    ]


def test_initials_the_page_spells_out_are_the_people() -> None:
    assert _read(COURSE)[:3] == [
        ("Introduction to the course", [("Pia Sandoval", None), ("Ines Vahl", None)]),
        ("Priors in practice", [("Oskar Lind", None)]),
        ("Lunch (UK)", []),
    ]


def test_initials_the_page_does_not_spell_out_stay_in_the_title() -> None:
    assert _read(COURSE)[-1] == ("Practical (XY)", [])


def test_a_bracketed_label_then_a_name_and_where_they_work() -> None:
    assert _read(COURSE)[3] == (
        "Talk",
        [("Rosa Torres", "Group Leader, Example Institute of Medicine")],
    )


TUTORIAL = """# Tutorial on Curved Spaces

Monday, February 10, 2025. Times are in CET.

<table>
  <tr><th>Time (CET)</th><th>Title & Speakers</th></tr>
  <tr><td>09:00 - 09:45</td><td>Non-Euclidean Geometry - <i>Ines Vahl</i></td></tr>
  <tr><td>09:45 - 10:30</td><td>Learning in Curved Space - <i>Oskar Lind</i></td></tr>
  <tr><td>10:30 - 11:00</td><td>Coffee Break</td></tr>
  <tr><td>11:00 - 12:00</td><td>Hands-on Training - <i>Ines Vahl</i></td></tr>
</table>
"""


def test_a_name_after_a_dash_that_the_tables_other_talks_name() -> None:
    reading = read_page(TUTORIAL)
    assert [(i.title, [p.name for p in i.people]) for i in reading.program.items] == [
        ("Non-Euclidean Geometry", ["Ines Vahl"]),
        ("Learning in Curved Space", ["Oskar Lind"]),
        ("Coffee Break", []),
        ("Hands-on Training", ["Ines Vahl"]),
    ]
    assert any("other talks of this table name them" in w.message for w in reading.warnings)


def test_without_the_name_elsewhere_the_line_stays_undecided() -> None:
    page = TUTORIAL.replace("Hands-on Training - <i>Ines Vahl</i>", "Hands-on Training")
    titles = [i.title for i in read_page(page).program.items]
    assert titles[0] == "Non-Euclidean Geometry - Ines Vahl"


HOURS = """# Model Training

Times are in local Grenoble time (CEST).

## Day 1 - 29 April 2024

- 8:30h - 9:00h: Arrival and coffee
- 9:00h - 10:20h: Setting up
- 10:20h - 12:00h: Exercise 1
"""


def test_a_time_with_h_after_its_minutes() -> None:
    items = read_page(HOURS).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("08:30", "09:00", "Arrival and coffee"),
        ("09:00", "10:20", "Setting up"),
        ("10:20", "12:00", "Exercise 1"),
    ]
