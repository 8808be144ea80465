"""A program line shown as a ``<details>`` summary, and a kind's label ended by a full
stop (from blind page BU/04).

"<details><summary> 09:30 - 10:30 - Invited talk #1. Ann Lee: Title </summary> abstract
</details>" between lines of the program had been dropped with no word: the page's two
invited talks were missing from the feed.  Each test fails on the reader before these
rules.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

HEAD = "# Symposium\n\nMonday, July 18, 2022. All times are Pacific Time.\n\n"


def test_a_summary_that_is_a_line_of_the_program_is_an_item() -> None:
    page = HEAD + (
        "<details>\n  <summary> 09:30 - 10:15 - Invited talk #1. Ann Lee: How biases arise\n"
        "</summary>\n\n<h6> Abstract </h6>\nWhat the talk is about.\n\n</details>\n\n"
        "10:15 - 10:30 - Break\n\n10:30 - 11:30 - Student session\n"
    )
    program = read_page(page).program
    assert [item.title for item in program.items] == [
        "How biases arise",
        "Break",
        "Student session",
    ]
    talk = program.items[0]
    assert talk.kind is ItemKind.INVITED
    assert [person.name for person in talk.people] == ["Ann Lee"]
    assert talk.start.astimezone(dt.UTC).hour == 16


def test_a_summary_that_only_says_what_unfolds_is_no_item() -> None:
    page = HEAD + (
        "09:00 - 10:00 - Welcome\n\n<details><summary>Abstract</summary>\n"
        "09:30 is when the talk starts.</details>\n\n10:00 - 10:30 - Break\n"
    )
    assert [item.title for item in read_page(page).program.items] == ["Welcome", "Break"]


def test_a_kind_label_ended_by_a_full_stop() -> None:
    page = HEAD + (
        "09:30 - 10:15 - Invited talk #1. Ann Lee: How biases arise\n\n"
        "10:15 - 10:30 - Keynote. Bo Ray: Data and its limits\n\n"
        "10:30 - 11:30 - Lunch. Bring your own\n"
    )
    items = read_page(page).program.items
    assert [(item.title, [p.name for p in item.people]) for item in items] == [
        ("How biases arise", ["Ann Lee"]),
        ("Data and its limits", ["Bo Ray"]),
        ("Lunch. Bring your own", []),
    ]
    assert [item.kind for item in items[:2]] == [ItemKind.INVITED, ItemKind.KEYNOTE]
