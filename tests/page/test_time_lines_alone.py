"""Programs written as a time alone in bold, its title in bold on the next line, then a
paragraph about it, under bold "Day 2: ..." lines (a documentation site's agenda)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Agenda

### **Start**

**Day 1: Building**

**10:00 – 12:00**

**Doors Open & Setup**

Find a desk and meet the other teams.

**12:00 – 12:30**

**Opening Talk**

The rules, the prizes and the timetable.

**20:00 – 20:30**

**Late Soup**

Soup for everyone still here.

---

### **Finish**

**Day 2: Demos**

**07:00 – 08:00**

**Morning Walk**

A walk before the last push.
"""


def test_a_time_alone_takes_its_title_from_the_line_below() -> None:
    read = read_page(PAGE, date=dt.date(2026, 3, 7), timezone="Europe/Bucharest")
    assert [(f"{i.start:%d %H:%M}-{i.end:%H:%M}", i.title) for i in read.program.items] == [
        ("07 10:00-12:00", "Doors Open & Setup"),
        ("07 12:00-12:30", "Opening Talk"),
        ("07 20:00-20:30", "Late Soup"),
        ("08 07:00-08:00", "Morning Walk"),
    ]
    # The paragraph under a title is the item's abstract (but under a day's last, which
    # ends the run of timed lines: there it is page text).
    assert read.program.items[0].abstract == "Find a desk and meet the other teams."
    assert any("'Day 2: Demos' has no date" in w.message for w in read.warnings)


def test_a_time_alone_with_a_paragraph_too_long_to_be_a_title_is_refused() -> None:
    page = PAGE.replace("**Late Soup**\n\n", "")
    page = page.replace("Soup for everyone still here.", "Soup " * 100)
    with pytest.raises(PageError, match="has a time but no title"):
        read_page(page, date=dt.date(2026, 3, 7), timezone="Europe/Bucharest")


def test_a_time_alone_over_more_than_a_title_and_an_abstract_is_refused() -> None:
    """Under the time: a kind, the title, the speaker, an abstract. Taking the first line
    as the title would drop the rest unsaid: the row is refused instead."""
    page = PAGE.replace(
        "**Opening Talk**\n\nThe rules, the prizes and the timetable.",
        "**Keynote**\n\nFaster Builds\n\nAnn Lee, Example University\n\nAn abstract.",
    )
    with pytest.raises(PageError, match="has a time but no title"):
        read_page(page, date=dt.date(2026, 3, 7), timezone="Europe/Bucharest")
