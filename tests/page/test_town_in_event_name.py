"""A page that states no zone and no place, whose event is named for its town
("Aeternity Hackathon Prague 2019", "Apache OpenDAL Beijing Meetup"; pages measured
blind, AB/01 and ZZ/06, had these names)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """# Lantern Hackathon Prague 2019

## Saturday, September 14, 2019

- 09:00 - 09:30 Registration
- 09:30 - 12:00 Hacking
- 12:00 - 13:00 Lunch
"""


def test_the_town_the_event_is_named_for_gives_its_zone_with_a_warning() -> None:
    reading = read_page(PAGE)
    assert reading.program.timezone == "Europe/Prague"
    assert reading.program.items[0].start_utc.hour == 7  # 09:00 CEST
    assert any(
        "the zone of 'Prague', which the event's name holds" in w.message and w.line == 1
        for w in reading.warnings
    )


def test_the_front_matters_title_names_the_town_too() -> None:
    page = '---\ntitle: "Lantern Beijing Meetup 1st"\n---\n\n' + PAGE.replace(
        "# Lantern Hackathon Prague 2019", "## Agenda"
    )
    reading = read_page(page)
    assert reading.program.timezone == "Asia/Shanghai"
    assert any("'Beijing', which the event's name holds" in w.message for w in reading.warnings)


@pytest.mark.parametrize(
    "title",
    [
        "# Julia Workshop 2024",  # no town the place table knows
        "# Workshop on Paris Agreement Models",  # the town beside no year nor event word
        "# Cambridge Workshop 2020",  # a town of two zones
    ],
)
def test_no_town_next_to_the_year_or_the_events_word_is_no_zone(title: str) -> None:
    with pytest.raises(PageError, match="states no time zone"):
        read_page(PAGE.replace("# Lantern Hackathon Prague 2019", title))


def test_an_event_held_online_is_kept_in_no_towns_clocks() -> None:
    page = PAGE.replace("## Saturday", "The hackathon is held online.\n\n## Saturday")
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)
