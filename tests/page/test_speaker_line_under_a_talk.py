"""The speaker on the line under a talk's line, in italics: "<dt>9.35 - 10.35: Keynote:
<a>Securing Pipelines</a></dt>" over "<dd><em>Ann Lee, Example University</em></dd>" (a
page measured blind, BF/04, had lost its keynotes' speakers without a word; with the
title's link whole, two capitalised words had read as the speaker and the speaker's
line as the title)."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Security Workshop\n\n### Monday, July 16th, 2018\n\nAll times CEST.\n\n<dl>\n\n"
TAIL = '<dt class="e">10.35 - 11.05: Coffee Break</dt>\n</dl>\n'


def _keynote(link: str) -> tuple[str, list[tuple[str, str | None]], list[str]]:
    page = HEAD + (
        f'<dt class="e">9.35 - 10.35: Keynote: {link}</dt>\n'
        '<dd style="margin-left: 6.3em;"><em>Ernst Damm, Università degli Studi di Milano'
        "</em></dd>\n\n" + TAIL
    )
    item = read_page(page).program.items[0]
    return item.title, [(p.name, p.affiliation) for p in item.people], [x.url for x in item.links]


def test_the_line_under_a_talk_names_its_speaker() -> None:
    title, people, _ = _keynote('<a href="/keynote">Securing AI/Big Data Pipelines</a>')
    assert (title, people) == (
        "Securing AI/Big Data Pipelines",
        [("Ernst Damm", "Università degli Studi di Milano")],
    )


def test_a_linked_title_read_as_a_name_is_the_title_again() -> None:
    assert _keynote('<a href="https://talks.example.org/k">Securing Pipelines</a>') == (
        "Securing Pipelines",
        [("Ernst Damm", "Università degli Studi di Milano")],
        ["https://talks.example.org/k"],
    )
