"""An item that runs "onwards" or "till late", and the day's hours under "Duration:".

A CHAOSScon page measured blind (HB/05) ends its table with ``| Networking | 04:40 pm
onwards |`` and says above it ``Duration: 9:00 am - 5:00 pm``: the last item starts at
16:40 and ends when the day does. The word after the time had been an error ("could not
read 'onwards'"), and "Duration:" was no label of the day's hours. Without the day's end
the row is still refused, now for what a person would ask: when does it end?
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = (
    "| Activity | Time Slot |\n|---|---|\n"
    "| Closing remarks | 04:30 pm - 04:40 pm |\n"
    "| Networking | {last} |\n"
)


def _page(last: str, hours: str = "") -> str:
    return (
        "# Open Day\n\nAugust 13, 2025. This schedule is in the GMT+1 time zone.\n\n"
        + (f"{hours}\n\n" if hours else "")
        + TABLE.format(last=last)
    )


@pytest.mark.parametrize("last", ["04:40 pm onwards", "04:40 pm onward", "4:40 pm – late"])
def test_an_open_end_ends_with_the_day_the_page_states(last: str) -> None:
    reading = read_page(_page(last, "Duration: 9:00 am - 5:00 pm"))
    final = reading.program.items[-1]
    assert final.title == "Networking"
    assert (final.start.time(), final.end.time()) == (dt.time(16, 40), dt.time(17, 0))


@pytest.mark.parametrize("last", ["04:40 pm onwards", "4:40 pm till late"])
def test_an_open_end_with_no_end_of_day_is_refused_at_its_row(last: str) -> None:
    with pytest.raises(PageError, match="no end time") as caught:
        read_page(_page(last))
    assert caught.value.line == 8


def test_words_after_a_range_are_still_an_error() -> None:
    with pytest.raises(PageError, match="could not read 'onwards'"):
        read_page(_page("04:40 pm - 05:00 pm onwards"))
