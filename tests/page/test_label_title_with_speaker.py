"""A label, a colon, the title, then "with" and who gives it: "Sponsorship remarks: Linking
Claims Across a Network with Petra Novak" (the modelled page a05 had kept the label and
the speaker in the title). "Reasoning with Large Language Models" stays a title."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Health Workshop\n\nDecember 12, 2020. All times EST.\n\n| Time | Event |\n|---|---|\n"


def _first(title: str) -> tuple[str, list[str]]:
    page = HEAD + f"| 10:40 - 11:00 | {title} |\n| 11:00 - 11:30 | Break |\n"
    item = read_page(page).program.items[0]
    return item.title, [p.name for p in item.people]


def test_a_label_a_title_and_who_gives_it_after_with() -> None:
    assert _first("Sponsorship remarks: Linking Claims Across a Network with Petra Nowak") == (
        "Linking Claims Across a Network",
        ["Petra Nowak"],
    )


def test_with_before_no_ones_name_stays_in_the_title() -> None:
    assert _first("Invited talk: Reasoning with Large Language Models") == (
        "Reasoning with Large Language Models",
        [],
    )
