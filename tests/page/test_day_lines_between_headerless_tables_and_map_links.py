"""Two habits of a kramdown page measured blind (CB/06, a two-day economics meeting).

- Each day's table starts with its delimiter row and has no header; a bold day line
  stands between them (``__Friday, 3rd__``). The second table had been joined to the
  first as rows going on after a note, every Friday row read on Thursday (refused as
  rows listed twice). A line that names a day ends the table above.
- The room column links to the places on a map (``maps.app.goo.gl``): a map of a place,
  no material of the item, left out with a warning.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = """# Meeting

__Thursday, 2nd__

|---|---|---|---|
| 8:30 | 9:00 | Registration | A-hall |
| 17:45 | 18:45 | Boat Tour | [Hermitage](https://maps.app.goo.gl/1c8jkjxp) |

__Friday, 3rd__

|---|---|---|---|
| 8:30 | 9:00 | Registration | A-hall |
| 9:00 | 10:40 | Parallel Sessions D | [Room](https://www.google.com/maps/place/x) |
"""


def test_each_table_has_its_day_and_maps_are_no_links() -> None:
    reading = read_page(PAGE, date=dt.date(2024, 5, 2), timezone="Europe/Amsterdam")
    items = reading.program.items
    assert [(i.title, i.start.date().isoformat()) for i in items] == [
        ("Registration", "2024-05-02"),
        ("Boat Tour", "2024-05-02"),
        ("Registration", "2024-05-03"),
        ("Parallel Sessions D", "2024-05-03"),
    ]
    assert all(item.links == () for item in items)
    assert sum("a map of a place" in w.message for w in reading.warnings) == 2


def test_rows_after_a_note_still_go_on_in_the_table_above() -> None:
    page = (
        "# Meeting\n\n__Thursday, 2nd__\n\n|---|---|---|\n| 8:30 | 9:00 | Registration |\n\n"
        "*More talks below.*\n\n|---|---|---|\n| 9:00 | 10:40 | Parallel Sessions |\n"
    )
    items = read_page(page, date=dt.date(2024, 5, 2), timezone="Europe/Amsterdam").program.items
    assert [(i.title, i.start.date().isoformat()) for i in items] == [
        ("Registration", "2024-05-02"),
        ("Parallel Sessions", "2024-05-02"),
    ]
