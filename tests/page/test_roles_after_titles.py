"""Who leads an item, named after its title: "Panel with A, B and C, moderator: D",
"Opening remarks, coordinator: Ann Lee"; and a chair named inside a title, refused."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

PAGE = """# W

Monday, April 15, 2024. All times CEST.

**9:00 - 10:00**: Opening

**10:00 - 11:00**: ROW
"""


def _second(row: str) -> tuple[str, list[str], str | None]:
    item = read_page(PAGE.replace("ROW", row)).program.items[1]
    return item.title, [p.name for p in item.people], item.chair


@pytest.mark.parametrize(
    ("row", "title", "people", "chair"),
    [
        (
            "Panel with Sofia Lind, Mateo Ade and Jonas Petra, moderator: Priya Vant",
            "Panel",
            ["Sofia Lind", "Mateo Ade", "Jonas Petra", "Priya Vant"],
            "Priya Vant",
        ),
        (
            "Panel with Sofia Lind and Mateo Ade (moderator: Priya Vant)",
            "Panel",
            ["Sofia Lind", "Mateo Ade", "Priya Vant"],
            "Priya Vant",
        ),
        (
            "Panel with Sofia Lind and Mateo Ade, moderator: Priya Vant, chair: Sam Spald",
            "Panel",
            ["Sofia Lind", "Mateo Ade", "Priya Vant"],
            "Priya Vant, Sam Spald",
        ),
        ("Opening remarks, coordinator: Bahar Irfan", "Opening remarks", ["Bahar Irfan"], None),
        ("Hands-on, led by Ann Lee and Bo Ray", "Hands-on", ["Ann Lee", "Bo Ray"], None),
        # An organisation hosting a break gives it no speaker.
        ("Lunch, hosts: Example Corp", "Lunch, hosts: Example Corp", [], None),
    ],
)
def test_who_leads_an_item_named_after_its_title(
    row: str, title: str, people: list[str], chair: str | None
) -> None:
    assert _second(row) == (title, people, chair)


@pytest.mark.parametrize(
    ("row", "said"),
    [
        # The chair's label left at the end of a title, its name taken for the speaker.
        (
            'Keynote #1: Ann Lee, **"Robots That Remember"**. Session Chair: Bo Ray. [Slides](S)',
            "is cut in the wrong place",
        ),
        (
            'Keynote #1: Oliver Lemon, **"Conversational Robots"**. Session Chair: Hatice Gunes. '
            "[Talk Slides](S)",
            r"holds a person's name \(Hatice Gunes\)",
        ),
    ],
)
def test_a_chair_named_inside_a_title_is_refused(row: str, said: str) -> None:
    with pytest.raises(PageError, match=said):
        read_page(PAGE.replace("ROW", row.replace("(S)", "(https://example.org/s.pdf)")))
