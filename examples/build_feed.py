"""Build the shipped FastPath 2021 feed twice: whole, and the talks only in UTC.

Run it: ``python examples/build_feed.py [OUTPUT_DIR]`` (default: ``examples/out/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fastpath_ical import FeedOptions, ItemKind, fastpath2021, feed_bytes, write_atomic


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    program = fastpath2021()
    print(f"{program.short_name}: {program.title}")
    print(f"{program.date:%A %d %B %Y}, {program.location}, times in {program.timezone}")
    for item in program.items:
        if item.kind is ItemKind.TALK:
            speakers = ", ".join(person.name for person in item.people)
            print(f"  {item.start:%H:%M} ({item.start_utc:%H:%M} UTC)  {speakers}: {item.title}")

    write_atomic(out / "fastpath2021.ics", feed_bytes(program))
    write_atomic(
        out / "fastpath2021-talks-utc.ics", feed_bytes(program, FeedOptions(breaks=False, utc=True))
    )
    print(f"wrote {out / 'fastpath2021.ics'} and {out / 'fastpath2021-talks-utc.ics'}")


if __name__ == "__main__":
    # Into examples/out/ (git-ignored) unless told: never over a feed in the current folder.
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "out")
