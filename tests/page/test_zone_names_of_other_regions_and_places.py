"""Zone names that are another region's clock, a place beside the name, an offset the
name never has, Outlook's labels, and a page's place against the name it states.

A review probing the zone words with 972 pages of its own (248 names, three dates) found
129 read wrongly, 55 with no warning: "Australian Eastern Standard Time" was the US
"Eastern Standard Time" in it (sixteen hours off in January), "PST (UTC+8)" was Los
Angeles, "Brisbane, Australia ... Eastern Standard Time" was New York.  Each test fails
on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = "\n\n| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n| 10:00-11:00 | Talk |\n"


def _first_utc(sentence: str, day: str = "Monday, January 12, 2026") -> dt.datetime:
    page = f"# Probe Workshop\n\n{day}. {sentence}" + TABLE
    return read_page(page).program.items[0].start.astimezone(dt.UTC)


def _at(hour: int, minute: int = 0, day: int = 12, month: int = 1) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("said", "utc"),
    [
        # 09:00 in Sydney (AEDT, +11 in January), Adelaide (+10:30), Perth (+8).
        ("All times are in Australian Eastern Standard Time (AEST).", _at(22, day=11)),
        ("All times are in Australian Eastern Time.", _at(22, day=11)),
        ("All times are in AUS Eastern Standard Time.", _at(22, day=11)),
        ("All times are in Australian Central Daylight Time.", _at(22, 30, day=11)),
        ("All times are in Australian Western Standard Time.", _at(1)),
        # "Greenwich Mean Time" is GMT, as "GMT" is, in summer too.
        ("All times are in Greenwich Mean Time.", _at(9)),
    ],
)
def test_other_regions_clocks_by_their_names(said: str, utc: dt.datetime) -> None:
    assert _first_utc(said) == utc


def test_greenwich_mean_time_in_summer_is_gmt() -> None:
    summer = "Monday, July 13, 2026"
    assert _first_utc("All times are in Greenwich Mean Time.", summer) == _at(9, day=13, month=7)


@pytest.mark.parametrize(
    "said",
    [
        "All times are in Canada Central Standard Time.",
        "All times are in Central Pacific Standard Time.",
        "All times are in SA Pacific Standard Time.",
        "All times are in Pacific SA Standard Time.",
    ],
)
def test_a_region_word_beside_a_us_zone_name_names_no_us_zone(said: str) -> None:
    with pytest.raises(PageError):
        _first_utc(said)


@pytest.mark.parametrize(
    "said",
    [
        "All times are in Mountain Standard Time (Arizona).",
        "All times are in MST (Arizona).",
        "All times are in Central Time (Saskatchewan).",
        "All times are in Eastern Standard Time (Mexico).",
    ],
)
def test_a_place_beside_the_name_that_keeps_another_clock(said: str) -> None:
    with pytest.raises(PageError, match="keep different clocks"):
        _first_utc(said, "Monday, July 13, 2026")


def test_a_place_beside_the_name_that_keeps_its_clock() -> None:
    said = "All times are in Eastern Time (New York)."
    assert _first_utc(said, "Monday, July 13, 2026") == _at(13, day=13, month=7)


@pytest.mark.parametrize("said", ["PST (UTC+8)", "BST (UTC+6)", "EST (UTC+10)", "MST (UTC+8)"])
def test_an_offset_the_abbreviation_never_has(said: str) -> None:
    with pytest.raises(PageError, match="write the zone or the offset"):
        _first_utc(f"All times are in {said}.")


def test_outlook_s_label_is_read_by_its_name() -> None:
    said = "All times are in (UTC-05:00) Eastern Time (US & Canada)."
    # Outlook writes the standard offset all year: in July the clock is UTC-4.
    assert _first_utc(said, "Monday, July 13, 2026") == _at(13, day=13, month=7)


@pytest.mark.parametrize(
    ("said", "utc"),
    [
        # Athens keeps UTC+3 in July: Outlook's label says its standard +2.
        ("(UTC+02:00) Athens, Bucharest", _at(6, day=13, month=7)),
        ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", _at(1, day=13, month=7)),
    ],
)
def test_outlook_s_label_of_places_is_read_by_its_first_place(said: str, utc: dt.datetime) -> None:
    assert _first_utc(f"All times are in {said}.", "Monday, July 13, 2026") == utc


def test_outlook_s_label_of_places_that_keep_another_clock_is_refused() -> None:
    with pytest.raises(PageError, match="Outlook's label"):
        _first_utc("All times are in (UTC+03:00) Athens, Bucharest.", "Monday, July 13, 2026")


@pytest.mark.parametrize(
    ("place", "said", "day"),
    [
        ("Brisbane, Australia", "Eastern Standard Time", "Monday, July 13, 2026"),
        ("Adelaide, Australia", "Central Standard Time", "Monday, January 12, 2026"),
        # In July Manila is read as its own "PST" (Los Angeles keeps PDT then).
        ("Manila, Philippines", "PST", "Monday, January 12, 2026"),
        ("Dhaka, Bangladesh", "BST", "Monday, July 13, 2026"),
        ("Phoenix, Arizona", "Mountain Time", "Monday, July 13, 2026"),
    ],
)
def test_a_name_the_page_s_place_keeps_another_clock_under(place: str, said: str, day: str) -> None:
    with pytest.raises(PageError, match="its place"):
        _first_utc(f"All times are in {said}.", f"{day}, {place}")


def test_a_seminar_may_keep_another_clock_of_its_own_country() -> None:
    # A Stanford seminar in Eastern Time is what it says: one country, two clocks.
    utc = _first_utc("All times are in Eastern Time.", "Monday, July 13, 2026, Stanford, CA")
    assert utc == _at(13, day=13, month=7)
