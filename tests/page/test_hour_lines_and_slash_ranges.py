"""Times as French pages write them: an hour alone before a dash and a title (`**20h -
Rendez-vous**`), and a range with a slash (`9h30/12h30`). A page measured blind (BB/04)
had lost five such lines of a day without a word and read `9h30/12h30 - Forum` as a talk
titled '/12h30 - Forum'."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page
from fastpath_ical.page._clock import parse_time_range

PAGE = """# Journées du Web

Le samedi 25 mai 2019, à Toulouse.

**8h - Accueil**
Café et croissants.

**9h30/12h30 - Forum ouvert**
Ateliers.

**12h30/14h - Pause déjeuner**

**14h - Ateliers auto-organisés**

**17h15 - Rendu**

**18h - Fin**
"""


def test_an_hour_before_a_dash_and_a_title_is_the_lines_time() -> None:
    items = read_page(PAGE).program.items
    assert [(i.start.strftime("%H:%M"), i.end.strftime("%H:%M"), i.title) for i in items] == [
        ("08:00", "09:30", "Accueil"),
        ("09:30", "12:30", "Forum ouvert"),
        ("12:30", "14:00", "Pause déjeuner"),
        ("14:00", "17:15", "Ateliers auto-organisés"),
        ("17:15", "18:00", "Rendu"),
    ]
    assert items[0].start_utc == dt.datetime(2019, 5, 25, 6, 0, tzinfo=dt.UTC)


def test_a_slash_joins_two_times_with_their_minutes_only() -> None:
    times = parse_time_range("9:30/12:30 Forum")
    assert times is not None
    assert times.end is not None
    assert (times.start.hour, times.end.hour, times.end.minute) == (9, 12, 30)
    # "10/11" is a date; "2/3 of the room" a fraction: no range of times.
    assert parse_time_range("10/11") is None
    assert parse_time_range("2/3 of the room") is None


def test_an_hour_inside_a_sentence_is_still_no_time() -> None:
    # "a 2h tutorial - bring a laptop": the hour is a length, not the line's time.
    assert parse_time_range("A 2h tutorial - bring a laptop") is None
