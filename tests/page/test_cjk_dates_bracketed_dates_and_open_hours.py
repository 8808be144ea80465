"""Dates in Chinese, Japanese and Korean, a date in brackets after its weekday, and an
hour with no end among hours alone (from the blind sets BL, BN, BP and BZ).

"2023年11月27日" and "1日目 6月26日（木）" had been no dates at all ("no date found");
"#### Monday (03/25):" neither; and "* 14- hack" among "* 9-10 Talk" lines had been
passed over, the day's last item lost with no word.  Each test fails on the reader
before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = "\n\n| 時間 | 内容 |\n|---|---|\n| 14:00-15:00 | 開会 |\n| 15:00-16:00 | 講演 |\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("日時: 2026年8月3日 (月) 14:00 - 17:00", dt.date(2026, 8, 3)),
        ("## 2023年11月27日（月）", dt.date(2023, 11, 27)),
        ("2025年6月26日(木)-27日(金) 北海道大学", dt.date(2025, 6, 26)),
        ("일시: 2018년 12월 15일", dt.date(2018, 12, 15)),
    ],
)
def test_dates_in_chinese_japanese_and_korean(line: str, day: dt.date) -> None:
    program = read_page(f"# 研究会\n\n{line}" + TABLE, timezone="Asia/Tokyo").program
    assert {item.start.date() for item in program.items} == {day}


@pytest.mark.parametrize("heading", ["## 1日目 6月26日（木）", "## 12월 15일 (월)"])
def test_a_month_and_day_with_the_year_known(heading: str) -> None:
    program = read_page(f"# 研究会\n\n{heading}" + TABLE, timezone="Asia/Tokyo", year=2025)
    assert program.program.items[0].start.date().day in (26, 15)


@pytest.mark.parametrize("heading", ["#### Monday (03/25):", "#### Monday (3/25)"])
def test_a_date_in_brackets_after_its_weekday(heading: str) -> None:
    page = f"# Hack\n\n{heading}\n- 8:30am, *Breakfast*\n- 9:30am-12:30pm, **Kick-Off**\n"
    page += "- 12:30pm-1:30pm, *Lunch*\n"
    program = read_page(page, year=2024, timezone="America/New_York").program
    assert [item.start.date() for item in program.items] == [dt.date(2024, 3, 25)] * 3


def test_an_hour_with_no_end_among_hours_alone_is_refused() -> None:
    page = (
        "# School\n\nTokyo, September 2, 2024.\n\n"
        "* 9-10 Introduction\n* 10-13 Lecture\n* 14- hack\n"
    )
    with pytest.raises(PageError, match="starts at 14 with no end") as raised:
        read_page(page)
    assert raised.value.line == 7


def test_a_numbered_entry_among_times_with_minutes_stays_prose() -> None:
    # Only a list that writes its times as hours alone makes "1- ..." a time.
    page = (
        "# School\n\nTokyo, September 2, 2024.\n\n"
        "* 9:00-10:00 Introduction\n* 10:00-13:00 Lecture\n\n"
        "Rules:\n\n* 1- Be kind\n"
    )
    assert len(read_page(page).program.items) == 2
