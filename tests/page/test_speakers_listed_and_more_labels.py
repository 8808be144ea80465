"""A tutorial's table whose title cells list their speakers under a "Speakers:" line, open
with a talk's label ("Opening Talk", "Public Lecture") or end with the place of a social
("(at The Old Mill)")."""

from __future__ import annotations

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

PAGE = """# Tutorial on Sensor Fusion

Thursday, 16 July 2026. All times are CEST.

| Time | Activity |
|------|----------|
| 14:30-14:50 | **Opening Talk**: *Fusion at the Bedside* – [Prof. Ines Vahl](https://e.x) |
| 14:50-15:10 | **Hands-on Overview**<br>**Speakers**:<br>• [Oskar Lind](https://e.x/o) \
<br>• Pia Sandoval <br>• [Tomasz Brzoza](https://e.x/tb) |
| 15:10-16:00 | **"Why Fusion Fails"**<br> [Public Lecture by Rosa Torres](fusion.html) |
| 16:00-16:30 | Coffee Break |
| 19:00-22:00 | Social Program (at [The Old Mill](https://maps.example/mill)) |
"""


def test_an_opening_talks_label_is_no_part_of_its_title() -> None:
    first = read_page(PAGE).program.items[0]
    assert first.title == "Fusion at the Bedside"
    assert [p.name for p in first.people] == ["Ines Vahl"]


def test_speakers_listed_under_a_label_line_are_the_items_people() -> None:
    second = read_page(PAGE).program.items[1]
    assert second.title == "Hands-on Overview"
    assert [p.name for p in second.people] == ["Oskar Lind", "Pia Sandoval", "Tomasz Brzoza"]
    assert second.abstract is None


def test_a_public_lecture_by_someone_under_a_quoted_title() -> None:
    third = read_page(PAGE).program.items[2]
    assert third.title == "Why Fusion Fails"
    assert [p.name for p in third.people] == ["Rosa Torres"]
    assert third.kind is ItemKind.TALK


def test_the_place_of_a_social_in_brackets_is_kept_apart_from_its_title() -> None:
    social = read_page(PAGE).program.items[-1]
    assert social.title == "Social Program"
    assert ("Place", "The Old Mill") in social.extra
    assert [link.url for link in social.links] == ["https://maps.example/mill"]


def test_at_in_brackets_after_a_talk_is_still_its_title() -> None:
    page = PAGE.replace("Social Program (at", "Best Paper Talk (at")
    assert read_page(page).program.items[-1].title.startswith("Best Paper Talk (at")


def test_two_things_each_in_bold_on_its_own_line_are_not_run_together() -> None:
    page = PAGE.replace(
        "| 16:00-16:30 | Coffee Break |",
        "| 16:00-16:30 | **Registration Desk Opens**<br>**Capture The Flag Starts** |",
    )
    assert (
        read_page(page).program.items[3].title
        == "Registration Desk Opens / Capture The Flag Starts"
    )
