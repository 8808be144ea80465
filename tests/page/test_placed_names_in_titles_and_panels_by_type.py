"""Names with where they work left inside a title, and a panel whose title cell names only
its people: blind page BM/02 built `Title. Ann Lee (X); Bo Ray (Y); best long paper` as
a title without a word, and a modelled page (u05) read a panel's people as its title."""

from __future__ import annotations

import pytest

from fastpath_ical import ItemKind, PageError, read_page

LINES = """# Data Management on Hardware

## Program - Monday (June 19, 2023). All times are America/Los_Angeles.

09:30 - 09:40 Welcome

09:40 - 10:30 {line}

10:30 - 11:00 Coffee Break
"""


@pytest.mark.parametrize(
    "line",
    [
        "**The Difficult Balance**. Ana Ruiz (ETH Zurich); Bo Ray (ETH Zurich); best long paper",
        "pim: **From Memory to Engines**. Cy Dee (Example University); Di Eng (TU Example).",
    ],
)
def test_names_with_their_places_left_in_a_title_are_refused(line: str) -> None:
    with pytest.raises(PageError, match="holds people's names"):
        read_page(LINES.format(line=line))


def test_a_title_naming_products_in_brackets_is_kept() -> None:
    title = "Spark and Flink (Databricks) and Beam (Google)"
    assert read_page(LINES.format(line=title)).program.items[1].title == title


PANEL = """# Workshop on Bandits

Friday, July 26, 2024. Times are in Central European Summer Time (Europe/Vienna).

<table>
<tr><th>Time</th><th>Type</th><th>Title & Speakers</th></tr>
<tr><td>1:30 p.m.</td>
<td>Panel Discussion<br>[<a href="https://example.org/video/104">video</a>]</td>
<td>Moderator: <b>Pieter Vos</b> (Lowland University)<br>
<b>Chidi Okafor</b> (Northlake University), <b>Renata Silva</b> (Examplecorp Research)</td>
</tr>
<tr><td>2:30 p.m.</td><td></td><td>Coffee Break</td></tr>
<tr><td>3:00 p.m.</td><td></td><td>End</td></tr>
</table>
"""


def test_a_title_cell_of_people_alone_is_titled_by_the_kind_cell() -> None:
    panel = read_page(PANEL).program.items[0]
    assert (panel.title, panel.kind) == ("Panel Discussion", ItemKind.PANEL)
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Pieter Vos", "Lowland University"),
        ("Chidi Okafor", "Northlake University"),
        ("Renata Silva", "Examplecorp Research"),
    ]
