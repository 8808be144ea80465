"""The benchmark: fastpath-ical beside its baselines, as ratios, at 100 to 100,000 items.

Run from the repository root::

    python benchmarks/run.py                      # every size; about an hour on 2 cores
    python benchmarks/run.py --sizes 1000,10000   # some sizes
    python benchmarks/run.py --markdown out.md    # the tables, also into a file

Never part of the tests' pass or fail: absolute times depend on the machine
and on what else runs on it, so each measurement stands beside its baseline,
measured in the same round, and only the ratios are compared with the
targets (docs/performance.md).  Times are CPU seconds (user + system, of the
process or of the child process), the median of ``--repeat`` rounds; a round
runs every case once, in turn, so a busy moment falls on all of them alike.

Two kinds of measurement:

* phases, in this process: reading the page (``read_page``), building the
  calendar (``build_calendar``), writing its bytes (``calendar_bytes``),
  reading the previous feed (``read_previous``) and updating against it
  (``update``), the agenda and the page check; beside icalendar parsing the
  feed built from the page (the cost of reading any feed), a plain
  icalendar loop and a direct text writer making the same events
  (``baselines.py``);
* whole command lines, each a fresh process: ``build``, ``build
  --previous`` against the feed of the same page, of one with 10% and one
  with 50% of its talks replaced, ``agenda`` and ``check``; beside the two
  baselines run as whole processes, and ``python -c "import icalendar"``
  beside ``build`` of the shipped page.  Peak memory (max RSS) is reported.

Pages are made by ``pages.py`` (speakers with affiliations, links, breaks,
a zone with DST, 60 items a day), so a page of 100,000 items spans years.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from baselines import icalendar_loop, text_writer
from icalendar import Calendar

from fastpath_ical.agenda import agenda, agenda_json
from fastpath_ical.check import check_page
from fastpath_ical.ics import (
    FeedOptions,
    Update,
    build_calendar,
    feed_bytes,
    read_previous,
    update,
)

try:
    from fastpath_ical.ics import calendar_bytes, update_from_feed
except ImportError:  # a version before them, measured to compare

    def calendar_bytes(component: Calendar) -> bytes:
        data: bytes = component.to_ical()
        return data

    def update_from_feed(calendar: Calendar, data: bytes, now: dt.datetime) -> Update:
        return update(calendar, read_previous(data), now)


from fastpath_ical.page import read_page
from pages import generate_page, replaced, rows

HERE = Path(__file__).resolve().parent
ZONE = "Europe/Berlin"
READER = "Asia/Tokyo"
STAMP = dt.datetime(2031, 6, 1, tzinfo=dt.UTC)
#: SOURCE_DATE_EPOCH of every command: the update's stamp, so that runs repeat.
EPOCH = str(int(STAMP.timestamp()))
LARGE = 50_000
#: A command still running after this many seconds is stopped (``--timeout``).
TIMEOUT = 1800.0


class Measure(NamedTuple):
    seconds: float
    peak_mb: float = 0.0
    #: Stopped at the timeout: ``seconds`` is the timeout, the true time is more.
    stopped: bool = False


# -- measuring ---------------------------------------------------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def in_process(work: Callable[[], object]) -> Measure:
    begun = _cpu()
    work()
    return Measure(_cpu() - begun)


#: Runs a command and reports its own CPU time and peak memory: a process started from this
#: large one would report this one's memory as its peak (Linux keeps the high-water mark
#: across fork and exec), so a small process starts it.  It stops a command at the timeout.
_LAUNCHER = """
import json, os, subprocess, sys, time
argv, timeout = json.loads(sys.argv[1]), float(sys.argv[2])
child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
deadline = time.monotonic() + timeout
while True:
    pid, status, usage = os.wait4(child.pid, os.WNOHANG)
    if pid:
        break
    if time.monotonic() > deadline:
        child.kill()
        os.wait4(child.pid, 0)
        print(json.dumps(None))
        sys.exit(0)
    time.sleep(0.01)
child.returncode = os.waitstatus_to_exitcode(status)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps([child.returncode, cpu, usage.ru_maxrss]))
"""


def command(argv: Sequence[str], *, expect: int = 0) -> Measure:
    """CPU seconds and peak memory of a whole process running ``argv``; it must succeed
    (exit with ``expect``) within the timeout, or it counts as the timeout, stopped."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, json.dumps(list(argv)), str(TIMEOUT)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environment,
        check=True,
    )
    reported = json.loads(done.stdout.decode().splitlines()[-1])
    if reported is None:
        return Measure(TIMEOUT, 0.0, stopped=True)
    code, cpu, peak_kb = reported
    if code != expect:
        raise SystemExit(f"{' '.join(argv)} exited {code}:\n{done.stderr.decode(errors='replace')}")
    return Measure(cpu, peak_kb / 1024)


def rounds(cases: dict[str, Callable[[], Measure]], repeat: int) -> dict[str, Measure]:
    """Each case ``repeat`` times, in turn; the median time and the largest peak of each."""
    seen: dict[str, list[Measure]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, case in cases.items():
            seen[name].append(case())
    return {
        name: Measure(
            statistics.median(m.seconds for m in measures),
            max(m.peak_mb for m in measures),
            any(m.stopped for m in measures),
        )
        for name, measures in seen.items()
    }


# -- the cases ---------------------------------------------------------------------------

FASTPATH = [sys.executable, "-m", "fastpath_ical"]


def _baseline(kind: str, rows_file: Path) -> list[str]:
    return [sys.executable, str(HERE / "baselines.py"), kind, str(rows_file), ZONE]


class Size:
    """The files of one size: pages, rows for the baselines, previous feeds."""

    def __init__(self, items: int, folder: Path) -> None:
        self.items = items
        self.folder = folder
        self.page = folder / "page.md"
        self.page.write_text(generate_page(items, zone=ZONE), encoding="utf-8")
        self.rows = folder / "rows.json"
        self.rows.write_text(json.dumps(rows(items)), encoding="utf-8")
        self.text = self.page.read_text(encoding="utf-8")
        reading = read_page(self.text)
        self.program = reading.program
        self.feed = folder / "feed.ics"
        self.feed.write_bytes(calendar_bytes(build_calendar(self.program)))
        self.previous: dict[str, Path] = {"unchanged": self.feed}
        for share in (0.1, 0.5):
            page = folder / f"replaced-{share:.0%}.md"
            page.write_text(
                generate_page(items, zone=ZONE, replaced=replaced(items, share)), encoding="utf-8"
            )
            self.previous[f"{share:.0%} replaced"] = page

    def phases(self, repeat: int) -> dict[str, Measure]:
        text, program, zone = self.text, self.program, ZONE
        options = FeedOptions(stamp=STAMP)
        calendar = build_calendar(program, options)
        data = self.feed.read_bytes()
        previous = read_previous(data)
        loaded = [tuple(row) for row in json.loads(self.rows.read_text(encoding="utf-8"))]
        plain = rows(self.items)
        assert len(loaded) == len(plain)
        cases: dict[str, Callable[[], Measure]] = {
            "read the page": lambda: in_process(lambda: read_page(text)),
            "baseline: icalendar parses the feed": lambda: in_process(
                lambda: Calendar.from_ical(data)
            ),
            "build the calendar": lambda: in_process(lambda: build_calendar(program, options)),
            "write its bytes": lambda: in_process(lambda: calendar_bytes(calendar)),
            "build and write, one event at a time (feed_bytes)": lambda: in_process(
                lambda: feed_bytes(program, options)
            ),
            "baseline: icalendar loop, every property and VTIMEZONE": lambda: in_process(
                lambda: icalendar_loop(plain, zone)
            ),
            "baseline: direct text writer": lambda: in_process(lambda: text_writer(plain, zone)),
            "read the previous feed": lambda: in_process(lambda: read_previous(data)),
            "update against its events (nothing changed)": lambda: in_process(
                lambda: update(calendar, previous, STAMP)
            ),
            "update against its bytes (update_from_feed, as build --previous)": lambda: in_process(
                lambda: update_from_feed(calendar, data, STAMP)
            ),
            "agenda (JSON)": lambda: in_process(lambda: agenda_json(agenda(program, READER))),
            "check the page": lambda: in_process(lambda: check_page(text)),
        }
        return rounds(cases, repeat)

    def commands(self, repeat: int) -> dict[str, Measure]:
        page, null = str(self.page), os.devnull
        cases: dict[str, Callable[[], Measure]] = {
            "build": lambda: command([*FASTPATH, "build", page, "-o", null]),
            "baseline: icalendar loop (process)": lambda: command(
                _baseline("icalendar", self.rows)
            ),
            "baseline: icalendar loop, fewer properties, no VTIMEZONE": lambda: command(
                _baseline("icalendar-light", self.rows)
            ),
            "baseline: direct text writer (process)": lambda: command(_baseline("text", self.rows)),
        }
        for name, source in self.previous.items():
            target = page if name == "unchanged" else str(source)
            # Half the talks replaced cancels more than the guard lets one update cancel
            # (a quarter): said to be meant, as a user would; the others run the guard.
            meant = ["--allow-removals"] if name == "50% replaced" else []
            cases[f"build --previous ({name})"] = lambda target=target, meant=meant: command(
                [*FASTPATH, "build", target, "--previous", str(self.feed), *meant, "-o", null]
            )
        cases["agenda --format json"] = lambda: command(
            [*FASTPATH, "agenda", page, "--tz", READER, "--format", "json"]
        )
        cases["check"] = lambda: command([*FASTPATH, "check", page])
        return rounds(cases, repeat)


def startup(repeat: int, folder: Path) -> dict[str, Measure]:
    huge = folder / "huge.md"
    with huge.open("wb") as file:
        file.truncate(2**40)
    cases: dict[str, Callable[[], Measure]] = {
        "build -o /dev/null (the shipped page)": lambda: command(
            [*FASTPATH, "build", "-o", os.devnull]
        ),
        'baseline: python -c "import icalendar"': lambda: command(
            [sys.executable, "-c", "import icalendar"]
        ),
        "agenda (the shipped page)": lambda: command([*FASTPATH, "agenda", "--tz", READER]),
        "check (the shipped page)": lambda: command([*FASTPATH, "check"]),
        "--version": lambda: command([*FASTPATH, "--version"]),
        "build of a 1 TiB page (refused)": lambda: command(
            [*FASTPATH, "build", str(huge)], expect=1
        ),
    }
    return rounds(cases, repeat)


# -- the report --------------------------------------------------------------------------


def _table(head: Sequence[str], lines: Iterable[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    out += ["| " + " | ".join(str(cell) for cell in line) + " |" for line in lines]
    return out


def _seconds(value: float, stopped: bool = False) -> str:
    if stopped:
        return f"> {value:.0f} s (stopped)"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def _ratio(value: float, base: float, target: float | None = None, *, stopped: bool = False) -> str:
    ratio = value / base if base else float("inf")
    mark = "" if target is None else (" (met)" if ratio <= target else f" (target {target}x)")
    return f"{'> ' if stopped else ''}{ratio:.2f}x{mark}"


def report(
    sizes: dict[int, tuple[dict[str, Measure], dict[str, Measure]]],
    start: dict[str, Measure],
) -> list[str]:
    """The tables: phases, command lines, then each ratio beside its target."""
    out = ["### Phases, in one process (CPU seconds, median)", ""]
    phases = list(next(iter(sizes.values()))[0])
    out += _table(
        ["phase", *(f"{n:,} items" for n in sizes)],
        ([name, *(_seconds(p[name].seconds) for p, _ in sizes.values())] for name in phases),
    )
    out += ["", "### Command lines, each a fresh process (CPU seconds, median; peak memory)", ""]
    commands = list(next(iter(sizes.values()))[1])
    out += _table(
        ["command", *(f"{n:,} items" for n in sizes)],
        ([name, *(_with_peak(c[name]) for _, c in sizes.values())] for name in commands),
    )
    out += ["", "### Ratios and targets", ""]
    lines: list[list[str]] = []
    for items, (phase, run) in sizes.items():
        lines += [[f"{items:,}", *line] for line in _ratios(items, phase, run)]
    if 1_000 in sizes:
        per_item = sizes[1_000][1]["build"].seconds / 1_000
        for items, (_, run) in sizes.items():
            if items > 1_000:
                cost = run["build"].seconds / items
                lines.append(
                    [f"{items:,}", "build, per item / at 1,000", _ratio(cost, per_item, 1.2)]
                )
    for items, (_, run) in sizes.items():
        if items >= LARGE:
            peak = max(m.peak_mb for m in run.values())
            met = " (met)" if peak < 1024 else " (target: under 1 GB)"
            lines.append([f"{items:,}", "peak memory of any command", f"{peak:.0f} MB{met}"])
    shipped = start["build -o /dev/null (the shipped page)"].seconds
    floor = start['baseline: python -c "import icalendar"'].seconds
    lines.append(["shipped page", "build / import icalendar", _ratio(shipped, floor, 1.3)])
    out += _table(["items", "ratio", "value"], lines)
    out += ["", "### Start-up (CPU seconds, median)", ""]
    out += _table(
        ["command", "time"], ([name, _seconds(m.seconds, m.stopped)] for name, m in start.items())
    )
    return out


def _with_peak(measure: Measure) -> str:
    if measure.stopped:
        return _seconds(measure.seconds, stopped=True)
    return f"{_seconds(measure.seconds)}, {measure.peak_mb:.0f} MB"


def _ratios(items: int, phase: dict[str, Measure], run: dict[str, Measure]) -> list[list[str]]:
    build = run["build"].seconds
    aimed = items in (5_000, 10_000)
    written = phase["build the calendar"].seconds + phase["write its bytes"].seconds
    lines = [
        [
            "build / icalendar loop (process)",
            _ratio(
                build, run["baseline: icalendar loop (process)"].seconds, 1.25 if aimed else None
            ),
        ],
        [
            "build / direct text writer (process), stretch",
            _ratio(
                build, run["baseline: direct text writer (process)"].seconds, 3 if aimed else None
            ),
        ],
        [
            "read the page / icalendar parses the feed",
            _ratio(
                phase["read the page"].seconds,
                phase["baseline: icalendar parses the feed"].seconds,
                1,
            ),
        ],
        [
            "build + write / icalendar loop (in process)",
            _ratio(
                written, phase["baseline: icalendar loop, every property and VTIMEZONE"].seconds
            ),
        ],
    ]
    for name, measure in run.items():
        if name.startswith("build --previous"):
            target = 1.5 if items >= 10_000 else None
            shown = _ratio(measure.seconds, build, target, stopped=measure.stopped)
            lines.append([f"{name} / build", shown])
    lines += [
        ["agenda / build", _ratio(run["agenda --format json"].seconds, build, 1)],
        ["check / build", _ratio(run["check"].seconds, build, 1)],
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    global TIMEOUT  # one setting for every command of the run
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000,10000,100000")
    parser.add_argument("--repeat", type=int, default=5, help="rounds below 50,000 items")
    parser.add_argument("--large-repeat", type=int, default=1, help="rounds at 50,000 and more")
    parser.add_argument("--markdown", type=Path, help="also write the tables here")
    parser.add_argument(
        "--timeout", type=float, default=TIMEOUT, help="stop a command after this many seconds"
    )
    args = parser.parse_args(argv)
    TIMEOUT = args.timeout
    measured: dict[int, tuple[dict[str, Measure], dict[str, Measure]]] = {}
    with tempfile.TemporaryDirectory(prefix="fastpath-bench-") as temporary:
        root = Path(temporary)
        start = startup(args.repeat, root)
        for items in (int(size) for size in args.sizes.split(",")):
            folder = root / str(items)
            folder.mkdir()
            repeat = args.large_repeat if items >= LARGE else args.repeat
            print(f"{items:,} items: {repeat} round(s)", file=sys.stderr, flush=True)
            size = Size(items, folder)
            measured[items] = (size.phases(repeat), size.commands(repeat))
    lines = report(measured, start)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
