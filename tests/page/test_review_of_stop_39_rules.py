"""A review of stop 39's rules (198 probe pages, the reader before them beside the reader
after: /work/scratch/review39) found them misreading pages the reader before them read
right or refused; each case is held here, with the rule's narrower form."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

TOKYO = "# Weak Labels Workshop\n\nNov 17, 2019, Tokyo\n\n| Time | Event |\n| --- | --- |\n"
BERLIN = "# Workshop on Robust Learning\n\nJune 3, 2025, Berlin\n\n"


def _titles(page: str, **options: object) -> list[tuple[str, list[str]]]:
    items = read_page(page, **options).program.items  # type: ignore[arg-type]
    return [(item.title, [p.name for p in item.people]) for item in items]


def test_two_title_rows_under_a_slot_are_its_papers_not_its_title() -> None:
    page = TOKYO + (
        "| 13:35-14:35 | **Paper Session 1** |\n| | **Title**: Noisy Pairs Are Still Pairs |\n"
        "| | **Authors**: Bo Ray, Cy Dunn |\n| | **Title**: Weak Labels at Scale |\n"
        "| | **Authors**: Di Fox |\n| 14:35-15:00 | Coffee Break |\n"
    )
    assert _titles(page)[0][0] == "Paper Session 1"


def test_a_title_line_after_the_speaker_is_the_speakers_own() -> None:
    page = TOKYO + (
        "| 13:35-14:05 | **Keynote**<br>**Speaker**: Ann Lee<br>**Title**: Professor of "
        "Computer Science |\n| 14:05-14:15 | Coffee Break |\n"
    )
    assert _titles(page)[0] == ("Keynote", ["Ann Lee"])


@pytest.mark.parametrize("venue", ["Sydney Brenner Institute", "Florence Nightingale Institute"])
def test_an_institute_named_for_a_person_names_no_town(venue: str) -> None:
    page = (
        f"# Workshop on Robust Learning\n\nJune 3, 2025\n\nVenue: {venue}\n\n## Schedule\n\n"
        "- 09:00-10:00 Welcome\n- 10:00-11:00 Talks\n- 11:00-11:30 Coffee Break\n"
    )
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)


def test_an_imprints_address_is_no_place_of_an_online_event() -> None:
    page = (
        "# Workshop on Robust Learning\n\nJune 3, 2025, online\n\n## Schedule\n\n"
        "- 09:00-10:00 Welcome\n- 10:00-11:00 Talks\n- 11:00-11:30 Coffee Break\n\n"
        "## Imprint\n\nExample University, Hauptstraße 5, 69117 Heidelberg, Germany\n"
    )
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        (
            "Invited talk by Ann Lee, Stanford University: Learning to Probe",
            "Learning to Probe",
            ["Ann Lee"],
        ),
        ("Invited talk by Ann Lee, Example University", "Invited talk", ["Ann Lee"]),
    ],
)
def test_a_place_of_work_ends_before_a_title(cell: str, title: str, people: list[str]) -> None:
    page = BERLIN + (
        "| Time | Session |\n|---|---|\n| 09:30 - 09:45 | Welcome remarks |\n"
        f"| 09:45 - 10:30 | {cell} |\n| 10:30 - 11:00 | Coffee Break |\n"
    )
    assert _titles(page)[1] == (title, people)


def test_a_long_morning_to_twelve_am_is_not_read_as_noon() -> None:
    page = (
        "# Tasks Workshop\n\nDate: Monday August 30, 2021, Lisbon\n\n"
        "* 7:30am - 8:00am, Breakfast\n* 8:00am - 12:00am, Hackathon (coding until midnight)\n"
    )
    with pytest.raises(PageError, match="ends"):
        read_page(page)


def test_a_bold_title_keeps_its_subtitle_after_a_colon() -> None:
    page = (
        "# Graph Mining Workshop\n\nSeptember 13, 2021, Madrid\n\n## Workshop\n\n"
        "14:30 - 14:35 |\t**Opening**\n"
        "14:35 - 15:05 |\t**GraphSAGE**: inductive representation learning on large graphs\n"
        "15:05 - 15:30 |\t**Coffee break**\n"
    )
    assert _titles(page)[1][0] == "GraphSAGE: inductive representation learning on large graphs"


def test_a_methods_initials_in_a_bracket_name_no_place_of_work() -> None:
    page = BERLIN + (
        "### Programme\n\n13.00 Welcome<br/>\n"
        "14.00 **Monte Carlo** (MCMC). Sampling methods for beginners<br/>\n"
        "15.00 Coffee break<br/>\n"
    )
    assert all(not people for _, people in _titles(page, end=dt.time(16, 0)))


def test_a_line_in_italics_under_lunch_that_names_no_session_names_none() -> None:
    page = BERLIN + (
        "### Programme\n\n12.00 Lunch<br/>\n<br/>\n*sponsored by Acme Corp*\n\n"
        "14.00 Keynote: Ann Lee<br/>\n15.00 Coffee break<br/>\n"
    )
    items = read_page(page, end=dt.time(16, 0)).program.items
    assert [item.session for item in items] == [None, None, None]
