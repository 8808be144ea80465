"""A CHAOSScon page measured blind (HB/05), now read exactly, and an acronym's initials.

- "| Lightning Talk | 10 mins | Demystifying X | Gloriah Johnson | 10:05 am - 10:15 am |"
  under Activity, Duration, Topic, Speaker(s), Time Slot: the Activity cell is the kind's
  label, the Topic cell the talk's title ("Session" and "Workshop" alone too); a label
  that is no kind's ("Check-in/Registration opens", "Welcome") stays the title.
- "This schedule is in the GMT+1 time zone" then, on the next line of the same
  paragraph, "Duration: 9:00 am - 5:00 pm": the day's hours, which end the last item
  ("04:40 pm onwards"), also on a page dated by the date argument alone.
- "Goal of Malaria Molecular Surveillance (MMS)": the initials of the title's own words,
  no person's (BU/03: the phrase had been read as a person's name).
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = """## Schedule

This schedule is in the GMT+1 time zone
Duration: 9:00 am - 5:00 pm

| Activity | Duration | Topic | Speaker(s) | Time Slot |
|---|---|---|---|---|
| Check-in/Registration opens | 1 hr | Attendees check in | | 9:00 am - 10:00 am |
| Lightning Talk | 10 mins | Badging Demystified | Gloriah Johnson | 10:00 am - 10:10 am |
| Keynote 1 | 30 mins | Metrics and Business | Brian Proffitt | 10:10 am - 10:40 am |
| Session | 20 mins | Outsourcing Data Annotation | Blessing Akanle | 10:40 am - 11:00 am |
| Lunch Break | 30 mins | Lunch, Network | | 11:00 am - 11:30 am |
| Networking | - | | | 04:40 pm onwards |
"""


def test_kind_labels_beside_topics_and_the_days_hours() -> None:
    items = read_page(PAGE, date=dt.date(2025, 8, 13)).program.items
    assert [(i.title, i.kind.value) for i in items] == [
        ("Check-in/Registration opens", "activity"),
        ("Badging Demystified", "contributed"),
        ("Metrics and Business", "keynote"),
        ("Outsourcing Data Annotation", "talk"),
        ("Lunch Break", "break"),
        ("Networking", "social"),
    ]
    assert items[-1].end.time() == dt.time(17, 0)
    assert items[1].people[0].name == "Gloriah Johnson"


def test_a_titles_own_acronym_names_no_one() -> None:
    page = (
        "# Malaria Workshop\n\nNov 11, 2024. All times are US Central.\n\n"
        "Instructors: Ann Lee (AL), Bo Ray (BR).\n\n"
        "| Time | Title |\n|---|---|\n"
        "| 12:30-13:00 | Intro: Goal of Malaria Molecular Surveillance (MMS) |\n"
        "| 13:00-14:00 | Data cleaning (AL/BR) |\n"
    )
    first, second = read_page(page).program.items
    assert (first.title, first.people) == (
        "Intro: Goal of Malaria Molecular Surveillance (MMS)",
        (),
    )
    assert (second.title, [p.name for p in second.people]) == (
        "Data cleaning",
        ["Ann Lee", "Bo Ray"],
    )
