"""The benchmark command runs: at a tiny size, so that it cannot rot unseen.

Nothing here is timed: ``benchmarks/run.py`` measures, docs/performance.md
holds its numbers, and the tests only hold that the command still runs end to
end (pages generated and read, every phase and command line measured beside
its baseline, the tables written) on this version of the package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from paths import ROOT


def test_the_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    tables = tmp_path / "tables.md"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--sizes",
            "12",
            "--repeat",
            "1",
            "--markdown",
            str(tables),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        cwd=ROOT,
    )
    assert 0 == done.returncode, done.stderr
    text = tables.read_text(encoding="utf-8")
    assert text.strip() == done.stdout.strip()
    for heading in ("### Phases", "### Command lines", "### Ratios and targets", "### Start-up"):
        assert heading in text
    for row in (
        "| read the page |",
        "| baseline: icalendar parses the feed |",
        "| build and write, one event at a time (feed_bytes) |",
        "| build --previous (10% replaced) |",
        "| baseline: icalendar loop (process) |",
        "| 12 | build / icalendar loop (process) |",
        "| shipped page | build / import icalendar |",
    ):
        assert row in text
    assert "(stopped)" not in text


def test_the_start_up_floor_runs_once_each() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "startup_floor.py"), "--runs", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT,
    )
    assert 0 == done.returncode, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and " s |" in line]
    names = [row.split(" | ")[0].removeprefix("| ") for row in rows]
    assert names[1] == "import icalendar"
    assert names[-1].startswith("build -o /dev/null")
    assert "| 1.00x |" in rows[1]  # the baseline is its own unit
    assert len(rows) == 7
