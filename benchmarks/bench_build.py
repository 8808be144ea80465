"""How long reading a page and building its feed take, as ratios to a baseline from the same run.

Run: ``python benchmarks/bench_build.py [--repeat N]``.  Absolute times depend on the machine;
the ratios say where the time goes.  The baseline is icalendar parsing the feed we wrote
(``Calendar.from_ical``), the cheapest thing any consumer of the feed does with it.
Never run as a timed assertion in the test suite.
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from collections.abc import Callable

from icalendar import Calendar

from fastpath_ical import FeedOptions, fastpath2021_page, feed_bytes, read_program


def best(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median seconds per call over ``repeat`` rounds of 20 calls."""
    number = 20
    times = timeit.repeat(function, number=number, repeat=repeat)
    return min(times) / number, statistics.median(times) / number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    page = fastpath2021_page()
    program = read_program(page)
    data = feed_bytes(program)

    cases: dict[str, Callable[[], object]] = {
        "baseline: icalendar parses the feed": lambda: Calendar.from_ical(data),
        "read_page (shipped page)": lambda: read_program(page),
        "feed_bytes (TZID + VTIMEZONE)": lambda: feed_bytes(program),
        "feed_bytes (--utc)": lambda: feed_bytes(program, FeedOptions(utc=True)),
        "page -> bytes (the build command's work)": lambda: feed_bytes(read_program(page)),
    }
    results = {name: best(function, args.repeat) for name, function in cases.items()}
    base = results["baseline: icalendar parses the feed"][0]
    print(f"{'case':45} {'best ms':>9} {'median ms':>10} {'ratio':>7}")
    for name, (fastest, median) in results.items():
        print(f"{name:45} {fastest * 1e3:9.3f} {median * 1e3:10.3f} {fastest / base:7.2f}")


if __name__ == "__main__":
    main()
