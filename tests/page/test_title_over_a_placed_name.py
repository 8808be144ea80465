"""A title cell of two lines that both read as names, "Dynamic Batching<br>*Cy Dunn
(MIT)*": the line set apart in italics (or bold) with where the person works in brackets
is the speaker, the plain line without brackets the title.  Before stop 39 the reader
found no split and joined the lines into one title, silently ("Dynamic Batching Cy Dunn
(MIT)")."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = (
    "# Graph Workshop\n\nJune 3, 2024, Boston (all times EDT)\n\n"
    "| Time | Event |\n|---|---|\n| 09:00 - 09:30 | Opening Remarks |\n"
)


def _read(cell: str) -> tuple[str, list[tuple[str, str | None]]]:
    page = HEAD + f"| 09:30 - 10:00 | {cell} |\n| 10:00 - 10:30 | Coffee Break |\n"
    item = read_page(page).program.items[1]
    return item.title, [(person.name, person.affiliation) for person in item.people]


def test_a_name_with_its_organisation_in_italics_under_a_plain_title() -> None:
    assert _read("Dynamic Batching<br>*Cy Dunn (MIT)*") == (
        "Dynamic Batching",
        [("Cy Dunn", "MIT")],
    )


def test_in_bold_over_the_title() -> None:
    assert _read("**Cy Dunn (Stanford University)**<br>Dynamic Batching") == (
        "Dynamic Batching",
        [("Cy Dunn", "Stanford University")],
    )
