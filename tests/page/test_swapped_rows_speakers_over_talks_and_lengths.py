"""A humanoid-robotics workshop's page measured blind (NA/03): its afternoon's lightning
talks write the label in the Presenter column and the presenter in the Talk Title column
("| 13:30 | Lightning talk #1 | [Ann Lee](#lee)"), the same person the table names as
a presenter in the morning; each speaker's section below is headed by the name, where
they work in brackets and the talk ("## <a name="lee"></a> Ann Lee (LAAS): Title").
The lightning talks had been titled by their presenters, no one speaking.
"""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

PAGE = """# Workshop

July 19, 2021. All times given here are in CET.

| Time          | Presenter                   | Talk Title                       |
|---------------|-----------------------------|----------------------------------|
|08:00 - 08:30  | [Ann Lee](#lee)             | Motion generation for walking robots |
|08:30 - 09:00  | [Bo Ray and Cy Dee](#ray)   | Learning agile skills |
|13:30          | Lightning talk #1           | [Ann Lee](#lee)
|13:35          | Lightning talk #2           | [Bo Ray and Cy Dee](#ray)
|13:40          | Lightning talk #3           | [Di Fox](#fox)
|13:45 - 14:00  | Q&A / Coffee & Snacks |

## <a name="lee"></a> Ann Lee (LAAS-CNRS): Motion generation for walking robots

Ann will present.

## <a name="ray"></a> Bo Ray and Cy Dee (INRIA): Learning agile skills

They will present.
"""


def test_a_label_in_the_presenter_column_beside_a_presenter_of_the_table() -> None:
    reading = read_page(PAGE)
    _, _, one, two, three, _ = reading.program.items
    assert (one.title, one.kind) == ("Lightning talk #1", ItemKind.CONTRIBUTED)
    assert [(p.name, p.affiliation) for p in one.people] == [("Ann Lee", "LAAS-CNRS")]
    assert [(p.name, p.affiliation) for p in two.people] == [
        ("Bo Ray", "INRIA"),
        ("Cy Dee", "INRIA"),
    ]
    # Di Fox presents nothing else in the table: the row is read as written.
    assert three.title == "Di Fox"
    assert any("two cells swapped" in w.message and w.line == 9 for w in reading.warnings)


def test_a_heading_over_a_talk_says_where_its_speakers_work() -> None:
    first, second, *_ = read_page(PAGE).program.items
    assert [(p.name, p.affiliation) for p in first.people] == [("Ann Lee", "LAAS-CNRS")]
    assert [(p.name, p.affiliation) for p in second.people] == [
        ("Bo Ray", "INRIA"),
        ("Cy Dee", "INRIA"),
    ]


HEADINGS = """# Workshop Agenda

May 11, 2021. All times are in New York time.

### Introductions (12pm - 12:15pm)

### Break ({length}, 1:30pm - 1:45pm)

### Hands-on work (1:45pm - 2:45pm)
"""


def test_a_heading_says_how_long_before_its_range() -> None:
    """A library-data workshop's agenda (NB/05, measured blind): "### Break (15 minutes,
    1:30pm - 1:45pm)" had been read as no item among timed headings, and refused."""
    _, pause, _ = read_page(HEADINGS.format(length="15 minutes")).program.items
    assert (pause.title, pause.start.hour, pause.start.minute) == ("Break", 13, 30)
    assert pause.end.hour == 13
    assert pause.end.minute == 45


def test_a_length_that_disagrees_is_not_read() -> None:
    with pytest.raises(PageError):
        read_page(HEADINGS.format(length="20 minutes"))
