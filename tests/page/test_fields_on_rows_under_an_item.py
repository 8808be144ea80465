"""An item written on several rows of a table: its time and slot on the first, then rows
with an empty time cell that each give one field after a label ("**Title**: ...",
"**Speaker**: Name, (Affiliation)", "**Authors**: ...", "**Host**: ...", "**Guests**:
..."), as an ACML workshop's page measured blind (GA/01) writes its program.  Before
stop 39 the title's row was read as the name of the session of the items below it (or
as a paper of a contributed talk), silently; the same fields written in one cell lost
their title to the slot's label."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

HEAD = "# Weak Labels Workshop\n\nNov 17, 2019\n\n| Time | Event |\n| --- | --- |\n"
ROWS = (
    "| 13:30-13:35 | **Opening Ceremony** |\n"
    "| 13:35-14:05 | **Keynote Talk 1** |\n"
    "|             | **Title**: Labels from Thin Air |\n"
    "|             | **Speaker**: Ann Q. Lee, (Example University of Technology) |\n"
    "| 14:05-14:15 | **Contributed Talk 1** |\n"
    "|             | **Title**: Noisy Pairs Are Still Pairs |\n"
    "|             | **Authors**: Bo Ray (Sample Institute) |\n"
    "| 14:15-14:45 | **Challenge Talk** |\n"
    "|             | **Title**: Results of the Label Challenge |\n"
    "|             | **Speaker**: Cy Dunn |\n"
    "| 14:45-15:30 | **Panel Discussion** |\n"
    "|             | **Host**: Di Fox |\n"
    "|             | **Guests**: Ann Q. Lee, Bo Ray and Eve Gold |\n"
)


def _read(rows: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    program = read_page(HEAD + rows, timezone="Asia/Tokyo").program
    return [
        (item.title, item.kind.value, [(p.name, p.affiliation) for p in item.people])
        for item in program.items
    ]


def test_fields_on_rows_under_the_slot() -> None:
    assert _read(ROWS) == [
        ("Opening Ceremony", "remarks", []),
        ("Labels from Thin Air", "keynote", [("Ann Q. Lee", "Example University of Technology")]),
        ("Noisy Pairs Are Still Pairs", "contributed", [("Bo Ray", "Sample Institute")]),
        ("Results of the Label Challenge", "talk", [("Cy Dunn", None)]),
        (
            "Panel Discussion",
            "panel",
            [("Di Fox", None), ("Ann Q. Lee", None), ("Bo Ray", None), ("Eve Gold", None)],
        ),
    ]


def test_no_session_is_named_by_a_title_row() -> None:
    items = read_page(HEAD + ROWS, timezone="Asia/Tokyo").program.items
    assert [item.session for item in items] == [None] * 5


def test_a_slot_that_is_no_kind_label_is_kept_beside_the_title() -> None:
    items = read_page(HEAD + ROWS, timezone="Asia/Tokyo").program.items
    assert ("Slot", "Challenge Talk") in items[3].extra


def test_a_title_to_be_announced_leaves_the_slot_its_label() -> None:
    rows = (
        "| 13:35-14:05 | **Keynote Talk 1** |\n| | **Title**: TBA |\n| | **Speaker**: Ann Lee |\n"
    )
    rows += "| 14:05-14:15 | Coffee Break |\n"
    assert _read(rows)[0] == ("Keynote Talk 1", "keynote", [("Ann Lee", None)])


def test_the_same_fields_in_one_cell() -> None:
    rows = (
        "| 13:35-14:05 | **Keynote Talk 1**<br>**Title**: Labels from Thin Air<br>"
        "**Speaker**: Ann Q. Lee, (Example University of Technology) |\n"
        "| 14:05-14:15 | Coffee Break |\n"
    )
    assert _read(rows)[0] == (
        "Labels from Thin Air",
        "keynote",
        [("Ann Q. Lee", "Example University of Technology")],
    )


def test_the_times_are_the_slots() -> None:
    items = read_page(HEAD + ROWS, timezone="Asia/Tokyo").program.items
    assert items[1].start == dt.datetime(2019, 11, 17, 13, 35, tzinfo=items[1].start.tzinfo)
    assert items[1].end.time() == dt.time(14, 5)
