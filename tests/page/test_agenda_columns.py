"""A meeting's agenda table: "| Time | Responsible | Type | Subject |" (a page measured
blind, AD/02, had this header; its talks had been titled with the people responsible)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# RSE Meetup

Wednesday, April 21, 2021, online. Times are CEST (Europe/Amsterdam).

| Time | Responsible | Type | Subject |
| --- | ------------ | ---- | ------- |
| 09:00 - 09:15 | | | hello & coffee |
| 09:15 - 09:20 | Marit Dijkstra | | Welcome and purpose |
| 09:20 - 10:00 | Joost Kramer | Demo | A platform for image challenges |
| 10:00 - 10:30 | Joost Kramer and Marit Dijkstra | Panel | Research software groups |
"""


def test_responsible_names_the_people_and_subject_the_title() -> None:
    reading = read_page(PAGE)
    assert [(i.title, [p.name for p in i.people]) for i in reading.program.items] == [
        ("hello & coffee", []),
        ("Welcome and purpose", ["Marit Dijkstra"]),
        ("A platform for image challenges", ["Joost Kramer"]),
        ("Research software groups", ["Joost Kramer", "Marit Dijkstra"]),
    ]
    assert not any("by what its cells hold" in w.message for w in reading.warnings)
