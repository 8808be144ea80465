"""A year range in a speaker's bio is no time, a panel's label then its panelists and a
moderator, and a label over a list of speakers between semicolons (from the blind set BX).

"From 2013-2016 he was a postdoc at Microsoft Research in Cambridge (UK)" had made
"UK" a statement of the times' zone, the page refused as disagreeing with its own
"Times are shown in Pacific Daylight Time"; "**Panel discussion** - A, B, C, moderator:
D" had kept A, B and C in the title; "Spotlight talks (M. Selosse; D. Cai; W. Ronny)"
had read "D. Cai; W. Ronny" as where M. Selosse works.  Each test fails on the reader
before these rules.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

HEAD = "# Workshop\n\nDecember 12, 2020. All times are in EST.\n\n| Title | Time |\n|---|---|\n"


def test_a_year_range_in_a_bio_states_no_zone() -> None:
    page = (
        "# Workshop\n\nJune 17, 2024, Seattle.\n\n"
        "NOTE: Times are shown in **Pacific Daylight Time**.\n\n"
        "| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n| 10:00-11:00 | Talk |\n\n"
        "**Bo Ray** received his PhD in 2013. From 2013-2016 he was a postdoc at Microsoft "
        "Research in Cambridge (UK). In 2016 he joined Mapillary.\n"
    )
    first = read_page(page).program.items[0]
    assert first.start.astimezone(dt.UTC) == dt.datetime(2024, 6, 17, 16, tzinfo=dt.UTC)


def test_a_panel_s_label_its_panelists_and_a_moderator() -> None:
    cell = "**Panel discussion** - Ann Lee, Bo Ray, Cy Dee, moderator: Di Fox"
    page = HEAD + f"| Opening | 09:00-10:00 |\n| {cell} | 10:00-11:00 |\n"
    panel = read_page(page).program.items[1]
    assert panel.title == "Panel discussion"
    assert [person.name for person in panel.people] == ["Ann Lee", "Bo Ray", "Cy Dee", "Di Fox"]
    assert panel.chair == "Di Fox"


def test_a_label_over_speakers_between_semicolons() -> None:
    cell = "Spotlight talks (M. Selosse; D. Cai; W. Ronny)"
    page = HEAD + f"| Opening | 09:00-10:00 |\n| {cell} | 10:00-11:00 |\n"
    talks = read_page(page).program.items[1]
    assert talks.title == "Spotlight talks"
    assert [(p.name, p.affiliation) for p in talks.people] == [
        ("M. Selosse", None),
        ("D. Cai", None),
        ("W. Ronny", None),
    ]


def test_a_speaker_and_a_workplace_after_a_label_stay_so() -> None:
    cell = "Keynote Talk (Ann Lee, Cerulean Compute)"
    page = HEAD + f"| Opening | 09:00-10:00 |\n| {cell} | 10:00-11:00 |\n"
    keynote = read_page(page).program.items[1]
    assert [(p.name, p.affiliation) for p in keynote.people] == [("Ann Lee", "Cerulean Compute")]


def test_a_deadline_or_the_event_s_word_is_no_place() -> None:
    # BX/06: "Retraction of workshop papers accepted for EMNLP" had been the location of
    # every event; "Workshop" after the event's own date is what the day is, no place.
    page = (
        "# Workshop\n\n## Important dates (updated!)\n\n"
        "- ~~August 15, 2020~~ -- Submission deadline.\n"
        "- ~~September 20, 2020~~ -- Retraction of workshop papers accepted for EMNLP.\n"
        "- November 20, 2020 -- Workshop.\n\n## Program\n\nAll times are in UTC.\n\n"
        "| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n| 10:00-11:00 | Talk |\n"
    )
    assert read_page(page).program.location is None
