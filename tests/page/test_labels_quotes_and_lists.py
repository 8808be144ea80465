"""Labels before quoted titles, names before them, papers in lists, speakers listed apart."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

HEAD = "# Workshop on Examples 2024\n\nMonday, June 3, 2024 (all times Europe/Rome)\n\n"


def _read(table: str, below: str = "") -> list[tuple[str, ItemKind, list[tuple]]]:
    read = read_page(HEAD + table + below)
    return [
        (i.title, i.kind, [(p.name, p.affiliation, p.profile) for p in i.people])
        for i in read.program.items
    ]


def _one(title: str) -> tuple[str, ItemKind, list[tuple]]:
    return _read(f"| Time | Talk |\n|---|---|\n| 09:00 - 09:30 | {title} |\n")[0]


def test_a_university_named_by_its_state_is_an_affiliation() -> None:
    assert _one("Growing trees in winter (Ann Lee, Oregon State)")[::2] == (
        "Growing trees in winter",
        [("Ann Lee", "Oregon State", None)],
    )


@pytest.mark.parametrize(
    "title", ["Thematic Session 1: Text Generation", "Poster Track B: Big Data"]
)
def test_a_numbered_part_after_a_word_keeps_its_topic(title: str) -> None:
    assert _one(title)[::2] == (title, [])


def test_one_link_around_the_whole_cell_is_one_title() -> None:
    title = "[Mailbox Types: From Processes to Programming](https://example.org/invited#mailbox-types-from-processes-to-programming)"
    assert _one(title)[::2] == ("Mailbox Types: From Processes to Programming", [])


def test_a_name_then_a_quoted_title_after_a_label() -> None:
    cell = 'Invited talk 1: **Ann Lee**, ["Structure for learning to learn"](https://example.org/a.pdf)'
    assert _one(cell) == (
        "Structure for learning to learn",
        ItemKind.INVITED,
        [("Ann Lee", None, None)],
    )


def test_a_quoted_title_after_a_panel_label_loses_its_quotes() -> None:
    assert _one('Panel Session: "The Future of Simulators"')[:2] == (
        "The Future of Simulators",
        ItemKind.PANEL,
    )


def test_welcome_and_a_kind_label_before_a_title() -> None:
    assert _one("Welcome and Keynote: Simulators, now and next")[:2] == (
        "Simulators, now and next",
        ItemKind.KEYNOTE,
    )


PAPERS = """
### Accepted papers
- Ann Lee, Bo Ray, and Cy Dee, *Metric Equational Theories*
- Di Fox, *Sound Iteration for Simple Stochastic Games*
"""


def test_a_talk_named_by_a_paper_in_a_list_gets_its_authors() -> None:
    table = (
        "| Time | Talk |\n|---|---|\n| 10:30 - 11:00 | Metric Equational Theories |\n"
        "| 11:00 - 11:30 | Sound Iteration for Simple Stochastic Games |\n"
    )
    read = read_page(HEAD + table + PAPERS)
    assert [[p.name for p in i.people] for i in read.program.items] == [
        ["Ann Lee", "Bo Ray", "Cy Dee"],
        ["Di Fox"],
    ]
    assert any("papers listed at line" in w.message for w in read.warnings)


def test_a_list_entry_whose_title_is_not_in_italics_gives_no_authors() -> None:
    table = "| Time | Talk |\n|---|---|\n| 10:30 - 11:00 | Metric Equational Theories |\n"
    below = PAPERS.replace("*Metric Equational Theories*", "Metric Equational Theories")
    assert _read(table, below)[0][2] == []


SPEAKERS = """
## Invited Speakers
- [Ann Lee](https://example.org/ann) (Example University)
- [Bo Ray](https://example.org/bo) (Example Labs)
"""


def test_a_speaker_named_bare_gets_the_homepage_the_speakers_list_gives() -> None:
    table = (
        '| Time | Talk |\n|---|---|\n| 09:00 - 09:30 | Invited talk: **Ann Lee**, "Trees" |\n'
        '| 09:30 - 10:00 | Invited talk: **Bo Ray** (Elsewhere Inc), "Rivers" |\n'
    )
    people = [i[2] for i in _read(table, SPEAKERS)]
    assert people == [
        [("Ann Lee", "Example University", "https://example.org/ann")],
        [("Bo Ray", "Elsewhere Inc", None)],  # the program says who he is: no join
    ]


def test_work_by_names_the_speakers_column() -> None:
    table = (
        "| Time slot | Title | Work By |\n|---|---|---|\n| 9:00 - 9:25 | Far Atomics | Ann Lee |\n"
    )
    assert _read(table)[0][2] == [("Ann Lee", None, None)]


def test_a_label_comes_off_a_title_whose_words_look_like_names_when_speakers_stand_apart() -> None:
    table = (
        "| Time | Event | Speaker |\n|---|---|---|\n"
        "| 14:10 -- 14:50 | **Keynote Presentation:** LLMs As Virtual Traffic Police: "
        "Signal Control Augmented by Large Language Models | Dr. Kai Yang |\n"
    )
    assert _read(table)[0] == (
        "LLMs As Virtual Traffic Police: Signal Control Augmented by Large Language Models",
        ItemKind.KEYNOTE,
        [("Kai Yang", None, None)],
    )


def test_one_link_around_a_speaker_and_a_title_is_still_cut() -> None:
    """The anchor names the speaker only: the link is around both, not one title."""
    assert _one("[Ann Lee: Trees in Winter](https://ws.example.org/abstracts.html#lee)")[::2] == (
        "Trees in Winter",
        [("Ann Lee", None, None)],
    )


@pytest.mark.parametrize(
    ("cell", "title", "names"),
    [
        # The colon inside the italics introduces the title, however name-like its words.
        (
            "<em>Cy Dee:</em> Declarative Dynamic Object Reclassification",
            "Declarative Dynamic Object Reclassification",
            ["Cy Dee"],
        ),
        # Names on both sides: the italics are a label's, as before.
        ("<em>Lightning Round:</em> Ann Lee and Bo Ray", "Lightning Round", ["Ann Lee", "Bo Ray"]),
    ],
)
def test_a_name_in_italics_with_its_colon_before_a_title(
    cell: str, title: str, names: list[str]
) -> None:
    found = _one(cell)
    assert (found[0], [p[0] for p in found[2]]) == (title, names)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "🎓 **Invited Talk by Ann Lee** <br /> <small>Multimodal Time Series Modeling<small/>",
            ("Multimodal Time Series Modeling", ItemKind.INVITED, ["Ann Lee"]),
        ),
        (
            "📢 **Contributed Oral Talk** <br /> <small>Channel Masks for Forecasting<small/>",
            ("Channel Masks for Forecasting", ItemKind.CONTRIBUTED, []),
        ),
        (
            "**Contributed Talk**- Ann Lee, Bo Ray: *Online Learning and Imitation*",
            ("Online Learning and Imitation", ItemKind.CONTRIBUTED, ["Ann Lee", "Bo Ray"]),
        ),
        ("**Invited Talk** - Ann Lee: *TBA*", ("Invited Talk", ItemKind.INVITED, ["Ann Lee"])),
    ],
)
def test_labels_over_titles_and_titles_to_be_announced(
    cell: str, expected: tuple[str, ItemKind, list[str]]
) -> None:
    title, kind, people = _one(cell)
    assert (title, kind, [p[0] for p in people]) == expected


def test_a_chair_in_brackets_after_a_title_is_the_items_chair() -> None:
    read = read_page(
        HEAD + "| Time | Talk |\n|---|---|\n"
        "| 09:10 - 10:00 | Keynote Presentation (Session Chair: Bo Ray)<br>Ann Lee |\n"
    )
    item = read.program.items[0]
    assert (item.title, item.chair, [p.name for p in item.people]) == (
        "Keynote Presentation",
        "Bo Ray",
        ["Ann Lee"],
    )


def test_a_title_in_italics_under_a_label_by_a_name_keeps_no_mark_of_the_reader() -> None:
    """The italic line could be names ('Fast and Efficient ...'); the label says who."""
    cell = (
        "**Keynote talk by Hal Ito (Example Brain)** <br/> "
        "*Fast and Efficient Auto-Regressive Inference*."
    )
    assert _one(cell) == (
        "Fast and Efficient Auto-Regressive Inference",
        ItemKind.KEYNOTE,
        [("Hal Ito", "Example Brain", None)],
    )


def test_a_kind_in_brackets_after_a_name_is_no_affiliation() -> None:
    assert _one("**Ann Lee (Invited Talk): Fair Ranking at Scale**")[2] == [("Ann Lee", None, None)]


def test_a_linked_papers_title_after_a_label_is_no_speaker() -> None:
    cell = "Oral: [Equivariant MuZero](https://openreview.net/forum?id=abc)"
    assert _one(cell)[::2] == ("Equivariant MuZero", [])


def test_a_middle_dot_between_a_name_and_a_title() -> None:
    cell = "**Ann Lee** · *Towards a Frontier of Interpretability* ([*video*](https://v.example/1))"
    assert _one(cell)[::2] == ("Towards a Frontier of Interpretability", [("Ann Lee", None, None)])


def test_a_middle_dot_between_authors_cuts_no_title() -> None:
    cell = 'Contributed talk 5: "Uncertainty in Posterior Sampling", Ann Lee · Bo Ray'
    assert _one(cell)[::2] == (
        "Uncertainty in Posterior Sampling",
        [("Ann Lee", None, None), ("Bo Ray", None, None)],
    )
