"""A table of times inside a cell, and GMT's name written out before an offset (from the
blind set DC).

A session cell holding its own table of breakout slots ("2 - 2:55pm | NWB Explorer",
"3 - 3:55pm | CaImAn", ...) had been read as one item whose title held every slot's time,
title and speakers; "all provided slots are in Greenwich Mean Time+2 (GMT+2)" had been
refused as two zones that disagree.  Each test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page


def test_a_table_of_times_inside_a_cell_is_refused() -> None:
    page = (
        "# Hackathon\n\nMonday, September 21, 2020. All times are in CEST.\n\n"
        "<table>\n  <tr>\n    <td><b>1 - 2pm</b></td>\n    <td>Reading data</td>\n  </tr>\n"
        "  <tr>\n    <td><b>2 - 4pm</b></td>\n    <td>\n      Breakout sessions:\n"
        "      <table>\n        <tr>\n          <td>2 - 2:55pm</td>\n"
        "          <td>NWB Explorer - Ann Lee</td>\n        </tr>\n        <tr>\n"
        "          <td>3 - 3:55pm</td>\n          <td>CaImAn - Bo Ray</td>\n        </tr>\n"
        "      </table>\n    </td>\n  </tr>\n</table>\n"
    )
    with pytest.raises(PageError, match="table of times of its own") as raised:
        read_page(page)
    assert raised.value.line == 15  # the first row of the inner table


def test_greenwich_mean_time_written_out_before_an_offset() -> None:
    page = (
        "# Workshop\n\nJune 5, 2024.\n\nAll slots are in Greenwich Mean Time+2 (GMT+2).\n\n"
        "| Time (GMT+2) | Event |\n|---|---|\n| 08:45-09:00 | Opening |\n| 09:00-09:30 | Talk |\n"
    )
    first = read_page(page).program.items[0]
    assert first.start.astimezone(dt.UTC) == dt.datetime(2024, 6, 5, 6, 45, tzinfo=dt.UTC)


def test_a_title_wholly_in_quotes_and_a_speaker_with_a_dash_before_the_workplace() -> None:
    # DC/05: '["Building AI Agents with Dapr"](abstracts/x.md) | Will Velida - Microsoft'.
    page = (
        "# Days\n\nTuesday 9th September 2025, Sydney.\n\n| Time | Title | Speaker |\n"
        "|---|---|---|\n"
        '| 13:45 - 14:00 | ["Building AI Agents with Dapr"](abstracts/x.md) '
        "| Will Velida - Microsoft |\n"
        '| 14:00 - 14:15 | "No Free Lunch" when Models Check Themselves | Ann Lee |\n'
    )
    items = read_page(page).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Building AI Agents with Dapr", [("Will Velida", "Microsoft")]),
        ('"No Free Lunch" when Models Check Themselves', [("Ann Lee", None)]),
    ]


def test_a_lone_timed_line_under_a_day_heading_on_a_page_of_tables_is_refused() -> None:
    # DB/02: the first day's one item, "17:30 - 19:30 Welcome reception", had been lost.
    page = (
        "# Symposium\n\nHonolulu, January 2017.\n\n## Tuesday 17 Jan 2017\n\n"
        "17:30 - 19:30 &nbsp;&nbsp;Welcome reception @ Ocean Terrace\n\n"
        "## Wednesday 18 Jan 2017\n\n|Time|Activity|\n|:---|:-----|\n"
        "| 08:00 - 08:30 | Breakfast |\n| 08:30 - 10:00 | Welcome |\n"
    )
    with pytest.raises(PageError, match="program is in tables") as raised:
        read_page(page)
    assert raised.value.line == 7


def test_a_date_line_with_the_day_s_hours_on_a_page_of_tables_is_read() -> None:
    page = (
        "# Day\n\n## Program\n\nWednesday, December 1, 2021 -- Boston, MA *(8:35 am - 5:00 pm EST)*"
        "\n\n| When | Topic |\n|---|---|\n| 8:35 am | Welcome |\n| 9:00 am | Talk |\n"
    )
    assert [item.title for item in read_page(page).program.items] == ["Welcome", "Talk"]
