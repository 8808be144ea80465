"""Speakers as two pages measured blind write them.

- "Veronica Vergara Larrea, Nick Hagerty, John Holmen (OLCF)" in a Speaker column (an HPC
  testing workshop, LB/06): the one affiliation after the list is everyone's, as it is
  after two names joined by "&" and after a title cell's names; the last had been alone at
  OLCF.
- "_Contributed Talk_<br/>Title<br/>(Jason Lee, Dustin Tran and Kyunghyun Cho)" (SPNLP,
  LA/01): a line of names alone in brackets under the title names its speakers; the label
  and the title had run together, "Contributed Talk On the Discrepancy ...".
- "_Invited Talk_<br/>Title<br/>**Mark Johnson** (Macquarie University)" beside such
  rows: the bracket after his name is where he works. The habit of names in brackets had
  read "Macquarie University" as the speaker of a talk titled "Mark Johnson".
"""

from __future__ import annotations

from fastpath_ical import read_page

SPEAKERS = """# Testing Workshop

May 3, 2024. All times AWST.

|Time|Speaker|Title|
|---|---|---|
|9:30 - 9:45|Veronica Vergara Larrea, Nick Hagerty, John Holmen (OLCF)|System Testing|
|9:45 - 10:00|Ann Lee (MIT), Bo Ray, Cy Dee (CMU)|Regression Suites|
|10:00 - 10:15|Morning Tea||
"""


def test_one_affiliation_after_a_list_is_everyones() -> None:
    reading = read_page(SPEAKERS)
    first, second, _ = reading.program.items
    assert [(p.name, p.affiliation) for p in first.people] == [
        ("Veronica Vergara Larrea", "OLCF"),
        ("Nick Hagerty", "OLCF"),
        ("John Holmen", "OLCF"),
    ]
    # Where some have their own, the last bracket is the last one's alone.
    assert [p.affiliation for p in second.people] == ["MIT", None, "CMU"]
    assert any("each of" in w.message for w in reading.warnings)


TALKS = """# SPNLP

November 20, 2020. All times UTC+0.

| Time | Event |
|---|---|
| 9:10 AM | _Invited Talk_<br/>Prediction in NLP<br/>**Mark Johnson** (Macquarie University) |
| 9:50 AM | _Contributed Talk_<br/>On Density Estimation<br/>(Jason Lee, Dustin Tran and Ky Cho) |
| 10:05 AM | _Contributed Talk_<br/>Joint Training of Networks<br/>(Lifu Tu and Kevin Gimpel) |
| 10:20 AM | _Invited Talk_<br/>Latent Tree Models<br/>**Jonathan Berant** (Tel-Aviv University) |
| 11:00 AM | End |
"""


def test_names_in_a_bracketed_line_and_affiliations_after_names() -> None:
    items = read_page(TALKS).program.items
    assert [
        (i.title, i.kind.value, [(p.name, p.affiliation) for p in i.people]) for i in items
    ] == [
        ("Prediction in NLP", "invited", [("Mark Johnson", "Macquarie University")]),
        (
            "On Density Estimation",
            "contributed",
            [("Jason Lee", None), ("Dustin Tran", None), ("Ky Cho", None)],
        ),
        ("Joint Training of Networks", "contributed", [("Lifu Tu", None), ("Kevin Gimpel", None)]),
        ("Latent Tree Models", "invited", [("Jonathan Berant", "Tel-Aviv University")]),
    ]
