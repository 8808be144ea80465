"""Speakers on the title cell's last line, where the table makes a habit of it: a handle
or a given name alone is the speaker there, a break's last line its description."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Prairie Security Meetup 2024

All times are Central Time (Chicago).

Saturday, November 9th, 2024

| Time | Event |
| ---- | ----- |
| 09:00 - 09:30 | Doors open |
| 09:30 - 10:20 | Threat modelling for small teams <br/> NightOwl |
| 10:30 - 10:50 | Why backups fail <br/> Ingrid |
| 11:00 - 12:00 | Bagel Lunch Break <br/> Corner Bakery |
| 12:00 - 12:50 | Passkeys in practice <br/>Tomas Lindqvist |
| 13:00 - 13:50 | Hunting with open logs <br /> Amara Obi |
| 14:00 - 14:20 | Closing |
"""


def test_a_handle_or_given_name_under_a_title_is_its_speaker() -> None:
    result = read_page(PAGE)
    items = result.program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Doors open", []),
        ("Threat modelling for small teams", ["NightOwl"]),
        ("Why backups fail", ["Ingrid"]),
        ("Bagel Lunch Break", []),
        ("Passkeys in practice", ["Tomas Lindqvist"]),
        ("Hunting with open logs", ["Amara Obi"]),
        ("Closing", []),
    ]
    assert items[3].abstract == "Corner Bakery"  # the caterer: kept, and no one's name
    assert any("last line of 3 title cells" in str(w) for w in result.warnings)


def test_without_the_habit_the_lines_stay_the_title() -> None:
    # One full name under a title is no habit: a second line of one word stays the title's.
    page = PAGE.replace("<br/>Tomas Lindqvist", "").replace("<br /> Amara Obi", "")
    items = read_page(page).program.items
    assert items[1].title == "Threat modelling for small teams NightOwl"
    assert items[1].people == ()
    assert items[3].title == "Bagel Lunch Break Corner Bakery"


def test_a_label_then_a_word_is_no_speaker() -> None:
    page = PAGE.replace("Why backups fail <br/> Ingrid", "Keynote <br/> Kubernetes")
    items = read_page(page).program.items
    assert items[2].people == ()
