"""Panelists listed under a heading of their own, given to the program's one panel."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

PROGRAM = """# Workshop on Retrieval 2022

Monday, July 11, 2022 (all times Europe/Madrid)

| Time | Session |
|---|---|
| 14:15 - 15:00 | Keynote by Ann Lee |
| 15:00 - 15:30 | Coffee Break |
| 15:30 - 16:15 | {panel} |

## Panelists

**Bo Ray** Example Labs

**Cy Dunn** Example University ([slides](https://example.org/panel.pdf))

[Di Fox](https://example.org/difox)
{more}
"""


def _read(panel: str = "Panel Discussion and Concluding Remarks", more: str = "") -> list:
    read = read_page(PROGRAM.format(panel=panel, more=more))
    return [
        (i.title, [(p.name, p.affiliation, p.profile) for p in i.people])
        for i in read.program.items
    ]


def test_the_one_panel_is_given_the_panelists_listed_below() -> None:
    assert _read()[-1] == (
        "Panel Discussion and Concluding Remarks",
        [
            ("Bo Ray", "Example Labs", None),
            ("Cy Dunn", "Example University", None),
            ("Di Fox", None, "https://example.org/difox"),
        ],
    )


def test_the_join_is_said() -> None:
    read = read_page(PROGRAM.format(panel="Panel", more=""))
    assert any("panelists of 'Panel'" in w.message for w in read.warnings)


@pytest.mark.parametrize(
    ("panel", "more"),
    [
        ("Closing Remarks", ""),  # no panel in the program
        ("Panel Discussion", "\nThe panel will take questions from the audience.\n"),  # prose
    ],
)
def test_no_panel_or_a_section_of_prose_gives_no_one(panel: str, more: str) -> None:
    assert _read(panel, more)[-1][1] == []


def test_a_nickname_in_quotes_against_the_given_name_is_set_apart() -> None:
    page = (
        "# W\n\nMonday, July 11, 2022 (all times Europe/Madrid)\n\n| Time | Title | Speaker |\n"
        '|---|---|---|\n| 9:00-9:30 | Co-design for AI | Hai"Helen" Li |\n'
    )
    assert [p.name for p in read_page(page).program.items[0].people] == ['Hai "Helen" Li']
