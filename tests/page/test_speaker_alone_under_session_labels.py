"""A title cell that names only its speaker, beside a Session cell that is a kind label
("| Keynote | **Ann Lee**, Example Lab |"), is that kind's item given by the speaker; a row
without a time that names a talk and its speaker is refused, never read as the name of the
session that follows."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

PAGE = """# Research Computing Symposium

July 16, 2024, at the Example Campus. All times are EDT.

| Time | Session | Title |
|:----:|:-------:|:-----:|
| 9:00 - 9:15 | Welcome Remarks | |
| 9:40 - 10:30 | Keynote | **Dana Whitfield**, Chief Architect, Example Storage Inc. |
| 10:40 - 11:20 | Invited Speaker | _Fast Solvers on Clusters_ <br />**Omar Haddad**, Physics |
| 11:20 - 12:00 | Lunch | |
"""


def test_the_session_label_is_the_title_and_the_cell_the_speaker() -> None:
    items = read_page(PAGE).program.items
    keynote = items[1]
    assert (keynote.title, keynote.kind) == ("Keynote", ItemKind.KEYNOTE)
    assert [(p.name, p.affiliation) for p in keynote.people] == [
        ("Dana Whitfield", "Example Storage Inc.")  # a post is no part of it
    ]
    assert items[2].title == "Fast Solvers on Clusters"


def test_an_untimed_talk_is_refused_at_its_row() -> None:
    page = PAGE.replace(
        "| 11:20 - 12:00 | Lunch | |",
        "| 11:20 - 12:00 | Lightning Talks | _Tiny Models_ <br />**Ines Ward**, Biology |\n"
        "| _Wide Models_ <br />**Lu Chen**, Chemistry |\n"
        "| 12:00 - 13:00 | Lunch | |",
    )
    with pytest.raises(PageError, match="names a talk and its speaker but has no time") as error:
        read_page(page)
    assert error.value.line == 11
