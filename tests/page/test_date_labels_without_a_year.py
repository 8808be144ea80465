"""A date line with a label and no year: "Date: 28th of August".

A RO-MAN workshop's page measured blind (IA/05) gives its day only so; the year is on the
site's other pages. With the year given (``year=``, or ``--date 2023``) the line dates the
program; without it the error says the line has no year and how to give one, where it
said the line was "no one date", which sent the organizer looking for a typo.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TABLE = "| Time | Title |\n|---|---|\n| 9:00-10:00 | Ontologies |\n| 10:00-11:00 | Robots |\n"


@pytest.mark.parametrize(
    "line", ["Date: 28th of August", "Date: August 28", "Workshop date: 28 August"]
)
def test_a_labelled_date_without_a_year_takes_the_year_given(line: str) -> None:
    page = f"# Robot Ontologies\n\n{line}\n\nAll times are KST.\n\n{TABLE}"
    reading = read_page(page, year=2023)
    starts = [item.start for item in reading.program.items]
    assert starts[0] == dt.datetime(2023, 8, 28, 9, tzinfo=starts[0].tzinfo)
    assert starts[0].utcoffset() == dt.timedelta(hours=9)


def test_without_the_year_the_error_says_the_year_is_missing() -> None:
    page = f"# Robot Ontologies\n\nDate: 28th of August\n\nAll times are KST.\n\n{TABLE}"
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 3
    assert "has no year" in str(caught.value)
    assert "year=" in (caught.value.expected or "")


def test_a_date_line_that_is_no_date_still_says_so() -> None:
    page = f"# Robot Ontologies\n\nDate: August 28 or 29, 2023\n\nAll times are KST.\n\n{TABLE}"
    with pytest.raises(PageError, match="no one date"):
        read_page(page)
