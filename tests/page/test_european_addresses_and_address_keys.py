"""A page that states no zone but gives its place as Europe writes an address ("at the
Institute, Example Platz 5, 04103 Leipzig": street, number, postcode, town; "77 avenue de
Ségur, 75015 Paris" in French order), or in its
front matter's address keys ("addressLocality", "addressCountry", as schema.org names
them and event themes use them): the zone of that town or country, warned.  Two blind
pages (GC/05, GC/06) were refused for want of a zone a person read off them."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PROGRAM = "## Schedule\n\n- 09:00-10:00 Welcome\n- 10:00-11:00 Talks\n"


def _zone(page: str) -> tuple[str, list[str]]:
    reading = read_page(page)
    return str(reading.program.timezone), [w.message for w in reading.warnings]


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("our institute, Deutscher Platz 5, 04103 Leipzig", "Europe/Berlin"),
        ("our lab, Kruislaan 403, 1098 XG Amsterdam", "Europe/Amsterdam"),
        ("the main building, Rämistrasse 71, 8006 Zürich", "Europe/Zurich"),
    ],
)
def test_a_postcode_before_the_town(address: str, zone: str) -> None:
    page = (
        "# Species Meeting\n\nThis meeting will take place from 19th to 23rd March 2018 "
        f"at {address}.\n\n" + PROGRAM
    )
    found, warnings = _zone(page)
    assert found == zone
    assert any("the town of the address it gives" in w for w in warnings)


@pytest.mark.parametrize(
    "address",
    [
        "Lieu de la transformation publique (Paris)\n\n**Lieu**\n: [Lieu de la transformation, "
        "77 avenue de Ségur, 75015 Paris](https://example.org/map)",
        "the faculty of science.\n\nAddress: 5 place Jean Jaurès, 31000 Toulouse",
    ],
)
def test_a_french_address_the_house_number_first(address: str) -> None:
    # JB/03, a sprint in Paris measured blind, gives its place so, in a definition list.
    page = f"# Sprint\n\nThe sprint runs on 19 March 2025 at {address}.\n\n" + PROGRAM
    found, warnings = _zone(page)
    assert found == "Europe/Paris"
    assert any("read its times in Europe/Paris" in w for w in warnings)


def test_a_year_after_a_date_is_no_postcode() -> None:
    # "March 5, 2024 Berlin": a date and a word, no address.
    page = "# Species Meeting\n\nMeet us on March 5, 2024 Berlin edition.\n\n" + PROGRAM
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)


def test_address_keys_of_the_front_matter() -> None:
    page = (
        '---\ntitle: "Heldagshackathon"\n'
        'addressRegion: "Spånga"\naddressCountry: "Sweden"\n---\n'
        "Välkommen! Lördag 25 oktober 2025.\n\n12:00-13:00 - Intro\n\n13:00-18:00 - Hacka\n"
    )
    found, warnings = _zone(page)
    assert found == "Europe/Stockholm"
    assert any("'Spånga, Sweden'" in w for w in warnings)


def test_the_place_after_the_conference_a_workshop_is_colocated_with() -> None:
    # "**Colocated with:** [NAACL-2025](url), Albuquerque, New Mexico, U.S.A." (IA/01).
    page = (
        "# Multiword Workshop\n\n**Colocated with:** [ACL-2025](https://example.org/acl), "
        "Albuquerque, New Mexico, U.S.A.\n\n**Date of the Workshop:** May 4, 2025\n\n"
        "| Time | Event |\n|---|---|\n| 09:00 - 09:30 | Opening |\n| 09:30 - 10:00 | Talk |\n"
    )
    found, warnings = _zone(page)
    assert found == "America/Denver"
    assert any("Albuquerque, New Mexico" in w for w in warnings)


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Graph Workshop and Hackathon at UC San Diego", "America/Los_Angeles"),
        ("Summer School in Paris", "Europe/Paris"),
    ],
)
def test_the_town_an_events_name_says_it_is_held_at(name: str, zone: str) -> None:
    page = f"# {name}\n\nOctober 14, 2019\n\n" + PROGRAM
    assert _zone(page)[0] == zone


@pytest.mark.parametrize(
    "name", ["Workshop at the Lincoln Center", "Retreat in Victoria", "Meetup at Mila"]
)
def test_a_building_or_a_regions_old_zone_name_is_no_town(name: str) -> None:
    # "Center" and "Victoria" are the last words of zone names (America/North_Dakota/Center,
    # Australia/Victoria): no town a person would read there.
    with pytest.raises(PageError, match="states no time zone"):
        read_page(f"# {name}\n\nOctober 14, 2019\n\n" + PROGRAM)


def test_a_campus_named_for_its_town() -> None:
    page = (
        "# Sky Workshop\n\nOctober 14, 2019\n\nVenue: Auditorium of the Supercomputer Center "
        "in the University of California, San Diego campus\n\n" + PROGRAM
    )
    assert _zone(page)[0] == "America/Los_Angeles"
