"""Mends of a review of this session's rules (307 pages of its own, old reader beside
new): each case is one the rules as first written read wrongly or refused where the
reader before them read it right, or the reading right beside it that the mend must
keep.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

TABLE = "\n\n| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n| 10:00-11:00 | Talk |\n"


def _utc(page: str) -> dt.datetime:
    return read_page(page).program.items[0].start.astimezone(dt.UTC)


@pytest.mark.parametrize(
    "said",
    [
        "The workshop starts at 9 AM Pacific Time (12 PM ET).",
        "Talks start at 9 AM Pacific Time (16:00 UTC).",
        "NOTE: ALL TIMES ARE PACIFIC TIME.",
        "Sessions start at 1 PM Pacific Time.",
    ],
)
def test_words_before_a_us_zone_name_that_name_no_region(said: str) -> None:
    page = f"# Workshop\n\nMonday, July 13, 2026.\n\n{said}" + TABLE
    assert _utc(page) == dt.datetime(2026, 7, 13, 16, tzinfo=dt.UTC)


def test_an_evening_range_before_its_zone_is_a_time() -> None:
    page = "# Seminar\n\nMonday, July 13, 2026.\n\nThe call runs 2000-2100 UTC." + TABLE
    assert _utc(page) == dt.datetime(2026, 7, 13, 9, tzinfo=dt.UTC)


@pytest.mark.parametrize("heading", ["## Monday (3/4 day)", "## Monday (9.5 h)"])
def test_a_fraction_in_brackets_after_a_weekday_is_no_date(heading: str) -> None:
    page = (
        "# School\n\nJune 3-5, 2024, Berlin.\n\n"
        f"{heading}\n\n- 09:00-10:00 Opening\n- 10:00-11:00 Talk\n"
    )
    assert read_page(page).program.items[0].start.date() == dt.date(2024, 6, 3)


def test_a_cjk_date_s_weekday_is_checked() -> None:
    page = "# 研究会\n\n## 2025年6月26日（月）" + TABLE
    with pytest.raises(PageError, match="Monday does not match 2025-06-26"):
        read_page(page, timezone="Asia/Tokyo")


def test_a_hybrid_venue_abroad_keeps_the_stated_zone() -> None:
    page = (
        "# Workshop\n\nMonday, July 13, 2026\n\nLocation: London, UK (hybrid)\n\n"
        "All times are in Eastern Time (ET) for our online audience." + TABLE
    )
    assert _utc(page) == dt.datetime(2026, 7, 13, 13, tzinfo=dt.UTC)


def test_a_place_in_brackets_is_read_with_its_region() -> None:
    page = "# Workshop\n\nMonday, July 13, 2026.\n\nAll times are Eastern Time (London, Ontario)."
    assert _utc(page + TABLE) == dt.datetime(2026, 7, 13, 13, tzinfo=dt.UTC)


def test_weekday_columns_after_an_arrival_day_and_under_a_dated_first_column() -> None:
    grid = "| Time | Monday | Tuesday |\n|---|---|---|\n| 09:00-10:00 | A | B |\n"
    page = f"# School\n\nArrival and welcome on Sunday, June 2, 2024, Berlin.\n\n{grid}"
    assert read_page(page).program.items[0].start.date() == dt.date(2024, 6, 3)
    dated = "| Time | Monday, June 3, 2024 | Tuesday |\n|---|---|---|\n| 09:00-10:00 | A | B |\n"
    days = {i.start.date() for i in read_page(f"# School\n\nBerlin.\n\n{dated}").program.items}
    assert days == {dt.date(2024, 6, 3), dt.date(2024, 6, 4)}


def test_a_numbered_list_elsewhere_on_a_page_of_hour_ranges() -> None:
    page = (
        "# School\n\nTokyo, September 2, 2024.\n\n* 9-10 Introduction\n* 10-13 Lecture\n\n"
        "## Before you come\n\n* 1- Install Python\n* 2- Bring a laptop\n"
    )
    assert len(read_page(page).program.items) == 2


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Cena e convivialità nel Medioevo", ItemKind.TALK), ("Cena sociale", ItemKind.BREAK)],
)
def test_a_meal_word_opening_a_talk_s_title(title: str, kind: ItemKind) -> None:
    page = (
        "# Convegno\n\n3 giugno 2024, Roma.\n\n| Ora | Titolo |\n|---|---|\n"
        f"| 09:00-12:00 | Lezione |\n| 12:00-13:00 | {title} |\n| 13:00-14:00 | Lezione 2 |\n"
    )
    assert read_page(page).program.items[1].kind is kind


def test_institutions_before_a_moderator_are_no_panelists() -> None:
    page = (
        "# Workshop\n\nDecember 12, 2020. All times are in EST.\n\n| Title | Time |\n|---|---|\n"
        "| Opening | 09:00-10:00 |\n"
        "| Panel - Google Research, Microsoft Research, moderator: Cy Dee | 10:00-11:00 |\n"
    )
    reading = read_page(page)
    panel = reading.program.items[1]
    assert [person.name for person in panel.people] == ["Cy Dee"]
    assert not any("Google Research" in str(w) for w in reading.warnings)


# A second review, of the rules learnt from the sets CA-CC.


@pytest.mark.parametrize("heading", ["## Monday (1/2)", "## Monday (3/4)"])
def test_a_part_in_brackets_after_a_weekday_is_no_date(heading: str) -> None:
    page = (
        "# School\n\nJune 3-7, 2024, Berlin.\n\n"
        f"{heading}\n\n- 09:00-10:00 Opening\n- 10:00-11:00 Talk\n"
    )
    assert read_page(page).program.items[0].start.date() == dt.date(2024, 6, 3)


def test_a_day_named_in_a_sentence_of_the_date_line_counts_nothing() -> None:
    page = (
        "# Workshop\n\nJune 3-5, 2024, Berlin; the poster session is on Day 2.\n\n"
        "### Day 1\n\n- 09:00-10:00 Opening\n- 10:00-11:00 Talk\n\n"
        "### Day 2\n\n- 09:00-10:00 Posters\n- 10:00-11:00 Talk\n"
    )
    days = sorted({item.start.date() for item in read_page(page).program.items})
    assert days == [dt.date(2024, 6, 3), dt.date(2024, 6, 4)]


@pytest.mark.parametrize(
    "line",
    [
        "- Efficient Systems for Foundation Models Workshop: July 26, 2024",
        "- Our one-day hybrid ICML workshop will be held on: Friday, July 26, 2024",
    ],
)
def test_the_event_s_own_line_among_important_dates(line: str) -> None:
    page = (
        "# Workshop\n\n## Important dates\n\n- Paper submission deadline: May 24, 2024\n"
        f"{line}\n\n## Schedule\n\nAll times are in UTC.\n\n"
        "| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n| 10:00-11:00 | Talk |\n\n"
        "Page last modified on May 2, 2024.\n"
    )
    assert read_page(page).program.items[0].start.date() == dt.date(2024, 7, 26)


@pytest.mark.parametrize(
    ("place", "zone"), [("Havana, IL", "America/Chicago"), ("Delhi, NY", "America/New_York")]
)
def test_a_town_with_its_us_state_is_never_its_namesake_abroad(place: str, zone: str) -> None:
    page = f"# Workshop\n\nMonday, January 12, 2026, {place}." + TABLE
    assert str(read_page(page).program.timezone) == zone
