"""A place the page gives in a sentence under its Location heading ("... near Euston Station
in Central London."), a link Markdown did not take inside a sentence about the venue
("at [University House] (http://...), Example University, Canberra"), and a Day column
that gives weekdays alone ("| Thu | 09:15 | 09:45 | Huddle |") under a range of dates."""

from __future__ import annotations

from fastpath_ical import read_page

TABLE = """| Day | Start Time | End Time | Event |
|---|---|---|---|
|Wed| 09:00 | 09:30 | Registration |
|   | 09:30 | 12:00 | Team Formation |
|Thu| 09:15 | 09:45 | Morning Huddle |
|| 09:45 | 12:00 | Group Work |
|Fri| 09:15 | 09:45 | Morning Huddle |
|   | 09:45 | 12:30 | Group Work + Submission |
"""

LONDON = f"""# Health Data Hackathon

The hackathon runs between 17-19 April 2024.

{TABLE}
## Location

The hackathon will take place in the Reading Room of the Example Collection, near Euston
Station in Central London.
"""


def test_a_sentence_under_the_location_heading_names_a_towns_centre() -> None:
    read = read_page(LONDON)
    assert read.program.items[0].start.isoformat() == "2024-04-17T09:00:00+01:00"
    assert any("the zone of 'Central London'" in w.message for w in read.warnings)
    assert read.program.location == "Central London"


def test_weekdays_in_a_day_column_are_the_days_of_the_range() -> None:
    read = read_page(LONDON)
    assert [(i.start.date().isoformat(), i.title) for i in read.program.items] == [
        ("2024-04-17", "Registration"),
        ("2024-04-17", "Team Formation"),
        ("2024-04-18", "Morning Huddle"),
        ("2024-04-18", "Group Work"),
        ("2024-04-19", "Morning Huddle"),
        ("2024-04-19", "Group Work + Submission"),
    ]
    assert any("'Thu' has no date: read as 2024-04-18" in w.message for w in read.warnings)


def test_a_link_markdown_did_not_take_leaves_the_town_of_the_sentence() -> None:
    page = (
        "## Writers' Day\n\n**Saturday April 5 2014**\n\n"
        "The first Writers' Day will take place at [University House] "
        "(http://example.org/house/), Example National University, Canberra. For one day, "
        "writers will gather.\n\n"
        "| Time | Event |\n|---|---|\n| 10:00 | Welcome |\n| 10:30 | Plenary One |\n"
        "| 11:30 | Close |\n"
    )
    read = read_page(page)
    assert read.program.items[0].start.isoformat() == "2014-04-05T10:00:00+11:00"
