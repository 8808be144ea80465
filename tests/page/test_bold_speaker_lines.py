"""A title cell of two lines, one of them a speaker set apart in bold or linked, then
where they work: the other line is the title (or the label), and all after the name
is one affiliation."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

HEAD = """# Campus Computing Day

July 16, 2024. All times are EDT.

| Time | Title |
| ---- | ----- |
"""


def _first(cell: str) -> tuple[str, list[tuple[str, str | None]]]:
    page = HEAD + f"| 9:00 - 9:30 | {cell} |\n| 9:30 - 10:00 | Coffee |\n"
    item = read_page(page).program.items[0]
    return item.title, [(person.name, person.affiliation) for person in item.people]


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        # A title in capitals reads as a name too: the bold says which line is the person.
        (
            "Tidal Flow Models Revisited <br/>**Maren Solberg**, Harbour Lab",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", "Harbour Lab")],
        ),
        # Commas and "&" after the name are where she works, not more people.
        (
            "_Sea Ice in Small Grids_ <br />**Maren Solberg**, Ice Group, Physics & Ocean Science",
            "Sea Ice in Small Grids",
            [("Maren Solberg", "Ice Group, Physics & Ocean Science")],
        ),
        (
            "Tidal Flow Models Revisited <br> [Maren Solberg](https://people.example.org/ms), "
            "Harbour Lab",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", "Harbour Lab")],
        ),
        # The speaker's line first, the affiliation in brackets.
        (
            "**Maren Solberg** (Harbour Lab) <br> Tidal Flow Models Revisited",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", "Harbour Lab")],
        ),
        # Where she works in capitals alone, no word of an organisation.
        (
            "Tidal Flow Models Revisited <br/>**Maren Solberg**, NTNU",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", "NTNU")],
        ),
        ("Keynote <br> **Maren Solberg**, NTNU", "Keynote", [("Maren Solberg", "NTNU")]),
        # Names after the linked one are more people, not where she works.
        (
            "Tidal Flow Models Revisited <br> [Maren Solberg](https://people.example.org/ms), "
            "Tor Vik and Ada Lund",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", None), ("Tor Vik", None), ("Ada Lund", None)],
        ),
        # A label over the speaker: the label is the title.
        (
            "Keynote <br> **Maren Solberg**, Harbour Lab",
            "Keynote",
            [("Maren Solberg", "Harbour Lab")],
        ),
        # Both lines in bold: the one followed by where the person works is the speaker.
        (
            "**Tidal Flow Models Revisited** <br> **Maren Solberg**, Harbour Lab",
            "Tidal Flow Models Revisited",
            [("Maren Solberg", "Harbour Lab")],
        ),
    ],
)
def test_the_bold_name_is_the_speaker(
    cell: str, title: str, people: list[tuple[str, str | None]]
) -> None:
    assert _first(cell) == (title, people)


def test_a_title_in_bold_alone_is_no_speaker() -> None:
    # Nothing set apart names a person: the lines are the title and its description.
    title, people = _first("**Tidal Flow Models Revisited** <br> a look back at ten years")
    assert (title, people) == ("Tidal Flow Models Revisited", [])
