"""A full stop between a speaker and a title: after a kind's label ("Invited Talk: Name.
Title."), after a list of names as a citation has them, and where it only ends a title's
first sentence (pages measured blind, YY/08 and WW/07, had these shapes)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Knowledge Workshop

Thursday July 13, 2023 Pacific Daylight Time

<ul>
<li> 08:45–09:00 - Opening Remark </li>
<li> 09:00–09:45 - Invited Talk: Wen Su. Schema-guided Event Forecasting. </li>
<li> 09:45–10:30 - Invited Talk: Oriana Vale. Tables are Closer: Pre-training on Rows. </li>
<li> 10:30–11:00 - Maren Holt, Idris Kane and Pia Lund. Lotus: Task Runtimes on Clusters </li>
<li> 11:00–11:30 - Paper Sprint. Each group drafts the outline of a joint paper. </li>
<li> 11:30–12:00 - Closing Remark </li>
</ul>
"""


def _items(page: str = PAGE) -> list[tuple[str, list[str]]]:
    return [(i.title, [p.name for p in i.people]) for i in read_page(page).program.items]


def test_a_full_stop_after_a_labels_speaker_ends_the_name() -> None:
    assert _items()[1:3] == [
        ("Schema-guided Event Forecasting", ["Wen Su"]),
        ("Tables are Closer: Pre-training on Rows", ["Oriana Vale"]),
    ]


def test_a_list_of_names_then_a_full_stop_is_a_citations_authors_and_title() -> None:
    assert _items()[3] == (
        "Lotus: Task Runtimes on Clusters",
        ["Maren Holt", "Idris Kane", "Pia Lund"],
    )


def test_a_full_stop_after_a_title_word_ends_a_sentence_not_a_name() -> None:
    title, people = _items()[4]
    assert people == []
    assert title.startswith("Paper Sprint")


def test_a_name_followed_by_a_sentence_is_no_name() -> None:
    """Without the label, one name and a full stop are not enough: the line stays the
    title, and 'Wen Su. Schema-guided Event Forecasting' is no person."""
    page = PAGE.replace("Invited Talk: Wen Su.", "Wen Su.")
    assert _items(page)[1] == ("Wen Su. Schema-guided Event Forecasting.", [])


def test_how_an_author_takes_part_after_a_full_stop_is_no_part_of_a_name() -> None:
    page = PAGE.replace(
        "Paper Sprint. Each group drafts the outline of a joint paper.",
        "*Routing by Cost.* Ana Ruiz, Teo Marsh. In-person",
    )
    assert _items(page)[4] == ("Routing by Cost", ["Ana Ruiz", "Teo Marsh"])
