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


# A second review of these rules found the readings below wrong; each is held here.


def test_talks_listed_under_a_timed_heading_that_is_no_session_are_refused() -> None:
    body = """### Keynote (09:00-10:00)

- **Speaker:** Ann Lee (MIT)
- **Title:** Scaling laws for sparse models

### Coffee break (10:00-10:30)
"""
    page = "# W\n\nMonday, April 15, 2024. All times CEST.\n\n" + body
    with pytest.raises(PageError, match="the list under 'Keynote' names people"):
        read_page(page)


def test_a_chair_in_its_own_column_stays_beside_a_moderator() -> None:
    page = """# W

Monday, April 15, 2024. All times CEST.

| Time | Session | Speaker | Chair |
|---|---|---|---|
| 09:00 - 09:30 | Opening remarks | Ann Lee | |
| 09:30 - 10:30 | Panel: The future of HPC, moderator: Bo Ray | Cy Dee, Di Fox | Fay Hu |
"""
    item = read_page(page).program.items[1]
    assert (item.title, [p.name for p in item.people], item.chair) == (
        "The future of HPC",
        ["Cy Dee", "Di Fox", "Bo Ray"],
        "Fay Hu",
    )


def test_a_moderator_also_among_the_speakers_is_listed_once() -> None:
    page = """# W

Monday, April 15, 2024. All times CEST.

| Time | Title | Speakers |
|---|---|---|
| 09:00 - 09:30 | Opening remarks | Ann Lee |
| 09:30 - 10:30 | Panel: Future of HPC, moderated by Bo Ray | Bo Ray (MIT), Cy Dee (KAIST) |
"""
    item = read_page(page).program.items[1]
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Bo Ray", "MIT"),
        ("Cy Dee", "KAIST"),
    ]
    assert item.chair == "Bo Ray"


@pytest.mark.parametrize(
    ("row", "title", "people"),
    [
        # No role is named with a colon or "by": the words are the title's.
        ("Welcome, Host City Presentation", "Welcome, Host City Presentation", []),
        ("Lightning Round, Presenters Walk", "Lightning Round, Presenters Walk", []),
        # What follows the moderator is no name: nothing is taken apart.
        (
            "Panel, moderator: Bo Ray, with Cy Dee and Di Fox",
            "Panel, moderator: Bo Ray, with Cy Dee and Di Fox",
            [],
        ),
        (
            "Panel discussion, moderated by the session chair",
            "Panel discussion, moderated by the session chair",
            [],
        ),
        # The kind label before the title goes, as in any other row.
        ("Keynote: Scaling laws, speaker: Ann Lee", "Scaling laws", ["Ann Lee"]),
    ],
)
def test_what_is_no_role_after_a_title_stays_in_it(row: str, title: str, people: list[str]) -> None:
    assert _second(row)[:2] == (title, people)


def test_a_note_with_a_time_in_brackets_is_no_item() -> None:
    page = PAGE.replace("ROW", "Hackathon") + (
        "\nNote: the room is booked for clean-up afterwards (17:00-17:30).\n"
    )
    assert [i.title for i in read_page(page).program.items] == ["Opening", "Hackathon"]


@pytest.mark.parametrize(
    ("row", "title", "note"),
    [
        ("Welcome address (Program chair)", "Welcome address", "Program chair"),
        ("Opening (Moderator)", "Opening", "Moderator"),
        ("Closing words [Session chairs]", "Closing words", "Session chairs"),
    ],
)
def test_a_role_in_brackets_with_no_name_is_a_note(row: str, title: str, note: str) -> None:
    """Who speaks, by their role alone: no words of the title, and no person."""
    item = read_page(PAGE.replace("ROW", row)).program.items[1]
    assert (item.title, item.people, dict(item.extra).get("Note")) == (title, (), note)
