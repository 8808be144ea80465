"""Lines above the program: a date written with a comma after its month, a hard line
break, a paper's video link that is no recording of the workshop."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

TABLE = "| Time | Title |\n|---|---|\n| 09:00 - 09:30 | Opening |\n"


def test_a_backslash_ending_a_line_breaks_it_and_a_comma_may_follow_the_month() -> None:
    page = (
        "# Workshop on Examples 2025\n\n**Workshop Date:** November, 18th 2025 \\\n"
        "**Workshop Location:** Room 2 \\\n\nAll times AEST.\n\n" + TABLE
    )
    reading = read_page(page, timezone="Australia/Brisbane")
    assert reading.program.items[0].start.date() == dt.date(2025, 11, 18)


def test_a_line_of_a_papers_materials_is_no_recording_of_the_workshop() -> None:
    page = (
        "# Workshop on Examples 2025\n\nMonday, June 2, 2025 (all times CEST)\n\n"
        + TABLE
        + "\n### Accepted papers\n**A paper**\n\n[pdf](/assets/pdf/8.pdf) | "
        "[video](https://video.example/8)\n"
    )
    reading = read_page(page)
    assert reading.program.recording is None


def test_a_line_that_links_the_recording_gives_it() -> None:
    page = (
        "# Workshop on Examples 2025\n\nMonday, June 2, 2025 (all times CEST)\n\n"
        "[Video recording](https://video.example/all)\n\n" + TABLE
    )
    assert read_page(page).program.recording == "https://video.example/all"


def test_the_below_is_stated_in_a_zone() -> None:
    page = (
        "# Workshop on Examples 2020\n\nWednesday, June 3rd, 2020\n\n"
        "**The below is stated in UTC time.**\n\n"
        "| Time | Event |\n|---|---|\n| 1600 -- 1610 | Introduction |\n"
    )
    item = read_page(page).program.items[0]
    assert (str(item.start.tzinfo), item.start.hour) == ("UTC", 16)


def test_a_date_under_a_br_in_one_block_of_html_is_read() -> None:
    """'<br>' on a line starts a block of HTML that runs to the blank line; a browser shows
    the sentence under it, and so does the reader."""
    page = (
        "# Program\n\n<br>\nThe workshop will take place on Monday, December 13, 2021.\n"
        "Please note that all times are in Eastern Standard Time (New York).\n\n"
        "| Time | Event |\n|---|---|\n| 9:00 - 9:30 | Opening |\n"
    )
    item = read_page(page).program.items[0]
    assert item.start.isoformat() == "2021-12-13T09:00:00-05:00"


def test_the_same_day_seen_from_elsewhere_does_not_date_the_program() -> None:
    page = (
        "# Workshop on Examples 2021\n\n"
        "**The workshop is held virtually on 7th January 2021 (9:00am - 2:30pm Japan Time)**\n\n"
        "`Note that this will be night of 6th January 2021 in the Americas and Europe.`\n\n"
        "| Time (JST, GMT+09:00) | Title |\n|---|---|\n| 09:00 | Opening |\n| 10:00 | End |\n"
    )
    reading = read_page(page)
    assert reading.program.items[0].start.isoformat() == "2021-01-07T09:00:00+09:00"
    assert any("seen from elsewhere" in w.message for w in reading.warnings)


def test_html_in_a_front_matter_title_is_shown_not_kept() -> None:
    page = (
        '---\ntitle: "Workshop on Generative Things <br>(2024)"\n---\n\n'
        "Monday, August 26, 2024 (all times PDT)\n\n"
        "| Time | Title |\n|---|---|\n| 08:00 - 08:10 | Opening remarks |\n"
    )
    assert read_page(page).program.title == "Workshop on Generative Things (2024)"
