"""List lines written label first, then the time, then the room: "* Registration: 08:00 -
17:00, Riverside Lobby" is an item in that room; a line with more than a room after its
time is no item of the program, and is refused."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Summer Meeting

Sunday, June 5, 2022. All times are in BST (London).

* Registration: 08:00 - 17:00, Riverside Lobby
* Opening Reception: 18:30 - 21:00, Hall C
"""


def test_a_label_its_time_and_its_room() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, i.start.isoformat(), dict(i.extra).get("Room")) for i in items] == [
        ("Registration", "2022-06-05T08:00:00+01:00", "Riverside Lobby"),
        ("Opening Reception", "2022-06-05T18:30:00+01:00", "Hall C"),
    ]


def test_more_than_a_room_after_the_time_is_no_room() -> None:
    """Nor is the line passed over: its time says it is an item, which no rule reads, and
    the page is refused there (it had been left out without a word)."""
    page = PAGE.replace(", Hall C", ", then buses leave for the harbour")
    with pytest.raises(PageError, match="holds a time") as caught:
        read_page(page + "* Lunch: 12:00 - 13:00\n")
    assert caught.value.line == 6
