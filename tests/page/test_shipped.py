"""The shipped FastPath 2021 program, read from the page shipped byte for byte."""

from __future__ import annotations

import datetime as dt
import hashlib

from fastpath_ical import ItemKind, LinkKind, Program, fastpath2021_page, read_page

# sha256 of ../shared/seed/fastpath2021-program.md as published.
SEED_SHA256 = "183ae8168469f8c8b91866dce2a7467540bcb2d7a65d8ab75ac10e4a2ea1df53"


def test_page_is_shipped_byte_for_byte() -> None:
    assert hashlib.sha256(fastpath2021_page().encode("utf-8")).hexdigest() == SEED_SHA256
    assert "KÃ¤stner" in fastpath2021_page()


def test_program_header(program: Program) -> None:
    assert (
        program.title
        == "International Workshop on Performance Analysis of Machine Learning Systems"
    )
    assert program.short_name == "FastPath 2021"
    assert dt.date(2021, 3, 28) == program.date
    assert program.timezone == "America/New_York"
    assert program.virtual
    assert program.home_page == "https://tinyurl.com/fastpath2021"
    assert program.conference is not None
    assert (program.conference.name, program.conference.url) == (
        "ISPASS 2021",
        "https://www.ispass.org/ispass2021",
    )
    assert program.recording == (
        "https://www.youtube.com/watch?v=9_6d5TJCyGw&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14"
    )
    assert len(program.notes) == 2
    assert program.notes[0].startswith("Note 1: All times US EDT")


def test_organizers_pair_with_affiliations(program: Program) -> None:
    assert [(person.name, person.affiliation) for person in program.organizers] == [
        ("Parijat Dube", "IBM"),
        ("Yuhao Zhu", "Univ of Rochester"),
        ("Erik Altman", "IBM"),
    ]


def test_items(program: Program) -> None:
    kinds = [item.kind for item in program.items]
    assert [
        ItemKind.REMARKS,
        *[ItemKind.TALK] * 3,
        ItemKind.BREAK,
        ItemKind.TALK,
        ItemKind.TALK,
        ItemKind.BREAK,
        ItemKind.TALK,
        ItemKind.TALK,
        ItemKind.REMARKS,
    ] == kinds
    assert dt.datetime(2021, 3, 28, 14, 50, tzinfo=dt.UTC) == program.items[0].start_utc
    assert dt.datetime(2021, 3, 28, 20, 30, tzinfo=dt.UTC) == program.items[-1].end_utc
    names = [person.name for item in program.talks() for person in item.people]
    assert "Christian Kästner" in names
    assert not any("Ã" in name for name in names)


def test_talk_without_links(program: Program) -> None:
    maas = next(
        item for item in program.items if item.people and item.people[0].name == "Martin Maas"
    )
    assert maas.links == ()
    assert maas.people[0].profile == "https://tinyurl.com/fastpath2021/Maas"


def test_every_talk_has_profile_and_links_by_kind(program: Program) -> None:
    for item in program.talks():
        assert item.people[0].profile is not None
        assert len(item.links_of(LinkKind.SLIDES)) <= 1
        assert len(item.links_of(LinkKind.VIDEO)) <= 1


def test_reading_is_clean() -> None:
    reading = read_page(fastpath2021_page())
    assert reading.warnings == ()
    assert len(reading.item_lines) == 11
    assert reading.item_lines[0] == 12
