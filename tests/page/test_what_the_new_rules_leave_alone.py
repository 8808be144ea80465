"""Pages the rules of this change must read as before (or refuse): each found by a review
of the change, where a rule fired on text it was not written for."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Workshop\n\nJune 3, 2024, Chicago, IL. All times CDT.\n\n| Time | Event |\n|---|---|\n"
TAIL = "| 11:30-12:00 | Break |\n"


def _first(rows: str) -> tuple[str, list[tuple[str, str | None]]]:
    item = read_page(HEAD + "| 09:00-09:40 | Opening |\n" + rows + TAIL).program.items[1]
    return item.title, [(p.name, p.affiliation) for p in item.people]


def test_one_time_in_two_zones_is_no_range() -> None:
    with pytest.raises(PageError, match="could not read"):
        read_page(HEAD + "| 12:00 EDT/16:00 UTC | Keynote by Ann Lee |\n" + TAIL)


def test_a_title_in_italics_under_a_named_speaker_stays_the_title() -> None:
    assert _first("| 09:40-10:30 | Keynote: **Ann Lee** |\n|  | *Ada Lovelace, Revisited* |\n") == (
        "Ada Lovelace, Revisited",
        [("Ann Lee", None)],
    )


def test_two_people_with_degrees_are_not_one_with_the_other_as_employer() -> None:
    _title, people = _first("| 09:40-10:30 | Healthcare AI, Ann Lee, MD, Bob Ray, PhD |\n")
    assert ("Ann Lee", "Bob Ray, PhD") not in people


def test_a_name_that_ends_in_an_asterisk_keeps_it() -> None:
    assert _first("| 09:40-10:30 | Path Planning with A* |\n")[0] == "Path Planning with A*"


def test_a_place_under_a_title_is_no_speaker_of_the_sentences_below() -> None:
    _title, people = _first(
        "| 09:40-10:30 | Poster Session<br>Grand Ballroom<br>each of the poster presenters "
        "gives a two minute talk on their work. |\n"
    )
    assert people == []


def test_a_section_that_names_another_speaker_gives_no_title() -> None:
    page = (
        "# Workshop\n\nJune 3, 2024, Chicago, IL. All times CDT.\n\n"
        "| Event | Speaker | Time |\n|---|---|---|\n"
        "| Keynote A | Ann Lee | 9:00-10:00 |\n| Keynote B | Bob Ray | 10:00-11:00 |\n\n"
        "## Keynote A\n\n**Title**: Scaling Things\n\n**Speaker**: Bob Ray\n\n"
        "## Keynote B\n\n**Title**: Shrinking Things\n\n**Speaker**: Ann Lee\n"
    )
    assert [item.title for item in read_page(page).program.items] == ["Keynote A", "Keynote B"]
