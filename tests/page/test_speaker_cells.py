"""Speaker cells of a course agenda: names joined across lines, one affiliation for two,
an affiliation's link, a role without its colon, an exercise after the talk; and a
Minutes column that says when each item ends."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

HEAD = "# Summer Course 2018\n\nMonday, August 6, 2018 (all times US Central)\n\n"
TABLE = "|Start|Minutes|Topic|Speaker|\n|:----|:------|:---:|------:|\n"
REFS = "\n[2]: https://lab.example.org\n[4]: https://ann.example.org\n[9]: https://v.example/e\n"


def _read(rows: str) -> list:
    return list(read_page(HEAD + TABLE + rows + REFS).program.items)


def test_a_minutes_column_ends_its_item_before_the_next_starts() -> None:
    items = _read("|11:00am|60|Meshing|Ann Lee|\n|12:30pm|60|Lunch||\n")
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in items] == [
        ("11:00", "12:00"),
        ("12:30", "13:30"),
    ]


def test_names_joined_across_lines_share_the_one_affiliation_after_them() -> None:
    item = _read("|11:00am|60|Solvers|Todd Munson &<br>Hong Zhang (ANL)|\n")[0]
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Todd Munson", "ANL"),
        ("Hong Zhang", "ANL"),
    ]


def test_each_keeps_their_own_affiliation_across_lines() -> None:
    item = _read("|11:00am|60|Meshing|Ann Lee (LLNL) &<br>Bo Ray (RPI)|\n")[0]
    assert [(p.name, p.affiliation) for p in item.people] == [
        ("Ann Lee", "LLNL"),
        ("Bo Ray", "RPI"),
    ]


def test_an_affiliations_link_is_no_material_and_an_exercise_is_no_person() -> None:
    item = _read("|9:30am|60|Algorithms|[Ann Lee][4] ([LLNL][2])<br>+ [Hands-on Example][9]|\n")[0]
    assert [(p.name, p.affiliation, p.profile) for p in item.people] == [
        ("Ann Lee", "LLNL", "https://ann.example.org")
    ]
    assert [link.url for link in item.links] == ["https://v.example/e"]


def test_a_moderator_named_without_a_colon() -> None:
    item = _read("|5:30pm|60|Panel: Scale|Moderator Ann Lee<br>Panelists:<br>Bo Ray|\n")[0]
    assert [p.name for p in item.people] == ["Ann Lee", "Bo Ray"]


ONE_COLUMN = "\n".join(
    [
        "# Green Data 2018",
        "",
        "***Friday 14th September 2018*** (all times Europe/Dublin)",
        "",
        "| Time |",
        "|------------|-------------------|",
        "| 9.10-10.00 | **Keynote talk by Ann Lee (Example Research Council, ISTI)**. <br/> "
        "*Energy in Large Retrieval Systems*.|",
        "| 10.00-10.20| **Paper session 1** <br/> *Energy in Sensor Networks*. <br/> "
        "Bo Ray, Cy Dee, Di Fox - University of Bristol, UK |",
        "| 10.20-10.40| **Paper session 2** <br/> *Pruning Patterns*. <br/> "
        "Ed Poe, Flo Gale, and Gil Tan. Sirris - Example Innovation Lab, Brussels |",
        "| 11.00-11.50| **Keynote talk by Hal Ito (Example Brain) (online)** <br/> "
        "*Fast and Efficient Auto-Regressive Inference*.|",
        "| 12.10-12.30| **Paper session 4** <br/> *How to Measure Energy* <br/> "
        "Ida Kay, Jo Lum. <br/> Example Institute of Technology, Karlskrona |",
        "| 12.30-12.40| Closing |",
        "",
    ]
)


def test_names_then_the_place_they_all_work_and_notes_after_names() -> None:
    items = read_page(ONE_COLUMN).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items[:5]] == [
        ("Energy in Large Retrieval Systems", [("Ann Lee", "Example Research Council, ISTI")]),
        (
            "Energy in Sensor Networks",
            [(name, "University of Bristol, UK") for name in ("Bo Ray", "Cy Dee", "Di Fox")],
        ),
        (
            "Pruning Patterns",
            [
                (name, "Sirris - Example Innovation Lab, Brussels")
                for name in ("Ed Poe", "Flo Gale", "Gil Tan")
            ],
        ),
        ("Fast and Efficient Auto-Regressive Inference", [("Hal Ito", "Example Brain")]),
        (
            "How to Measure Energy",
            [
                (name, "Example Institute of Technology, Karlskrona")
                for name in ("Ida Kay", "Jo Lum")
            ],
        ),
    ]


HTML = """<table>
<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
<tr>
<td>11:00-11:30</td>
<td><b><a href="https://example.org/ann">Ann Lee</a></b> (newly
appointed professor of systems at Example University)</td>
<td>Invited talk: Layouts
of data</td>
</tr>
</table>
"""


def test_a_line_break_in_an_html_cells_source_is_a_space() -> None:
    # A browser shows the cell on one line; its affiliation had kept the source's line
    # break and the page was refused with the model's error, at no line.
    item = next(iter(read_page(HEAD + HTML).program.items))
    assert [(p.name, p.affiliation, p.profile) for p in item.people] == [
        (
            "Ann Lee",
            "newly appointed professor of systems at Example University",
            "https://example.org/ann",
        )
    ]
    assert item.title == "Layouts of data"


def test_what_the_model_refuses_in_a_speaker_cell_is_an_error_at_that_cell() -> None:
    from fastpath_ical.page._blocks import Cell
    from fastpath_ical.page._inline import from_markdown
    from fastpath_ical.page._people import _person

    cell = Cell(raw="Ann Lee", line=12, column=7, content=from_markdown("Ann Lee"))
    with pytest.raises(PageError, match="control character") as caught:
        _person(cell, "Ann Lee", "Example\nUniversity")
    assert (caught.value.line, caught.value.column) == (12, 7)
