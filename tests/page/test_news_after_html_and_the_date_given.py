"""A workshop's page measured blind (NA/02, a HiPEAC workshop of 2017): its news list is
cut by a ``<center>`` block with no blank line after it, so CommonMark reads the entries
below it as HTML, where kramdown reads a list again; the words after a link on such a line
had been lost ("* Oct 21, 2016: The" and no more), the entries were not news, and the
program was read on the day the program committee was announced, over the date the
caller gave. Its list names a demo's speaker before its title ("HermitCore Live Demo by
Dr. Stefan Lankes:<br>**Title**"), which had made "HermitCore Live Demo" the speaker.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

NEWS = """## News
 * Jan 09, 2017: The (tentative) <a href="/#program">workshop program</a> is online.
 * Dec 20, 2016: We look forward to the invited keynote talk by Prof. Ann Lee:
 <center>
        <h3>Clouds Meet Clusters</h3>
 </center>
 * Nov 30, 2016: The <a href="/#deadlines">author notification</a> has been postponed.
 * Oct 21, 2016: The <a href="/#committee">program committee</a> list is online.

## Program

* 10:00 - 10:10 Welcome and Introduction

* 10:10 - 11:10 Keynote Talk by Prof. Ann Lee:<br>
 [__Clouds Meet Clusters__](https://example.org/lee.pdf)

* 16:30 - 16:45 HermitCore Live Demo by Dr. Bo Ray:<br>
  [__HermitCore: A Library Operating System__](https://example.org/ray.pdf)

* 16:45 - 17:00 Invited Talk by Dr. Cy Dee from Example Finland:<br>
  __An Update on Example Technologies__
"""


def test_news_after_an_html_block_is_news_and_the_date_is_asked() -> None:
    with pytest.raises(PageError, match="no date found"):
        read_page(NEWS, timezone="Europe/Stockholm")
    reading = read_page(NEWS, timezone="Europe/Stockholm", date=dt.date(2017, 1, 24))
    assert {item.start.date() for item in reading.program.items} == {dt.date(2017, 1, 24)}
    news = [w.line for w in reading.warnings if "list entry of news" in w.message]
    assert news == [2, 3, 7, 8]


def test_a_demo_label_after_its_subject_and_a_speaker_from_an_organisation() -> None:
    reading = read_page(NEWS, timezone="Europe/Stockholm", date=dt.date(2017, 1, 24))
    _, _, demo, invited = reading.program.items
    assert (demo.title, demo.kind) == ("HermitCore: A Library Operating System", ItemKind.ACTIVITY)
    assert [(p.name, p.affiliation) for p in demo.people] == [("Bo Ray", None)]
    assert [(p.name, p.affiliation) for p in invited.people] == [("Cy Dee", "Example Finland")]


def test_names_never_stand_before_by() -> None:
    page = (
        "# WS\n\nJune 16, 2025. All times BST.\n\n"
        "* 10:00 - 11:00 Ann Lee by Dr. Bo Ray: Notes on a Method\n"
        "* 11:00 - 12:00 Closing\n"
    )
    talk, _ = read_page(page).program.items
    assert "Ann Lee" not in [person.name for person in talk.people]


PAGE = """# WS

June 16, 2025. All times BST.

- 9:00 - 9:30 Coffee & set-up
- 9:30 - 12:30 MORNING SESSION: From Data to Models
- 12:30 - 13:30 Lunch
"""


def test_the_date_given_is_read_over_the_pages_one_date_and_said() -> None:
    reading = read_page(PAGE, date=dt.date(2025, 6, 20))
    assert {item.start.date() for item in reading.program.items} == {dt.date(2025, 6, 20)}
    assert any(
        w.line == 3 and "read on 2025-06-20, the date given" in w.message for w in reading.warnings
    )
    assert read_page(PAGE, date=dt.date(2025, 6, 16)).program == read_page(PAGE).program


def test_a_date_given_against_the_pages_days_is_an_error() -> None:
    page = PAGE + "\n## June 17, 2025\n\n- 9:00 - 10:00 Day two\n- 10:00 - 11:00 Closing\n"
    with pytest.raises(PageError, match="the date given, 2025-06-20, is another"):
        read_page(page, date=dt.date(2025, 6, 20))
