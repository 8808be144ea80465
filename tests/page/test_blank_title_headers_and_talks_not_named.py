"""Three habits of blind pages BK/01 and BK/02: a second table whose header leaves the
title column blank (`| Time (PST) || **Presenter** and Authors`: its titles were lost, or
its speakers read as titles), a last row `End of Workshop / Lunch` (the end, not an
item), and a speaker cell `Ann Lee: Title TBC` (refused, as if the note were a name's)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

BLANK = """# Hardware Security Workshop

February 12, 2023. All times are America/Los_Angeles.

| Time (PST) || **Presenter** and Authors
| 11:00 |    Introduction  | Workshop Organizers
| 11:05 | **Scalable Assurance via Contracts** | **Nadia Brook**
| 11:25 | Atoms and Bits at the Edge | **Hugo Lemaire**, Ana Ruiz and Bo Ray
| 11:35 | Cloning the Unclonable | **Cy Dee**, Di Eng, Ed Fox, Flo Gao and Gus Hale
| 12:30 | End of Workshop / Lunch |
"""


def test_a_blank_header_beside_the_speakers_heads_the_titles() -> None:
    reading = read_page(BLANK)
    items = reading.program.items
    assert [item.title for item in items] == [
        "Introduction",
        "Scalable Assurance via Contracts",
        "Atoms and Bits at the Edge",
        "Cloning the Unclonable",
    ]
    assert [p.name for p in items[2].people] == ["Hugo Lemaire", "Ana Ruiz", "Bo Ray"]
    assert (items[-1].end.hour, items[-1].end.minute) == (12, 30)
    assert any("column 2 as the titles" in warning.message for warning in reading.warnings)


def test_a_column_of_names_under_a_blank_header_is_no_title_column() -> None:
    page = (
        BLANK.replace("|    Introduction  |", "| Ann Lee |")
        .replace("**Scalable Assurance via Contracts**", "Bo Ray")
        .replace("Atoms and Bits at the Edge", "Cy Dee")
        .replace("Cloning the Unclonable", "Di Eng")
    )
    with pytest.raises(PageError, match="holds people's names"):
        read_page(page)  # names under names: no titles to promote, the row is refused


NOT_NAMED = """# Workshop on Climate Learning

Monday, May 8, 2023. All times are Africa/Kigali.

<table>
<tr><th>Time</th><th>Session</th><th>Speaker</th></tr>
<tr><td>9.15</td><td>Welcome</td><td>Nadia Brook</td></tr>
<tr><td>9.30</td><td>Keynote</td><td>Hugo Lemaire: Title TBC</td></tr>
<tr><td>10.30</td><td>Coffee</td><td></td></tr>
<tr><td>11.00</td><td>End</td><td></td></tr>
</table>
"""


def test_a_title_to_be_confirmed_after_a_name_is_no_part_of_it() -> None:
    items = read_page(NOT_NAMED).program.items
    assert (items[1].title, [p.name for p in items[1].people]) == ("Keynote", ["Hugo Lemaire"])
