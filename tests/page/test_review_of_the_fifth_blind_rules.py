"""Mends of a review of the day's rules (225 probe pages of a helper's own, the old reader
beside the new): each probe here was read wrongly, or refused, by a rule of the day as
first written.  Each test fails on that first version.
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

_TABLE = (
    "# W\n\nJune 5, 2025, in Vienna, Austria.\n\n| Time | Session |\n|---|---|\n"
    "| 9:00 - 9:30 | {} |\n| 9:30 - 10:00 | Break |\n"
)


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        # A material link on another line takes no word of the title, nor stays in a name.
        (
            "Learning from video<br>Speaker: Cy Dunn [[video]](https://v.example/x)",
            "Learning from video",
            ["Cy Dunn"],
        ),
        (
            "Writing better code<br>Speaker: Cy Dunn ([code](https://c.example/))",
            "Writing better code",
            ["Cy Dunn"],
        ),
        # A link inside the title keeps its word.
        (
            "The [Poster](https://p.example/) session on Data<br>Presenters: Cy Dunn, Di Eve",
            "The Poster session on Data",
            ["Cy Dunn", "Di Eve"],
        ),
        # One person named as moderator and panelist is one person.
        (
            "Panel on AI<br>Moderator: Bo Ray (MIT)<br>Panelists: Bo Ray, Di Eve",
            "Panel on AI",
            ["Bo Ray", "Di Eve"],
        ),
    ],
)
def test_labelled_lines_keep_the_title_s_words(cell: str, title: str, people: list[str]) -> None:
    item = read_page(_TABLE.format(cell)).program.items[0]
    assert (item.title, [person.name for person in item.people]) == (title, people)


def test_a_session_s_morning_talks_stay_in_the_morning() -> None:
    page = (
        "# Feb. 22, 2022 (Tuesday)\n\n### Session 1: 7:45–11:05AM PST (3:45–7:05PM UTC)\n\n"
        "- 7:45 - 8:00 Opening\n- 8:00 - 11:05 Keynote: Ann Lee\n"
    )
    items = read_page(page).program.items
    assert [f"{item.start:%H:%M}" for item in items] == ["07:45", "07:45", "08:00"]


def test_a_second_line_beside_places_is_where_the_speaker_works() -> None:
    page = (
        "# W\n\nJune 5, 2025, in Vienna, Austria.\n\n| Time | Speaker | Affiliation | Title |\n"
        "|---|---|---|---|\n| 9:00 - 9:30 | Ann Lee<br>Google DeepMind | Google<br>London "
        "| Talk |\n| 9:30 - 10:00 | Break | | |\n"
    )
    people = read_page(page).program.items[0].people
    assert [person.name for person in people] == ["Ann Lee"]


@pytest.mark.parametrize(
    "title",
    [
        "Poster boards available 9:00-12:00 and 13:00-17:00",
        "Release 2.10-2.12 and 3.00-3.02 of the toolkit",
        "Opening (in person 9:00-9:10, online 9:10-9:20)",
    ],
)
def test_a_title_may_name_two_ranges(title: str) -> None:
    assert read_page(_TABLE.format(title)).program.items[0].title == title


@pytest.mark.parametrize("entry", ["3-5 min each", "9-10 pages each", "10 - 12 year olds"])
def test_numbers_in_a_cell_s_list_are_no_times(entry: str) -> None:
    page = (
        "# W\n\nJune 5, 2025, in Vienna, Austria.\n\n<table><tr><td>9:00 - 9:30</td>"
        f"<td>Lightning talks<ul><li>{entry}</li></ul></td></tr><tr><td>9:30 - 10:00</td>"
        "<td>Break</td></tr></table>\n"
    )
    assert read_page(page).program.items[0].title == "Lightning talks"


def test_a_dated_entry_that_names_a_day_is_no_news() -> None:
    page = (
        "# W\n\nJuly 17, 2025, in Vienna, Austria.\n\n"
        "- 16 July 2025 – Tutorials\n\n| Time | Session |\n|---|---|\n"
        "| 9:00 - 12:00 | Tutorial A |\n\n"
        "- 17 July 2025 – Workshop\n\n| Time | Session |\n|---|---|\n"
        "| 9:00 - 12:00 | Talks |\n"
    )
    items = read_page(page).program.items
    assert [item.start.day for item in items] == [16, 17]


@pytest.mark.parametrize("label", ["Panelists", "Organizers", "Accepted posters"])
def test_a_heading_of_people_under_a_timed_heading_is_no_session(label: str) -> None:
    page = (
        "## Friday, June 16th, 2023\n\n### Registration: 8:00-8:30\n\n"
        f"### Panel: 11:00-12:00\n\n#### {label}\n\n"
        '- "Scaling up" — Ann Lee, MIT\n- "Going small" — Bo Ray, CMU\n\n'
        "### Lunch: 12:00-13:00\n"
    )
    items = read_page(page, timezone="America/New_York").program.items
    assert [item.title for item in items] == ["Registration", "Panel", "Lunch"]


def test_the_rules_still_refuse_what_they_were_written_for() -> None:
    cell = "Spotlights:<br>*10:30 - 10:40 Bench* *10:40 - 10:50 Hawk* *10:50 - 11:00 Dev*"
    with pytest.raises(PageError, match="times of its own"):
        read_page(_TABLE.format(cell))


@pytest.mark.parametrize(
    ("cell", "title", "extra"),
    [
        ("Coffee Break<br>Location: Foyer", "Coffee Break", [("Location", "Foyer")]),
        (
            "Poster Session 1<br>Room: Hall B<br>Track: Vision",
            "Poster Session 1",
            [("Room", "Hall B"), ("Track", "Vision")],
        ),
    ],
)
def test_lines_of_where_and_how_long_are_no_words_of_the_title(
    cell: str, title: str, extra: list[tuple[str, str]]
) -> None:
    item = read_page(_TABLE.format(cell)).program.items[0]
    assert (item.title, list(item.extra), item.people) == (title, extra, ())
