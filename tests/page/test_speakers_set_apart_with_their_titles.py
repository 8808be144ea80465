"""Speakers inside a title cell, as a storage workshop's programme writes them (KA/03,
measured blind): "Keynote by **Ann Lee (Org): Title**" (the bold holds who speaks and
what, together) and "**Title** by Jad Darrous (Org), Bo Ray (Org)" (a surname ending in
-ous, as adjectives of titles do, had made the cut look wrong and kept every name in the
title). "Oral: [Pareto Invariant Risk Minimization: Towards ...](url)" is still one title.
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Storage Workshop\n\nApril 5, 2022. All times are CEST.\n\n| Time | Event |\n|---|---|\n"


def _first(cell: str) -> tuple[str, str, list[tuple[str, str | None]]]:
    page = HEAD + f"| 13:50-14:40 | {cell} |\n| 14:40-15:00 | Break |\n"
    item = read_page(page).program.items[0]
    return item.title, item.kind.value, [(p.name, p.affiliation) for p in item.people]


@pytest.mark.parametrize("label", ["Keynote by", "Invited Talk by"])
def test_a_label_then_the_speaker_and_the_title_in_bold(label: str) -> None:
    title, kind, people = _first(
        f"{label} **Ann Lee (University of California, Santa Cruz): Lethe: Learning to Forget**"
    )
    assert title == "Lethe: Learning to Forget"
    assert people == [("Ann Lee", "University of California, Santa Cruz")]
    assert kind in ("keynote", "invited")


def test_a_title_by_names_whose_surname_ends_like_an_adjective() -> None:
    assert _first("**Erasure Codes in Practice** by Jad Darrous (Inria), Bo Ray (IRISA)") == (
        "Erasure Codes in Practice",
        "talk",
        [("Jad Darrous", "Inria"), ("Bo Ray", "IRISA")],
    )


def test_a_labelled_linked_title_with_a_colon_stays_one_title() -> None:
    title, kind, people = _first(
        "Oral: [Pareto Invariant Risk Minimization: Towards Less](https://x.org/a)"
    )
    assert (title, kind, people) == (
        "Pareto Invariant Risk Minimization: Towards Less",
        "contributed",
        [],
    )


def test_an_adjective_at_a_phrases_start_still_marks_a_title() -> None:
    from fastpath_ical.page._name_words import holds_a_title_word

    assert holds_a_title_word("Heterogeneous Graphs")
    assert holds_a_title_word("Staying Anonymous")  # "Keynote: Staying Anonymous"
    assert not holds_a_title_word("Jad Darrous", after_by=True)  # "Title by Jad Darrous"
    assert holds_a_title_word("Heterogeneous Graphs", after_by=True)


def test_a_joint_label_of_people_left_inside_a_title_is_refused() -> None:
    # PyHPC's program (BW/06, measured blind) is a grid of <div>s whose fields run
    # together: "Title Slides Author/Presenters Ann Lee" had been one title.
    page = HEAD + (
        "| 13:50-14:40 | Experiences in Developing a Toolkit with Python Slides "
        "Author/Presenters Nicholson T. Collier |\n| 14:40-15:00 | Break |\n"
    )
    with pytest.raises(PageError, match="holds a label of people"):
        read_page(page)


def test_a_title_whose_first_word_keeps_capitals_inside_after_a_name_and_its_place() -> None:
    # "Jay Lofstead (Sandia National Laboratories, USA): pMEMCPY: ...": small letters after
    # the colon go on with a title only when the word holds no capitals of its own.
    assert _first("Invited Talk by **Jay Lofstead (Sandia, USA): pMEMCPY: Leveraging Memory**") == (
        "pMEMCPY: Leveraging Memory",
        "invited",
        [("Jay Lofstead", "Sandia, USA")],
    )
    title, _, people = _first("HateCheck Revisited: a cross-functional analysis")
    assert (title, people) == ("HateCheck Revisited: a cross-functional analysis", [])
