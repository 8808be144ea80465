"""Read your own program page, see what the reader inferred, and write the feed.

Run it as ``python examples/read_your_page.py PAGE.md [ZONE] [FIRST-DAY] [END]``
(``FIRST-DAY`` as 2021-06-11, ``END`` as 17:00: what the page leaves out, as
``build --date`` and ``--end`` give it); with no argument it reads a small page
of its own.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from fastpath_ical import FeedOptions, PageError, build_calendar, read_page

PAGE = """\
# Workshop on Tiny Systems

Friday, June 11, 2021 -- Raleigh, NC

| Time | Speaker | Affiliation | Title |
|---|---|---|---|
| 9:00 - 9:45 | Ana Souza and Ken Ito | NCSU and Duke | Small Is Beautiful |
| 9:45 - 10:15 | | | Coffee break |
| 10:15 - 12:15 | Grace Lee | UNC | Proofs for Pocket Computers |
| 12:15 - 1:00 | | | Lunch |
"""


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_text(encoding="utf-8") if len(argv) > 1 else PAGE
    zone = argv[2] if len(argv) > 2 else None
    date = dt.date.fromisoformat(argv[3]) if len(argv) > 3 else None
    end = dt.time.fromisoformat(argv[4]) if len(argv) > 4 else None
    try:
        reading = read_page(text, timezone=zone, date=date, end=end)
    except PageError as error:
        print(f"page:{error.line}:{error.column}: {error.message}", file=sys.stderr)
        return 1
    for warning in reading.warnings:
        print(f"page:{warning}: warning")
    for item in reading.program.items:
        people = ", ".join(person.name for person in item.people)
        print(f"{item.start:%a %H:%M}-{item.end:%H:%M %Z}  {item.title}  {people}")
    calendar = build_calendar(reading.program, FeedOptions())
    events = [component for component in calendar.subcomponents if component.name == "VEVENT"]
    print(f"{len(events)} events in the feed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
