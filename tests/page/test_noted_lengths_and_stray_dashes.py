"""Two habits of blind pages BN/04 and BN/03: a break whose title says how long it lasts
(`☕️ Break (20 minutes)` at 16:00, the next start 17:45) had been read to 17:45, and a
range with a stray dash after it (`5:00 PM -- 6:15 PM --`) was refused."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

NOTED = """# Timeline of the workshop

The workshop is on Tuesday 23rd August 2022 from 14:00 - 18:00 (Europe/Rome).

| Time | Activity |
| ---- | -------- |
| 14:00  | Welcome |
| 16:00  | Break (20 minutes)|
|  | Data access & chunking |
| 17:45 | Concluding remarks |
"""


def test_a_length_in_the_title_ends_an_item_that_has_only_a_start() -> None:
    items = read_page(NOTED).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("14:00", "16:00", "Welcome"),
        ("16:00", "16:20", "Break"),
        ("17:45", "18:00", "Concluding remarks"),
    ]


STRAY = """# Geobiology Symposium

All times are Eastern Time (America/New_York).

| Schedule ||
|---|---|
| **Friday, April 9, 2021** ||
| 5:00 PM -- 6:15 PM --  | Keynote Address |
| 6:30 PM -- 7:30 PM | Social Gathering |
"""


def test_a_stray_dash_after_a_whole_range_loses_nothing() -> None:
    items = read_page(STRAY).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in items] == [
        ("17:00", "18:15"),
        ("18:30", "19:30"),
    ]


def test_a_dash_after_a_start_alone_leaves_its_end_open_and_says_so() -> None:
    """ "5:00 PM --": a start whose end the page leaves open, as "5:00 PM onwards" (a
    person reads it so; a euro-hackday's front-matter program wrote "time: 18:00 - ",
    OB/06): the next start ends it, warned at the cell."""
    reading = read_page(STRAY.replace("5:00 PM -- 6:15 PM --", "5:00 PM --"))
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in reading.program.items] == [
        ("17:00", "18:30"),
        ("18:30", "19:30"),
    ]
    assert any("ends on a dash" in w.message for w in reading.warnings)
    with pytest.raises(PageError, match="the last item of the day"):
        read_page(STRAY.replace("6:30 PM -- 7:30 PM", "6:30 PM --"))
