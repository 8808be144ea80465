"""A kind's label set in italics before its speaker, and brackets that spell an acronym.

A RO-MAN workshop's page measured blind (IA/05) lists
``- 09:00 - 10:00 *invited talk* Ann Lee (Institute for Cognitive Science and Technologies
(ISTC), National Research Council (CNR), Italy)``: the italics set the label apart as bold
does, and the brackets inside the affiliation hold the initials of the words before them
(in Italian order), so their "and" joins the words of one name, not a second person. The
old reader kept the whole line as the title, with no one named.
"""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

HEAD = "# Robot Ontologies\n\nAugust 28, 2023. All times are in KST.\n\n"


def _one(line: str) -> tuple[str, list[tuple[str, str | None]]]:
    reading = read_page(HEAD + f"- 09:00 - 10:00 {line}\n- 10:00 - 10:30 Coffee break\n")
    item = reading.program.items[0]
    return item.title, [(person.name, person.affiliation) for person in item.people]


def test_an_italic_label_then_a_speaker() -> None:
    assert _one("*invited talk* Ann Lee (Example University)") == (
        "invited talk",
        [("Ann Lee", "Example University")],
    )


def test_brackets_that_spell_an_organisations_acronym_stay_in_its_affiliation() -> None:
    place = (
        "Institute for Cognitive Science and Technologies (ISTC), "
        "National Research Council (CNR), Italy"
    )
    assert _one(f"*invited talk* Ann Lee ({place})") == ("invited talk", [("Ann Lee", place)])


@pytest.mark.parametrize(
    "inside",
    [
        "Stanford University and Bo Ray (MIT)",  # a second person, where she works
        "Research Lab and Bo Ray (BR)",  # a second person's initials, no organisation's
        "Lab of Arts and Sciences (LAS) with Bo Ray (MIT)",
    ],
)
def test_a_second_person_inside_the_brackets_is_not_an_affiliation(inside: str) -> None:
    from fastpath_ical.page._affiliations import in_brackets

    assert in_brackets(f"Cy Dee ({inside})") == (f"Cy Dee ({inside})", None)


def test_an_italic_label_before_a_title_is_no_speaker() -> None:
    title, people = _one("*Keynote* Deep Learning Systems")
    assert people == []
    assert "Deep Learning Systems" in title
