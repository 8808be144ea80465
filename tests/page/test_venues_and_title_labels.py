"""A venue named for its town ("the Paris Convention Center") gives the town's zone; a
sentence saying where the event happens, then on which day, dates it; "Title:" before a
talk's title is a label."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

TABLE = (
    "| Time | Session |\n|---|---|\n| 9:00 - 9:10 | Welcome |\n"
    '| 9:10 - 9:40 | Invited Talk by <strong><a href="https://e.org/a">Ann Lee</a></strong>'
    "<br>Title: <i>Towards Anytime Estimation</i> |\n"
    "| 9:40 - 10:10 | Invited Talk by **Bo Ray**<br>Title: TBA |\n| 10:10 - 10:30 | Break |\n"
)


def test_a_venue_named_for_its_town_and_a_day_later_in_the_sentence() -> None:
    sentence = (
        "The workshop will happen in person at the Paris Convention Center, plenary room P01 "
        "on October 3rd!"
    )
    read = read_page(f"# Program\n\n{sentence}\n\n{TABLE}", year=2023)
    items = read.program.items
    assert items[0].start.isoformat() == "2023-10-03T09:00:00+02:00"
    assert str(items[0].start.tzinfo) == "Europe/Paris"
    assert [(i.title, [p.name for p in i.people]) for i in items[1:3]] == [
        ("Towards Anytime Estimation", ["Ann Lee"]),
        ("Invited Talk", ["Bo Ray"]),
    ]


def test_a_sentence_about_something_else_dates_nothing() -> None:
    page = (
        "# Program\n\nAll times CEST. Poster printing happens at the desk on October 2nd.\n\n"
        f"{TABLE}"
    )
    with pytest.raises(PageError, match="no date"):  # the poster desk's day is not the page's
        read_page(page, year=2023)


def test_a_list_with_dashes_in_a_title_cell_is_refused_at_the_cell() -> None:
    page = (
        "# Program\n\nOctober 3, 2023, all times CEST\n\n| Time | Session |\n|---|---|\n"
        "| 11:00 - 11:30 | Contributed Talks:<br> <i>- Probabilistic U-Net: Fast Estimates</i>"
        "<br> <i>- Calibrated Detection with One Representation</i> |\n"
        "| 11:30 - 12:30 | Poster Session |\n"
    )
    with pytest.raises(PageError, match="lists 2 entries with dashes") as caught:
        read_page(page)
    assert caught.value.line == 7


def test_a_list_of_links_with_dashes_is_the_items_material() -> None:
    page = (
        "# Program\n\nOctober 3, 2023, all times CEST\n\n| Time | Session |\n|---|---|\n"
        "| 9:00 - 10:00 | Where to find the data: <br> - [Mission Portal](https://e.org/p) "
        "<br> - [Subsetting Service](https://e.org/s) |\n| 10:00 - 10:15 | Break |\n"
    )
    first = read_page(page).program.items[0]
    assert sorted(link.url for link in first.links) == ["https://e.org/p", "https://e.org/s"]
