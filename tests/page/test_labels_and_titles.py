"""A kind label before a title that has a colon of its own, or before a title and its
speaker; a title in italics, then one speaker and where they work."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Workshop on Systems\n\nSunday, October 27, 2019 (all times America/Toronto)\n\n"


def _items(body: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    return [
        (i.title, i.kind.value, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(HEAD + body).program.items
    ]


def test_a_label_before_a_title_with_its_own_colon_and_no_name() -> None:
    body = (
        "| Time | Title |\n|---|---|\n"
        "| 9:00-9:30 | Contributed Talk 4: GraphDB: A Store for Graphs |\n"
        "| 9:30-10:00 | Keynote: Graphs: Why They Matter |\n"
    )
    assert _items(body) == [
        ("GraphDB: A Store for Graphs", "contributed", []),
        ("Graphs: Why They Matter", "keynote", []),
    ]


def test_a_label_before_a_title_and_its_speaker() -> None:
    body = (
        "| Time | Title |\n|---|---|\n"
        "| 9:00-9:30 | Keynote: Graph Stores at Scale – Bo Ray |\n"
        "| 9:30-10:00 | Keynote: Bo Ray – Graph Stores at Scale |\n"
    )
    assert _items(body) == [
        ("Graph Stores at Scale", "keynote", [("Bo Ray", None)]),
        ("Graph Stores at Scale", "keynote", [("Bo Ray", None)]),
    ]


def test_a_title_in_italics_then_a_speaker_and_two_organisations() -> None:
    body = (
        "9:00 - 9:30 &nbsp;&nbsp;&nbsp; *What are the Challenges of Systems for ML?*, "
        "Ann Lee, Example University and Databricks\n\n"
        "9:30 - 10:00 &nbsp;&nbsp;&nbsp; *Learning to Schedule Jobs*, Bo Ray, Facebook\n"
    )
    assert _items(body) == [
        (
            "What are the Challenges of Systems for ML?",
            "talk",
            [("Ann Lee", "Example University and Databricks")],
        ),
        ("Learning to Schedule Jobs", "talk", [("Bo Ray", "Facebook")]),
    ]


KEYNOTE_CELL = """<table>
  <tr>
    <td>9:15am &ndash; 10:15am</td>
    <td>
      <h4>Keynote Presentation
      </h4>
      <i>Professor Ann Lee, Example State University</i><br>
      <b>Learning to Render Very Large Scientific Data Sets</b><br/>
      <a style="display: block;" href="#keynote">Details</a>
    </td>
  </tr>
  <tr>
    <td>10:15am &ndash; 10:45am</td>
    <td>Coffee Break - Coffee break</td>
  </tr>
</table>
"""


def test_a_keynote_cell_of_label_speaker_in_italics_title_in_bold_and_details() -> None:
    """The italic line is a name and where they work, beside a title in bold; 'Details'
    links to more on the page and is no part of the title ('Keynote Presentation' is a
    label)."""
    assert _items(KEYNOTE_CELL) == [
        (
            "Learning to Render Very Large Scientific Data Sets",
            "keynote",
            [("Ann Lee", "Example State University")],
        ),
        ("Coffee Break", "break", []),
    ]


def test_a_date_in_a_sentence_that_says_when_it_happened() -> None:
    page = (
        "# Workshop on Planning\n\nThe workshop happened on July 10 in hybrid mode.\n\n"
        "| Time (KST) | Event |\n|---|---|\n| 9:00 - 9:10 | Opening remarks |\n"
    )
    assert read_page(page, year=2023).program.items[0].start.isoformat() == (
        "2023-07-10T09:00:00+09:00"
    )


RETREAT = """# Lab Retreat

All times America/New_York.

# Schedule ({date}) {{#schedule}}

| Time | Activity |
|---|---|
| 9:15 am - 10:15 am | Activity 1: Research Lightning Talks |
| 10:30 am - 11:00 am | Activity 2: *Science Communication w/ Jean-Luc Dumont* |
| 12:15 pm - 1:15 pm | Lunch @ Rye House |
"""


def test_a_retreat_of_numbered_activities_and_places() -> None:
    read = read_page(RETREAT.format(date="10/16/23"))
    items = read.program.items
    assert [(i.title, i.kind.value, [p.name for p in i.people]) for i in items] == [
        ("Research Lightning Talks", "activity", []),
        # "w/" is left in the title: "Fine-tuning LLMs w/ Hugging Face" names no one.
        ("Science Communication w/ Jean-Luc Dumont", "activity", []),
        ("Lunch", "break", []),
    ]
    assert items[0].start.isoformat() == "2023-10-16T09:15:00-04:00"
    assert ("Place", "Rye House") in items[2].extra


def test_a_date_in_numbers_is_read_only_when_it_reads_one_way() -> None:
    for written, day in (("16/10/2023", "2023-10-16"), ("10/16/2023", "2023-10-16")):
        start = read_page(RETREAT.format(date=written)).program.items[0].start
        assert start.date().isoformat() == day
    with pytest.raises(PageError, match="no date"):
        read_page(RETREAT.format(date="10/06/2023"))


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        (
            "The workshop will happen in person in Rio de Janeiro, Brazil on July 25th, 2025.",
            "America/Sao_Paulo",
        ),
        ("The workshop takes place in Frankfurt am Main on July 25th, 2025.", "Europe/Berlin"),
    ],
)
def test_the_place_of_the_sentence_that_dates_the_workshop(sentence: str, zone: str) -> None:
    page = f"# Program\n\n{sentence}\n\n| Time | Title |\n|---|---|\n| 9:00-9:30 | Opening |\n"
    read = read_page(page)
    assert str(read.program.items[0].start.tzinfo) == zone
    assert any(
        "the page states no time zone; read its times in" in w.message for w in read.warnings
    )


def test_keynotes_and_papers_as_workshop_tables_write_them() -> None:
    body = (
        "| Time | Program |\n|---|---|\n"
        '| 9:00 - 9:45 | Invited Keynote by <a href="https://e.org/al">Ann Lee</a> (CWI): '
        "<u>Diving into Lakes</u> |\n"
        "| 9:45 - 10:30 | **Keynote Talk** Bo Ray (Example University) - *Checking Claims: "
        "Wider and Faster* |\n"
        "| 10:30 - 10:50 | Cy Dee, Di Fox and Ed Gale. *[Graphs Against Rumours on the Web]"
        "(https://e.org/p1)* |\n"
        "| 10:50 - 11:10 | Fay Hu. *[Fact-checking via Path Embeddings](https://e.org/p2)* |\n"
    )
    assert _items(body) == [
        ("Diving into Lakes", "keynote", [("Ann Lee", "CWI")]),
        ("Checking Claims: Wider and Faster", "keynote", [("Bo Ray", "Example University")]),
        (
            "Graphs Against Rumours on the Web",
            "talk",
            [("Cy Dee", None), ("Di Fox", None), ("Ed Gale", None)],
        ),
        ("Fact-checking via Path Embeddings", "talk", [("Fay Hu", None)]),
    ]


def test_a_bracket_after_a_label_alone_names_who_gives_it_and_where() -> None:
    """Where they work needs no word of an organisation after a kind label alone; after a
    title it does ("(Ann Lee, Blue Sky)" may say more of the title's subject)."""
    body = (
        "- 14:05 - 15:05, [Keynote Talk](https://example.org/k) (Rafael Quintero, Cerulean"
        " Compute)\n"
        "- 15:05 - 15:30, Clouds over the sea (Ines Vahl, Blue Sky)\n"
        "- 15:30 - 16:00, Open discussion\n"
    )
    assert _items(body)[:2] == [
        ("Keynote Talk", "keynote", [("Rafael Quintero", "Cerulean Compute")]),
        ("Clouds over the sea (Ines Vahl, Blue Sky)", "talk", []),
    ]
