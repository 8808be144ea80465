"""The towns of the world a page may name instead of its zone (GeoNames, via data/towns.tsv.gz)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import PageError, read_page
from fastpath_ical.zones import is_portable_zone, zone_of_town


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Bergamo", "Europe/Rome"),
        ("Bergamo – October 6,7 2025", "Europe/Rome"),
        ("Trottier Bldg, 3630 University St, Montreal, QC H3A 2B2", "America/Toronto"),
        ("@ICCV2023 in Paris", "Europe/Paris"),
        ("Den Haag", "Europe/Amsterdam"),
        ("München", "Europe/Berlin"),
        ("Oklahoma City", "America/Chicago"),
        # A state or a country beside it picks the town.
        ("Paris, TX", "America/Chicago"),
        ("Paris, Texas", "America/Chicago"),
        ("Victoria, BC", "America/Vancouver"),
        ("Cambridge, MA", "America/New_York"),
        ("Cambridge, UK", "Europe/London"),
        ("Birmingham, AL", "America/Chicago"),
    ],
)
def test_a_town_names_its_zone(place: str, zone: str) -> None:
    assert zone_of_town(place) == zone


@pytest.mark.parametrize(
    "place",
    [
        # Several towns of that name in other zones, none ten times larger.
        "Portland",
        "Victoria",
        "Cambridge",
        # A town's name as a word inside a longer name is no town.
        "Reading Room",
        "Innovation Hub",
        "Level Two of the Omni Oklahoma City Hotel",
        "Main Hall",
        # No town at all.
        "Virtual",
        "CLIVAR ONLY",
        "",
    ],
)
def test_a_place_that_leaves_doubt_names_no_zone(place: str) -> None:
    assert zone_of_town(place) is None


def test_every_zone_in_the_table_is_a_portable_zone() -> None:
    raw = files("fastpath_ical.data").joinpath("towns.tsv.gz").read_bytes()
    zones = {
        entry.lstrip("~").split(",")[0]
        for line in gzip.decompress(raw).decode("utf-8").splitlines()
        if not line.startswith("@")
        for entry in line.partition("\t")[2].split(";")
    }
    assert len(zones) > 300
    assert all(is_portable_zone(zone) for zone in zones)


@given(st.text(max_size=80))
def test_any_text_gives_a_zone_or_none(text: str) -> None:
    zone = zone_of_town(text)
    assert zone is None or is_portable_zone(zone)


def test_a_page_held_in_a_town_is_read_in_its_zone_with_a_warning() -> None:
    page = (
        "# Workshop on Rivers\n\nBergamo – Monday, October 6, 2025\n\n"
        "| Time | Title |\n|---|---|\n| 09:00 - 10:00 | Opening |\n"
    )
    reading = read_page(page)
    item = reading.program.items[0]
    assert item.start.utcoffset() is not None
    assert item.start.isoformat() == "2025-10-06T09:00:00+02:00"
    assert str(item.start.tzinfo) == "Europe/Rome"
    assert any("Europe/Rome" in str(w) and "Bergamo" in str(w) for w in reading.warnings)


def test_a_page_held_in_a_town_of_several_zones_is_asked_for_its_zone() -> None:
    page = (
        "# Workshop on Rivers\n\nPortland – Monday, October 6, 2025\n\n"
        "| Time | Title |\n|---|---|\n| 09:00 - 10:00 | Opening |\n"
    )
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        # A British postcode says which Norwich (not Norwich, Connecticut); the note goes.
        ("Artlist, 27 St Giles St, Norwich NR2 1JN (use buzzer no. 4)", "Europe/London"),
        ("Invalidenstr. 43, 10115 Berlin", "Europe/Berlin"),
        ("2 Rue Jussieu, 75005 Paris", "Europe/Paris"),
        ("Main St, Norwich", None),  # two Norwiches of comparable size, two zones
    ],
)
def test_postcodes_and_notes_around_a_town(place: str, zone: str | None) -> None:
    assert zone_of_town(place) == zone


def test_a_location_heading_gives_the_place_under_it() -> None:
    page = (
        "# Data Meetup\n\n## Date\n\n2024-03-25\n\n## Location\n\n"
        "Artlist, 27 St Giles St, Norwich NR2 1JN (use buzzer no. 4)\n\n## Outline\n\n"
        "- 17.45 - 18.00 Arrival\n- 18.00 - 19.00 Talks\n- 19.00 - 21.00 Pub visit (location TBD)\n"
    )
    reading = read_page(page)
    assert reading.program.location == "Artlist, 27 St Giles St, Norwich NR2 1JN (use buzzer no. 4)"
    assert reading.program.timezone == "Europe/London"
    assert [i.title for i in reading.program.items] == ["Arrival", "Talks", "Pub visit"]


def test_a_page_that_states_its_zone_never_reads_the_towns() -> None:
    """A Location line ("Example Hall, Raleigh, NC") beside a stated zone asks no town its
    zone: the table of the world's towns is read only for a page that states none."""
    code = (
        "import fastpath_ical._towns as towns\n"
        "from fastpath_ical import read_page\n"
        "page = '# W\\n\\nLocation: Example Hall, Raleigh, NC\\n\\nMonday, June 14, 2021. All "
        "times are America/New_York.\\n\\n| Time | Title |\\n|---|---|\\n| 9:00 - 9:30 | Opening "
        "|\\n| 9:30 - 10:00 | Keynote |\\n'\n"
        "read = read_page(page)\n"
        "print(towns._table.cache_info().currsize, read.program.location)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "0 Example Hall, Raleigh, NC" == done.stdout.strip()
