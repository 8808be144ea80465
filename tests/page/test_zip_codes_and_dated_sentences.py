"""A US address with no street but its ZIP code ("Physics Bldg, College Park, MD 20740")
gives its town's zone; a place that names no zone leaves the addresses to say it; and the
words after a date in a sentence ("On July 12, 2017, we will be hosting ...") are no
place."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

TABLE = "| Time | Title |\n|---|---|\n| 9:00-9:30 | Opening |\n| 9:30-10:00 | Keynote |\n"
SENTENCE = "On July 12, 2017, we will be hosting a free one-day workshop on sequencing.\n\n"


def test_a_sentence_after_a_date_is_no_place() -> None:
    with pytest.raises(PageError) as caught:
        read_page(f"# Sequencing Day\n\n{SENTENCE}{TABLE}")
    assert "only a place" not in str(caught.value)
    assert "states no time zone" in str(caught.value)


def test_a_zip_code_address_gives_its_towns_zone() -> None:
    venue = (
        "## Getting there\n\nPark in lot 2.\n\n**Example Physics Bldg, College Park, MD 20740**\n"
    )
    read = read_page(f"# Sequencing Day\n\n{SENTENCE}{TABLE}\n{venue}")
    start = read.program.items[0].start
    assert (str(start.tzinfo), start.isoformat()) == (
        "America/New_York",
        "2017-07-12T09:00:00-04:00",
    )
    assert any(
        "the zone of 'College Park, MD', the town of the address it gives" in w.message
        for w in read.warnings
    )


def test_a_place_that_names_no_zone_leaves_the_address_to_say_it() -> None:
    venue = (
        "## Venue\n\nThe workshop takes place in the Example Physics building at the\n"
        "campus, in room 1412.\n\n**Example Physics Bldg, Tempe, AZ 85281**\n"
    )
    read = read_page(f"# Sequencing Day\n\n{SENTENCE}{TABLE}\n{venue}")
    assert read.program.items[0].start.isoformat() == "2017-07-12T09:00:00-07:00"


@pytest.mark.parametrize(
    "line",
    ["Call us at Example, NY 1001", "Room 20740, Building 3", "Order 12345 shipped"],
)
def test_no_zip_code_no_town(line: str) -> None:
    with pytest.raises(PageError, match="states no time zone"):
        read_page(f"# Sequencing Day\n\n{SENTENCE}{TABLE}\n{line}\n")


def test_a_sentence_that_names_no_place_is_no_location() -> None:
    """The zone comes from the address; the cut sentence is nothing to put in a calendar."""
    venue = (
        "## Venue\n\nThe workshop will take place in the Example Physics building at the\n"
        "campus, in room 1412.\n\n**Example Physics Bldg, Tempe, AZ 85281**\n"
    )
    read = read_page(f"# Sequencing Day\n\n{SENTENCE}{TABLE}\n{venue}")
    assert read.program.location is None
