"""A moderator named on a line of its own right above a panel's line in a list (a
Euro-Par workshop's page measured blind, GB/01: "Moderator: Irina ...", then "* 3:00pm -
4:45pm, [Panel discussion](panel)") is the panel's moderator, warned; before stop 39 the
line was passed over and the panel had no one."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Tasks Workshop\n\nDate: Monday August 30, 2021, Lisbon\n\n"
TALKS = "* 1:30pm - 2:30pm, Invited talk (Bo Ray, Example Lab)\n\n---\n\n"


def _last(block: str) -> tuple[str, list[str], str | None]:
    reading = read_page(HEAD + TALKS + block)
    item = reading.program.items[-1]
    return item.title, [p.name for p in item.people], item.chair


def test_the_moderator_of_the_panel_below() -> None:
    title, people, chair = _last("Moderator: Ann Lee\n\n* 3:00pm - 4:45pm, Panel discussion\n")
    assert (title, people, chair) == ("Panel discussion", ["Ann Lee"], "Ann Lee")


def test_a_moderator_line_above_no_panel_names_no_one() -> None:
    title, people, _ = _last("Moderator: Ann Lee\n\n* 3:00pm - 4:45pm, Closing remarks\n")
    assert (title, people) == ("Closing remarks", [])


def test_moderators_with_brackets_are_passed_over_as_before() -> None:
    # "Moderated by Ann Lee (MIT) and Bo Ray (CMU)": put in the title's bracket, the
    # brackets inside would cut it; the line is passed over, as it was.
    title, people, _ = _last(
        "Moderated by Ann Lee (MIT) and Bo Ray (CMU)\n\n* 3:00pm - 4:45pm, Panel: Future of AI\n"
    )
    assert (title, people) == ("Future of AI", [])


def test_two_moderators_and_a_panels_title() -> None:
    title, people, _ = _last(
        "Moderated by Ann Lee and Bo Ray\n\n* 3:00pm - 4:45pm, Panel: Future of AI\n"
    )
    assert (title, people) == ("Future of AI", ["Ann Lee", "Bo Ray"])
