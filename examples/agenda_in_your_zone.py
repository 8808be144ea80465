"""Print the shipped FastPath 2021 program in a time zone of your choice, and check its page.

Run it: ``python examples/agenda_in_your_zone.py [ZONE ...]`` (default: Asia/Tokyo and
Europe/Zurich).
"""

from __future__ import annotations

import sys

from fastpath_ical import fastpath2021, fastpath2021_page
from fastpath_ical.agenda import agenda, agenda_text
from fastpath_ical.check import check_page


def main(zones: list[str]) -> None:
    program = fastpath2021()
    for zone in zones:
        print(agenda_text(agenda(program, zone)))
    report = check_page(fastpath2021_page())
    print(f"check: {len(report.findings)} findings on the shipped page")


if __name__ == "__main__":
    main(sys.argv[1:] or ["Asia/Tokyo", "Europe/Zurich"])
