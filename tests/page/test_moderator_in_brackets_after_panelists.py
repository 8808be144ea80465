"""A panel's moderator in brackets after the last panelist: "Valiant (Moderator Alex Gray)".

A neuro-symbolic summer school's page measured blind (JA/06) so lists its panels; the
bracket had been read as where Valiant works ("Moderator Alex Gray"), silently, and the
moderator was lost. Now the moderator is one more of the panel's people. A bracket whose
words after the role are no name ("(Host University)") is still a place of work.
"""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

HEAD = (
    "# Summer School\n\n## Day 1: June 5, 2023\n\n| Time (ET) | Title | Speaker |\n|---|---|---|\n"
)


def _people(cell: str) -> list[tuple[str, str | None]]:
    page = HEAD + f"| 16:15 - 17:00 | Panel | {cell} |\n| 17:00 - 17:30 | Closing | |\n"
    item = read_page(page).program.items[0]
    return [(person.name, person.affiliation) for person in item.people]


@pytest.mark.parametrize(
    "cell",
    [
        "Grosof, Riguzzi, Valiant (Moderator Alex Gray)",
        "Grosof, Riguzzi, Valiant (moderator: Alex Gray)",
        "Grosof, Riguzzi, Valiant (Chair Alex Gray)",
    ],
)
def test_the_moderator_in_brackets_is_one_more_person(cell: str) -> None:
    assert _people(cell) == [
        ("Grosof", None),
        ("Riguzzi", None),
        ("Valiant", None),
        ("Alex Gray", None),
    ]


def test_a_place_of_work_after_the_word_host_stays_one() -> None:
    assert _people("Ann Lee (Host University)") == [("Ann Lee", "Host University")]
