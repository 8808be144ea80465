"""Export the shipped FastPath 2021 program for schedule apps, scripts and calendars.

Run it: ``python examples/export_formats.py [DIRECTORY]`` (default: ``examples/out/``). Writes
fastpath2021.xml (frab, for Giggity and ConfClerk), fastpath2021.schedule.json (schedule.json
as pretalx exports it), fastpath2021.json (the program itself) and fastpath2021.csv, then reads
the JSON back and prints each talk's guid, start in UTC and title from the frab XML.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from fastpath_ical import fastpath2021, write_atomic
from fastpath_ical.export import export, program_from_json


def main(directory: Path) -> None:
    program = fastpath2021()
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "fastpath2021.xml": "frab",
        "fastpath2021.schedule.json": "schedule1-json",
        "fastpath2021.json": "json",
        "fastpath2021.csv": "csv",
    }
    for name, chosen in files.items():
        write_atomic(directory / name, export(program, chosen))
        print(f"wrote {name} ({chosen})")
    again = program_from_json((directory / "fastpath2021.json").read_text(encoding="utf-8"))
    print(f"read back: {len(again.items)} items, the same program: {again == program}")
    schedule = ET.parse(directory / "fastpath2021.xml").getroot()
    for event in schedule.iter("event"):
        start = datetime.fromisoformat(event.findtext("date", "")).astimezone(UTC)
        print(f"{event.get('guid')}  {start:%H:%M} UTC  {event.findtext('title')}")


if __name__ == "__main__":
    # Into examples/out/ (git-ignored) unless told: never over a feed in the current folder.
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "out")
