"""A day that ends with "Adjourn to ..." and a session whose untimed rows are its talks,
each written with a list's dash inside the title cell (a community meeting's agenda)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Schedule: Friday, February 7, 2025

| Time | Topic | Speaker | Slides |
|------|-------|---------|--------|
| 15:10 - 15:50 | Lightning Talks |   |   |
|   | - Tidemark: Release Trains | [Ines Vahl](#ines-vahl) | [PDF](https://ex.org/t.pdf) |
|   | - Ferrule Metrics | Oskar Lind |   |
| 15:50 - 16:50 | Maintainer Health WG Tutorial | Pia Sandoval & Tomasz Brzoza | |
|   |   |   |   |
| 16:50 | Adjourn to the Harbour Social |   |   |
"""


def test_adjourn_to_somewhere_only_ends_the_day() -> None:
    reading = read_page(PAGE, timezone="Europe/Brussels")
    items = reading.program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("15:10", "15:50", "Lightning Talks"),
        ("15:50", "16:50", "Maintainer Health WG Tutorial"),
    ]


def test_a_dash_written_in_a_papers_title_cell_is_no_part_of_its_title() -> None:
    talks = read_page(PAGE, timezone="Europe/Brussels").program.items[0].papers
    assert [(p.title, [x.name for x in p.people]) for p in talks] == [
        ("Tidemark: Release Trains", ["Ines Vahl"]),
        ("Ferrule Metrics", ["Oskar Lind"]),
    ]
    assert [link.url for link in talks[0].links] == ["https://ex.org/t.pdf"]
