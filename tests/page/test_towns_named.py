"""A page that states no zone and names no place of its own is read in the zone of the
town of a street address it gives, warned; towns of two zones, a page held online, and
towns named in passing (a bio, a title, a closing line) are no answer."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Preconference, June 8, 2019\n\n"
TABLE = "| Time | Title |\n|---|---|\n| 9:00-10:00 | Talks |\n| 10:00-11:00 | Demos |\n"


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("219 Example Avenue, Pittsburgh PA", "America/New_York"),
        ("12 Example Street, Athens, GA", "America/New_York"),
        ("3 Example Road, London, Ontario", "America/Toronto"),
    ],
)
def test_the_town_of_a_street_address(address: str, zone: str) -> None:
    page = (
        f"{HEAD}{TABLE}| 19:00-21:00 | Reception: [Example Science Center](https://e.org/map) "
        f"(Lobby) {address} |\n"
    )
    read = read_page(page)
    assert str(read.program.items[0].start.tzinfo) == zone
    warned = [w for w in read.warnings if "no time zone" in w.message]
    assert [w.line for w in warned] == [7]
    assert "the town of the address it gives" in warned[0].message


def test_addresses_in_towns_of_two_zones_are_no_answer() -> None:
    page = (
        f"{HEAD}{TABLE}| 19:00-21:00 | Reception, 219 Example Avenue, Pittsburgh PA |\n\n"
        "Day two meets at 12 Example Street, Denver, CO.\n"
    )
    with pytest.raises(PageError, match=r"addresses lie in 2.*line 7.*line 9"):
        read_page(page)


@pytest.mark.parametrize(
    "line",
    [
        "See you in Seattle!",
        "Bus from Utrecht to Den Haag at 8:00.",
        "**Ann Lee** is an assistant professor at Mila.",
        "Our keynote: Introduction to Julia.",
        "Our first edition took place at 12 Example Street, Denver, CO.",
        "The workshop is held online; our office is at 219 Example Avenue, Pittsburgh PA.",
    ],
)
def test_towns_named_in_passing_are_no_answer(line: str) -> None:
    with pytest.raises(PageError, match="the page states no time zone"):
        read_page(f"{HEAD}{line}\n\n{TABLE}")
