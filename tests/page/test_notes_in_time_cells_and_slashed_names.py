"""A note after a time that says how the slot runs, and two pairs of names with a slash
between them (a working group's workshop table)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Workshop Information

- Date: **16.07.2023**

| Time (Rome) | Activity | Who |
|---|---|---|
| 14:00 - 14:15 | Welcome | Lena Holt |
| 14.15- 15.15 (Group splits into 2, swaps after 30 minutes) | World café | {PEOPLE} |
| 15:15 - 15:30 | Wrap-up | Lena Holt |
""".replace("{PEOPLE}", "Ivo Marsh and Rhea Stone / Tim Oduya and Kai Lund")


def test_a_long_note_after_the_time_is_kept_beside_the_item() -> None:
    items = read_page(PAGE).program.items
    cafe = items[1]
    assert (f"{cafe.start:%H:%M}", f"{cafe.end:%H:%M}", cafe.title) == (
        "14:15",
        "15:15",
        "World café",
    )
    assert ("Note", "Group splits into 2, swaps after 30 minutes") in cafe.extra


def test_full_names_with_a_slash_between_them_are_people_apart() -> None:
    cafe = read_page(PAGE).program.items[1]
    assert [p.name for p in cafe.people] == ["Ivo Marsh", "Rhea Stone", "Tim Oduya", "Kai Lund"]


@pytest.mark.parametrize(
    "note",
    [
        "(Group splits into 2, swaps at 14:45)",
        "(this slot only is given in UTC+1 time)",
        "(room 3)",
    ],
)
def test_a_note_that_says_another_time_or_a_bare_number_is_still_refused(note: str) -> None:
    page = PAGE.replace("(Group splits into 2, swaps after 30 minutes)", note)
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 8
