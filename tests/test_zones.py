"""Zone names and places as pages state them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from fastpath_ical import ZoneError, resolve_zone
from fastpath_ical.zones import abbreviation_offset, zone_of_place


@pytest.mark.parametrize(
    ("name", "iana"),
    [
        ("US EDT", "America/New_York"),
        ("EST", "America/New_York"),
        ("Eastern Time", "America/New_York"),
        ("PDT", "America/Los_Angeles"),
        ("CET", "Europe/Berlin"),
        ("CEST", "Europe/Berlin"),
        ("BST", "Europe/London"),
        ("UTC", "UTC"),
        ("GMT", "UTC"),
        ("AoE", "Etc/GMT+12"),
        ("Europe/Zurich", "Europe/Zurich"),
    ],
)
def test_the_zone_table(name: str, iana: str) -> None:
    assert iana == resolve_zone(name).iana


@pytest.mark.parametrize("name", ["IST", "CST", "Mars/Olympus", "XYZ"])
def test_ambiguous_or_unknown_names_ask_for_an_iana_name(name: str) -> None:
    with pytest.raises(ZoneError, match="IANA name"):
        resolve_zone(name)


@pytest.mark.parametrize(
    ("place", "iana"),
    [
        ("Raleigh, NC", "America/New_York"),
        ("Chicago", "America/Chicago"),
        ("Lausanne, Switzerland", "Europe/Zurich"),
        ("Portland", None),
        ("Virtual", None),
        ("Seattle, WA", "America/Los_Angeles"),
    ],
)
def test_places(place: str, iana: str | None) -> None:
    assert iana == zone_of_place(place)


def test_an_abbreviation_picks_one_of_two_repeated_times() -> None:
    zone = ZoneInfo("America/New_York")
    day, wall = dt.date(2021, 11, 7), dt.time(1, 30)
    assert dt.timedelta(hours=-4) == abbreviation_offset(day, wall, zone, "EDT")
    assert dt.timedelta(hours=-5) == abbreviation_offset(day, wall, zone, "EST")
    assert abbreviation_offset(dt.date(2021, 7, 1), wall, zone, "EST") is None
