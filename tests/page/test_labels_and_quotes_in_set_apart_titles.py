"""Lists of papers as program committees write them: "Names. *Title*", where the title in
italics starts with a quoted phrase or with the kind's label, and "Panel Discussion.
*TBA*" (a page measured blind, BC/04, had kept "Keynote:" in a title, the authors inside
another, and "TBA" after the panel's label)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Testing Workshop

Tuesday, May 28, 2024, Toronto, Canada.

- 9:00 - 10:30: **Opening/Keynote/Papers 1**
    - 9:00 - 9:15: Workshop Opening
    - 9:15 - 10:15: Lin Zhao. *Keynote: Better Tests in the Era of Models*
    - 10:15 - 10:30: Sol Ziv and Bette H. C. Chen. *"No Free Lunch" when Models Check Themselves*
- 16:00 - 17:30: **Panel Discussion/Closing**
    - 16:00 - 17:15: Panel Discussion. *TBA*
    - 17:15 - 17:30: Workshop Closing
"""


def _items() -> list[tuple[str, str, list[str]]]:
    return [
        (item.title, item.kind.value, [p.name for p in item.people])
        for item in read_page(PAGE).program.items
    ]


def test_a_kinds_label_inside_the_title_set_apart_is_the_kind() -> None:
    assert _items()[2] == ("Better Tests in the Era of Models", "keynote", ["Lin Zhao"])


def test_a_quoted_phrase_that_opens_the_title_keeps_its_quotes() -> None:
    assert _items()[3] == (
        '"No Free Lunch" when Models Check Themselves',
        "talk",
        ["Sol Ziv", "Bette H. C. Chen"],
    )


def test_a_label_then_tba_is_the_label() -> None:
    assert _items()[5][:2] == ("Panel Discussion", "panel")


def test_a_numbered_sessions_name_keeps_its_label() -> None:
    page = PAGE.replace("Workshop Opening", "Ann Lee. *Paper Session 1: Array Databases*")
    item = read_page(page).program.items[1]
    assert item.title == "Paper Session 1: Array Databases"
