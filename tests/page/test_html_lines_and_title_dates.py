"""Text an HTML block holds beside its line breaks ("<div>Title<br><em>Authors</em></div>",
"<p><b>09:05 - 09:45</b><br><b>Title</b><br><i>Ann Lee</i></p>"), which had been
dropped without a word, and a date given only in the front matter's title."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.page._html import html_blocks

SCHEDULE = """---
title: Conference Schedule - Monday, April&nbsp;19
---

All times are CEST (Europe/Berlin).

<div class="schedule" markdown="0">
  <div class="schedule-element">
    <div class="time-wrapper">
      <span class="time">9:00</span>-<span class="time">10:00</span>
    </div>
    <div>
      Sparse Models in Practice<br>
      <em>Authors: Ann Lee and Bo Ray</em>
    </div>
  </div>
  <div class="schedule-element">
    <div class="time-wrapper">
      <span class="time">10:00</span>-<span class="time">11:00</span>
    </div>
    <div>
      Evaluating Translation<br>
      <em>Authors: Cy Dee</em>
    </div>
  </div>
</div>
"""


def test_the_lines_of_a_div_with_line_breaks_are_read() -> None:
    blocks = html_blocks(
        '<div class="a">\n<div>\nSparse Models<br>\n<em>Ann Lee</em>\n</div>\n</div>', 0
    )
    assert [(b.content.text, getattr(b, "continued", None)) for b in blocks] == [
        ("Sparse Models", False),
        ("Ann Lee", True),
    ]


def test_a_paragraph_of_bold_lines_is_read_line_by_line() -> None:
    blocks = html_blocks("<p>\n<b>09:05 - 09:45</b><br />\n<b>Keynote</b><br />\n</p>", 0)
    assert [b.content.text for b in blocks] == ["09:05 - 09:45", "Keynote"]
    assert [b.line for b in blocks] == [2, 3]


def test_a_schedule_of_divs_dated_by_its_front_matter_title() -> None:
    reading = read_page(SCHEDULE, year=2021)
    items = reading.program.items
    assert [(i.start.astimezone(dt.UTC), i.title) for i in items] == [
        (dt.datetime(2021, 4, 19, 7, 0, tzinfo=dt.UTC), "Sparse Models in Practice"),
        (dt.datetime(2021, 4, 19, 8, 0, tzinfo=dt.UTC), "Evaluating Translation"),
    ]
    assert [[p.name for p in i.people] for i in items] == [["Ann Lee", "Bo Ray"], ["Cy Dee"]]
    assert any("front matter's title" in str(w) for w in reading.warnings)


def test_a_title_date_whose_weekday_is_wrong_is_refused() -> None:
    with pytest.raises(PageError, match="Tuesday does not match 2021-04-19"):
        read_page(SCHEDULE.replace("Monday, April", "Tuesday, April"), year=2021)


def test_a_date_on_the_page_wins_over_the_title() -> None:
    page = SCHEDULE.replace("All times", "Tuesday, April 20, 2021. All times")
    items = read_page(page).program.items
    assert items[0].start.date() == dt.date(2021, 4, 20)


def test_the_last_items_lines_under_its_title_are_kept() -> None:
    # "Authors: Cy Dee" under the last title had been dropped with no word said.
    page = """# W

Monday, April 19, 2021. All times are CEST (Europe/Berlin).

**09:00 - 10:00**

Sparse Models\\
Authors: Ann Lee

**10:00 - 11:00**

Evaluating Translation\\
Authors: Cy Dee
"""
    items = read_page(page).program.items
    assert [[p.name for p in i.people] for i in items] == [["Ann Lee"], ["Cy Dee"]]


def test_a_list_of_links_under_a_title_is_its_links_not_its_words() -> None:
    page = """# W

Monday, April 19, 2021. All times are CEST (Europe/Berlin).

| Time | Title | Instructors |
|---|---|---|
|9:00-10:00|Finding the Data: <br> - [Data Search](https://example.org/s) <br> - LINK|Ann Lee|
|10:00-11:00|Plotting: <br> - see the notes|Cy Dee|
""".replace("LINK", "[Portal](https://example.org/p)")
    items = read_page(page).program.items
    assert items[0].title == "Finding the Data"
    assert [link.url for link in items[0].links] == [
        "https://example.org/s",
        "https://example.org/p",
    ]
    # A line of the list that is no link stays words of the title.
    assert items[1].title == "Plotting: - see the notes"


COURSE = """# Course schedule

Wednesday, January 11, 2023. <em>All times CET.</em>

<table>
<tr>
    <td>09:10</td>
    <td>Hardware and Programming Environment
    <ul>
        <li>The hardware architecture</li>
        <li>The module environment</li>
    </ul>
    <em>Presenter: Ann Lee (HPE)</em><br>
    <em>Slide files: <code>/project/slides/01_Intro.pdf</code> on the cluster only.</em><br>
    <em>Recording: <code>/project/recordings/01_Intro.mp4</code> on the cluster only.</em>
    </td>
</tr>
<tr>
    <td>10:15</td>
    <td>Introduction to the Ecosystem
    <ul>
        <li>GPU Hardware intro</li>
    </ul>
    <em><a href="https://example.org/a.pdf">Slides</a> and
    <a href="https://example.org/notes">additional notes and exercises</a></em><br>
    <em>Recording: <code>/project/recordings/02.mp4</code> on the cluster only.</em>
    </td>
</tr>
<tr><td>11:30</td><td>End of the course</td></tr>
</table>
"""


def test_the_lines_after_a_list_in_a_cell_and_its_material_lines() -> None:
    items = read_page(COURSE).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Hardware and Programming Environment", ["Ann Lee"]),
        ("Introduction to the Ecosystem", []),
    ]
    assert [link.url for link in items[1].links] == [
        "https://example.org/a.pdf",
        "https://example.org/notes",
    ]
