"""Zone names and places as pages state them."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import ZoneError, resolve_zone
from fastpath_ical._place_names import PLACE_ZONES
from fastpath_ical.zones import abbreviation_offset, is_portable_zone, zone_of_place


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
        ("UTC-7", "Etc/GMT+7"),
        ("UTC−07:00", "Etc/GMT+7"),
        ("GMT+2", "Etc/GMT-2"),
        ("UTC+2", "Etc/GMT-2"),
        ("UTC +14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
        ("UTC+0", "UTC"),
        # Offsets with minutes that one zone keeps all year, with no summer time.
        ("UTC+5:30", "Asia/Kolkata"),
        ("GMT+05:45", "Asia/Kathmandu"),
        ("UTC+9:30", "Australia/Darwin"),
        ("Indian Standard Time", "Asia/Kolkata"),
    ],
)
def test_the_zone_table(name: str, iana: str) -> None:
    assert iana == resolve_zone(name).iana


@pytest.mark.parametrize(
    "name",
    [
        "IST",
        "CST",
        "Mars/Olympus",
        "XYZ",
        "UTC-3:30",
        "UTC+10:30",
        "UTC-13",
        "Europe",
        "Etc",
        "America/Argentina",
        "localtime",
        "posix/Europe/Zurich",
        "right/UTC",
        "Factory",
    ],
)
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


def test_a_whole_hour_offset_is_a_fixed_zone_with_that_offset() -> None:
    """Etc/GMT zones invert the sign; the offset the page wrote is the one the zone has."""
    summer = dt.datetime(2021, 6, 16, 12, tzinfo=ZoneInfo(resolve_zone("UTC-7").iana))
    assert dt.timedelta(hours=-7) == summer.utcoffset()


@pytest.mark.parametrize("name", ["Europe/Zurich", "Etc/GMT+7", "UTC"])
def test_portable_zones(name: str) -> None:
    assert is_portable_zone(name)


@pytest.mark.parametrize("name", ["Europe", "localtime", "posix/UTC", "right/UTC", "Factory", ""])
def test_folders_and_machine_names_are_not_portable_zones(name: str) -> None:
    assert not is_portable_zone(name)


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Vancouver", "America/Vancouver"),
        ("Vancouver, Canada", "America/Vancouver"),
        ("Vancouver, BC", "America/Vancouver"),
        ("Toronto, ON", "America/Toronto"),
        ("Istanbul", "Europe/Istanbul"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Davis, CA", "America/Los_Angeles"),
    ],
)
def test_every_city_of_the_zone_database_is_a_place(place: str, zone: str) -> None:
    assert zone == zone_of_place(place)


def test_the_gazetteer_is_built_on_the_first_place_looked_up_not_at_import() -> None:
    """Importing the package (and the page reader) costs no walk of the zone database."""
    code = (
        "import fastpath_ical, fastpath_ical._places as places\n"
        "before = places._gazetteer.cache_info().currsize\n"
        "zone = places.zone_of_place('Raleigh, NC')\n"
        "print(before, places._gazetteer.cache_info().currsize, zone)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "0 1 America/New_York" == done.stdout.strip()


def test_zones_re_exports_the_tables_under_their_old_names() -> None:
    """`from fastpath_ical.zones import ...` gives the very objects of the private modules."""
    from fastpath_ical import _abbreviations, _places, zones

    for name in ("AMBIGUOUS", "AMBIGUOUS_ZONES", "ZONE_NAMES", "resolve_zone", "resolve_ambiguous"):
        assert getattr(_abbreviations, name) is getattr(zones, name)
    assert _places.PLACES is zones.PLACES
    assert _places.zone_of_place is zones.zone_of_place
    assert "America/Chicago" == zones.PLACES["CHICAGO"]
    with pytest.raises(AttributeError, match="no attribute 'ZONE_NAME'"):
        getattr(zones, "ZONE_NAME")  # noqa: B009


def test_a_place_the_gazetteer_surely_lacks_is_answered_without_building_it() -> None:
    """'Virtual' on a date line costs no listing of the zone database (issue 13)."""
    code = (
        "import fastpath_ical._places as places, fastpath_ical._zone_core as core\n"
        "zones = [places.zone_of_place(p) for p in ('Virtual', 'Online', 'Zoom, Virtual')]\n"
        "print(zones, 'VIRTUAL' in places.PLACES, places._gazetteer.cache_info().currsize,\n"
        "      core.zone_database_names.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[None, None, None] False 0 0" == done.stdout.strip()


def test_the_names_a_place_is_checked_against_hold_every_key_of_the_gazetteer() -> None:
    """The cheap check may let a name through that is no place, never stop one that is."""
    from fastpath_ical import _places

    possible = _places._possible_names()
    assert possible is not None  # tzdata is a dependency, installed as files
    gazetteer = _places._gazetteer()
    assert set(gazetteer) <= possible
    assert "VIRTUAL" not in possible
    assert "ONLINE" not in possible


#: Names a page may write: the hand-written table's, the zone database's cities, and not places.
_NAMES = sorted(
    {name for names in PLACE_ZONES.values() for name in names}
    | {zone.rpartition("/")[2].replace("_", " ") for zone in available_timezones()}
    | {"Virtual", "Online", "Hybrid", "Zoom", "Room 4"}
)


@given(
    st.lists(st.sampled_from(_NAMES) | st.text(max_size=12), min_size=1, max_size=3),
    st.sampled_from([", ", " - ", " / ", " (", "; "]),
)
def test_a_place_the_cheap_check_stops_is_no_place_in_the_gazetteer(
    parts: list[str], joiner: str
) -> None:
    """What zone_of_place answers without the gazetteer is what the gazetteer answers."""
    from fastpath_ical import _places

    place = joiner.join(parts)
    possible = _places._possible_names()
    assert possible is not None
    cleaned = re.sub(r"\s+", " ", place.strip(" -–—.,()*")).upper()
    keys = [cleaned, *(part.strip(" .") for part in re.split(r"[,;/()]|\s[-–—]\s", cleaned))]
    if cleaned and not any(key in possible for key in keys):
        assert not any(key in _places._gazetteer() for key in keys)
        assert zone_of_place(place) is None


@pytest.mark.parametrize(
    ("name", "iana", "month"),
    [
        ("SAST", "Africa/Johannesburg", 4),
        ("EAT", "Africa/Nairobi", 4),
        ("CAT", "Africa/Maputo", 4),
        ("WAT", "Africa/Lagos", 4),
        ("ACST", "Australia/Adelaide", 7),
        ("ACDT", "Australia/Adelaide", 1),
        ("WIB", "Asia/Jakarta", 4),
        ("PKT", "Asia/Karachi", 4),
        ("ICT", "Asia/Bangkok", 4),
        ("IDT", "Asia/Jerusalem", 7),
        ("ART", "America/Argentina/Buenos_Aires", 4),
    ],
)
def test_abbreviations_of_africa_asia_australia_and_south_america(
    name: str, iana: str, month: int
) -> None:
    """Each names the zone whose clocks it is on the day (a page that said "14:00--18:00
    SAST" had been refused for stating no zone)."""
    stated = resolve_zone(name)
    assert stated.iana == iana
    on = dt.datetime(2026, month, 15, 12, tzinfo=ZoneInfo(iana))
    assert stated.abbreviation == on.tzname()


def test_a_capital_z_in_a_sentence_is_no_zone() -> None:
    """An abstract's "on Z" (the integers) had been read as UTC named on the page, and the
    page refused for naming a zone its place is not in."""
    from fastpath_ical.page._zone_names import zone_candidates

    assert zone_candidates("an exclusion process on Z with step initial condition") == []
    assert [name for _, name, _ in zone_candidates("10:00 Z - 11:00 Z (Z)")] == ["Z", "Z", "Z"]


@pytest.mark.parametrize(
    "line",
    [
        "Date: June 12, 2026. Venue: Makerere University ICT Hall, Kampala, Uganda",
        "- 11:00 - 12:00 ART session: live demos",
        "- 11:00 - 12:00 CAT scan reading clinic",
        "- 12:00 - 13:00 EAT & MEET: lunch",
        "(hosted at the CAT building, Universidad de Buenos Aires)",
        "ICT-enabled learning in schools",
    ],
)
def test_an_abbreviation_that_is_a_word_too_is_a_zone_only_where_a_zone_is_written(
    line: str,
) -> None:
    """A review found an "ICT Hall" moving a Kampala program to Bangkok's clock."""
    from fastpath_ical.page._zone_names import zone_candidates

    assert zone_candidates(line) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Monday, 20 April 2026 · 14:00--18:00 SAST · Atlantic I", "SAST"),
        ("All times are local time (EAT)", "EAT"),
        ("All times are EAT.", "EAT"),
        ("Time zone: WIB", "WIB"),
        ("Times: EAT", "EAT"),
        ("| Time (SAST) | Talk |", "SAST"),
        # A fourth review found these refused for stating no zone:
        ("All times are shown in EAT.", "EAT"),
        ("The event runs 09:00 – 11:00 EAT on Zoom.", "EAT"),
        ("Pukul 09.00 WIB s.d. selesai.", "WIB"),
        ("SAST time", "SAST"),
    ],
)
def test_such_an_abbreviation_where_a_zone_is_written(line: str, name: str) -> None:
    from fastpath_ical.page._zone_names import zone_candidates

    assert [found for _, found, _ in zone_candidates(line)] == [name]


def test_a_word_like_abbreviation_after_a_row_s_time_is_part_of_its_title() -> None:
    """ "- 09:00 - 10:00 ART session" had been refused ('09:00 ART' is not a time in
    Europe/Berlin), or on a page naming no zone read on Buenos Aires' clock."""
    from fastpath_ical import read_page

    page = (
        "# W\n\nThursday 14 May 2026, Berlin. All times are CEST.\n\n"
        "- 09:00 - 10:00 ART session on printmaking\n- 10:00 - 11:00 ICT Hall tour\n"
        "- 11:00 - 12:00 Talk\n"
    )
    items = read_page(page).program.items
    assert [(f"{i.start:%H:%M%z}", i.title) for i in items] == [
        ("09:00+0200", "ART session on printmaking"),
        ("10:00+0200", "ICT Hall tour"),
        ("11:00+0200", "Talk"),
    ]


@pytest.mark.parametrize(
    ("offset", "iana"),
    [
        ("UTC+5:30", "Asia/Kolkata"),
        ("UTC+5:45", "Asia/Kathmandu"),
        ("UTC+4:30", "Asia/Kabul"),
        ("UTC+6:30", "Asia/Yangon"),
        ("UTC+9:30", "Australia/Darwin"),
        ("UTC-9:30", "Pacific/Marquesas"),
    ],
)
def test_an_offset_with_minutes_is_a_zone_that_keeps_it_every_day(offset: str, iana: str) -> None:
    # Every day from 1990 to 2039, at noon: the zone's clocks are the offset's.
    sign = -1 if "-" in offset else 1
    hours, minutes = (int(part) for part in offset[4:].split(":"))
    want = dt.timedelta(hours=sign * hours, minutes=sign * minutes)
    zone = ZoneInfo(resolve_zone(offset).iana)
    assert resolve_zone(offset).iana == iana
    start = dt.datetime(1990, 1, 1, 12)
    days = (start + dt.timedelta(days=n) for n in range(365 * 50))
    assert all(day.replace(tzinfo=zone).utcoffset() == want for day in days)
