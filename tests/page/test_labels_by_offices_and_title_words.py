"""Shapes of real pages measured blind (sets BQ-BT) that the reader read wrongly.

Each test fails on the reader before these rules: a dash inside a bold title cut
the title and read its first words as two people; a label then a dash ("Keynote 1 -
Title") kept in the title; an office standing where a speaker is ("Program Chair")
read as a person; a title of capitalised words ("Combining Heterogeneous Review
Datasets") read as someone's name after a label;
a second time joined to the first by a dot ("13.15.13.45") left at the start of the
title; a name in bold beside a title in italics not read as the speaker.
"""

from __future__ import annotations

import pytest

from fastpath_ical import ItemKind, PageError, read_page

HEAD = "# Workshop on Trusted Execution\n\nMonday, September 9, 2024, Milan, Italy\n\n"


def _read(page: str) -> list[tuple[str, ItemKind, list[tuple[str, str | None]]]]:
    return [
        (item.title, item.kind, [(p.name, p.affiliation) for p in item.people])
        for item in read_page(page).program.items
    ]


def test_a_dash_inside_a_bold_title_after_a_label_cuts_nothing() -> None:
    page = HEAD + (
        "* **9:05-10:00** Invited talk 1: **Remote Attestation and Formal Methods - the "
        "bigger picture** by **Ian Oliver** (University of Oulu, Finland)\n"
        "* **10:00-10:30** Invited talk 2: **Stream Processing and Query Planning - lessons "
        "learnt** by Ann Lee\n"
        "* **10:30-11:00** Coffee Break\n"
    )
    assert _read(page)[:2] == [
        (
            "Remote Attestation and Formal Methods - the bigger picture",
            ItemKind.INVITED,
            [("Ian Oliver", "University of Oulu, Finland")],
        ),
        (
            "Stream Processing and Query Planning - lessons learnt",
            ItemKind.INVITED,
            [("Ann Lee", None)],
        ),
    ]


def test_an_extended_abstract_is_a_contributed_talk_and_its_label_goes() -> None:
    page = HEAD + (
        "* **12:00-12:20** Extended abstract 1: **Exceptions Prove the Rule** by Bo Ray, Cy Dee\n"
        "* **12:20-14:00** Lunch Break\n"
    )
    title, kind, people = _read(page)[0]
    assert (title, kind) == ("Exceptions Prove the Rule", ItemKind.CONTRIBUTED)
    assert people == [("Bo Ray", None), ("Cy Dee", None)]


def test_a_label_then_a_dash_beside_a_speaker_cell_is_the_kind() -> None:
    page = HEAD + (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 9:30-10:15 | Keynote 1 - Transparency in AI | Ann Lee (Example Labs) |\n"
        "| 10:15-11:00 | Talk 1- When Medicine Meets Machine Learning | Bo Ray |\n"
        "| 11:00-11:30 | Panel - Ethics in AI | Cy Dee, Di Fox |\n"
        "| 11:30-12:00 | Session 2 - Access Control | Eve Hart |\n"
    )
    assert [(title, kind) for title, kind, _ in _read(page)] == [
        ("Transparency in AI", ItemKind.KEYNOTE),
        ("When Medicine Meets Machine Learning", ItemKind.TALK),
        ("Ethics in AI", ItemKind.PANEL),
        # A numbered part of the program keeps its number: "Session 2" is no kind's label.
        ("Session 2 - Access Control", ItemKind.TALK),
    ]


def test_an_office_where_a_speaker_goes_names_no_one_and_is_kept() -> None:
    page = HEAD + (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 9:00-9:10 | Welcome remarks | Program Chair |\n"
        "| 9:10-9:30 | Opening remarks | Example University Official |\n"
        "| 9:30-10:00 | Session opening | Ann Lee (Chair) |\n"
    )
    items = read_page(page).program.items
    assert [list(item.people) for item in items[:2]] == [[], []]
    # Not dropped: the office says who speaks, if not by name.
    assert [item.abstract for item in items[:2]] == ["Program Chair", "Example University Official"]
    # An office in brackets after a name is that person's role, not the cell's only words.
    assert [p.name for p in items[2].people] == ["Ann Lee"]


@pytest.mark.parametrize(
    "words",
    [
        "Combining Heterogeneous Review Datasets",
        "Novel Materials Processing",
        "Continuous Integration Practices",
        "Interactive Visual Analytics",
    ],
)
def test_capitalised_title_words_after_a_label_are_no_speaker(words: str) -> None:
    page = HEAD + f"- 14:00-17:00 Hands-on session 2: {words}\n- 17:00-17:30 Closing\n"
    title, _, people = _read(page)[0]
    assert people == []
    assert title == words  # the label goes, as before any title; no speaker is read


@pytest.mark.parametrize(
    "name", ["Bill Wendling", "Clement Martin", "Felicity Jones", "Zoltan Petrovics", "Jing Ming"]
)
def test_names_ending_as_title_words_do_are_still_names(name: str) -> None:
    page = HEAD + f"- 14:00-15:00 Keynote: {name}\n- 15:00-15:30 Closing\n"
    _, kind, people = _read(page)[0]
    assert (kind, people) == (ItemKind.KEYNOTE, [(name, None)])


def test_a_second_time_joined_by_a_dot_is_refused_at_its_line() -> None:
    page = HEAD + (
        "- 13.00-13.15 Coffee break\n- 13.15.13.45 Questions and answers so far\n"
        "- 13.45-14.00 Closing\n"
    )
    with pytest.raises(
        PageError, match=r"could not read '\.13\.45' after the time '13\.15'"
    ) as err:
        read_page(page)
    assert err.value.line == 6


@pytest.mark.parametrize(
    ("speaker", "title"),
    [
        ("Ines Vahl, Example Institute of Logic, Denmark", "Forty Years of Negation as Failure"),
        ("Ann Lee, University of Example, France", "Description Logics Meet Databases Again"),
    ],
)
def test_a_name_in_bold_beside_a_title_in_italics_under_a_chair_line(
    speaker: str, title: str
) -> None:
    # Both had been read wrongly behind the page's refusal of its dinner: the chair as the
    # only person of a title holding the whole cell, or the title as a person.
    page = HEAD + (
        "<table>\n<tr><th>Time</th><th>Monday</th></tr>\n<tr>\n<td>09:00-10:00</td>\n<td>\n"
        "<strong>Invited Talk</strong><br>\n<em>Chair: Bo Ray</em><br><br>\n"
        f"<strong>{speaker}</strong><br>\n<em>{title}</em>\n</td>\n</tr>\n"
        "<tr><td>10:00-10:30</td><td>Coffee Break</td></tr>\n</table>\n"
    )
    name, _, affiliation = speaker.partition(", ")
    assert _read(page)[0] == (title, ItemKind.INVITED, [(name, affiliation), ("Bo Ray", None)])


@pytest.mark.parametrize("group", ["SEVA organisers", "the organizers", "the organizing committee"])
def test_a_title_said_to_be_given_by_a_group_loses_the_group(group: str) -> None:
    page = (
        HEAD + f"* **9:00-9:05** Welcome and opening remarks by {group}\n* **9:05-10:00** Talks\n"
    )
    reading = read_page(page)
    first = reading.program.items[0]
    assert (first.title, first.people) == ("Welcome and opening remarks", ())
    assert any(f"{group!r} names no one" in w.message for w in reading.warnings)


def test_a_title_given_by_a_person_keeps_its_speaker() -> None:
    page = HEAD + "* **9:00-9:05** Welcome and opening remarks by Ann Lee\n* **9:05-10:00** Talks\n"
    first = read_page(page).program.items[0]
    assert [p.name for p in first.people] == ["Ann Lee"]
