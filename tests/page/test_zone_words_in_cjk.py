"""A zone stated in Chinese, Japanese or Korean: "（以下日期與時間，均以臺灣標準時間 UTC+8
為準）" (a page measured blind, BB/07, was refused for stating no zone). The words for
time are written with no space around them, so they are found inside the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page


@pytest.mark.parametrize(
    "statement",
    [
        "（以下日期與時間，均以臺灣標準時間 UTC+8 為準）",
        "（時間は日本時間 UTC+9 です）",
        "모든 시간은 UTC+9 기준입니다.",
    ],
)
def test_a_zone_said_beside_the_word_for_time(statement: str) -> None:
    page = f"# 活動行程\n\n**2023/11/16**\n\n{statement}\n\n"
    page += "- 14:00 - 14:20: Welcome\n- 14:20 - 15:00: Tools\n"
    first = read_page(page).program.items[0]
    hours = int(statement.split("UTC+")[1][0])
    assert first.start_utc == dt.datetime(2023, 11, 16, 14 - hours, 0, tzinfo=dt.UTC)
