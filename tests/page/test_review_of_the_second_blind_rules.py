"""A review of this session's reader rules, with pages of its own, found ten ways they read
pages wrongly; each is held here (the shape, what a careful person reads).

Each test fails on the rule as first written: a chair's line read as a panel's people,
a Topic column's session dropping its kind, a past edition's heading naming the zone,
a hotel's town read without the region beside it, a co-author inside a bracket, a linked
university read as a speaker, a column of places of work read as titles, a news line's
date taken for the program's, a note on two speakers dropped, a reception ended unread.
"""

from __future__ import annotations

import pytest

from fastpath_ical import ItemKind, PageError, read_page

HEAD = "# Workshop on Bandits\n\nFriday, July 26, 2024. Times are in Europe/Vienna.\n\n"


def _items(page: str) -> list[tuple[str, ItemKind, list[str]]]:
    return [(i.title, i.kind, [p.name for p in i.people]) for i in read_page(page).program.items]


def test_a_chair_line_under_a_title_with_a_bracket_keeps_the_title() -> None:
    page = HEAD + (
        "| Time | Title |\n|---|---|\n| 9:30 | Deep Learning (Part 2)<br>Chair: Bo Ray |\n"
        "| 10:30 | Poster Session (Hall B)<br>Chair: Ann Lee |\n| 11:30 | End |\n"
    )
    titles = [title for title, _, _ in _items(page)]
    assert titles == ["Deep Learning (Part 2)", "Poster Session"]


def test_people_alone_with_no_cell_saying_what_the_item_is_are_refused() -> None:
    page = HEAD + (
        "| Time | Title |\n|---|---|\n"
        "| 9:30 | Moderator: Ann Lee (Example Lab)<br>Bo Ray (Sample Labs), Cy Dee (TU Example) |\n"
        "| 10:30 | End |\n"
    )
    with pytest.raises(PageError, match="nothing of what the item is"):
        read_page(page)


def test_a_topic_keeps_the_kind_its_numbered_label_names() -> None:
    page = HEAD + (
        "| Time | Event | Topic |\n|---|---|---|\n"
        "| 9:00 | Poster Session 1 | Sensing movement |\n"
        "| 10:00 | Panel Session 1 | Ethics of tracking |\n"
        "| 11:00 | Oral Session 2 | TBD |\n| 12:00 | End | |\n"
    )
    assert [(title, kind) for title, kind, _ in _items(page)] == [
        ("Sensing movement", ItemKind.POSTERS),
        ("Ethics of tracking", ItemKind.PANEL),
        ("Oral Session 2", ItemKind.CONTRIBUTED),
    ]


def test_a_past_editions_heading_names_no_zone() -> None:
    page = (
        "# Workshop\n\nMonday, September 2, 2024\n\n| Time | Title |\n|---|---|\n"
        "| 9:00 - 10:00 | Opening |\n\n## Previous editions\n\n"
        "### Honolulu 2023\n\n### Paris 2022\n"
    )
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)


def test_the_region_beside_a_hotel_picks_its_town() -> None:
    page = (
        "# Workshop\n\nDecember 8, 2017.\n\n# Room\n\nBallroom B, Holiday Inn Paris, Texas\n\n"
        "# Schedule\n\n1:30 pm - Invited Talk by Ann Lee\n\n3:30 pm - End\n"
    )
    assert read_page(page).program.timezone == "America/Chicago"


@pytest.mark.parametrize(
    "speaker",
    ["Cy Dee (joint work with Bo Ray (MIT))", "Cy Dee (Stanford, with Bo Ray (MIT))"],
)
def test_a_second_person_inside_a_bracket_is_refused(speaker: str) -> None:
    table = f"| Time | Title | Speaker |\n|---|---|---|\n| 9:00 | Loops | {speaker} |\n"
    page = HEAD + table + "| 10:00 | End | |\n"
    with pytest.raises(PageError, match="apart"):
        read_page(page)


def _talk(people: str) -> str:
    """A talk whose title cell holds its people, a line break, and its title in bold."""
    return HEAD + (
        "<table>\n<tr><th>Time</th><th>Category</th><th>Title & Speaker(s)</th></tr>\n"
        f"<tr><td>09:00</td><td>Invited Talk</td><td>{people}<br><b>Loops</b></td></tr>\n"
        "<tr><td>10:00</td><td>End</td><td></td></tr>\n</table>\n"
    )


def test_a_linked_university_before_its_town_is_where_the_speaker_works() -> None:
    page = _talk(
        '<a href="https://e.org/ann">Ann Lee</a>, <a href="https://jhu.example">Johns Hopkins</a>,'
        " Baltimore"
    )
    (item,) = read_page(page).program.items
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Ann Lee", "Johns Hopkins, Baltimore")
    ]


def test_a_linked_name_after_and_inside_a_place_of_work_is_refused() -> None:
    page = _talk(
        '<a href="https://e.org/c">Cy Dee</a>, <a href="https://e.org/d">Di Eng</a>, Example '
        'Research and <a href="https://e.org/e">Ed Fox</a>, Sample Labs'
    )
    with pytest.raises(PageError, match="a linked name"):
        read_page(page)


def test_a_blank_header_over_places_of_work_is_no_title_column() -> None:
    page = HEAD + (
        "| Time | | Speaker |\n|---|---|---|\n| 11:00 | Example University | Ann Lee |\n"
        "| 11:20 | Sample Labs | Bo Ray |\n| 11:40 | TU Example | Cy Dee |\n| 12:30 | End | |\n"
    )
    titles = [title for title, _, _ in _items(page)]
    assert "Example University" not in titles


def test_a_news_line_of_a_day_and_month_dates_nothing() -> None:
    page = (
        "# Workshop@EMBC-2025\n\nProgram released, 3 June\n\n"
        "**2:30 PM, 16 July | Bella Center, Copenhagen**\n\n| Time | Title |\n|---|---|\n"
        "| 14:30 - 15:00 | Opening |\n"
    )
    (item,) = read_page(page).program.items
    assert item.start.isoformat() == "2025-07-16T14:30:00+02:00"


def test_a_note_on_two_speakers_is_not_dropped() -> None:
    page = HEAD + (
        "| Time | Title | Speaker |\n|---|---|---|\n| 9:00 | Loops | Ann Lee, Bo Ray – to be "
        "confirmed |\n| 10:00 | Talk | Speaker from Google: TBA |\n| 11:00 | End | |\n"
    )
    with pytest.raises(PageError):
        read_page(page)


def test_a_reception_after_the_close_is_no_end_marker() -> None:
    page = HEAD + (
        "| Time | Title |\n|---|---|\n| 9:00 | Session 1 |\n| 12:00 | Session 2 |\n"
        "| 17:00 | Close / Reception (until 19:00) |\n"
    )
    with pytest.raises(PageError, match="no end time"):
        read_page(page)


def test_a_product_with_its_maker_in_a_title_is_no_name() -> None:
    page = HEAD + (
        "| Time | Title |\n|---|---|\n"
        "| 9:00 | Comparing Deep Blue (IBM) and Alpha Go (DeepMind) |\n"
        "| 10:00 | End |\n"
    )
    assert _items(page)[0][0] == "Comparing Deep Blue (IBM) and Alpha Go (DeepMind)"
