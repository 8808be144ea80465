"""People a speaker cell was cut into wrongly: a part of where someone works read as a
person ("Region 3"), or a second speaker read into the first one's affiliation (a page
measured blind, BJ/03, gave "Region 3" as a speaker and "US EPA, ORD/NHEERL and Bo Ray,
US EPA, ORD/NCEA" as one speaker's place of work)."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

PAGE = """## Example Agency R Workshop 2026

May 12, 2026

|Time|Room|Session|Presenter|
|----|----|-------|---------|
|8:30 AM - 12:00 PM|C111|Introduction to R|{people}|
|12:00 PM - 1:00 PM|C111|Lunch||
"""


def test_a_numbered_unit_read_as_a_person_is_an_error_at_the_row() -> None:
    page = PAGE.format(
        people="Ada Quist, Example Agency, ORD/LAB, Tom Reyes, Example Agency, Region 3"
    )
    with pytest.raises(PageError, match="numbered part of a place of work") as caught:
        read_page(page, timezone="America/New_York")
    assert caught.value.line == 7


def test_a_second_speaker_read_into_an_affiliation_is_an_error() -> None:
    page = PAGE.format(
        people="Ada Quist, Example Agency, ORD/LAB and Tom Reyes, Example Agency, ORD/DIV"
    )
    with pytest.raises(PageError, match="names 'Tom Reyes'"):
        read_page(page, timezone="America/New_York")


def test_two_speakers_with_their_affiliations_in_brackets_still_read() -> None:
    page = PAGE.format(people="Ada Quist (Example Agency) and Tom Reyes (Example Agency)")
    people = read_page(page, timezone="America/New_York").program.items[0].people
    assert [(p.name, p.affiliation) for p in people] == [
        ("Ada Quist", "Example Agency"),
        ("Tom Reyes", "Example Agency"),
    ]
