"""A review of this session's reader rules, probing each with pages of its own, found
ways they read pages wrongly; each is held here (the shape, what a careful person reads).

Each test fails on the rules as first written: real names whose endings titles also
have ("Flemming", "Blessing", "Schilling", "Radics") read as title words; "Keynote – Name,
Affiliation" beside a speaker cell titled by the name; "Menopause" and "Pause" inside a
talk's title read as a break; "Eastern European" in prose, and "Time-series", read as a
zone; "Adjourn for lunch" before a ranged row lost; "ISH" and "Ish" as the suffix "-ish";
a title linked as a button dropped; "Lecture" beside a Title column taken as the titles;
"Ann Lee Program Chair" read as no one; "(moderated by the organizers)" cut at its "by";
a host in brackets read as a person.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import ItemKind, read_page

HEAD = "# Workshop on Things 2025\n\nJune 3, 2025. All times CEST.\n\n"


def _read(page: str) -> list[tuple[str, ItemKind, list[tuple[str, str | None]]]]:
    return [
        (i.title, i.kind, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(page).program.items
    ]


@pytest.mark.parametrize(
    ("cell", "title", "name"),
    [
        ("Keynote: Flemming Nielson (DTU)", "Keynote", "Flemming Nielson"),
        ("Keynote: Learning to See - Blessing Okoro", "Learning to See", "Blessing Okoro"),
        ("**Robust Inference** by Curt Schilling", "Robust Inference", "Curt Schilling"),
        ("Causal Discovery (Gigi Radics, ELTE)", "Causal Discovery", "Gigi Radics"),
        ("Invited talk: Helle Thorning", "Invited talk", "Helle Thorning"),
    ],
)
def test_names_that_end_as_some_title_words_do_are_names(cell: str, title: str, name: str) -> None:
    page = (
        HEAD
        + f"| Time | Talk |\n|---|---|\n| 10:00 - 10:30 | {cell} |\n| 10:30 - 11:00 | Break |\n"
    )
    read_title, _, people = _read(page)[0]
    assert read_title == title
    assert [person for person, _ in people] == [name]


@pytest.mark.parametrize(
    "cell", ["Keynote – Yoshua Bengio, Mila", "Keynote - Dr. Bo Ray, MIT", "Panel - TBD"]
)
def test_a_label_and_a_dash_before_who_speaks_keeps_the_cell(cell: str) -> None:
    page = (
        HEAD + f"| Time | Session | Speaker |\n|---|---|---|\n| 09:30 - 10:00 | {cell} | Bo Ray |\n"
    )
    assert _read(page)[0][0] == cell


@pytest.mark.parametrize("title", ["Menopause and Cognitive Ageing", "Learning When to Pause"])
def test_a_break_word_inside_a_talk_s_title_is_no_break(title: str) -> None:
    page = HEAD + f"| Time | Talk |\n|---|---|\n| 09:00 - 09:30 | {title} - Ann Lee |\n"
    assert _read(page)[0] == (title, ItemKind.TALK, [("Ann Lee", None)])


@pytest.mark.parametrize(
    "prose",
    [
        "We especially welcome researchers from Eastern European countries.",
        "Speakers from Western European Time-series groups.",
    ],
)
def test_european_words_in_prose_state_no_zone(prose: str) -> None:
    page = f"# Workshop 2025\n\nJune 3, 2025, Boston, MA. {prose}\n\n| Time | Talk |\n|---|---|\n"
    page += "| 09:00 - 10:00 | Opening |\n"
    program = read_page(page).program
    assert str(program.timezone) == "America/New_York"
    assert program.items[0].start.astimezone(dt.UTC).hour == 13


def test_an_adjournment_for_lunch_before_a_ranged_row_is_an_item() -> None:
    page = HEAD + (
        "| Time | Talk |\n|---|---|\n| 09:30 | Talk A |\n| 12:00 | Adjourn for lunch |\n"
        "| 13:30 - 15:00 | Afternoon session |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in items][1] == (
        "Adjourn for lunch",
        dt.time(12, 0),
        dt.time(13, 30),
    )


@pytest.mark.parametrize(
    "title", ["ISH Workshop: Integrated Systems Health", "Ish, a Language for Shells"]
)
def test_ish_that_opens_a_title_is_no_time_s_suffix(title: str) -> None:
    page = HEAD + f"- 09:00 Opening\n- 10:00 {title}\n- 11:00 - 12:00 Lunch\n"
    assert _read(page)[1][0] == title


def test_a_title_linked_as_a_button_is_the_title() -> None:
    page = HEAD + (
        "<table>\n<tr><th>Time</th><th>Title</th><th>Speaker</th></tr>\n"
        '<tr><td>09:30 - 10:00</td><td><a class="btn btn-link" href="https://a.example/p1.pdf">'
        "Graph Methods for Proteins</a></td><td>Bo Ray</td></tr>\n"
        '<tr><td>10:00 - 10:30</td><td><a href="#abs3" role="button" data-toggle="collapse">'
        'Sparse Models at Scale</a><div class="collapse" id="abs3">We study sparsity.</div></td>'
        "<td>Cy Dee</td></tr>\n</table>\n"
    )
    items = read_page(page).program.items
    assert [i.title for i in items] == ["Graph Methods for Proteins", "Sparse Models at Scale"]
    assert items[1].abstract == "We study sparsity."


def test_lecture_beside_a_title_column_is_the_lecturers() -> None:
    page = HEAD + (
        "| Time | Topic | Lecture |\n|---|---|---|\n"
        "| 09:00 - 10:30 | Foundations of Learning | Ann Lee (MIT) |\n"
    )
    assert _read(page)[0] == ("Foundations of Learning", ItemKind.TALK, [("Ann Lee", "MIT")])


@pytest.mark.parametrize("cell", ["Ann Lee Program Chair", "Ann Lee – General Chair"])
def test_a_name_before_an_office_is_someone(cell: str) -> None:
    page = (
        HEAD + f"| Time | Title | Speaker |\n|---|---|---|\n| 09:10 - 09:20 | Opening | {cell} |\n"
    )
    assert _read(page)[0][2] != []


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        ("Design by Committee", "Design by Committee", []),
        ("Panel: Future of AI (moderated by the organizers)", "Future of AI", []),
        ("Poster session (hosted by Google Research)", "Poster session", []),
    ],
)
def test_by_and_a_group_or_an_organisation_names_no_speaker(
    cell: str, title: str, people: list[str]
) -> None:
    page = (
        HEAD + f"| Time | Title |\n|---|---|\n| 11:00 - 11:30 | {cell} |\n| 11:30 - 12:00 | End |\n"
    )
    read_title, _, read_people = _read(page)[0]
    assert read_title.startswith(title)
    assert [name for name, _ in read_people] == people


def test_a_title_over_a_room_in_brackets_names_no_one() -> None:
    page = HEAD + (
        "<table>\n<tr><th>time</th><th>Session</th></tr>\n"
        "<tr><td>11.15 - 12.30</td><td> Oxide Electronics<br /> (Hall A)</td></tr>\n"
        "<tr><td>12.30 - 14.00</td><td>Lunch</td></tr>\n</table>\n"
    )
    first = read_page(page).program.items[0]
    assert (first.title, first.people) == ("Oxide Electronics", ())
