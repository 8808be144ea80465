"""A person's post, written where a name or an affiliation goes, names no one and is no
part of where they work ("Ann Lee, Assistant Professor, Example University")."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.page._positions import is_position, without_position

HEAD = "# W\n\nMonday, May 3, 2021 (all times CEST)\n\n| Time | Speaker | Title |\n|---|---|---|\n"


def _people(cell: str) -> list[tuple[str, str | None]]:
    reading = read_page(HEAD + f"| 10:00 - 10:30 | {cell} | Things |\n")
    return [(p.name, p.affiliation) for p in reading.program.items[0].people]


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        # "Assistant Professor" had been read as a second person.
        ("Ann Lee, Assistant Professor, Example University", [("Ann Lee", "Example University")]),
        # ... and "Computer Science" as a third, at Princeton NLP.
        (
            "Ann Lee, Assistant Professor, Computer Science, Princeton NLP",
            [("Ann Lee", "Princeton NLP")],
        ),
        (
            "Ann Lee (Director, Web Science Institute, University of Southampton)",
            [("Ann Lee", "Web Science Institute, University of Southampton")],
        ),
        ("Ann Lee, Research Scientist, IBM", [("Ann Lee", "IBM")]),
        ("Ann Lee, Professor at MIT", [("Ann Lee", "MIT")]),
        ("Ann Lee (PhD Student, MIT)", [("Ann Lee", "MIT")]),
        # "Secure Ideas" had been a second person.
        ("Ann Lee, CEO of Secure Ideas", [("Ann Lee", "Secure Ideas")]),
        # "Executive Director" had been a second person, at DataKind.
        ("Ann Lee, Founder & Executive Director, DataKind", [("Ann Lee", "DataKind")]),
        (
            "Ann Lee (MIT) and Bo Ray (Senior Researcher, Google)",
            [("Ann Lee", "MIT"), ("Bo Ray", "Google")],
        ),
        ("Ann Lee (IBM, Research Scientist, Kenya, confirmed)", [("Ann Lee", "IBM")]),
        ("Ann Lee (CIO of DST&I, Sierra Leone)", [("Ann Lee", "DST&I, Sierra Leone")]),
        (
            "Ann Lee<br>Assistant Professor<br>Example University",
            [("Ann Lee", "Example University")],
        ),
    ],
)
def test_a_post_is_no_person_and_no_part_of_an_affiliation(
    cell: str, people: list[tuple[str, str | None]]
) -> None:
    assert _people(cell) == people


@pytest.mark.parametrize(
    "affiliation",
    [
        "Google Research",
        "Data Science Institute",
        "Student Union",
        "Computer Science, MIT",
        "University of California, Berkeley",
        "Microsoft Research Lab, Redmond",
    ],
)
def test_an_organisation_with_a_word_a_post_has_is_kept_whole(affiliation: str) -> None:
    assert without_position(affiliation) == affiliation
    assert _people(f"Ann Lee ({affiliation})") == [("Ann Lee", affiliation)]


@pytest.mark.parametrize("name", ["Ann Lee", "Grace Hopper", "Chief Keef", "Bo Lead-Smith"])
def test_a_name_is_no_post(name: str) -> None:
    assert not is_position(name)


def test_a_post_alone_leaves_no_affiliation() -> None:
    assert without_position("Research Scientist") is None
    assert _people("Ann Lee (Research Scientist)") == [("Ann Lee", None)]


@pytest.mark.parametrize(
    ("affiliation", "kept"),
    [
        # The subject of a post is no organisation (a review found "Law, Yale University").
        ("Professor of Law, Yale University", "Yale University"),
        ("Head of Product, Spotify", "Spotify"),
        ("Director of Research, Acme", "Acme"),
        ("Professor of History at Harvard University", "Harvard University"),
        ("CIO of DST&I, Sierra Leone, confirmed", "DST&I, Sierra Leone"),
        ("CTO of MinTech, Mali", "MinTech, Mali"),
        # Another organisation after the post, joined by "and", stays.
        (
            "Google Research, Staff Research Scientist, and Stanford University",
            "Google Research, Stanford University",
        ),
    ],
)
def test_what_a_post_is_of(affiliation: str, kept: str) -> None:
    assert without_position(affiliation) == kept


@pytest.mark.parametrize(
    ("affiliation", "kept"),
    [
        # A review found these: "for" is "of" ("Europe", "Research" are no employer) ...
        ("Senior Advisor for Europe, Mozilla Foundation", "Mozilla Foundation"),
        ("Director for Research, Inria", "Inria"),
        # ... a post held at a second place keeps it; another organisation after a post
        # is no more of the post.
        ("Google, Adjunct Professor at Stanford University", "Google, Stanford University"),
        (
            "University of Oxford; Research Fellow at the Alan Turing Institute",
            "University of Oxford; the Alan Turing Institute",
        ),
        (
            "Honorary Lecturer, UCL; Consultant, Moorfields Eye Hospital",
            "UCL, Moorfields Eye Hospital",
        ),
        # ... but a phrase after "at" is no place.
        ("Google, Engineer at heart", "Google"),
        ("Meta AI, Research Scientist at the intersection of vision and language", "Meta AI"),
    ],
)
def test_a_second_place_after_a_post(affiliation: str, kept: str) -> None:
    assert without_position(affiliation) == kept
