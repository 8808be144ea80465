"""The same programme (MB/04, measured blind) closes each session with a short panel of its
speakers: "| 12:45 - 12:55 | Quick-fire panel: Metadata and Standards | Session 1 speakers
|". "Session 1 speakers" names the people of a part of the program, not what happens (it
had titled the panel, its topic lost), and "Quick-fire panel:" is a panel's label.
"""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

PAGE = """# Programme

June 16, 2025. All times are BST.

| Time | Title | Speaker |
|---|---|---|
| 12:20 - 12:45 | *A semantic framework* | Abraham Nieva |
| 12:45 - 12:55 | Quick-fire panel: Metadata and Standards | {speakers} |
| 12:55 - 13:50 | Lunch | |
"""


@pytest.mark.parametrize(
    "speakers", ["Session 1 speakers", "Session speakers", "Track B presenters", "Panel speakers"]
)
def test_the_speakers_of_a_part_name_no_one(speakers: str) -> None:
    _, panel, _ = read_page(PAGE.format(speakers=speakers)).program.items
    assert (panel.title, panel.kind, panel.people) == (
        "Metadata and Standards",
        ItemKind.PANEL,
        (),
    )


def test_a_named_panelist_is_still_read() -> None:
    _, panel, _ = read_page(PAGE.format(speakers="Ann Lee")).program.items
    assert panel.title == "Metadata and Standards"
    assert [person.name for person in panel.people] == ["Ann Lee"]
