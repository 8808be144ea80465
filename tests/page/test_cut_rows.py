"""A row whose cells were cut in the wrong place is an error at its line, never an item."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import PageError, read_page

SESSION = """# Workshop on Shapes 2022

**Monday, October 17, 2022**
(US Central Time, UTC-5)

<table>
  <tr>
    <td>2:00pm &ndash; 2:05pm</td>
    <td>Opening Remarks</td>
  </tr>
  <tr>
    <td>3:00pm &ndash; 3:15pm</td>
    <td>
      <h4>Session: Speed</h4>
      (Session Chair: Ann Lee)
      <ul><li>Fast Trees<br><i>Bo Ray, Cy Dee</i></li></ul>
    </td>
  </tr>
</table>
"""


def test_a_chair_line_in_brackets_names_the_chair_whole() -> None:
    """'(Session Chair: Ann Lee)' closes its own bracket: the name is Ann Lee (it was read
    as 'Ann Lee)' and refused); the paper's title is the one phrase beside the authors."""
    session = read_page(SESSION).program.items[1]
    assert [p.name for p in session.people] == ["Ann Lee"]
    assert [(p.title, [a.name for a in p.people]) for p in session.papers] == [
        ("Fast Trees", ["Bo Ray", "Cy Dee"])
    ]


def test_a_name_left_with_half_a_bracket_stops_the_reading_at_its_row() -> None:
    page = (
        "# W\n\nMonday November 13, 2023, times in MST\n\n| Time | Title | Speaker |\n"
        "|---|---|---|\n| 9:00-9:30 | Graph things | Ann Lee) |\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page)
    error = caught.value
    assert (error.line, error.code) == (7, "cut")
    assert "'Ann Lee)'" in str(error)


def test_a_line_that_is_only_a_zone_in_brackets_states_the_zone() -> None:
    page = (
        SESSION.split("<table>")[0] + "| Time | Title |\n|---|---|\n| 2:00pm - 2:05pm | Opening |\n"
    )
    item = read_page(page).program.items[0]
    assert item.start.isoformat() == "2022-10-17T14:00:00-05:00"
    assert str(item.start.tzinfo) == "America/Chicago"


def test_a_speaker_line_ending_in_a_colon_gives_the_name_without_it() -> None:
    page = (
        "# School 2023\n\nTue, September 19, 2023 (all times CEST)\n\n"
        "* 15:30-15:55: Cy Dee Martinez: \n  Limits of things\n"
        "* 16:00-16:25: Ann Lee: Other things\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Limits of things", ["Cy Dee Martinez"]),
        ("Other things", ["Ann Lee"]),
    ]


_HEAD = "# W\n\nMonday, May 3, 2021 (all times CEST)\n\n| Time | Title | Speaker |\n|---|---|---|\n"


@given(
    st.text(
        alphabet=st.characters(codec="ascii", exclude_characters="|\\`\n\r"),
        min_size=1,
        max_size=30,
    )
)
def test_no_item_holds_a_person_with_half_a_bracket(speaker: str) -> None:
    page = _HEAD + f"| 09:00 - 10:00 | A talk | {speaker} |\n"
    try:
        reading = read_page(page)
    except PageError:
        return
    for item in reading.program.items:
        for person in item.people:
            assert person.name.count("(") == person.name.count(")")
            assert person.name.count("[") == person.name.count("]")


def test_a_title_still_holding_three_peoples_names_is_a_cut_row() -> None:
    page = (
        "# Workshop 2023\n\nTuesday, October 3, 2023 (all times CEST)\n\n"
        "* [11:25-11:40] Winners talk: Ann Lee, Bo Ray, Cy Dee, **FT – Fast Things**\n"
        "* [11:40-11:55] Closing remarks\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.code == "cut"
    assert caught.value.line == 5


def test_a_chair_after_the_title_chairs_it_and_gives_no_talk() -> None:
    page = (
        "# Workshop 2024\n\nTuesday, October 1, 2024 (all times CEST)\n\n"
        "* 10:45 Session 1; Chair: Mirela Popescu\n"
        "  <ul><li>Ann Lee and Bo Ray<br><i>Gradual Typing for Formulas</i></li></ul>\n"
        "* 12:00 Lunch\n* 13:00 End\n"
    )
    item = read_page(page).program.items[0]
    assert (item.title, item.chair, item.people) == ("Session 1", "Mirela Popescu", ())
    assert [paper.title for paper in item.papers] == ["Gradual Typing for Formulas"]


@pytest.mark.parametrize(
    "line",
    [
        "* [10:00am-11:00am] Mentoring for mentees. Social Session. \\\n"
        "  Mentors: Ann Lee (UPenn); Bo Ray (IBM)\n",
        "* [10:00am-11:00am] Mentoring for mentees. Social hour. Mentors\n",
    ],
)
def test_a_title_left_with_a_role_label_or_a_line_break_is_a_cut_row(line: str) -> None:
    page = "# DC 2025\n\nTuesday, February 25, 2025 (all times EST)\n\n" + line
    page += "* [11:00am-12:00pm] Posters\n"
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.code == "cut"


@pytest.mark.parametrize("label", ["Session 2", "Track B", "Part III"])
def test_the_topic_after_a_numbered_session_is_no_speaker(label: str) -> None:
    page = (
        "# Security 2018\n\nMonday, June 18, 2018 (all times CEST)\n\n"
        f"| Time | Title |\n|---|---|\n| 9.30 - 10.30 | {label} - Access Control Policies |\n"
    )
    item = read_page(page).program.items[0]
    assert (item.title, item.people) == (f"{label} - Access Control Policies", ())


DEFINITIONS = """# Omics Days 2019

## Day 2: Wednesday June 26, 2019

Times in US Eastern.

8:00 - 8:30 -- Breakfast -- Abby Lounge
:

8:30 - 9:00 -- Lieven Kim -- Main Hall
:

9:00 - 9:30 -- {third}
:
"""


@pytest.mark.parametrize(
    ("third", "line"),
    [
        # 'Breakfast -- Abby Lounge :' is refused first: no one speaks at breakfast, so
        # 'Abby Lounge' is no speaker to cut there (it had been read as one).
        ("Ann Roe -- Main Hall", 7),
        ("Break", 7),
    ],
)
def test_a_title_ending_on_a_colon_is_cut_at_its_row(third: str, line: int) -> None:
    with pytest.raises(PageError) as caught:
        read_page(DEFINITIONS.format(third=third))
    assert (caught.value.line, caught.value.code) == (line, "cut")


@pytest.mark.parametrize(
    "title",
    [
        "+ Event Kickoff +",  # a page's own marker before the title
        "Session 4a : + Ann Roe -- Containers",  # a kramdown definition holding a list
    ],
)
def test_a_marker_left_in_a_title_is_cut_at_its_row(title: str) -> None:
    page = (
        "# Hack\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Event |\n|---|---|\n"
        f"| 10:00 - 11:00 | {title} |\n| 11:00 - 12:00 | Lunch |\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert (caught.value.line, caught.value.code) == (7, "cut")


def _one_title(title: str) -> str:
    page = (
        "# Hack\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Event |\n|---|---|\n"
        f"| 10:00 - 11:00 | {title} |\n| 11:00 - 12:00 | Lunch |\n"
    )
    return read_page(page).program.items[0].title


@pytest.mark.parametrize(
    "title",
    [
        "Decoding Visual Heritage: Object Detection and Archival Summarization",
        "Graph Neural Networks: Foundations, Frontiers and Applications",
        "Health Disparities: Income Inequalities and Care Facilities",
    ],
)
def test_a_title_in_title_case_is_no_list_of_names(title: str) -> None:
    """Cut at its colon and 'and', a capitalised title looks like names; people are listed
    with commas, and 'Detection' or 'Community' is no word of a name."""
    assert _one_title(title) == title


def test_a_title_still_holding_three_names_is_cut_at_its_row() -> None:
    with pytest.raises(PageError) as caught:
        _one_title("Challenge winners talk: Ann Lee, Bo Ray, Cy Dunn, DMX – Decoupled Memory")
    assert caught.value.code == "cut"


LISTING = (
    "# School of Things 2022\n\n### Monday, September 12, 2022 (all times America/Chicago)\n\n"
    "--------------    ------------------------------\n"
    "**8:30-10:00**    Data plots - Ann Lee\n"
    "{under}Clean code - Bo Ray\n"
    "**10:00-10:30**   Coffee break\n"
    "--------------    ------------------------------\n"
)


def test_a_line_under_the_title_column_with_no_time_is_refused() -> None:
    """A listing in columns (a Pandoc simple table) with the time cell of a row left empty:
    a second track at the same time, not more of the title above."""
    with pytest.raises(PageError) as caught:
        read_page(LISTING.format(under=" " * 18))
    assert (caught.value.line, caught.value.code) == (7, "cut")
