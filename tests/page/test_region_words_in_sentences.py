"""A region's word in small letters before a noun is a word of a sentence, no zone.

A working group's meeting page measured blind (KA/05) gives its place, Skamania Lodge near
Portland, Oregon, and says the airport is "in the eastern suburbs of Portland": the word
had been read as US Eastern time named in passing, and the page refused for naming two
zones. "9am eastern", "eastern time" and "Eastern" are still zones.
"""

from __future__ import annotations

import pytest

from fastpath_ical.page._zone_names import zone_candidates


@pytest.mark.parametrize(
    "text",
    ["in the eastern suburbs of Portland", "the central campus", "a pacific island nation"],
)
def test_a_region_word_before_a_noun_is_no_zone(text: str) -> None:
    assert zone_candidates(text) == []


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("All talks start at 9am eastern.", "America/New_York"),
        ("9am eastern time", "America/New_York"),
        ("10 am Pacific", "America/Los_Angeles"),
    ],
)
def test_a_region_word_that_says_the_clock_is_a_zone(text: str, zone: str) -> None:
    assert [getattr(found, "iana", None) for _, _, found in zone_candidates(text)] == [zone]
