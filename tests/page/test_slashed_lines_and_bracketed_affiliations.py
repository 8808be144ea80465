"""A slash between a list line's time and its title is a separator; a title set apart,
a comma, then one name with where they work in brackets, is the title and its speaker."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = (
    "# Beyond Pixels, September 11, 2023\n\nAll times are CEST.\n\n"
    "* 9:00 - 9:15 / **Welcome and opening remarks** :raised_hands:\n\n"
    "* 9:15 - 9:40 / <b><i>A new imaging system for a small accelerator</i></b>, "
    "Rosa A. Torres Salgado (Università di Firenze)\n\n"
    "* 9:40 - 10:05 / <b><i>Binning in Muon Radiography</i></b>, Andrea Pace "
    "(Example University)\n\n"
    "* 10:05 - 10:30 / **Coffee break** :coffee:\n"
)


def test_a_slash_after_the_time_and_a_speaker_after_a_title_set_apart() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Welcome and opening remarks", []),
        (
            "A new imaging system for a small accelerator",
            [("Rosa A. Torres Salgado", "Università di Firenze")],
        ),
        ("Binning in Muon Radiography", [("Andrea Pace", "Example University")]),
        ("Coffee break", []),
    ]
