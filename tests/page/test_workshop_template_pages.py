"""A workshop page made with The Carpentries' template, as an ACML workshop's page
measured blind (GA/06) is: the date only in the front matter's ``startdate`` (the
layout prints it over the page), the zone as "All timings are in Indian Standard Time
(UTC+5:30)", 12-hour times after ``&nbsp;``, "Invited talk by <a>**Dr. Name**</a>,
Organisation, City, Country" with the talk's title on a line under it, and a paper's
"[PDF]" link with no address."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

FRONT = (
    "---\nlayout: workshop      # DON'T CHANGE THIS.\n"
    'humandate: "Mar 3, 2023 9:30 am - 1:00 pm Indian time (UTC+5:30)"\n'
    'startdate: 2023-03-03\nenddate: 2023-03-03\nvenue: "MLX 2023"\n---\n\n'
)
PROGRAM = (
    "<h2>Program</h2>\n<p>All timings are in <font color='FF0000'> Indian Standard Time "
    "(UTC+5:30)</font>.\n\n"
    "| Time | Particulars |\n|---|---|\n"
    "| &nbsp;&nbsp;09:30 am - 09:45 am | Welcome remarks |\n"
    '| &nbsp;&nbsp;09:45 am - 10:30 am | Invited talk by <a href="https://example.org/al"> '
    "**Dr. Ann Lee**</a>, Example Medical School, Pune, India |\n"
    "| | **Paper session 1** |\n"
    '| &nbsp;&nbsp;10:30 am - 10:45 am | Sparse Scans for Faster Triage <a href="">[PDF]</a> |\n'
    "| &nbsp;&nbsp;10:45 am - 11:30 am | Invited talk by **Dr. Bo Ray**, Sample University, "
    'Victoria, Australia<br/>"Bringing models to the ward" |\n'
    "| &nbsp;&nbsp;11:30 am - 01:00 pm | Lunch |\n"
)


def test_the_page_as_a_person_reads_it() -> None:
    reading = read_page(FRONT + PROGRAM)
    items = reading.program.items
    assert str(reading.program.timezone) == "Asia/Kolkata"
    assert items[0].start == dt.datetime(2023, 3, 3, 4, 0, tzinfo=dt.UTC)
    assert [(i.title, i.kind.value) for i in items] == [
        ("Welcome remarks", "remarks"),
        ("Invited talk", "invited"),
        ("Sparse Scans for Faster Triage", "talk"),
        ("Bringing models to the ward", "invited"),
        ("Lunch", "break"),
    ]
    assert [(p.name, p.affiliation, p.profile) for p in items[1].people] == [
        ("Ann Lee", "Example Medical School, Pune, India", "https://example.org/al")
    ]
    assert [(p.name, p.affiliation) for p in items[3].people] == [
        ("Bo Ray", "Sample University, Victoria, Australia")
    ]
    messages = [w.message for w in reading.warnings]
    assert (
        "the page gives its date only in its front matter's 'startdate': read as 2023-03-03"
        in messages
    )
    assert any("'[PDF]' after the title" in m and "links nowhere" in m for m in messages)


def test_a_date_on_the_page_wins_over_startdate() -> None:
    page = FRONT + "Friday, March 10, 2023\n\n" + PROGRAM
    assert read_page(page).program.items[0].start.date() == dt.date(2023, 3, 10)


def test_a_posts_date_is_no_startdate() -> None:
    # "date:" in a blog's front matter is the day the post went up, not the event's.
    page = "---\nlayout: post\ndate: 2023-01-20\n---\n\n" + PROGRAM
    with pytest.raises(PageError, match="no date found"):
        read_page(page)
