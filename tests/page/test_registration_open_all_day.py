"""A registration desk open all day beside the program (a conference overview): no
session of what it spans, and what follows its span may start before it closes."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

DAY = """## Sunday, August 10th, 2025:

| 07:30 – 20:30 | Registration Check in
| 09:00 – 12:30 | Tutorials
| 12:30 – 14:00 | Box Lunch Provided
| 14:00 – 17:30 | Tutorials
| 18:30 – 21:00 | Welcome Reception
"""


def test_registration_is_beside_the_day_and_no_session_of_it() -> None:
    reading = read_page(DAY, timezone="Asia/Bangkok")
    items = reading.program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title, i.session) for i in items] == [
        ("07:30", "20:30", "Registration Check in", None),
        ("09:00", "12:30", "Tutorials", None),
        ("12:30", "14:00", "Box Lunch Provided", None),
        ("14:00", "17:30", "Tutorials", None),
        ("18:30", "21:00", "Welcome Reception", None),
    ]


def test_a_session_over_its_talks_still_bounds_what_follows() -> None:
    """A session is no desk open all day: a row starting before it ends, and ending after
    it, is a clash to ask about, as it was."""
    page = (
        "## Monday, August 11th, 2025:\n\n"
        "| 09:00 – 12:00 | Session 1: Orals A\n"
        "| 09:00 – 10:30 | Talks on parsing\n"
        "| 10:30 – 11:30 | Talks on tagging\n"
        "| 11:45 – 12:30 | Panel on evaluation\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page, timezone="Asia/Bangkok")
    assert caught.value.line == 6
