"""Sessions held side by side under a timed heading ("### Session 1: 10:45-12:15", then
"#### Room 308 -- Panel 1" over a list of its talks, then "#### Room 208 -- Panel 2" over
another), from the blind set BL (a digital humanities symposium).  The panels, their
talks and chairs had been passed over without a word, the feed holding only "Session 1";
the page was refused at its day's end, so a given end of day gave that feed.  The test
fails on the reader before this rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

_PAGE = (
    "## Friday, June 16th, 2023\n\n"
    '### 9:00-10:30: Keynote Address: Ann Lee — "Reading at scale"\n\n'
    "### Session 1: 10:45-12:15\n\n"
    '#### Room 308 -- Panel 1: "Big data"\n\n'
    '- "Scaling the archive" — Bo Ray\n'
    '- "Hard ways with historic data" — Cy Dee\n'
    "- Chair: Dee Fox\n\n"
    '#### Room 208 -- Panel 2: "Networks"\n\n'
    '- "Taming scale" — Eve Gold\n'
    '- "Annotating together" — Fay Hart\n\n'
    "### 12:15-13:15: Lunch\n"
)


def test_a_panel_under_a_session_heading_is_refused_at_its_heading() -> None:
    with pytest.raises(PageError, match="session of its own") as raised:
        read_page(_PAGE, timezone="America/New_York", end=dt.time(17))
    assert raised.value.line == 7


def test_a_heading_of_the_room_alone_is_no_session() -> None:
    page = _PAGE.replace('- "Scaling the archive" — Bo Ray\n', "").replace(
        '- "Hard ways with historic data" — Cy Dee\n', ""
    )
    page = page.replace('- "Taming scale" — Eve Gold\n', "").replace(
        '- "Annotating together" — Fay Hart\n', ""
    )
    items = read_page(page, timezone="America/New_York").program.items
    assert [item.title for item in items] == ["Reading at scale", "Session 1", "Lunch"]
