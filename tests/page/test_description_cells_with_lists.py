"""An HTML schedule whose Description column holds lists: what each session holds, and who
sits on the panel ("Panelists: ..."), as a workshop at a large conference writes it."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Schedule

Sunday, December 14, 2025. All times in Pacific Time.

<table>
  <thead><tr><th>Time</th><th>Session</th><th>Description</th></tr></thead>
  <tbody>
    <tr>
      <td>9:15 - 9:30 AM</td>
      <td>Welcome</td>
      <td>
        <ul><li>Opening remarks</li><li>How the day runs</li></ul>
      </td>
    </tr>
    <tr>
      <td>9:30 - 10:30 AM</td>
      <td>Opening Panel: Where Benchmarks Go</td>
      <td>
        <ul>
          <li>A discussion of what we measure</li>
          <li>Panelists: Ines Vahl, Oskar Lind, Pia Sandoval</li>
          <li>Topics:
            <ul><li>Incentives</li><li>Contamination</li></ul>
          </li>
        </ul>
      </td>
    </tr>
    <tr>
      <td>10:30 - 11:00 AM</td>
      <td>Break</td>
      <td></td>
    </tr>
  </tbody>
</table>
"""


def test_a_description_that_is_only_a_list_is_kept_whole() -> None:
    welcome = read_page(PAGE).program.items[0]
    assert welcome.abstract == "• Opening remarks\n• How the day runs"


def test_a_list_written_on_one_line_keeps_its_words() -> None:
    page = PAGE.replace(
        "<td>\n        <ul><li>Opening remarks</li><li>How the day runs</li></ul>\n      </td>",
        "<td><ul><li>Opening remarks</li><li>How the day runs</li></ul></td>",
    )
    assert page != PAGE
    assert read_page(page).program.items[0].abstract == "Opening remarks How the day runs"


def test_nested_entries_are_kept_under_their_entry() -> None:
    panel = read_page(PAGE).program.items[1]
    assert panel.abstract is not None
    assert panel.abstract.splitlines()[-3:] == [
        "• Topics:",
        "  • Incentives",
        "  • Contamination",
    ]


def test_panelists_listed_in_the_description_are_the_items_people() -> None:
    panel = read_page(PAGE).program.items[1]
    # "Opening Panel" is a kind's label, gone from the title as "Panel:" is.
    assert (panel.title, panel.kind.value) == ("Where Benchmarks Go", "panel")
    assert [p.name for p in panel.people] == ["Ines Vahl", "Oskar Lind", "Pia Sandoval"]


def test_a_row_with_an_empty_description_has_no_abstract() -> None:
    assert read_page(PAGE).program.items[2].abstract is None


SIGNED = """# Schedule

Friday, December 11, 2026. All times are EST.

<table>
    <tr>
        <td>13:20-14:00</td>
        <td><b>Open Problems in Detector Physics</b>
        <p>Tools have changed how data is analysed. I will describe recent progress.</p>
        <div align="right"><i><a href="https://ex.org/ann">Ann Lee (UCX, USA)</a></i></td>
    </tr>
    <tr>
        <td>14:00-15:00</td>
        <td><b>Poster session</b>
        <p>Posters of the accepted papers, in the hall.</p>
        <div align="right"><i>Bring your own</i></div></td>
    </tr>
</table>
"""


def test_a_speaker_signing_the_abstract_in_italics_is_its_speaker() -> None:
    reading = read_page(SIGNED)
    talk = reading.program.items[0]
    assert talk.title == "Open Problems in Detector Physics"
    assert [(p.name, p.affiliation) for p in talk.people] == [("Ann Lee", "UCX, USA")]
    assert (
        talk.abstract == "Tools have changed how data is analysed. I will describe recent progress."
    )
    assert any(
        "from the line in italics under its description" in w.message for w in reading.warnings
    )


def test_words_in_italics_under_a_description_that_name_no_one_stay_in_it() -> None:
    posters = read_page(SIGNED).program.items[1]
    assert posters.people == ()
    assert posters.abstract is not None
    assert posters.abstract.endswith("Bring your own")
