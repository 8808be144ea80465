"""One person's full name and a colon, then a title set apart in bold or a link, is the
speaker and the title, though the title's words are capitalised as a name's are."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = (
    "# Satellite, June 18, 2024\n\nAll times are EDT.\n\n| Time | Title |\n|---|---|\n"
    "| 9:50 - 10:10 | Naomi Arne: **[Temporal Graph Tools][2]** |\n"
    "| 10:10 - 10:30 | Nico Landau: **[Complex Group Interactions (XGI)][3]** |\n"
    "| 10:30 - 11:00 | **Panel**: **Ann Lee** |\n\n"
    "[2]: https://example.org/raphtory\n[3]: https://example.org/xgi\n"
)


def test_a_name_then_a_styled_title() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Temporal Graph Tools", ["Naomi Arne"]),
        ("Complex Group Interactions (XGI)", ["Nico Landau"]),
        ("Panel", ["Ann Lee"]),
    ]


def test_office_hours_before_a_colon_are_no_one() -> None:
    page = (
        "# Course, May 23, 2024\n\nAll times are EDT.\n\n| Time | Topic | Presenter(s) |\n"
        "|---|---|---|\n| 10:30 AM - 12:00 PM | Office Hours: How is it going? | |\n"
        "| 12:00 PM - 01:00 PM | Lunch | |\n"
    )
    first = read_page(page).program.items[0]
    assert (first.title, first.people) == ("Office Hours: How is it going?", ())
