"""Publish a feed, then publish a corrected program over it, as a subscriber would see it.

Run it: ``python examples/publish_updates.py [OUTPUT_DIR]`` (default: ``examples/out/``).

Version 1 misspells a speaker's name; version 2 corrects it, moves a talk
five minutes and drops another.  Built against version 1, version 2 keeps
every UID a subscriber has, bumps SEQUENCE only where something changed, and
cancels the dropped talk instead of leaving it on people's calendars.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs
from icalendar import Calendar

from fastpath_ical import FeedOptions, Program, build_calendar, fastpath2021, write_atomic
from fastpath_ical.ics import calendar_bytes, update_bytes, update_from_feed

#: The stamps a real run takes from --stamp, SOURCE_DATE_EPOCH or the clock.
FIRST = dt.datetime(2021, 3, 1, 12, 0, tzinfo=dt.UTC)
SECOND = dt.datetime(2021, 3, 25, 9, 30, tzinfo=dt.UTC)


def versions() -> tuple[Program, Program]:
    """The published program with a typo, and the corrected one."""
    correct = fastpath2021()
    items = list(correct.items)
    kaoutar = items[3]
    person = attrs.evolve(kaoutar.people[0], name="Kaoutar El Maghroui")
    items[3] = attrs.evolve(kaoutar, people=(person,))
    first = attrs.evolve(correct, items=tuple(items))
    items = list(correct.items)
    siva = items[5]
    items[5] = attrs.evolve(siva, start=siva.start + dt.timedelta(minutes=5))
    del items[8]  # Martin Maas cannot make it
    return first, attrs.evolve(correct, items=tuple(items))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    first, second = versions()
    feed = out / "fastpath2021.ics"
    write_atomic(feed, calendar_bytes(build_calendar(first, FeedOptions(stamp=FIRST))))
    print(f"published {feed} (version 1)")

    # The feed as published; only the events that changed are read whole, and the one that
    # goes is written from the lines it had (update_bytes: calendar_bytes(result.calendar)).
    fresh = build_calendar(second, FeedOptions(stamp=SECOND))
    result = update_from_feed(fresh, feed.read_bytes(), SECOND)
    write_atomic(feed, update_bytes(result))
    print(f"published {feed} (version 2)")
    for new, old in result.carried:
        print(f"  kept UID {old} (the rule now gives {new})")
    for label, uids in (
        ("changed", result.changed),
        ("cancelled", result.cancelled),
        ("unchanged", result.unchanged),
    ):
        print(f"  {label}: {len(uids)}")
    for event in Calendar.from_ical(feed.read_bytes()).walk("VEVENT"):
        if event["SEQUENCE"]:
            print(f"    SEQUENCE {event['SEQUENCE']} {event['STATUS']:<9} {event['UID']}")


if __name__ == "__main__":
    # Into examples/out/ (git-ignored) unless told: never over a feed in the current folder.
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "out")
