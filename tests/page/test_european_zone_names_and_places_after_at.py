"""Zone names of Europe's clocks beside the US ones, and a place after an at sign in
brackets, from the blind sets BU-BW.

"All times are in Eastern European Standard Time (Tallinn Time)" had been read as the
US "Eastern" (America/New_York): every item of the page seven hours late, with no
warning.  Each test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = "\n\n| Time | Title |\n|---|---|\n| 9:00 - 9:10 | Welcome |\n| 9:10 - 10:00 | Talk |\n"


@pytest.mark.parametrize(
    ("said", "zone", "hour_utc"),
    [
        ("Eastern European Standard Time (Tallinn Time) / CET +1", "Europe/Tallinn", 7),
        ("Eastern European Time", "Europe/Helsinki", 7),
        ("Western European Time", "Europe/Lisbon", 9),
        ("Central European Standard Time", "Europe/Berlin", 8),
    ],
)
def test_europe_s_clocks_by_their_names(said: str, zone: str, hour_utc: int) -> None:
    page = f"# Workshop\n\nThe workshop takes place on March 2nd, 2025. All times are in {said}."
    program = read_page(page + TABLE).program
    assert str(program.timezone) == zone
    assert program.items[0].start.astimezone(dt.UTC).hour == hour_utc


@pytest.mark.parametrize("said", ["Eastern Africa Time", "Eastern Caribbean Time"])
def test_a_region_word_before_another_region_is_no_us_zone(said: str) -> None:
    page = f"# Workshop\n\nMarch 2nd, 2025. All times are in {said}."
    with pytest.raises(PageError, match="no time zone"):
        read_page(page + TABLE)


def test_a_place_after_an_at_sign_in_brackets_behind_a_meal_or_an_outing() -> None:
    page = (
        "# Workshop\n\nMarch 2nd, 2025. All times are in Europe/Paris.\n\n"
        "| Time | Title |\n|---|---|\n"
        "| 12:00 - 13:30 | Lunch (@ Lakeside Restaurant - Hall 2) |\n"
        "| 19:00 - 21:00 | River Night Cruise (@ Quay Terminal) |\n"
        "| 21:00 - 21:30 | Tools @ Scale (@ Example Labs) |\n"
    )
    items = read_page(page).program.items
    assert [item.title for item in items] == [
        "Lunch",
        "River Night Cruise",
        "Tools @ Scale (@ Example Labs)",
    ]
    assert items[0].extra[0][1] == "Lakeside Restaurant - Hall 2"


def test_a_moderator_in_brackets_after_a_panel_s_people_is_no_affiliation() -> None:
    # "... with A, B, C (moderator: X)" had given B and C the affiliation "moderator: X"
    # and left A in the title.
    page = (
        "# Workshop\n\nMarch 2nd, 2025. All times are in Europe/Tallinn.\n\n"
        "**15:50 - 16:50** Panel discussion with Ann Lee, Bo Ray, Cy Dee (moderator: Di Fox)\n\n"
        "**16:50 - 17:00** Closing\n"
    )
    panel = read_page(page).program.items[0]
    assert panel.title == "Panel discussion"
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Ann Lee", None),
        ("Bo Ray", None),
        ("Cy Dee", None),
        ("Di Fox", None),
    ]
    assert panel.chair == "Di Fox"
