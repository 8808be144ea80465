"""examples/agenda_in_your_zone.py runs as written."""

from __future__ import annotations

import re

from paths import ROOT
from run_example import run_example

ROOT = ROOT


def test_agenda_example_prints_tokyo_and_zurich() -> None:
    result = run_example("agenda_in_your_zone.py")
    assert "Monday 29 March 2021" in result.stdout
    assert "00:00–00:35 JST | Sun 11:00–11:35 EDT | Sun 15:00–15:35 UTC" in result.stdout
    assert "16:50–17:00 CEST | 10:50–11:00 EDT | 14:50–15:00 UTC" in result.stdout
    assert "check: 0 findings on the shipped page" in result.stdout


def test_time_docs_examples_run() -> None:
    text = (ROOT / "docs" / "time.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/time.md", "exec"), {})
