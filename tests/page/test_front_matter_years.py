"""A day written with its weekday and no year takes the one year the page names on which
it falls on that weekday, the years of the front matter among them (a theme shows the
description under the title: "description: Beautiful Ideas @ NeurIPS 2021")."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """---
layout: page
title: Schedule
description: Brittle Ideas Workshop @ NeurIPS 2021
---

### Date: Monday, December 13th

Times are listed in Eastern Standard Time

| Time | Item |
| ---- | ---- |
| 9:00-9:30 | Opening Remarks |
| 9:30-10:00 | Coffee |
"""


def test_the_front_matter_names_the_year() -> None:
    result = read_page(PAGE)
    assert result.program.items[0].start.isoformat() == "2021-12-13T09:00:00-05:00"
    assert any("read in 2021" in str(warning) for warning in result.warnings)


def test_a_year_the_weekday_disagrees_with_is_no_answer() -> None:
    with pytest.raises(PageError, match="no one date"):
        read_page(PAGE.replace("NeurIPS 2021", "NeurIPS 2022"))
