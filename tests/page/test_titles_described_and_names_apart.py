"""A bold title and the words describing it after a dash; a speaker cell whose people
were not split apart; a title still holding a name set apart by its form of address."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Course\n\nFriday, May 22, 2026 (all times CEST)\n\n"


def _items(table: str) -> list[tuple[str, str | None]]:
    return [(i.title, i.abstract) for i in read_page(HEAD + table).program.items]


TITLES = "| Time | Session |\n|---|---|\n"


def test_a_bold_title_then_a_dash_and_a_description_in_small_letters() -> None:
    assert _items(
        TITLES + "| 09:00-09:10 | **Opening** — welcome and the plan of the day. |\n"
        "| 09:10-10:00 | **Project work + Coffee Break** – participants work on their data |\n"
    ) == [
        ("Opening", "welcome and the plan of the day."),
        ("Project work + Coffee Break", "participants work on their data"),
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "**Keynote** — Ann Lee",  # a name, not a description
        "**Talk** — *Deep things*",  # emphasis after the dash: more of the title
        "**Session 1** — [Slides](https://example.org/s.pdf) of the day",  # a link after it
        "**Part one** and part two — the rest",  # plain words before the dash
    ],
)
def test_other_cells_with_a_bold_lead_and_a_dash_are_not_so_split(cell: str) -> None:
    ((_, abstract),) = _items(TITLES + f"| 09:00-09:10 | {cell} |\n")
    assert abstract is None


SPEAKERS = "| Time | Speaker | Title |\n|---|---|---|\n"


def test_people_not_split_apart_are_an_error_at_their_cell() -> None:
    # "Ann Lee (MIT) Bo Ray (CMU)" had been one person of that name.
    with pytest.raises(PageError, match="could not tell the people in") as caught:
        read_page(HEAD + SPEAKERS + "| 10:00-10:30 | Ann Lee (MIT) Bo Ray (CMU) | Things |\n")
    assert (caught.value.line, caught.value.column) == (7, 17)


def test_a_nickname_in_brackets_is_part_of_a_name() -> None:
    table = SPEAKERS + "| 10:00-10:30 | Kun-Chih (Jimmy) Chen, Ann Lee | Things |\n"
    (item,) = read_page(HEAD + table).program.items
    assert [p.name for p in item.people] == ["Kun-Chih (Jimmy) Chen", "Ann Lee"]


def test_a_title_holding_a_name_after_its_form_of_address_is_an_error() -> None:
    # A label the reader does not know ("invited lecture", in Romanian) left the name in.
    cell = "Prelegere invitată — Prof. Ann Lee (MIT): How Rivers Work"
    with pytest.raises(PageError, match=r"holds a person's name \(Prof. Ann Lee\)"):
        read_page(HEAD + TITLES + f"| 09:10-10:00 | {cell} |\n")


def test_a_title_that_says_by_whom_keeps_the_name() -> None:
    cell = "Introduction by the organizers & welcome by Dr. Ann Lee"
    assert _items(TITLES + f"| 09:10-10:00 | {cell} |\n")[0][0] == cell


def test_a_registered_mark_and_an_arrow_are_part_of_a_title() -> None:
    # "®" had been dropped with the emoji; "☕" still is.
    assert _items(TITLES + "| 09:00-09:10 | ☕ NEUROGES® as a Taxonomy: Data → Insight |\n")[0][
        0
    ] == ("NEUROGES® as a Taxonomy: Data → Insight")


HTML = """<table>
<tr><th>Time</th><th>Session</th></tr>
<tr><td>15:30-16:30</td><td>Information theory, building algorithms, QFT<br>
<em>Ann Lee (KTH, SE)</em></td></tr>
<tr><td>16:30-17:00</td><td>Quantum units with supercomputers<br><em>Speaker</em></td></tr>
</table>
"""


def test_a_title_with_commas_over_its_speaker_in_italics() -> None:
    # The title's first part had been taken for a name ("Information theory") and its
    # rest for an organisation ("QFT"), and the cell kept whole as the title.
    items = read_page(HEAD + HTML).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Information theory, building algorithms, QFT", ["Ann Lee"]),
        # A template's placeholder in italics names no one and is no part of the title.
        ("Quantum units with supercomputers", []),
    ]


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        # A kind, then what or who it is: no description (a review found these hidden).
        ("**Tutorial** — pandas for beginners", "Tutorial — pandas for beginners"),
        ("**Fireside chat** — with Ann Lee (Google)", "Fireside chat — with Ann Lee (Google)"),
    ],
)
def test_a_kind_or_who_after_the_dash_is_no_description(cell: str, title: str) -> None:
    assert _items(TITLES + f"| 09:00-09:10 | {cell} |\n") == [(title, None)]


@pytest.mark.parametrize(
    "title",
    [
        "Dr. Strangelove, or How I Learned to Love the Audit",
        "The Dr. Martin Luther King Jr. Lecture on Health Equity",
        "Fireside chat with Dr. Ann Lee",
    ],
)
def test_a_title_that_names_someone_without_their_place_is_kept(title: str) -> None:
    assert _items(TITLES + f"| 09:10-10:00 | {title} |\n")[0][0] == title


def test_a_title_with_a_name_beside_a_speaker_column_is_kept() -> None:
    table = SPEAKERS + "| 10:00-10:30 | Maria Costa (UCL) | Dr. Google (Not) Will See You |\n"
    (item,) = read_page(HEAD + table).program.items
    assert item.title == "Dr. Google (Not) Will See You"


@pytest.mark.parametrize("name", ["John (JJ) Jones", "J. (Jimmy) Chen"])
def test_nicknames_in_capitals_or_after_an_initial(name: str) -> None:
    table = SPEAKERS + f"| 10:00-10:30 | {name} | Things |\n"
    (item,) = read_page(HEAD + table).program.items
    assert [p.name for p in item.people] == [name]


def test_a_glued_particle_is_part_of_a_name_before_its_organisation() -> None:
    cell = "*Networked privacy*<br>Ahmed el-Sayed, Cairo University"
    (item,) = read_page(HEAD + TITLES + f"| 09:10-10:00 | {cell} |\n").program.items
    assert item.title == "Networked privacy"
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Ahmed el-Sayed", "Cairo University")
    ]


def test_how_long_each_part_takes_in_brackets_is_no_part_of_the_title() -> None:
    (item,) = read_page(
        HEAD + TITLES + "| 09:00-10:30 | Session 1 (2x30min presentations, 2x15min discussion) |\n"
    ).program.items
    assert item.title == "Session 1"
    assert ("Duration", "2x30min presentations, 2x15min discussion") in item.extra


def test_capitalised_words_of_a_format_are_no_speaker_before_a_colon() -> None:
    """'Project Presentations: Demos!' is a title: presentations are what happens, and
    no one's name holds the word written with a capital (in lower case, as in 'prepare
    presentation', it is a phrase's word and kept as what the item does)."""
    page = (
        "# Radar Hack Week 2024\n\nFriday May 24, 2024 (all times EDT)\n\n"
        "| Time | Topic | Presenter(s) |\n| :---: | :---: | :---: |\n"
        "| 08:30 AM - 09:00 AM | Next steps | Oda Lindqvist |\n"
        "| 10:00 AM - 12:00 PM | Project Presentations: Demos! | |\n"
        "| 01:00 PM - 02:00 PM | Work time | Wrap up analysis, prepare presentation |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Next steps", ["Oda Lindqvist"]),
        ("Project Presentations: Demos!", []),
        ("Work time", []),
    ]
    assert items[2].abstract == "Wrap up analysis, prepare presentation"


def test_a_course_level_before_a_bold_format_is_a_title_not_a_speaker() -> None:
    """'Advanced Shell __lecture and hands on__': 'Advanced Shell' names what is taught at
    what level, no one; the line is one title."""
    page = (
        "# Schedule\n\nAll times are **Pacific** time.\n\n### Wednesday, October 7, 2020\n\n"
        "**9:00 am**  Advanced Shell __lecture and hands on__  \n"
        "**12:00 pm**  Lunch  \n"
        "**1:00 pm**  Zoom session ends\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items[:1]] == [
        ("Advanced Shell lecture and hands on", [])
    ]
