"""A kramdown table as Jekyll sites write it: attribute lists on header spans, a start
column whose header is no word, a Type column, and the papers listed in a table below."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

PAGE = """---
layout: page
title: Schedule
---

# Workshop on Agents 2025

(all times Europe/Rome)

Thursday, July 17, 2025

| **{start}**{{: .h5}} | **End**{{: .h5}} | **Type**{{: .h5}} | **Event**{{: .h5}} |
| :-----:   | :-----: |
| 14:30 | 15:15 | Invited talk | **Scaling Retrieval for Agents** <br> Ann Lee (Example Labs) |
| 15:15 | 15:45 | Coffee break | |
| 15:45 | 16:15 | Paper talk | {paper} |
{{: .table}}

## Posters

| **Paper**{{: .h5}} | **Authors**{{: .h5}} |
| :-----: | :-----: |
| Routing Agents by Cost | Bo Ray, Cy Dunn and Di Fox |
| Memory for Long Tasks | Ed Gale |
{{: .table}}
"""


def _read(
    start: str = "Start", paper: str = "Routing Agents by Cost"
) -> list[tuple[str, str, list[str]]]:
    items = read_page(PAGE.format(start=start, paper=paper)).program.items
    return [(i.start.strftime("%H:%M"), i.title, [p.name for p in i.people]) for i in items]


@pytest.mark.parametrize("start", ["Start", "Star", "Begin"])
def test_attribute_lists_and_a_start_header_that_is_no_word(start: str) -> None:
    assert _read(start) == [
        ("14:30", "Scaling Retrieval for Agents", ["Ann Lee"]),
        ("15:15", "Coffee break", []),
        ("15:45", "Routing Agents by Cost", ["Bo Ray", "Cy Dunn", "Di Fox"]),
    ]


def test_a_paper_is_given_its_authors_only_when_its_title_is_the_same() -> None:
    assert _read(paper="Routing Agents by Price")[2] == (
        "15:45",
        "Routing Agents by Price",
        [],
    )


def test_the_join_is_said() -> None:
    read = read_page(PAGE.format(start="Start", paper="routing agents  by cost"))
    assert [p.name for p in read.program.items[2].people] == ["Bo Ray", "Cy Dunn", "Di Fox"]
    assert any("from the papers listed at line 23" in w.message for w in read.warnings)
