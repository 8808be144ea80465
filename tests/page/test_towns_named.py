"""A page that states no zone and no place is read in the zone of the towns it names
anywhere (in a row, after a street address, in a closing sentence), warned; towns of
two zones, or a page held online, are no answer."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Preconference, June 8, 2019\n\n"
TABLE = "| Time | Title |\n|---|---|\n"


def _zone_and_warning(page: str) -> tuple[str, list[tuple[int, str]]]:
    read = read_page(page)
    warned = [(w.line, w.message) for w in read.warnings if "no time zone" in w.message]
    return str(read.program.items[0].start.tzinfo), warned


def test_the_towns_a_row_names() -> None:
    page = (
        f"{HEAD}{TABLE}| 8:30-9:15 | Bus from Utrecht to Den Haag |\n"
        "| 9:15-10:00 | Welcome |\n| 10:00-11:00 | Keynote |\n"
    )
    zone, warned = _zone_and_warning(page)
    assert zone == "Europe/Amsterdam"
    assert len(warned) == 1
    assert warned[0][0] == 5
    assert "'Utrecht', the towns it names" in warned[0][1]


def test_the_town_after_a_street_address() -> None:
    page = (
        f"{HEAD}{TABLE}| 9:00-10:00 | Talks |\n"
        "| 19:00-21:00 | Reception: [Example Science Center](https://e.org/map) (Lobby) "
        "219 Example Avenue, Pittsburgh PA |\n"
    )
    assert _zone_and_warning(page)[0] == "America/New_York"


def test_the_town_of_a_closing_sentence() -> None:
    page = f"{HEAD}{TABLE}| 9:00-10:00 | Talks |\n| 10:00-11:00 | Demos |\n\nSee you in Seattle!\n"
    assert _zone_and_warning(page)[0] == "America/Los_Angeles"


def test_towns_of_two_zones_are_no_answer() -> None:
    page = (
        f"{HEAD}{TABLE}| 8:30-9:15 | Bus from Utrecht |\n| 9:15-10:00 | Welcome |\n\n"
        "See you in Seattle!\n"
    )
    with pytest.raises(PageError, match=r"lie in 2.*'Utrecht' on line 5.*'Seattle' on line 8"):
        read_page(page)


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a virtual workshop: join from Utrecht or anywhere.",
        "Talks in March, lunch at University College.",
    ],
)
def test_no_towns_or_a_page_held_online_are_no_answer(sentence: str) -> None:
    page = f"{HEAD}{sentence}\n\n{TABLE}| 9:00-10:00 | Talks |\n| 10:00-11:00 | Demos |\n"
    with pytest.raises(PageError, match="the page states no time zone"):
        read_page(page)
