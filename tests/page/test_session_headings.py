"""Sessions written as headings with their time after the name ("### Session 1
(08:30-10:00)"), the papers of each a list under it: each paper a bold linked title,
a line break, and its authors on the next line."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.model import ItemKind

PAGE = """---
layout: simple
title: Program
---

# Query Languages Day 2021

Friday, 20 August 2021, Copenhagen. All times are CEST (Europe/Copenhagen).

### Session 1 (09:00-10:30)

- **Welcome**<br />
  Ilse Varga, Tomasz Wren
- [**Queries Are Programs Too (Invited Talk)**](https://example.org/slides/k1.pdf)<br />
  [Henrike Mallory](https://example.org/~mallory/)
- [**Typed Views over Streaming Tables**](https://example.org/slides/4.pdf)<br />
  [Nils Odegaard](https://example.com/odegaard/), Amara Chukwu and Felix Brandt

### Session 2 (11:00-12:30)

- [**Lazy Joins for Nested Collections**](https://example.org/slides/11.pdf)<br />
  Rosa Iglesias
"""


def test_a_timed_heading_is_a_session_and_the_list_under_it_its_papers() -> None:
    items = read_page(PAGE).program.items
    assert [(f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, i.kind, i.people) for i in items] == [
        ("09:00-10:30", "Session 1", ItemKind.SESSION, ()),
        ("11:00-12:30", "Session 2", ItemKind.SESSION, ()),
    ]
    assert items[0].start == dt.datetime(2021, 8, 20, 7, 0, tzinfo=dt.UTC)
    papers = [(p.title, [a.name for a in p.people]) for p in items[0].papers]
    assert papers == [
        ("Welcome", ["Ilse Varga", "Tomasz Wren"]),
        ("Queries Are Programs Too (Invited Talk)", ["Henrike Mallory"]),
        ("Typed Views over Streaming Tables", ["Nils Odegaard", "Amara Chukwu", "Felix Brandt"]),
    ]
    assert [(p.title, [a.name for a in p.people]) for p in items[1].papers] == [
        ("Lazy Joins for Nested Collections", ["Rosa Iglesias"])
    ]


def test_a_paper_whose_title_and_authors_are_all_links_is_a_paper_not_links() -> None:
    # Title and author are both links: the row says a title, not only "[slides]".
    first = read_page(PAGE).program.items[0]
    assert "https://example.org/~mallory/" not in [link.url for link in first.links]
    assert first.papers[1].people[0].profile == "https://example.org/~mallory/"


def test_a_row_of_material_links_still_goes_to_the_item_above() -> None:
    page = PAGE.replace(
        "- [**Lazy Joins for Nested Collections**](https://example.org/slides/11.pdf)<br />\n"
        "  Rosa Iglesias\n",
        "- 11:00-12:30 Lazy Joins for Nested Collections\n"
        "  - [Slides](https://example.org/s.pdf) [Video](https://example.org/v)\n",
    )
    last = read_page(page).program.items[-1]
    assert [link.url for link in last.links] == [
        "https://example.org/s.pdf",
        "https://example.org/v",
    ]


def test_a_heading_that_only_says_when_the_day_runs_is_no_session() -> None:
    page = PAGE.replace("### Session 2 (11:00-12:30)", "### Time: 11:00-12:30")
    with pytest.raises(PageError):
        # The list under it has no time and no session to belong to.
        read_page(page)


def test_the_last_items_nested_links_are_its_own() -> None:
    # The list's last item kept no nested line: its links were lost without a word.
    page = """# W 2021

Friday, 20 August 2021, Copenhagen. All times are CEST (Europe/Copenhagen).

- 10:00-11:00 Kernels for Graphs
  - [Slides](https://example.org/a.pdf)
- 11:00-12:30 Lazy Joins for Nested Collections
  - [Slides](https://example.org/s.pdf) [Video](https://example.org/v)
"""
    items = read_page(page).program.items
    assert [[link.url for link in i.links] for i in items] == [
        ["https://example.org/a.pdf"],
        ["https://example.org/s.pdf", "https://example.org/v"],
    ]


def test_a_days_heading_with_its_hours_is_the_day_not_a_session() -> None:
    page = """# Bootcamp

All times are CET (Europe/Luxembourg).

### Day 1 – Thursday, February 9th 2023: 01:30 PM – 05:00 PM

- 01:30 PM – 01:45 PM: Welcome
- 01:45 PM – 05:00 PM: Introduction to GPU computing
"""
    items = read_page(page).program.items
    assert [(f"{i.start:%Y-%m-%d %H:%M}", i.title, i.session) for i in items] == [
        ("2023-02-09 13:30", "Welcome", None),
        ("2023-02-09 13:45", "Introduction to GPU computing", None),
    ]
