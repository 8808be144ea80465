"""A conference workshop's program as paragraphs: a time alone, then the paper set apart in
italics with its authors after it, under a "Time:" line that gives the day's hours."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Workshop on Teaching Parallel Computing

Monday November 13, 2023
Time: 2:00 PM - 3:30 PM (MST)

2:00 PM-2:15 P.M

**Teaching with clusters: old problems, new tools**
Ann Lee, Example State University

2:15 PM-3:00 P.M

**Paper Session I**

2:15 PM-2:30 P.M

_Growing Skills: Summer Schools for Parallel Programming._ Bo Ray, Cy Dunn and Di Fox

2:30 PM-3:00 P.M

_Scaling Lab Courses._ Eve Hart, Jo-Anne Kim and Lu Park

3:00 PM-3:30 P.M

**Break**
"""


def test_papers_set_apart_in_italics_then_their_authors() -> None:
    read = read_page(PAGE)
    assert [
        (
            f"{i.start:%H:%M}-{i.end:%H:%M}",
            i.title,
            [(p.name, p.affiliation) for p in i.people],
            i.session,
        )
        for i in read.program.items
    ] == [
        (
            "14:00-14:15",
            "Teaching with clusters: old problems, new tools",
            [("Ann Lee", "Example State University")],
            None,
        ),
        ("14:15-15:00", "Paper Session I", [], None),
        (
            "14:15-14:30",
            "Growing Skills: Summer Schools for Parallel Programming",
            [("Bo Ray", None), ("Cy Dunn", None), ("Di Fox", None)],
            "Paper Session I",
        ),
        (
            "14:30-15:00",
            "Scaling Lab Courses",
            [("Eve Hart", None), ("Jo-Anne Kim", None), ("Lu Park", None)],
            "Paper Session I",
        ),
        ("15:00-15:30", "Break", [], None),
    ]


def test_a_label_in_bold_before_a_linked_speaker_and_title_is_no_title() -> None:
    """'**Keynote**: [Ann Lee – *Title*](#a)': the bold label is no paper's title."""
    page = (
        "# W\n\nMonday November 13, 2023, times in MST\n\n| Time | Title |\n|---|---|\n"
        "| 9:05 | **Keynote**: [Ann Lee – *Acting in Changing Worlds*](#ann-lee) |\n"
        "| 10:00 | Coffee |\n| 10:30 | End |\n"
    )
    first = read_page(page).program.items[0]
    assert (first.title, [p.name for p in first.people]) == (
        "Acting in Changing Worlds",
        ["Ann Lee"],
    )


def test_columns_aligned_with_spaces_keep_the_bold_name_as_the_speaker() -> None:
    """'**Ann Lee**, Univ. of Leeds      Multi-output Models': both columns read as names
    (the title is capitalised), the bold one leads the speaker's; '*lunch*' on the line
    under a talk is a break of its own, not the talk's title going on."""
    page = (
        "# Summer School 2013\n\nUniversity of Sheffield\n 10 - 12 June 2013\n\n"
        "## Tuesday 11 June\n\n"
        "  9:00-10:30    **Ann Lee**, Univ. of Leeds        Multi-output Models\n"
        "  \n"
        "  12:00-12:30   **Bo Ray**, Univ. of York          Expectation Propagation\n"
        "                *lunch*\n"
        "  13:30-15:30   **Cy Dunn**, Univ. of Hull         Sparse Models\n"
    )
    items = read_page(page, timezone="Europe/London").program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Multi-output Models", ["Ann Lee"]),
        ("Expectation Propagation", ["Bo Ray"]),
        ("lunch", []),
        ("Sparse Models", ["Cy Dunn"]),
    ]
