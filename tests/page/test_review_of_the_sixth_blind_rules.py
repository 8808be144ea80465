"""Mends after a review of the rules read from the sixth blind round (EA/08, FA/07, FA/08):
each case is a probe page on which a rule first misfired."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

HEAD = "# W\n\nJune 3, 2025, Berlin\n\n"


def _items(page: str) -> list[tuple[str, str, list[str], ItemKind]]:
    return [
        (f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, [p.name for p in i.people], i.kind)
        for i in read_page(HEAD + page).program.items
    ]


def test_a_time_range_over_rooms_in_thead_still_names_the_tracks() -> None:
    page = (
        "<table><thead><tr><th>9:00 - 12:00</th><th>Room A</th><th>Room B</th></tr></thead>"
        "<tbody>\n<tr><td>9:00 - 10:00</td><td>Keynote: Ann Lee</td><td>Demo: Bo Ray</td></tr>\n"
        "<tr><td>10:00 - 12:00</td><td>Orals</td><td>Posters</td></tr></tbody></table>\n"
    )
    assert {title for _, title, _, _ in _items(page)} >= {"Orals", "Posters"}


def test_a_thead_row_with_a_third_cell_stays_the_header() -> None:
    page = (
        "<table><thead><tr><th>9:00 - 9:15</th><th>Welcome</th><th>Ann Lee</th></tr></thead>\n"
        "<tr><td>9:15 - 10:00</td><td>Keynote</td><td>Bo Ray</td></tr>\n"
        "<tr><td>10:00 - 10:30</td><td>Coffee</td><td></td></tr></table>\n"
    )
    with pytest.raises(PageError, match="no Time column"):
        read_page(HEAD + page)


def test_a_kind_in_brackets_gives_the_item_its_kind() -> None:
    page = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 9:30 - 10:00 | Meet and Greet (Break) | |\n"
        "| 10:00 - 10:30 | Is Scale All You Need? (Panel) | |\n"
    )
    assert [(title, kind) for _, title, _, kind in _items(page)] == [
        ("Meet and Greet", ItemKind.BREAK),
        ("Is Scale All You Need?", ItemKind.PANEL),
    ]


def test_a_name_before_a_kind_in_brackets_keeps_the_title_whole() -> None:
    page = "| Time | Title |\n|---|---|\n| 10:00 - 10:30 | Ann Lee (Keynote) |\n"
    assert _items(page)[0][1] == "Ann Lee (Keynote)"


@pytest.mark.parametrize(
    "note", ["Title: TBD", "Title: TBA", "Title: remote talk via Zoom", "Title: Room 2A"]
)
def test_a_title_line_that_names_no_talk_leaves_the_label(note: str) -> None:
    page = (
        "| Time | Session | Speaker | Notes |\n|---|---|---|---|\n"
        f"| 9:00 - 10:00 | Keynote | Ann Lee | {note} |\n"
    )
    assert _items(page)[0][1:] == ("Keynote", ["Ann Lee"], ItemKind.KEYNOTE)


def test_a_title_line_beside_a_label_keeps_the_labels_kind() -> None:
    page = (
        "| Time | Session | Speaker | Notes |\n|---|---|---|---|\n"
        "| 9:00 - 10:00 | Keynote | Ann Lee | Title: Learning Things |\n"
    )
    assert _items(page)[0][1:] == ("Learning Things", ["Ann Lee"], ItemKind.KEYNOTE)


def test_a_range_to_twelve_am_in_a_list_ends_at_noon() -> None:
    page = (
        "- 9:00 - 10:00 AM Keynote\n"
        "- 10:00 - 11:15 AM Contributed Talks\n"
        "- 11:15 - 12:00 AM Invited Talk\n"
        "- 12:00 - 1:00 PM Lunch\n"
    )
    assert [span for span, _, _, _ in _items(page)] == [
        "09:00-10:00",
        "10:00-11:15",
        "11:15-12:00",
        "12:00-13:00",
    ]


def test_a_label_a_comma_and_no_name_stays_the_title() -> None:
    page = "- 9:00 - 10:00 Keynote, Closing Remarks and Awards\n- 10:00 - 11:00 Lunch\n"
    assert _items(page)[0][1] == "Keynote, Closing Remarks and Awards"


# The second review (200 probes): two capitalised words are a topic, a room or a place as
# often as a name; the rules that read names from a cell's habit ask the table or the page.

TYPE_TABLE = "| Time | Type | Title |\n|---|---|---|\n"


def test_one_two_word_title_beside_a_slot_label_stays_the_title() -> None:
    page = TYPE_TABLE + (
        "| 09:10 - 10:00 | Invited Talk | Markov Chains |\n"
        "| 10:00 - 10:30 | Keynote | Main Hall |\n"
    )
    assert [(title, people) for _, title, people, _ in _items(page)] == [
        ("Markov Chains", []),
        ("Main Hall", []),
    ]


def test_names_beside_slot_labels_in_three_rows_are_the_speakers() -> None:
    page = TYPE_TABLE + (
        "| 09:00 - 09:30 | Invited Talk | Ann Lee |\n"
        "| 09:30 - 10:00 | Case Study | Bo Ray |\n"
        "| 10:00 - 10:30 | Spotlight | Learning Robust Probes for Vision Models |\n"
        "| 10:30 - 11:00 | Invited Talk | Cy Dee |\n"
    )
    assert [(title, people) for _, title, people, _ in _items(page)] == [
        ("Invited Talk", ["Ann Lee"]),
        ("Case Study", ["Bo Ray"]),
        ("Learning Robust Probes for Vision Models", []),
        ("Invited Talk", ["Cy Dee"]),
    ]


def test_a_list_of_topics_under_a_panels_heading_names_no_one() -> None:
    page = (
        "| Time | Session |\n|---|---|\n| 10:00 - 11:00 | Panel Discussion |\n"
        "| 11:00 - 11:30 | Break |\n\n## Panel Discussion\n\n"
        "- Data Curation\n- Federated Learning, Privacy\n- Main Hall, Level 2\n"
    )
    assert _items(page)[0][1:3] == ("Panel Discussion", [])


def test_a_room_in_italics_under_a_timed_heading_is_still_refused() -> None:
    page = (
        "## 09:00 - 10:00 - Session 1\n\n"
        "+ ### 09:00 - 09:20: Learning to Probe\n  #### *Main Hall*\n"
        "+ ### 09:20 - 09:40: Robust Agents\n  #### *Room B*\n\n## 10:00 - 10:30 Break\n"
    )
    with pytest.raises(PageError, match="read as no part of it"):
        read_page(HEAD + page)


def test_a_sentence_about_other_times_dates_nothing() -> None:
    page = (
        "# W\n\nVenue: Berlin, Germany.\n\nRegistration times apply to May 30.\n\n"
        "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | Opening |\n| 9:30 - 10:00 | Talk |\n"
    )
    with pytest.raises(PageError, match="no date"):
        read_page(page, year=2025)


def test_a_slot_by_its_speaker_keeps_its_kind_and_the_speakers_place() -> None:
    page = (
        "| Time | Session |\n|---|---|\n"
        "| 9:00 - 9:30 | Keynote by **Ann Lee** (MIT)<br>**Title:** Robust Probes |\n"
        "| 9:30 - 10:00 | Lunch |\n"
    )
    item = read_page(HEAD + page).program.items[0]
    assert (item.title, item.kind) == ("Robust Probes", ItemKind.KEYNOTE)
    assert [(p.name, p.affiliation) for p in item.people] == [("Ann Lee", "MIT")]
