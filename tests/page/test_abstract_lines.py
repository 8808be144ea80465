"""A title cell's last lines that are an abstract: the title, the speaker's line, then
sentences about the talk (the modelled page qq04 had this shape). Read as one title, the
speaker and the sentences ran into it; now they are the item's description."""

from __future__ import annotations

from fastpath_ical import read_page
from fastpath_ical.model import Item

HEAD = """# Workshop on Careful Measurement

June 3, 2024, Chicago, IL. All times CDT.

| Time | Event |
|---|---|
| 09:00-09:40 | Opening |
"""
TAIL = "| 10:30-11:00 | Break |\n"

ABSTRACT = (
    "Benchmarks often reward differences that nobody sees in practice. "
    "I compare several user studies with automatic scores."
)


def _second(row: str) -> tuple[Item, list[str]]:
    reading = read_page(HEAD + row + "\n" + TAIL)
    return reading.program.items[1], [str(warning) for warning in reading.warnings]


def test_the_sentences_under_a_title_and_its_speaker_are_the_description() -> None:
    item, warnings = _second(
        f"| 09:40-10:30 | Counting What Readers Notice<br>by Ossian Ferd<br>{ABSTRACT} |"
    )
    assert item.title == "Counting What Readers Notice"
    assert [(p.name, p.affiliation) for p in item.people] == [("Ossian Ferd", None)]
    assert item.abstract == ABSTRACT
    assert any("as the description of the item" in warning for warning in warnings)


def test_a_bold_title_a_speaker_with_where_they_work_and_an_abstract() -> None:
    item, _ = _second(
        f"| 09:40-10:30 | **Counting What Readers Notice**<br>Ossian Ferd, Example University"
        f"<br>{ABSTRACT} |"
    )
    assert item.title == "Counting What Readers Notice"
    assert [(p.name, p.affiliation) for p in item.people] == [("Ossian Ferd", "Example University")]


def test_a_labelled_title_a_linked_speaker_an_abstract_in_italics_and_a_video() -> None:
    item, _ = _second(
        "| 09:40-10:30 | **Invited Talk:** When Labellers Disagree<br>by "
        "[Hedda Strom](https://example.org/strom), Northfield University<br>"
        f"<em>{ABSTRACT}</em><br>**[[Video](https://example.com/v/1)]** |"
    )
    assert item.title == "When Labellers Disagree"
    assert item.kind.value == "invited"
    person = item.people[0]
    assert (person.name, person.affiliation, person.profile) == (
        "Hedda Strom",
        "Northfield University",
        "https://example.org/strom",
    )
    assert [link.url for link in item.links] == ["https://example.com/v/1"]
    assert item.abstract == ABSTRACT


def test_sentences_under_a_title_that_names_no_one_stay_as_they_were() -> None:
    # No speaker line: the cell reads as it did before the rule (bold title, description).
    item, warnings = _second(f"| 09:40-10:30 | **Counting What Readers Notice**<br>{ABSTRACT} |")
    assert item.title == "Counting What Readers Notice"
    assert item.people == ()
    assert not any("as the description of the item" in warning for warning in warnings)
