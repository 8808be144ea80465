"""Two of the shapes issue 10 lists, read again on a page that holds both.

- "Co-located with ICRA 2022. All times are local time in Athens (Europe/Athens).": the
  zone in the sentence after the conference's; the line had been read for the
  conference alone, and the page refused as stating no zone.
- "## Day 1 - Tuesday, August 09" under front matter that names the workshop: a day's
  heading, no name of the workshop (it had named the calendar and every UID).
"""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """---
layout: page
title: Workshop on Tiny Models
permalink: /program/
---

Co-located with ICRA 2022. All times are local time in Athens (Europe/Athens).

## Day 1 - Tuesday, August 09

| Time | Session |
|------|---------|
| 09:00-10:00 | Opening |
| 10:00-10:30 | Coffee |
"""


def test_the_zone_after_the_conference_and_the_front_matters_name() -> None:
    program = read_page(PAGE).program
    assert program.title == "Workshop on Tiny Models"
    first = program.items[0]
    assert str(first.start.tzinfo) == "Europe/Athens"
    assert first.start.isoformat() == "2022-08-09T09:00:00+03:00"
