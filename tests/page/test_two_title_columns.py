"""A header that names the title twice ("| Time | Event | Talk Title |"), the first column
holding the speaker on every talk row (a page measured blind, YY/05, had this shape)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Swarm Robotics Workshop

July 12, 2024, in Lisbon, Portugal

| Time            | Event                             | Talk Title|
| --------------- | --------------------------------- ||
| 9:00 - 9:15     | Introductory Remarks              ||
| 9:15 - 9:50     | [**Ines Moura**](https://example.org/moura) |**Flocking Without Maps**|
| 9:50 - 10:25    | [**Tariq Haddad**](https://example.org/haddad) |[**Learning to Yield**](https://example.org/v/1)|
| 10:25 - 11:00   | Break                             ||
| 11:00 - 11:35   | [**Lena Vogt**](https://example.org/vogt) |**Shared Maps for Many Robots**|
| 11:35 - 12:00   | Concluding Remarks                ||
"""


def test_the_first_title_column_holds_the_speakers_of_the_talks() -> None:
    reading = read_page(PAGE)
    assert [
        (i.title, [(p.name, p.profile) for p in i.people], [link.url for link in i.links])
        for i in reading.program.items
    ] == [
        ("Introductory Remarks", [], []),
        ("Flocking Without Maps", [("Ines Moura", "https://example.org/moura")], []),
        (
            "Learning to Yield",
            [("Tariq Haddad", "https://example.org/haddad")],
            ["https://example.org/v/1"],
        ),
        ("Break", [], []),
        ("Shared Maps for Many Robots", [("Lena Vogt", "https://example.org/vogt")], []),
        ("Concluding Remarks", [], []),
    ]
    assert any("('Talk Title') as the title" in w.message for w in reading.warnings)


def test_a_second_title_column_beside_titles_that_are_no_names_stays_extra_text() -> None:
    page = PAGE.replace("[**Ines Moura**](https://example.org/moura)", "Flocking session")
    items = read_page(page).program.items
    assert items[1].title == "Flocking session"
    assert items[1].extra == (("Talk Title", "Flocking Without Maps"),)
