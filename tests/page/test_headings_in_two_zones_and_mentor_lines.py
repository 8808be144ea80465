"""A session heading that gives its hours, then the same hours in a second zone in
brackets ("### Session 1: 7:45–11:05AM PST (3:45–7:05PM UTC)", past midnight
"(11:30PM–1:50AM[+1d] UTC)"), and student talks written 'Name, "Title" \\' with a
"Mentor: ..." line under them, from the blind set BM (a doctoral consortium's page).  The
bracketed hours had been read as the session's, so the page was refused as going back in
time; the mentor had become the talk's speaker and "Mentor" a word of its title.  Each test
fails on the reader before these rules.
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

_PAGE = (
    "# Feb. 22 (Tuesday)\n\n"
    "### Session 1: 7:45–11:05AM PST (3:45–7:05PM UTC)\n\n"
    "- [7:45am] Welcome and Logistics\n\n"
    '- [8:00am] Ann Lee, "Learning to rank" \\\nMentor: Bo Ray\n\n'
    '- [8:45am] Cy Dee, "Robust planning" \\\nMentor: Dee Fox\n\n'
    "### Session 2: 3:30–5:50PM PST (11:30PM–1:50AM[+1d] UTC)\n\n"
    '- [3:30pm] Eve Gold, "Graph repair" \\\nMentor: Bo Ray\n\n'
    "- [5:00pm] **Career Panel** \\\n"
    "Panelists: Fay Hart (Example Research Laboratory for Machine Learning Systems); "
    "Gus Ives (Example Institute of Technology); Hal Jones (Example University of the "
    "Northern Territories)\n"
)


def _items() -> list[tuple[str, str, str, list[str]]]:
    program = read_page(_PAGE, year=2022).program
    return [
        (
            f"{item.start:%H:%M}",
            f"{item.end:%H:%M}",
            item.title,
            [person.name for person in item.people],
        )
        for item in program.items
    ]


def test_a_heading_is_read_by_its_first_hours_not_the_bracketed_ones() -> None:
    items = _items()
    assert items[0] == ("07:45", "11:05", "Session 1", [])
    assert ("15:30", "17:50", "Session 2", []) in items


def test_a_mentor_line_names_no_speaker() -> None:
    items = _items()
    assert ("08:00", "08:45", "Learning to rank", ["Ann Lee"]) in items
    assert ("08:45", "11:05", "Robust planning", ["Cy Dee"]) in items
    program = read_page(_PAGE, year=2022).program
    talk = next(item for item in program.items if item.title == "Learning to rank")
    assert ("Mentor", "Bo Ray") in talk.extra


def test_a_long_line_of_panelists_after_a_hard_break_names_the_panel_s_people() -> None:
    program = read_page(_PAGE, year=2022).program
    panel = program.items[-1]
    assert panel.title == "Career Panel"
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Fay Hart", "Example Research Laboratory for Machine Learning Systems"),
        ("Gus Ives", "Example Institute of Technology"),
        ("Hal Jones", "Example University of the Northern Territories"),
    ]


def test_hours_in_brackets_of_another_length_are_no_second_rendering() -> None:
    page = _PAGE.replace("(3:45–7:05PM UTC)", "(3:45–8:05PM UTC)")
    with pytest.raises(PageError, match="another length") as raised:
        read_page(page, year=2022)
    assert raised.value.line == 3
