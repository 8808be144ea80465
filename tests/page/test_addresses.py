"""The zone of an address a sentence about the event gives ("held at Example University,
Barcelona, Spain"), read with a warning; two towns of different zones are no answer."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

TABLE = "| Time | Title |\n|---|---|\n| 9:00-9:30 | Opening |\n| 9:30-10:00 | Keynote |\n"


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        (
            "The workshop will happen in person at the Universitat Example Fabra, Barcelona, "
            "Spain on July 19th, 2024 in Room 40.008.",
            "Europe/Madrid",
        ),
        (
            "The workshop on July 19th, 2024 will be held at Example State University, in "
            "[Oakwood Hotel & Convention Center](https://example.org/oak), East Lansing, MI, "
            "219 S. Harrison Rd.",
            "America/Detroit",
        ),
    ],
)
def test_the_town_of_the_address_the_event_is_held_at(sentence: str, zone: str) -> None:
    read = read_page(f"# Program\n\n{sentence}\n\n{TABLE}")
    assert str(read.program.items[0].start.tzinfo) == zone
    assert read.program.items[0].start.isoformat().startswith("2024-07-19T09:00")
    assert any(
        w.line == 3 and "the page states no time zone; read its times in" in w.message
        for w in read.warnings
    )


def test_an_address_naming_towns_of_two_zones_is_no_answer() -> None:
    sentence = (
        "The workshop on July 19th, 2024 will be held at Example Hall, Toronto, ON, and at "
        "Example Studio, Vancouver, BC."
    )
    with pytest.raises(PageError, match="no time zone"):
        read_page(f"# Program\n\n{sentence}\n\n{TABLE}")
