"""A row that starts a few minutes before the item above it ends: the page's own slip.

"10:00-11:00 Brainstorming Session", then "10:55-11:45 Invited Talk" (a NeurIPS workshop's
page measured blind, EA/04; four more pages so written had been refused): both times are
written, and no misread of a clock or a day moves an item by minutes (those move it by
hours), so the rows are read as the page writes them, with a warning. An overlap of more
than ten minutes is still refused at its row: then the page may mean two tracks,
or a time is wrong.
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Workshop\n\nFriday, December 11, 2020. Times are listed in PST.\n\n"
TABLE = (
    "| Session | Time |\n|---|---|\n| Brainstorming | 10:00-11:00 |\n| Invited Talk | {second} |\n"
)


def test_a_slip_of_five_minutes_is_read_as_written_and_warned() -> None:
    reading = read_page(HEAD + TABLE.format(second="10:55-11:45"))
    first, second = reading.program.items
    assert (first.end.hour, first.end.minute) == (11, 0)
    assert (second.start.hour, second.start.minute) == (10, 55)
    assert any("before the item above it ends" in w.message for w in reading.warnings)


@pytest.mark.parametrize("second", ["10:30-11:45", "10:45-11:45"])
def test_a_longer_overlap_is_refused_at_its_row(second: str) -> None:
    with pytest.raises(PageError, match="before the item above it ends") as caught:
        read_page(HEAD + TABLE.format(second=second))
    assert caught.value.line == 8
