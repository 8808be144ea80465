"""Speaker cells of a course agenda: names joined across lines, one affiliation for two,
an affiliation's link, a role without its colon, an exercise after the talk; and a
Minutes column that says when each item ends."""

from __future__ import annotations

from fastpath_ical import read_page

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
