"""A venue named with its city last, after the sentence's last "at", with no comma: "The
workshop will be located at J.F. Room at Harbour Hotel & Congress Centre WTC Rotterdam."
(a page measured blind, BA/03, was refused for stating no zone)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page


def _page(sentence: str) -> str:
    return (
        "---\ntitle: Program\n---\n\nOurWorkshop 2025 will take place on March 31st, 2025.\n"
        f"{sentence}\n\n## Schedule\n\n* 8:30am **Welcome Coffee**\n* 9:00am Opening talk\n"
        "* 10:00am End\n"
    )


def test_a_venue_whose_name_ends_in_its_city_gives_the_zone() -> None:
    reading = read_page(
        _page(
            "The workshop will be located at J.F. Room at [Harbour Hotel & Congress Centre "
            "WTC Rotterdam](https://maps.example.com/x)."
        )
    )
    assert reading.program.timezone == "Europe/Amsterdam"
    # Europe went to summer time the day before: 8:30 in Rotterdam is 6:30 UTC.
    assert reading.program.items[0].start_utc == dt.datetime(2025, 3, 31, 6, 30, tzinfo=dt.UTC)


def test_a_hotel_named_for_its_city() -> None:
    reading = read_page(_page("The workshop will be held at the Hyatt Regency Vancouver."))
    assert reading.program.timezone == "America/Vancouver"


@pytest.mark.parametrize(
    "sentence",
    [
        # A university or a hall named for a person or a word, no city: no zone.
        "The workshop will be held at the Temple University Hall.",
        "The workshop will be held at Hall Washington.",
        "The workshop will be held at the Example Conference Centre.",
    ],
)
def test_a_venue_that_names_no_city_gives_no_zone(sentence: str) -> None:
    with pytest.raises(PageError, match="no time zone"):
        read_page(_page(sentence))
