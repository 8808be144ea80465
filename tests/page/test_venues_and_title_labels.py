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
