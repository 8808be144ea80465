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


def test_a_label_a_comma_and_a_name_is_the_label_and_its_speaker() -> None:
    page = (
        "- 9:00 - 10:00 AM Keynote, Ann Lee\n"
        "- 10:00 - 11:15 AM Contributed Talks\n"
        "- 11:15 - 12:00 AM Invited Talk, Bo Ray\n"
        "- 12:00 - 1:00 PM Lunch\n"
    )
    assert _items(page) == [
        ("09:00-10:00", "Keynote", ["Ann Lee"], ItemKind.KEYNOTE),
        ("10:00-11:15", "Contributed Talks", [], ItemKind.CONTRIBUTED),
        ("11:15-12:00", "Invited Talk", ["Bo Ray"], ItemKind.INVITED),
        ("12:00-13:00", "Lunch", [], ItemKind.BREAK),
    ]


def test_a_label_a_comma_and_no_name_stays_the_title() -> None:
    page = "- 9:00 - 10:00 Keynote, Closing Remarks and Awards\n- 10:00 - 11:00 Lunch\n"
    assert _items(page)[0][1] == "Keynote, Closing Remarks and Awards"
