"""The zone of a page that names only its hotel, and a `Contributed Demo:` label: blind
pages BK/06 and BK/07 were refused for want of a zone that their venue, a hotel of a chain
named for its town, states to any reader; BK/07 then read a demo's four authors into its
title (and, with two authors, `Contributed Demo` as the speaker)."""

from __future__ import annotations

import pytest

from fastpath_ical import ItemKind, PageError, read_page
from fastpath_ical.page._zone_names import zone_in_place

CENTRED = """<h1 align="center">The First Workshop on Power Stacks</h1>

<p align="center"><font size="+1">Thursday, June 20, 2019<br>
9AM -- 6PM<br>
Frankfurt Marriott Hotel, Room Gold 2<br></font></p>

## Agenda

| Time | Title |
|---|---|
| 9AM-10AM | Opening |
| 10AM-6PM | Talks |
"""


def test_a_hotel_line_under_the_date_names_the_zone() -> None:
    reading = read_page(CENTRED)
    assert reading.program.timezone == "Europe/Berlin"
    assert reading.program.location == "Frankfurt Marriott Hotel, Room Gold 2"
    assert any("Frankfurt Marriott" in warning.message for warning in reading.warnings)


ROOM = """# Workshop on Learning and Security

December 8, 2017.

# Room

Shoreline room in Hyatt Regency Long Beach Hotel

# Schedule

1:30 - Invited Talk #4: *Defending Models* by [Ann Lee](https://example.org/ann)

2:45 - Contributed Demo: *[Robust Ones](https://e.org/p.pdf)* by Bo Ray, Cy Dee, Di Eng and Ed Fox

3:00 - Poster Session/Break

3:30 - End
"""


def test_a_room_heading_over_a_hotel_names_the_zone_and_a_demo_is_contributed() -> None:
    reading = read_page(ROOM)
    program = reading.program
    assert program.timezone == "America/Los_Angeles"
    demo = program.items[1]
    assert (demo.title, demo.kind) == ("Robust Ones", ItemKind.CONTRIBUTED)
    assert [p.name for p in demo.people] == ["Bo Ray", "Cy Dee", "Di Eng", "Ed Fox"]


def test_two_authors_of_a_demo_are_its_people_not_its_label() -> None:
    page = ROOM.replace("Bo Ray, Cy Dee, Di Eng and Ed Fox", "Bo Ray and Cy Dee")
    demo = read_page(page).program.items[1]
    assert [p.name for p in demo.people] == ["Bo Ray", "Cy Dee"]


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Frankfurt Marriott Hotel", "Europe/Berlin"),
        ("Hyatt Regency Long Beach Hotel", "America/Los_Angeles"),
        ("Grand Hyatt", None),
        ("Hilton Garden Inn", None),
        ("Marriott Hotel", None),
        ("The Westin Hotel", None),
    ],
)
def test_a_hotel_names_its_town_only_with_a_chain_and_a_town(place: str, zone: str | None) -> None:
    assert zone_in_place(place) == zone


def test_a_heading_of_a_city_and_dates_in_numbers_names_the_city() -> None:
    page = "# School\n\n## Osaka 9/2-9/6 2024\n\n### Monday (Sept 2)\n* 12-13 Registration\n"
    with pytest.raises(PageError) as raised:
        read_page(page)
    assert "no time zone" not in str(raised.value)  # the zone is Osaka's; the year is asked


DISTRICT = """# Julia Day

## Date and Place

November 23rd, 2019

Co-Up, 3rd floor, Adalbertstr. 7-8, 10999 Berlin-Kreuzberg

## Program

| Time | Title |
|---|---|
| 10:00 - 11:00 | Intro |
"""


def test_a_city_and_its_district_under_a_date_and_place_heading_name_the_zone() -> None:
    """BN/01's address, `Berlin-Kreuzberg`, under `## Date and Place`."""
    assert read_page(DISTRICT).program.timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("10999 Berlin-Kreuzberg", "Europe/Berlin"),
        ("Hotel Berlin-Tokyo", None),  # two cities of two zones: no one place
        ("Co-Up", None),  # "Co" is Colorado's code, no city with a district
        ("Paris-Lodron University", None),
    ],
)
def test_a_city_with_its_district_names_the_city(place: str, zone: str | None) -> None:
    assert zone_in_place(place) == zone


SUMMER_SCHOOL = """# Sommerschule: Digitale Methoden

Mittwoch, 11. September 2024 - Donnerstag, 12. September 2024
09:00 - 19:30 Uhr, Zentralbibliothek Zürich, Hermann-Escher-Saal

| Uhrzeit | Programmpunkt |
|---------|---------------|
| 13:30   | Einführung |
| 15:00   | Analyse |
| 17:00   | Ende |
"""


def test_the_second_day_of_a_range_is_no_place_and_a_library_names_its_town() -> None:
    """BP/07, a blind page: `Donnerstag, 12` was taken for the page's place; the hours and
    then `Zentralbibliothek Zürich` on the next line say where."""
    reading = read_page(SUMMER_SCHOOL)
    assert reading.program.timezone == "Europe/Zurich"
    assert reading.program.location == "Zentralbibliothek Zürich, Hermann-Escher-Saal"
