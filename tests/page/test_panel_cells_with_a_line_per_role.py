"""A panel's title cell that gives its title, then a line of its moderator and a line of
its panelists ("Title [[video]](url) <br> Moderator: Ann Lee (MIT) <br> Panelists: Bo
Ray, Cy Dee"), from the blind set DA (an ICLR workshop's page).  The row had been refused
as a title holding people's names; read with one speaker label's rule, it would have made
the panelists one person.  Each test fails on the reader before this rule.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

_PAGE = (
    "# Debugging workshop\n\nMay 6, 2019. All times are US Central (America/Chicago).\n\n"
    "| Time | Program |\n|---|---|\n"
    "| 5.30 | **Invited talk** – [Ann Lee](https://a.example/) (MIT): *Fixing models* |\n"
    '| 6.00 | **Q&A and panel** – "The future of testing" '
    "[[video]](https://video.example/panel) <br> Moderator: [Dee Fox](https://d.example/) "
    "(Harvard University) <br> Panelists: [Ann Lee](https://a.example/), "
    "[Bo Ray](https://b.example/), Cy Dee |\n"
    "| 6.25 | Closing remarks |\n"
)


def test_each_role_line_is_a_list_of_its_own() -> None:
    program = read_page(_PAGE, end=dt.time(18, 30)).program
    panel = program.items[1]
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Dee Fox", "Harvard University"),
        ("Ann Lee", None),
        ("Bo Ray", None),
        ("Cy Dee", None),
    ]
    assert [p.profile for p in panel.people][:3] == [
        "https://d.example/",
        "https://a.example/",
        "https://b.example/",
    ]


def test_the_title_line_keeps_no_label_of_its_material() -> None:
    program = read_page(_PAGE, end=dt.time(18, 30)).program
    panel = program.items[1]
    assert "video" not in panel.title
    assert "The future of testing" in panel.title
    assert [link.url for link in panel.links if "video" in link.url] == [
        "https://video.example/panel"
    ]
