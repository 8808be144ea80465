"""Readings a hidden measure turned up (every blind page read again with its zone and an
end of day given, which a refusal had hidden): a cell of "Title:" and "Speaker:" lines
with a line of material links under them (an ASR challenge's page, BU/02); a list of
news under "# Updates" and a list of a challenge's deadlines after "The challenge
deadlines are as follows:" (a CVPR workshop's page, DA/08), whose dates had dated the
program; "Important workshop dates" as a section of deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Speech Workshop\n\nAugust 12, 2021. All times are in India Standard Time.\n\n"


def test_a_cell_of_title_and_speaker_lines_over_its_links() -> None:
    page = HEAD + (
        "| Time | Event |\n|---|---|\n"
        "| 10:00-11:00 | Title: Speech Processing - Handcrafted Features to Deep Representations"
        '<br>Speaker: Ann Lee, IIT Dharwad<br><a href="https://example.org/s.pdf">Slides</a> '
        '<a href="">Video</a> |\n| 11:00-11:30 | Break |\n'
    )
    talk = read_page(page).program.items[0]
    assert talk.title == "Speech Processing - Handcrafted Features to Deep Representations"
    assert [(p.name, p.affiliation) for p in talk.people] == [("Ann Lee", "IIT Dharwad")]


def test_a_speakers_label_left_inside_a_title_is_refused() -> None:
    page = HEAD + (
        "| Time | Event |\n|---|---|\n"
        "| 10:00-11:00 | Black Box Inference: Faster and More Accurate \\\\ Speaker: Ann Lee |\n"
        "| 11:00-11:30 | Break |\n"
    )
    with pytest.raises(PageError, match="holds a label of people"):
        read_page(page)


TABLE = (
    "## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00-09:30 | Opening |\n"
    "| 09:30-10:00 | Talk |\n"
)


def test_news_and_deadlines_date_nothing() -> None:
    page = (
        "# Robust Learning Workshop\n\n# Updates\n"
        "- **Aug 25, 2022:** Workshop keynotes and slides uploaded. Check the schedule.\n"
        "- **Jun 06, 2022:** Challenge winners announced! Check the challenge page.\n\n"
        "## Important workshop dates\n- Workshop announcement: **Jan 01, 2022**\n"
        "- Paper submission deadline: **March 28, 2022**\n\n"
        "The challenge deadlines are as follows:\n"
        "- Challenge submission deadline: **May 31, 2022**\n"
        "- Winner announcement: **June 05, 2022**\n\n" + TABLE
    )
    with pytest.raises(PageError, match="no date found for this table"):
        read_page(page, timezone="America/Chicago")
    items = read_page(page, timezone="America/Chicago", date=dt.date(2022, 6, 20)).program.items
    assert {item.start.date() for item in items} == {dt.date(2022, 6, 20)}


def test_a_plenary_keynote_is_a_keynote() -> None:
    page = HEAD + (
        "| Time | Event |\n|---|---|\n| 10:00-11:00 | **Plenary Keynote:** Glass-box Evaluation<br>"
        "by [Ann Lee](https://example.org/al), Example University |\n| 11:00-11:30 | Break |\n"
    )
    talk = read_page(page).program.items[0]
    assert (talk.title, talk.kind.value) == ("Glass-box Evaluation", "keynote")
