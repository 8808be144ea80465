"""The README's example and the core examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar

from paths import ROOT
from run_example import run_example

ROOT = ROOT


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.S)


def test_readme_library_example_runs() -> None:
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "the README has a library example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_tutorial_examples_run() -> None:
    for block in python_blocks((ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")):
        exec(compile(block, "docs/tutorial.md", "exec"), {})


def test_build_feed_example(tmp_path: Path) -> None:
    result = run_example("build_feed.py", str(tmp_path))
    assert "Christian Kästner: Toward a system-wide" in result.stdout
    assert "11:00 (15:00 UTC)  Ana Klimovic" in result.stdout
    whole = icalendar.Calendar.from_ical((tmp_path / "fastpath2021.ics").read_bytes())
    talks = icalendar.Calendar.from_ical((tmp_path / "fastpath2021-talks-utc.ics").read_bytes())
    assert len(whole.events) == 11
    assert len(talks.events) == 9
    assert not talks.walk("VTIMEZONE")
