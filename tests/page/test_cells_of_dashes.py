"""A cell of dashes says it is empty, however many dashes it holds.

An AWS HPC tutorial's agenda measured blind (JB/04) fills the Topic and Speakers cells of
its breaks with ``\\-\\-\\-\\-...`` (escaped so that kramdown prints them): the row is the
break its first cell names. More than three dashes had been read as the break's title,
"----------", a talk.
"""

from __future__ import annotations

from fastpath_ical import ItemKind, read_page

PAGE = r"""# HPC Day

### Sunday May 21st 2023

All times CEST.

| Session Kind | Time | Topic | Speakers |
| --- | --- | --- | --- |
| Talk | 09:00AM - 10:00AM | Modern Cloud Architectures | Ann Lee |
| 01h00 Break | 10:00AM - 11:00AM | \-\-\-\-\-\-\-\-\-\-\-\-\-\-\- | \-\-\-\-\-\-\-\- |
| Talk | 11:00AM - 11:30AM | HPC hybrid architectures | Bo Ray |
| 30 Min Break | 11:30AM - 12:00PM | ——————— | ——— |
"""


def test_a_row_of_dashes_is_the_break_its_label_names() -> None:
    items = read_page(PAGE).program.items
    assert [(item.title, item.kind) for item in items] == [
        ("Modern Cloud Architectures", ItemKind.TALK),
        ("01h00 Break", ItemKind.BREAK),
        ("HPC hybrid architectures", ItemKind.TALK),
        ("30 Min Break", ItemKind.BREAK),
    ]
    assert [item.people for item in items][1::2] == [(), ()]


POSTERS = """# Evaluation Symposium

## Tuesday, 2nd of June, 2026

All times are in Aberdeen (BST).

| Time | Event | Presenter(s) |
| --- | --- | --- |
| 13:45 14:45 | **Poster Presentations** | |
| ----- ----- | Poster 1-1: Grounded Evaluation | Ann Lee and Bo Ray |
| ----- ----- | Poster 1-2: Implicit Assumptions | Cy Dee |
| 14:45 15:00 | Closing | |
"""


def test_a_time_cell_of_dashes_is_a_row_with_no_time() -> None:
    # RetroEval's programme (JA/05, measured blind) lists its posters so under the session
    # that holds them; "expected a time in this row" had refused the page.
    reading = read_page(POSTERS)
    session, closing = reading.program.items
    assert session.title == "Poster Presentations"
    assert (closing.start.hour, closing.start.minute) == (14, 45)
    assert [paper.title for paper in session.papers] == [
        "Poster 1-1: Grounded Evaluation",
        "Poster 1-2: Implicit Assumptions",
    ]
