"""A two-day meeting's page written as lines (a quantum computing days' page measured
blind, HB/03): day lines with their room in a bracket ("**Jeudi 28 novembre (amphi
Gagnepain)**"), talks as "**Name** (Affiliation). Title ([abstract](a), [slides](b)),
*invited talk*", and a session's name in italics under the lunch.  Before stop 39 the
day lines were passed over (every day read as the first, refused as rows listed twice);
with them read, the names stayed in the titles, the links' commas and the kind after
them too, and the session's name ran into the lunch's title."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = (
    "# Journées Quantiques\n\n28 et 29 novembre 2019, Besançon\n\n### Programme\n\n"
    "**Jeudi 28 novembre (amphi Gagnepain)**\n\n"
    "12.00 Lunch<br/>\n<br/>\n*Afternoon session: Programs and contextuality*\n\n"
    "14.00 **Ann Lee** (CEMS, Croatia). Hypergraphs and Contextuality "
    "([abstract](https://example.org/a.pdf),[slides](https://example.org/s.pdf)), "
    "*invited talk*<br/>\n"
    "15.00 **Bo Ray** (FEMTO-ST, UFC). Methods for contextual finite geometries<br/>\n"
    "16.00 Coffee break<br/>\n\n"
    "**Vendredi 29 novembre (amphi Gagnepain)**\n\n"
    "09.00 **Cy Dunn** (LORIA). A graphical language for beam splitters<br/>\n"
    "10.00 Coffee break<br/>\n"
)


def _items() -> list[tuple[dt.date, str, str, list[tuple[str, str | None]]]]:
    program = read_page(PAGE, end=dt.time(18, 0)).program
    return [
        (
            i.start.date(),
            i.title,
            i.kind.value,
            [(p.name, p.affiliation) for p in i.people],
        )
        for i in program.items
    ]


def test_the_days_the_talks_and_their_people() -> None:
    thursday, friday = dt.date(2019, 11, 28), dt.date(2019, 11, 29)
    assert _items() == [
        (thursday, "Lunch", "break", []),
        (thursday, "Hypergraphs and Contextuality", "invited", [("Ann Lee", "CEMS, Croatia")]),
        (
            thursday,
            "Methods for contextual finite geometries",
            "talk",
            [("Bo Ray", "FEMTO-ST, UFC")],
        ),
        (thursday, "Coffee break", "break", []),
        (friday, "A graphical language for beam splitters", "talk", [("Cy Dunn", "LORIA")]),
        (friday, "Coffee break", "break", []),
    ]


def test_the_links_of_a_talk() -> None:
    talk = read_page(PAGE, end=dt.time(18, 0)).program.items[1]
    assert [link.url for link in talk.links] == [
        "https://example.org/a.pdf",
        "https://example.org/s.pdf",
    ]


def test_a_page_about_the_talk_is_no_word_of_the_speakers_line() -> None:
    # "<i>Amelia Rangi <a href=...>Keynote information</a></i>" under the title in bold.
    page = (
        "# SRW\n\n| Time | Event |\n|---|---|\n| March 12, 2024 (GMT+8) | |\n"
        "| 9:40 - 10:20 | <b>Keynote Address: </b> <br> <b>What small languages teach</b> <br> "
        '<i>Ann Lee <a href="https://example.org/keynote">Keynote information</a></i> |\n'
        "| 10:20 - 10:35 | Break |\n"
    )
    keynote = read_page(page, timezone="Asia/Makassar").program.items[0]
    assert (keynote.title, [p.name for p in keynote.people]) == (
        "What small languages teach",
        ["Ann Lee"],
    )
