"""Shapes from community and small academic events' pages: a venue written as a labelled
heading, a campus joined to its town by a hyphen, a title set apart in brackets, the day
ended by "Dismissal" or "Close", and a speaker "from the" their organisation."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

VENUE_HEADING = """# Event Name:- Open Source Meetup 2025
### Event Date:- 27th October 2025
### Event Venue:- Example Institute of Technology, Kolkata

| Time | Title |
|---|---|
| 10:30am - 11:00am | Welcome notes |
| 11:00am - 11:45am | Prep talk by Dr. Ria Sen from the Example Data Lab |
| 11:45am - 12:30pm | (Pizza delivery) |
| 12:30pm | Dismissal |
"""


def test_a_venue_heading_gives_the_place_and_its_zone() -> None:
    read = read_page(VENUE_HEADING)
    program = read.program
    assert program.title == "Open Source Meetup 2025"
    assert program.location == "Example Institute of Technology, Kolkata"
    assert str(program.timezone) == "Asia/Kolkata"
    assert [
        (f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, [(p.name, p.affiliation) for p in i.people])
        for i in program.items
    ] == [
        ("10:30-11:00", "Welcome notes", []),
        ("11:00-11:45", "Prep talk", [("Ria Sen", "Example Data Lab")]),
        ("11:45-12:30", "Pizza delivery", []),
    ]
    assert any("the zone of" in w.message for w in read.warnings)


@pytest.mark.parametrize(
    "end", ["Dismissal", "Goodbye", "Close", "End of Bootcamp", "Video call closes"]
)
def test_a_last_row_that_only_says_goodbye_ends_the_day(end: str) -> None:
    page = VENUE_HEADING.replace("| 12:30pm | Dismissal |", f"| 12:30pm | {end} |")
    items = read_page(page).program.items
    assert [i.title for i in items][-1] == "Pizza delivery"
    assert f"{items[-1].end:%H:%M}" == "12:30"


def test_a_campus_joined_to_its_town_by_a_hyphen_gives_the_zone() -> None:
    page = (
        "# Algebra Day 2025\n\n- **Date:** Saturday, July 19, 2025\n"
        "- **Location:** Room 9, Example Hall, University of Wisconsin-Madison\n\n"
        "| Time | Event |\n|---|---|\n| 10:15-10:55 | Talk - Ann Lee |\n"
        "| 10:55-11:35 | Talk - Bo Ray |\n"
    )
    program = read_page(page).program
    assert str(program.timezone) == "America/Chicago"
    assert f"{program.items[0].start:%z}" == "-0500"


def test_from_after_no_speaker_stays_in_the_title() -> None:
    page = VENUE_HEADING.replace(
        "Prep talk by Dr. Ria Sen from the Example Data Lab", "Welcome from the Organizers"
    )
    item = read_page(page).program.items[1]
    assert (item.title, item.people) == ("Welcome from the Organizers", ())


def test_a_topic_column_beside_a_title_column_is_the_session() -> None:
    """'| Topic | Title |': the title column holds the titles; the topic is what the talks
    are in (a page read it the other way round: every title was its topic)."""
    page = (
        "# Community Day\n\n__Tuesday, October 26, 2021__\n\n"
        "| Start (UTC) | End (UTC) | Duration | Topic | Title | Speaker(s) |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 11:00 AM | 11:50 AM | 50 mins | Clearing | Reference Design | Ann Lee |\n"
        "| 11:50 AM | 12:00 PM | 10 mins | **Break** | | |\n"
        "| 12:00 PM | 12:50 PM | 50 mins | Clearing | Operations | Bo Ray |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.session, [p.name for p in i.people]) for i in items] == [
        ("Reference Design", "Clearing", ["Ann Lee"]),
        ("Break", None, []),
        ("Operations", "Clearing", ["Bo Ray"]),
    ]


EVENT_KINDS = """# Robust Robots Workshop

Monday, October 12, 2026 (times in JST)

| Time | Event | Description |
| :-: | :-: | :-- |
| 09:00 – 09:05 | Opening | Welcome and introduction (5 mins) |
| 09:05 – 09:30 | | Ann Lee: *Planning under contact* |
| 09:30 – 10:00 | Break | Coffee, posters, live robots |
| 10:00 – 10:25 | | Bo Ray: *Grasping in clutter* |
"""


def test_an_event_column_of_a_few_kinds_beside_descriptions_gives_kinds() -> None:
    items = read_page(EVENT_KINDS).program.items
    assert [(i.title, i.kind.value, [p.name for p in i.people]) for i in items] == [
        ("Welcome and introduction", "remarks", []),
        ("Planning under contact", "talk", ["Ann Lee"]),
        ("Coffee, posters, live robots", "break", []),
        ("Grasping in clutter", "talk", ["Bo Ray"]),
    ]


def test_an_event_column_of_other_words_stays_the_title() -> None:
    """'Hands-on' is no kind word: the column keeps the titles, the description its text."""
    page = EVENT_KINDS.replace("| Opening |", "| Hands-on |")
    titles = [i.title for i in read_page(page).program.items]
    assert titles[0] == "Hands-on"
