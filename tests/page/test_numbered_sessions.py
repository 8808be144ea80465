"""A numbered session of papers ("Paper Session 1: Array Databases") keeps its topic in
its title; a numbered part led by another kind ("Keynote Session 1: Bo Ray"), or a
session of papers followed by two people ("Oral Session 4: Cy Dee and Di Fox"), still
names them after the colon."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Workshop on Data\n\nThursday, March 21, 2024 (all times Europe/Malta)\n\n"


def _items(body: str) -> list[tuple[str, str, list[str]]]:
    return [
        (i.title, i.kind.value, [p.name for p in i.people])
        for i in read_page(HEAD + body).program.items
    ]


def test_a_paper_session_keeps_its_topic_in_a_table() -> None:
    body = (
        "| Time | Session |\n|---|---|\n"
        "| 09:00 - 09:45 | Paper Session 1: Low-Resource Translation |\n"
        "| 09:45 - 10:30 | **Oral Session 2**: Array Databases <br> Session Chair: Ann Lee |\n"
        "| 10:30 - 11:00 | **[Paper Session 3](#papers-3)**: Query Engines |\n"
        "| 11:00 - 11:30 | Keynote Session 1: Bo Ray |\n"
        "| 11:30 - 12:00 | Oral Session 4: Cy Dee and Di Fox |\n"
    )
    items = _items(body)
    assert [(title, people) for title, _, people in items] == [
        ("Paper Session 1: Low-Resource Translation", []),
        ("Oral Session 2: Array Databases", ["Ann Lee"]),
        ("Paper Session 3: Query Engines", []),
        ("Keynote Session 1", ["Bo Ray"]),
        # Two people after a session of papers are its people, not its topic.
        ("Oral Session 4", ["Cy Dee", "Di Fox"]),
    ]


def test_a_paper_session_keeps_its_topic_on_a_line() -> None:
    body = (
        "09:00 - 09:45 Paper Session 1: Low-Resource Translation\n\n"
        "09:45 - 10:30 Contributed Session 2: Machine Translation Evaluation\n\n"
        "10:30 - 11:00 Coffee break\n"
    )
    assert [title for title, _, _ in _items(body)] == [
        "Paper Session 1: Low-Resource Translation",
        "Contributed Session 2: Machine Translation Evaluation",
        "Coffee break",
    ]
