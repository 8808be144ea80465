"""Two shapes of blind pages BL/02 and BK/03 that the reader built wrong without a word.

BL/02 wrote a speaker and a title as labelled fields on one line of an Activity cell
(`Speaker: Dr. Ann Lee, Example University. Title: TBD`): the whole line was read as the
title, or `Speaker` as the title and the title as everyone's affiliation.  BK/03 titled
its sessions in a Topic column beside numbered labels (`Talk Session 1 | Using ...`):
the label was the title and the topic a note.
"""

from __future__ import annotations

from fastpath_ical import ItemKind, read_page

FIELDS = """# Example Optimisation Hackathon

All times are in Eastern Time (ET).

### Day 1: March 27, 2024

| Time  | Activity |
|-------|----------|
| 09:00 | Welcome |
| 09:15 | Speaker: Dr. Nadia Brook, Example University. Title: TBD |
| 09:30 | Speaker: Hugo Lemaire, Example Chemie KGaA. Title: Priors for small data – a report |
| 09:45 | Breakout |
| 13:00 | End of Day 1 |
"""


def test_labelled_fields_on_one_line_are_the_speaker_and_the_title() -> None:
    reading = read_page(FIELDS)
    items = reading.program.items
    assert [item.title for item in items] == [
        "Welcome",
        "Talk",
        "Priors for small data – a report",
        "Breakout",
    ]
    assert [(p.name, p.affiliation) for p in items[1].people] == [
        ("Nadia Brook", "Example University")
    ]
    assert [(p.name, p.affiliation) for p in items[2].people] == [
        ("Hugo Lemaire", "Example Chemie KGaA")
    ]
    assert any("'TBD'" in warning.message for warning in reading.warnings)


TOPICS = """# Tracking Behaviour with Learning

The workshop takes place on September 16, 2025 in Prague, Czechia.

| Time | Event | Topic |
|:------ |:------ |:------ |
| 9:00--10:30   | [Talk Session 1](https://example.org/program#one) | Sensing movement at home |
| 10:30--11:00  | Coffee break |  |
| 11:00--12:30  | Poster Session | Attendees present related work |
| 14:00--15:30  | Talk Session 2 | Sound and sight---what recorders hear |
"""


def test_a_topic_titles_a_numbered_session_and_describes_the_rest() -> None:
    reading = read_page(TOPICS)
    items = reading.program.items
    assert [(item.title, item.kind) for item in items] == [
        ("Sensing movement at home", ItemKind.SESSION),
        ("Coffee break", ItemKind.BREAK),
        ("Poster Session", ItemKind.POSTERS),
        ("Sound and sight—what recorders hear", ItemKind.SESSION),
    ]
    assert [link.url for link in items[0].links] == ["https://example.org/program#one"]
    assert ("Topic", "Attendees present related work") in items[2].extra
    assert sum("Topic cell" in warning.message for warning in reading.warnings) == 2
