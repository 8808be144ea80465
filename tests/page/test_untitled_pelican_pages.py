"""Pages a site's layout names: no heading, Pelican's metadata lines on top, the date in a
sentence ("will be held December 11"), and remarks "with" the people who give them."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

PELICAN = """Title: Schedule
Date: 2018-08-01
<!-- 25 minutes + 5 for invited -->

<p> The workshop will be held December 11 virtually. Times are listed in EST.</p>

<table>
<tr> <td>09:00 - 09:10</td> <td>Opening remarks with Ann Lee</td></tr>
<tr> <td>09:10 - 09:30</td> <td><b>Bo Ray: Large scale health equity</b></td></tr>
<tr> <td>09:30 - 10:00</td> <td>Discussion with Ann Lee and Bo Ray</td></tr>
<tr> <td>10:00 - 10:30</td> <td>Reasoning with Graph Neural Networks</td></tr>
</table>
"""

TABLE = "| Time | Title |\n|---|---|\n| 10:00 - 11:00 | A Talk |\n"


def test_pelican_metadata_is_no_page_text_and_its_date_is_no_program_date() -> None:
    """Pelican's Date is when the page was posted (2018), not the event (December 11,
    2020); its Title names the calendar, with the warning a generic name gets."""
    read = read_page(PELICAN, year=2020)
    assert read.program.title == "Schedule"
    assert {f"{item.start:%Y-%m-%d}" for item in read.program.items} == {"2020-12-11"}
    assert any("names no workshop" in w.message for w in read.warnings)


def test_people_after_with_in_an_activity_s_title_and_only_there() -> None:
    items = read_page(PELICAN, year=2020).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Opening remarks", ["Ann Lee"]),
        ("Large scale health equity", ["Bo Ray"]),
        ("Discussion", ["Ann Lee", "Bo Ray"]),
        ("Reasoning with Graph Neural Networks", []),
    ]


def test_a_page_with_no_title_anywhere_is_named_program_with_a_warning() -> None:
    page = "Monday, May 3, 2021 (times in CEST)\n\n" + TABLE
    read = read_page(page)
    assert read.program.title == "Program"
    assert [(w.line, "names no workshop, only 'Program'" in w.message) for w in read.warnings] == [
        (1, True)
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The workshop will be held December 11 virtually.", "2020-12-11"),
        ("It takes place on Friday, December 11 in Vancouver.", "2020-12-11"),
        ("The meeting is held on 11 December online.", "2020-12-11"),
        ("The workshop will be run the 11th of December, from 11 am.", "2020-12-11"),
        # The year is the page's own, after a note in brackets.
        ("It will take place on **December 11th (morning)** 2021 in Paris.", "2021-12-11"),
    ],
)
def test_a_sentence_saying_when_the_event_is_held_gives_its_day(sentence: str, day: str) -> None:
    page = f"# Health Workshop\n\n{sentence} Times are in EST.\n\n" + TABLE
    (item,) = read_page(page, year=2020).program.items
    assert f"{item.start:%Y-%m-%d}" == day
