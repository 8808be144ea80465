"""A title cell that names the slot and who gives it, then the talk's title and abstract
on labelled lines: "Invited Talk by **Ann Lee**" over "**Title:** ..." and "**Abstract:**
..." (a UAI workshop page measured blind, FC/03, had this shape)."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# W\n\nJuly 19, 2024, Barcelona\n\n<table>\n<tr><th>Time</th><th>Event</th></tr>\n"


def _page(cell: str) -> str:
    return (
        HEAD
        + f"<tr><td>10:30 - 11:30</td><td>\n{cell}\n</td></tr>\n"
        + "<tr><td>11:30 - 12:00</td><td>Lunch</td></tr>\n</table>\n"
    )


CELL = """<p>Invited Talk by <strong>Ann Lee</strong></p>
<p><small>
<b>Title:</b> Circuits and Causes <br />
<b>Abstract:</b> Models with many variables are hard to build.

A second paragraph of the abstract.
</small></p>"""


def test_the_title_line_titles_the_slot_and_the_name_is_its_speaker() -> None:
    item = read_page(_page(CELL)).program.items[0]
    assert (item.title, [p.name for p in item.people]) == ("Circuits and Causes", ["Ann Lee"])
    assert item.extra == (
        (
            "Abstract",
            "Models with many variables are hard to build. A second paragraph of the abstract.",
        ),
    )


def test_unlabelled_lines_after_the_title_line_are_the_abstract() -> None:
    item = read_page(_page(CELL.replace("<b>Abstract:</b> ", ""))).program.items[0]
    assert (item.title, [p.name for p in item.people]) == ("Circuits and Causes", ["Ann Lee"])
    assert [label for label, _ in item.extra] == ["Abstract"]
