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


GIVEN_NAMES = """# Image Processing Days

All times are CET (Amsterdam time).

<h3>Day 1. June 5th</h3>
<table>
  <tr> <td>9:00</td>  <td>Welcome and Introduction (Noor)</td> </tr>
  <tr> <td>9:20</td>  <td>Pixel Basics(Noor)</td></tr>
  <tr> <td>10:30</td>  <td>Coffee break</td> </tr>
  <tr> <td>10:40</td>  <td>Colour Spaces (Tomas)</td> </tr>
  <tr> <td>11:40</td>  <td>Edge Detection (Tomas, Noor)</td> </tr>
  <tr> <td>12:30</td>  <td>Exercises (Python)</td> </tr>
  <tr> <td>13:30</td>  <td>END day 1</td> </tr>
</table>
"""


def test_given_names_in_brackets_are_speakers_where_the_page_makes_a_habit_of_it() -> None:
    """A numbered day heading with a dot before its date, given names alone in brackets
    (three rows, one name in two of them; 'Python' is no name), and 'END day 1'."""
    reading = read_page(GIVEN_NAMES, year=2023)
    items = reading.program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Welcome and Introduction", ["Noor"]),
        ("Pixel Basics", ["Noor"]),
        ("Coffee break", []),
        ("Colour Spaces", ["Tomas"]),
        ("Edge Detection", ["Tomas", "Noor"]),
        ("Exercises (Python)", []),
    ]
    assert items[0].start.isoformat() == "2023-06-05T09:00:00+02:00"
    assert items[-1].end is not None
    assert items[-1].end.isoformat() == "2023-06-05T13:30:00+02:00"
    assert any("names in brackets after 4 titles" in w.message for w in reading.warnings)


def test_one_word_brackets_without_a_habit_stay_in_the_title() -> None:
    """Two rows are no habit, and a table of names with their affiliations is not one of
    speakers: 'Ann Lee (Google)' names Ann Lee, not a speaker called Google."""
    two = GIVEN_NAMES.replace("(Tomas, Noor)", "").replace("(Tomas)", "")
    titles = [i.title for i in read_page(two, year=2023).program.items]
    assert "Welcome and Introduction (Noor)" in titles
    affiliations = (
        "# Meetup\n\nMonday, June 5, 2023, times in CEST\n\n| Time | Talk |\n|---|---|\n"
        "| 9:00-9:30 | Ann Lee (Google) |\n| 9:30-10:00 | Bo Ray (Google) |\n"
        "| 10:00-10:30 | Cy Dunn (Meta) |\n| 10:30-11:00 | Open Questions (Google) |\n"
    )
    items = read_page(affiliations).program.items
    assert [i.title for i in items][:2] != ["Ann Lee", "Bo Ray"]
    assert all(p.name != "Google" for i in items for p in i.people)


COURSE_DAYS = """## Programme

### Day 2 (Tuesday 08.04.2025)
- **09:00-10:00**\tLecture: Peak calling and annotation (Ilse Brandt)
- **10:00-10:30** _coffee break_
- **10:30-12:00**\tLab: Peak calling and annotation (Ilse Brandt)
- **13:00-14:00**\tLecture: Motif discovery (Joris Hagen)
- **14:00-15:00**\tLab: Motif discovery (Joris Hagen)
- **15:30-17:00**\tLecture and Lab: Chromatin Accessibility (Wietske van Rijn)
"""


def test_a_lab_and_a_two_word_title_follow_the_tables_habit_of_speakers_in_brackets() -> None:
    """Once a table writes its speakers in brackets after titles, its labs are read so too,
    and 'Chromatin Accessibility (Wietske van Rijn)' is a title and its speaker, not a
    person 'Chromatin Accessibility' of an organisation 'Wietske van Rijn'."""
    reading = read_page(COURSE_DAYS, timezone="Europe/Amsterdam")
    items = reading.program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Peak calling and annotation", [("Ilse Brandt", None)]),
        ("coffee break", []),
        ("Peak calling and annotation", [("Ilse Brandt", None)]),
        ("Motif discovery", [("Joris Hagen", None)]),
        ("Motif discovery", [("Joris Hagen", None)]),
        ("Chromatin Accessibility", [("Wietske van Rijn", None)]),
    ]
    assert any("read the names in brackets after 5 titles" in str(w) for w in reading.warnings)


def test_a_file_linked_in_brackets_after_a_title_is_material_not_title() -> None:
    page = COURSE_DAYS.replace(
        "Lab: Motif discovery (Joris Hagen)",
        "Lab: [Motif discovery](motifs.md), ([Rmd file](motifs.Rmd)) (Joris Hagen)",
    )
    items = read_page(page, timezone="Europe/Amsterdam").program.items
    assert (items[4].title, [p.name for p in items[4].people]) == (
        "Motif discovery",
        ["Joris Hagen"],
    )
