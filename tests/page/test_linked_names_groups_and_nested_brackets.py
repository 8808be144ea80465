"""Three shapes of blind pages BM/03 and BM/05: two linked names before one place of work
(`[Ann Lee](url), [Bo Ray](url), Example Research`: the second name had been read as the
first one's affiliation, without a word), a title cell naming only the organizers as a
group (`[KBRL Organizers](url)` beside `Opening Remarks`), and a place of work with
brackets inside (`Ann Lee (Meta (Facebook) AI Lab)`, refused as no one's name)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Knowledge and Reinforcement Learning

Thursday, January 7, 2021. All times are Japan Time (Asia/Tokyo).

<table>
<tr><th>Time</th><th>Category</th><th>Title & Speaker(s)</th></tr>
<tr><td>09:00</td><td>Opening Remarks</td>
<td><a href="https://example.org/organizers/">EXKB Organizers</a></td></tr>
<tr><td>09:05</td><td>Invited Talk</td>
<td><a href="https://example.org/ann">Ann Lee</a>, <a href="https://example.org/bo">Bo Ray</a>,
Example Research<br><b>Knowledge in the Loop</b></td></tr>
<tr><td>09:45</td><td>Panel</td>
<td>Panelists: Cy Dee (Meta (Facebook) AI Lab); Di Eng (Example University)</td></tr>
<tr><td>10:30</td><td>Closing Remarks</td>
<td><a href="https://example.org/organizers/">EXKB Organizers</a></td></tr>
<tr><td>10:40</td><td>End</td><td></td></tr>
</table>
"""


def test_linked_names_before_a_place_are_people_of_that_place() -> None:
    reading = read_page(PAGE)
    talk = reading.program.items[1]
    assert talk.title == "Knowledge in the Loop"
    assert [(p.name, p.affiliation, p.profile) for p in talk.people] == [
        ("Ann Lee", "Example Research", "https://example.org/ann"),
        ("Bo Ray", "Example Research", "https://example.org/bo"),
    ]
    assert any("each linked, as people" in w.message for w in reading.warnings)


def test_the_organizers_as_a_group_leave_the_kind_cell_to_name_the_item() -> None:
    items = read_page(PAGE).program.items
    for item, title in ((items[0], "Opening Remarks"), (items[3], "Closing Remarks")):
        assert (item.title, item.people, item.links) == (title, (), ())


def test_a_place_of_work_may_hold_brackets() -> None:
    panel = read_page(PAGE).program.items[2]
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Cy Dee", "Meta (Facebook) AI Lab"),
        ("Di Eng", "Example University"),
    ]
