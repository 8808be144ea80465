"""A date inside a paragraph of prose is news about the event, not the program's next day;
and a zone written after a comma beside each time ("9:15 - 9:30, GMT") is the times' zone."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Networking Day

#### Held online on December 1, 2020

Travel grants are open. Grants will be offered starting from November 10th, 2020, and we
keep accepting applications after that date and award grants while funds last.

### Program

* __9:15 - 9:30, GMT__
  Welcome
* __9:30 - 10:30, GMT__
  Keynote
"""


def test_the_day_is_the_date_line_not_the_prose() -> None:
    result = read_page(PAGE)
    items = result.program.items
    assert any("inside a sentence" in str(warning) for warning in result.warnings)
    assert [i.start.isoformat() for i in items] == [
        "2020-12-01T09:15:00+00:00",
        "2020-12-01T09:30:00+00:00",
    ]


def test_a_short_date_line_still_starts_a_day() -> None:
    page = PAGE.replace("### Program", "**Wednesday, December 2, 2020**")
    assert read_page(page).program.items[0].start.date().isoformat() == "2020-12-02"
