"""Columns named "Session A" and "Session B" are tracks; "Biotech Speaker: Ann Lee (Org)"
and "**Keynote Speaker (Ann Lee)**" over a title line name who speaks; a plain line under
a list item's title (after a line break) describes the item; a break whose bracket names
one of the table's speakers is theirs."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Sequencing Day\n\nJuly 12, 2017. All times are America/New_York.\n\n"

TRACKS = (
    HEAD
    + """<table>
<thead><tr><th>Times</th><th>Session A</th><th>Session B</th></tr></thead>
<tbody>
<tr><td>08:40 - 09:00</td><td colspan="2"><strong>Welcome</strong></td></tr>
<tr><td>09:00 - 10:00</td><td colspan="2">
<strong>Keynote Speaker (<a href="https://example.org/oda">Oda Berg)</a></strong><br />
Transport proteins and the shapes they take
</td></tr>
<tr><td>10:00 - 11:00</td>
<td>Graphs of viral families (Cy Dunn, NIH)</td>
<td>Reading short sequences in bulk (Di Moss, UMD)</td></tr>
<tr><td>11:00 - 12:00</td><td colspan="2">
<strong>Industry Speaker: Eve Hart (Example Bio)</strong><br />
Pipelines that others can run again
</td></tr>
<tr><td>12:00 - 12:30</td><td colspan="2"><strong>Closing Remarks</strong></td></tr>
</tbody>
</table>
"""
)


def _read(page: str) -> list[tuple[str, str, list[tuple[str, str | None]], str | None]]:
    return [
        (
            i.start.strftime("%H:%M"),
            i.title,
            [(p.name, p.affiliation) for p in i.people],
            dict(i.extra).get("Track"),
        )
        for i in read_page(page).program.items
    ]


def test_session_columns_are_tracks_and_labels_name_who_speaks() -> None:
    assert _read(TRACKS) == [
        ("08:40", "Welcome", [], None),
        ("09:00", "Transport proteins and the shapes they take", [("Oda Berg", None)], None),
        ("10:00", "Graphs of viral families", [("Cy Dunn", "NIH")], "Session A"),
        ("10:00", "Reading short sequences in bulk", [("Di Moss", "UMD")], "Session B"),
        ("11:00", "Pipelines that others can run again", [("Eve Hart", "Example Bio")], None),
        ("12:00", "Closing Remarks", [], None),
    ]


def test_a_bracket_of_no_one_after_a_label_stays_in_the_title() -> None:
    page = TRACKS.replace(
        'Keynote Speaker (<a href="https://example.org/oda">Oda Berg)</a>',
        "Contributed Talks (Full Papers)",
    )
    assert _read(page)[1][1:3] == ("Contributed Talks (Full Papers)", [])


LIST = (
    HEAD
    + """## Schedule

- 3:00pm Room opens, setup, social{BR}  Sign attendance, introduce yourself, connect to WiFi
- 3:05pm Introductory remarks (Sen){BR}  Why we are here, and what is in it for you
- 3:10pm Key features (Farage){BR}  [Slides](https://example.org/slides.pdf)
- 3:30pm Fast and flexible? (Trotter)
- 3:45pm Installation, break, and pizza (Farage)
- 4:15pm Data frames (Sen)
- 4:45pm Wrap-up
- 5:00pm End
"""
).replace("{BR}", "  \n")  # Markdown's line break: two spaces at the end of the line


def test_a_plain_line_under_a_list_items_title_describes_it() -> None:
    items = read_page(LIST).program.items
    assert [(i.title, i.abstract) for i in items[:3]] == [
        ("Room opens, setup, social", "Sign attendance, introduce yourself, connect to WiFi"),
        ("Introductory remarks", "Why we are here, and what is in it for you"),
        ("Key features", None),
    ]
    assert [link.url for link in items[2].links] == ["https://example.org/slides.pdf"]


def test_a_break_led_by_one_of_the_tables_speakers_is_theirs() -> None:
    items = read_page(LIST).program.items
    assert (items[4].title, [p.name for p in items[4].people]) == (
        "Installation, break, and pizza",
        ["Farage"],
    )
