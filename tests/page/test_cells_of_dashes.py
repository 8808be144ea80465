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
