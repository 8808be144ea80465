"""A sign-up deadline in Japanese under "参加方法" ("…2026年3月19日（木）23:59まで に参加登録を
お願いいたします", from the blind set CB) had dated the program's table the day before the
event (the date line says 2026年3月20日): hidden behind the page's refusal at its last
item, it surfaced once the page was read with its end given.  The test fails on the
reader before this rule.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page


def test_a_sign_up_deadline_gives_no_day_to_the_program() -> None:
    page = (
        "# 第2回研究会\n\n"
        "### 日時\n- 2026年3月20日（金・祝） 13:00–17:30\n\n"
        "### 場所\n- 国立国語研究所（東京都立川市）\n\n"
        "### 参加方法\n- 現地参加のかたも、**2026年3月19日（木）23:59まで** "
        "に参加登録をお願いいたします。\n\n"
        "### プログラム\n\n| 時間 | 内容 |\n|---|---|\n"
        "| 13:00–13:10 | 開会 |\n| 13:10–14:00 | 講演 |\n| 14:00–17:30 | 討論 |\n"
    )
    items = read_page(page, timezone="Asia/Tokyo").program.items
    assert {item.start.date() for item in items} == {dt.date(2026, 3, 20)}
