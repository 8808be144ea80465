"""Speakers in brackets after titles, as course pages write them: initials, several
people, a note on the slides beside them; and a material link after a title."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Single-Cell Course 2022

Monday, August 29, 2022 (times in CEST)

| Time | Monday |
|---:|:---|
| 09:00 - 09:15 | Welcome and introductions (R. Keller) |
| 09:15 - 10:15 | Combining Python and R (M. Stadler, ) |
| 10:15 - 11:15 | Multi-omics (*E. Dann*, slides: [google doc](https://docs.example.org/d/1)) |
| 11:15 - 12:00 | Differential analysis (M. Robinson, P-L. Germain) |
| 12:00 - 13:00 | Lunch (Full Papers) |
| 13:00 - 14:00 | Trajectories -- [Link to slides](https://example.org/t.pdf) |
"""


def test_names_with_initials_in_brackets_are_the_speakers() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Welcome and introductions", ["R. Keller"]),
        ("Combining Python and R", ["M. Stadler"]),
        ("Multi-omics", ["E. Dann"]),
        ("Differential analysis", ["M. Robinson", "P-L. Germain"]),
        ("Lunch (Full Papers)", []),
        ("Trajectories", []),
    ]
    assert [link.url for link in items[2].links] == ["https://docs.example.org/d/1"]
    assert [(link.kind.value, link.url) for link in items[5].links] == [
        ("slides", "https://example.org/t.pdf")
    ]


def test_a_label_then_its_speaker_in_brackets_then_the_title() -> None:
    page = (
        "# Glacier Training 2023\n\nMonday, March 6, 2023 (times in UTC+5)\n\n"
        "**11:30 - 12:15**: Scientific presentation 1 (Adnan Qadir): *Lakes and floods*<br>\n"
        "**12:15 - 13:00**: Panel (moderated): *Open models*<br>\n"
    )
    first, second = read_page(page).program.items
    assert (first.title, [p.name for p in first.people]) == ("Lakes and floods", ["Adnan Qadir"])
    assert second.people == ()  # "(moderated)" names no one
