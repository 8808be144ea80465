"""A kramdown table as people write it: the day in a row of its own over the row that
names the columns, the delimiter row again between rows, and a range whose dash was left
out (pages measured blind, BA/08 and BA/06, were refused at those rows)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Humanoid Workshop

All times are EDT.

| **October 1st, 2023** |
| :---: |
| **Time** | **Speaker** | **Organization** | **Title** |
| :---: |
| ----- | ----- | ----- | :-----: |
| 08:30 - 09:00 | [Ann Lee](https://lee.example.org/) | Example Corp | Robots That Walk |
| ----- | ----- | ----- | :-----: |
| 09:00 - 09:30 | Bo Ray | Example Lab | Robots That Run |
| 09:30 AM   10:00 AM | | | Closing remarks |
"""


def test_the_row_under_the_days_row_names_the_columns() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items[:2]] == [
        ("Robots That Walk", [("Ann Lee", "Example Corp")]),
        ("Robots That Run", [("Bo Ray", "Example Lab")]),
    ]
    assert items[0].start.date().isoformat() == "2023-10-01"


def test_a_delimiter_row_between_rows_is_a_rule() -> None:
    assert len(read_page(PAGE).program.items) == 3


def test_two_times_with_only_spaces_between_are_a_range() -> None:
    reading = read_page(PAGE)
    last = reading.program.items[-1]
    assert (last.start.strftime("%H:%M"), last.end.strftime("%H:%M")) == ("09:30", "10:00")
    assert any("two times with nothing between them" in str(w) for w in reading.warnings)
