"""Talks written "Label: Title, Speaker, Where" on lines of their own; remarks with their
speaker in brackets; a banner line of parts between bars that names the town; and a table
whose Session cell is only a talk's label, its speaker and title in the Details cell."""

from __future__ import annotations

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

LINES = """# Systems for Learning

Friday, December 7, 2018. All times are EST.

09:00 - 09:10 &nbsp; Opening remarks (Ines Vahl)

09:10 - 09:40 &nbsp; [Keynote 1: Compilers for Tensors, Oskar Lind, NVIDIA](talks#k1):

09:40 - 10:00 &nbsp; Contributed Talk: Modeling with Flux, Pia J. Sandoval, Quarry Computing

10:00 - 10:20 &nbsp; Contributed Talk: Asserts, Rosa Torres and Tom Brzoza, Example University

10:20 - 10:40 &nbsp; Lunch, Main Hall, Level 2

10:40 - 11:00 &nbsp; Break
"""


def _people(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (i.title, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(page).program.items
    ]


def test_a_title_then_its_speakers_and_where_they_work_after_commas() -> None:
    assert _people(LINES) == [
        ("Opening remarks", [("Ines Vahl", None)]),
        ("Compilers for Tensors", [("Oskar Lind", "NVIDIA")]),
        ("Modeling with Flux", [("Pia J. Sandoval", "Quarry Computing")]),
        (
            "Asserts",
            [("Rosa Torres", "Example University"), ("Tom Brzoza", "Example University")],
        ),
        ("Lunch, Main Hall, Level 2", []),
        ("Break", []),
    ]


def test_without_a_label_only_an_organisations_name_says_where() -> None:
    page = LINES.replace("Contributed Talk: Modeling", "Modeling")
    assert ("Modeling with Flux, Pia J. Sandoval, Quarry Computing", []) in _people(page)


def test_a_bracket_after_a_talk_alone_is_still_its_title() -> None:
    page = LINES.replace("Opening remarks (Ines Vahl)", "Tutorial (Ines Vahl)")
    assert _people(page)[0] == ("Tutorial (Ines Vahl)", [])


BANNER = """# Swarms Workshop

<div class="subtitle">IROS 2026 Workshop | Pittsburgh, PA, USA | Sunday, Sep 27, 2026</div>

<table>
  <tr><th>Time</th><th>Session</th><th>Details</th></tr>
  <tr><td>8:30 – 8:35</td><td>Opening Remarks</td><td>Workshop overview</td></tr>
  <tr><td>8:35 – 8:50</td><td>Invited Talk 1</td>
      <td><strong>Ines Vahl</strong> (MIT) &mdash; Grounding Symbols for Many Robots</td></tr>
  <tr><td>8:50 – 9:05</td><td>Invited Talk 2</td>
      <td><strong>Oskar Lind</strong> (University of Pennsylvania)</td></tr>
  <tr><td>9:05 – 9:30</td><td>Coffee Break</td><td>Posters and networking</td></tr>
</table>
"""


def test_a_town_between_bars_on_the_date_line_gives_the_zone() -> None:
    reading = read_page(BANNER)
    assert str(reading.program.items[0].start.tzinfo) == "America/New_York"
    assert reading.program.items[0].start.utcoffset().total_seconds() == -4 * 3600  # type: ignore[union-attr]


def test_a_talks_label_beside_its_speaker_and_title() -> None:
    items = read_page(BANNER).program.items
    assert [(i.title, i.kind, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Opening Remarks", ItemKind.REMARKS, []),
        ("Grounding Symbols for Many Robots", ItemKind.INVITED, [("Ines Vahl", "MIT")]),
        ("Invited Talk 2", ItemKind.INVITED, [("Oskar Lind", "University of Pennsylvania")]),
        ("Coffee Break", ItemKind.BREAK, []),
    ]
    assert items[0].abstract == "Workshop overview"
    assert items[1].abstract is None


KEYNOTES = """# Deployable Learning

August 9, 2024. All times are EDT.

|-------------|:-------------|
|__AM__&nbsp;&nbsp;||
| 08:55 - 09:00 | Opening remarks |
| 09:00 - 09:40 | Keynote: <b>Ines Vahl</b> |
| | &nbsp;&nbsp;<i>Recommendations for the Long Term</i>
| 09:40 - 10:20 | Keynote: <b>Oskar Lind</b> |
| | &nbsp;&nbsp;<i>Experiments at Scale</i>
| 10:20 - 11:20 | Morning poster session + coffee break |
"""


def test_a_keynotes_title_in_italics_on_the_row_under_it() -> None:
    reading = read_page(KEYNOTES)
    items = reading.program.items
    assert [(i.title, [p.name for p in i.people], i.session) for i in items] == [
        ("Opening remarks", [], "AM"),
        ("Recommendations for the Long Term", ["Ines Vahl"], "AM"),
        ("Experiments at Scale", ["Oskar Lind"], "AM"),
        ("Morning poster session + coffee break", [], "AM"),
    ]
    assert any("as the title of the talk on line 8" in w.message for w in reading.warnings)
