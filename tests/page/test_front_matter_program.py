"""A program held in the front matter, as a list of items a template lays out."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

YAML = """---
title: "Approximate Inference Day"
room: "Lecture Theatre 1, Sheffield"
talks:
- title: "Arrivals"
  start: "8:00"
  end: "9:00"
- title: "Welcome"
  author:
  - family: Lee
    given: Ann
    url: "https://ann.example.org"
    institute: "University of Sheffield"
  start: "9:00"
  end: "9:15"
  youtube: https://www.youtube.com/watch?v=abc
- title: "Coffee Break"
  start: "9:15"
  end: "9:45"
---
"""

TOML = """+++
title = "Geo Meeting 2023"

[[extra.activities]]
title = "Check-in"
day = "2023-07-28"
from = "16:00"
to = "19:30"
mute = true

[[extra.activities]]
title = "Welcome"
day = "2023-07-28"
from = "19:30"
to = "20:00"
description = \"\"\"<div><h3>Hello</h3><p><a href="https://x.example.org">Bo Ray</a></p></div>\"\"\"

[[extra.activities]]
title = "Working Groups: Kick-off"
day = "2023-07-29"
from = "09:00"
to = "{end}"
+++
All times are in [Banff's timezone
(MDT)](https://www.timeanddate.com/time/zone/canada/banff).
"""


def test_a_yaml_list_of_talks_is_the_program() -> None:
    read = read_page(YAML, date=dt.date(2017, 9, 14), timezone="Europe/London")
    items = read.program.items
    assert [(f"{i.start:%H:%M}-{i.end:%H:%M}", i.title) for i in items] == [
        ("08:00-09:00", "Arrivals"),
        ("09:00-09:15", "Welcome"),
        ("09:15-09:45", "Coffee Break"),
    ]
    (ann,) = items[1].people
    assert (ann.name, ann.affiliation, ann.profile) == (
        "Ann Lee",
        "University of Sheffield",
        "https://ann.example.org",
    )
    assert [link.url for link in items[1].links] == ["https://www.youtube.com/watch?v=abc"]


def test_a_toml_array_of_tables_is_the_program_with_its_days_and_the_zone_in_a_cut_link() -> None:
    """The zone's link is cut by a line break inside its text; the HTML of a description
    is its words, not links of the item; "Working Groups" is no person."""
    items = read_page(TOML.replace("{end}", "10:00")).program.items
    assert [(f"{i.start:%m-%d %H:%M}", i.start.utcoffset(), i.title, i.people) for i in items] == [
        ("07-28 16:00", dt.timedelta(hours=-6), "Check-in", ()),
        ("07-28 19:30", dt.timedelta(hours=-6), "Welcome", ()),
        ("07-29 09:00", dt.timedelta(hours=-6), "Working Groups: Kick-off", ()),
    ]
    assert items[1].abstract == "Hello Bo Ray"
    assert items[1].links == ()


def test_an_error_in_a_front_matter_program_names_the_key_that_holds_it() -> None:
    with pytest.raises(PageError) as caught:
        read_page(TOML.replace("{end}", "08:00"))
    assert caught.value.line == 4  # the first [[extra.activities]]
