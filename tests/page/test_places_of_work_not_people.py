"""Where someone works is no person: "Ann Lee, Northbay University and Examplecorp" (a
second place of work, one word, joined by "and"), "*Title*, Ann Lee, Examplecorp" (a
company's one word after a full name) and "Dr. Ann Lee (Institutul de Cercetări
Montane): Title" (an institute named in Romanian) had each given a person named for an
organisation, or left the speaker in the title (modelled pages u02 and gg05)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Systems Workshop\n\nJune 3, 2024, Chicago, IL.\n\n"


def _people(line: str) -> tuple[str, list[tuple[str, str | None]]]:
    page = HEAD + f"9:00 - 9:30 {line}\n\n9:30 - 10:00 Break\n"
    item = read_page(page).program.items[0]
    return item.title, [(p.name, p.affiliation) for p in item.people]


def test_one_word_joined_to_a_place_of_work_is_another_place_of_work() -> None:
    line = "*Why Schedulers Matter*, Ilse Solberg, Northbay University and Examplecorp"
    assert _people(line) == (
        "Why Schedulers Matter",
        [("Ilse Solberg", "Northbay University and Examplecorp")],
    )


def test_two_people_joined_by_and_stay_two_people() -> None:
    assert _people("*Why Schedulers Matter*, Ilse Solberg and Bo Ray") == (
        "Why Schedulers Matter",
        [("Ilse Solberg", None), ("Bo Ray", None)],
    )


def test_a_companys_one_word_after_a_title_set_apart_and_a_full_name() -> None:
    assert _people("*Energy Accounting for Fleets*, Hyun-woo Pak, Examplecorp") == (
        "Energy Accounting for Fleets",
        [("Hyun-woo Pak", "Examplecorp")],
    )


def test_an_institute_in_brackets_is_no_speaker() -> None:
    page = HEAD + "| Time | Event |\n|---|---|\n"
    page += (
        "| **09:10-10:10** | **Prelegere invitată** — *Dr. Ioana Flores* (Institutul de "
        "Cercetări Montane): **Reading Snowpacks from Space**. |\n| 10:10-10:30 | Break |\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 7
