"""A dash written against the bracket after it ("Ann Lee (Keynote) –(Special Session)
Title"): a page measured blind, BE/02, read that line's speaker and note into the title
while every other line of the same shape read right."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Example Matrix Workshop

All times are Eastern Time. June 3, 2026.

####	9:00 - 10:00 Nadia Brook (Keynote) – Manifold Coordinates with Meaning
####	10:00 - 10:20	Break
####	10:20 - 11:20 Hugo Lemaire (Keynote) –(Special Session) Practice and Theory of Matrices
####	11:20 - 12:00 Open Problems (Plenary) – Discussion
"""


def test_a_dash_against_a_bracket_cuts_the_speaker_from_the_title() -> None:
    items = read_page(PAGE).program.items
    assert items[2].title == "Practice and Theory of Matrices"
    assert [p.name for p in items[2].people] == ["Hugo Lemaire"]
    assert items[0].title == "Manifold Coordinates with Meaning"


def test_a_title_opening_with_a_bracket_keeps_it_when_it_is_the_title() -> None:
    page = PAGE.replace("(Special Session) Practice", "(Un)Certain Practice")
    items = read_page(page).program.items
    assert items[2].title == "(Un)Certain Practice and Theory of Matrices"
