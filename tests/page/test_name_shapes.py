"""Names by their shape: a second capital after a name's prefix ("McDermott", "LeCun")."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Workshop on Things\n\nFriday, December 11, 2020 (all times America/New_York)\n\n"


def _items(body: str) -> list[tuple[str, list[str]]]:
    return [(i.title, [p.name for p in i.people]) for i in read_page(HEAD + body).program.items]


def test_names_with_a_second_capital_after_a_prefix_are_people() -> None:
    body = (
        "| Time | Program |\n|---|---|\n"
        "| 09:00 - 09:10 | Opening remarks with Emily Stone and Matthew McDermott |\n"
        "| 09:10 - 09:40 | Fireside chat with Yann LeCun |\n"
        "| 09:40 - 10:00 | Discussion with GitHub Copilot |\n"
    )
    assert _items(body) == [
        ("Opening remarks", ["Emily Stone", "Matthew McDermott"]),
        ("Fireside chat", ["Yann LeCun"]),
        ("Discussion with GitHub Copilot", []),
    ]


def test_a_nickname_in_brackets_keeps_a_name_in_a_list_of_names() -> None:
    """A panel's last name with a nickname had been read as the panel's title, and its
    panelists as the speakers of a talk so titled."""
    body = (
        "| Time | Program |\n|---|---|\n"
        "| 13:00 - 14:00 | Panel: <b>Oda Berg</b>, <b>Cy Dunn</b>, <b>Ines (Nessa) Ruiz</b> |\n"
        "| 14:00 - 14:30 | Keynote: Ines (Nessa) Ruiz - Rewards that arrive late |\n"
        "| 14:30 - 15:00 | Closing remarks |\n"
    )
    assert _items(body)[:2] == [
        ("Panel", ["Oda Berg", "Cy Dunn", "Ines (Nessa) Ruiz"]),
        ("Rewards that arrive late", ["Ines (Nessa) Ruiz"]),
    ]
