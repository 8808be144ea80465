"""Four habits of blind page BP/07 (a German summer-school README): a `Dozierende`
column, two names joined by `und`, where each lecturer works said on a labelled line above
the table, and a last row of a time alone (`| 17:00 | | |`), the end of the item above.

Before, the row of a time alone was refused; with it read, `Franziska Fuchs und Stephanie
Nitsche` would have been one person, and no one's place of work joined."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Sommerschule: Zeitungen digital lesen

Donnerstag, 12. September 2024, Zentralbibliothek Zürich

**Datum:** Donnerstag, 12. September 2024, 13:30 Uhr - 17:00 Uhr
**Dozierende:** LECTURERS

| Uhrzeit | Programmpunkt | Dozierende |
|---------|---------------|------------|
| 13:30   | Einführung    | Jana Vogel |
| 15:00   | Pause         |            |
| 15:15   | Analyse       | Lena Roth und Mia Stein |
| 17:00   |               |            |
""".replace(
    "LECTURERS",
    "Jana Vogel ([Beispiel Bibliothek](https://example.org/bib)), "
    "Lena Roth ([Muster Nationalbibliothek](https://example.org/nb)), "
    "Mia Stein ([Muster Nationalbibliothek](https://example.org/nb))",
)


def test_a_last_row_of_a_time_alone_ends_the_item_above() -> None:
    reading = read_page(PAGE)
    items = reading.program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("13:30", "15:00", "Einführung"),
        ("15:00", "15:15", "Pause"),
        ("15:15", "17:00", "Analyse"),
    ]
    assert any("nothing else" in w.message for w in reading.warnings)


def test_lecturers_joined_by_und_with_their_places_from_the_labelled_line() -> None:
    items = read_page(PAGE).program.items
    assert [(p.name, p.affiliation) for p in items[0].people] == [
        ("Jana Vogel", "Beispiel Bibliothek")
    ]
    assert [(p.name, p.affiliation) for p in items[2].people] == [
        ("Lena Roth", "Muster Nationalbibliothek"),
        ("Mia Stein", "Muster Nationalbibliothek"),
    ]


def test_a_time_alone_that_is_not_the_last_row_is_still_refused() -> None:
    page = PAGE.replace("| 15:00   | Pause         |            |", "| 15:00   |  |  |")
    with pytest.raises(PageError, match="no title"):
        read_page(page)


def test_a_last_row_of_a_range_alone_is_still_refused() -> None:
    page = PAGE.replace("| 17:00   |               |            |", "| 17:00 - 18:00 |  |  |")
    with pytest.raises(PageError, match="no title"):
        read_page(page)
