"""How low start-up can go: the imports a build cannot do without, beside ``build``.

Run from the repository root::

    python benchmarks/startup_floor.py            # the least of 15 runs of each
    python benchmarks/startup_floor.py --runs 31

Each line is a fresh process, timed in CPU seconds (user + system, from
``resource.getrusage`` of the children); the least of ``--runs`` is kept, since
start-up has no work that varies and a busy moment only adds.  Ratios are to
``python -c "import icalendar"``, the baseline of issue 13's start-up target
(docs/performance.md, sixteenth round): the ladder says what the modules a
build must load (icalendar, attrs, the model, the feed's writer) cost before
a line of the page is read.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
from collections.abc import Sequence

#: What is imported, in turn; the last is everything a build's feed needs but the CLI.
LADDER = (
    ("python -c pass", "pass"),
    ("import icalendar", "import icalendar"),
    ("import attrs", "import attrs"),
    ("import icalendar, attrs", "import icalendar, attrs"),
    ("the same and the model", "import icalendar, attrs, fastpath_ical.model"),
    (
        "the same and the feed's writer",
        "import icalendar, attrs, fastpath_ical.model, fastpath_ical.ics._build",
    ),
)


def least_cpu(command: Sequence[str], runs: int) -> float:
    """The least CPU time of ``runs`` runs of ``command``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        best = min(best, spent)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each line (default 15)")
    args = parser.parse_args(argv)
    lines = [(name, [sys.executable, "-c", code]) for name, code in LADDER]
    lines.append(
        (
            "build -o /dev/null (the shipped page)",
            [sys.executable, "-m", "fastpath_ical", "build", "-o", "/dev/null"],
        )
    )
    measured = [(name, least_cpu(command, args.runs)) for name, command in lines]
    base = dict(measured)["import icalendar"]
    print("| process | CPU | / import icalendar |")
    print("| --- | --- | --- |")
    for name, seconds in measured:
        print(f"| {name} | {seconds:.3f} s | {seconds / base:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
