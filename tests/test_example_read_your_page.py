"""``examples/read_your_page.py`` runs and says what it inferred."""

from __future__ import annotations

from pathlib import Path

from paths import ROOT
from run_example import run_example

EXAMPLE = ROOT / "examples" / "read_your_page.py"


def test_the_example_reads_its_page_and_reports_its_inferences() -> None:
    result = run_example(EXAMPLE.name)
    lines = result.stdout.splitlines()
    assert "America/New_York, the zone of 'Raleigh, NC'" in lines[0]
    assert "page:10:3: no am/pm: read '12:15 - 1:00' as 12:15 - 13:00: warning" == lines[1]
    assert "Fri 12:15-13:00 EDT  Lunch  " == lines[-2]
    assert "4 events in the feed" == lines[-1]


def test_the_example_prints_a_located_error(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# W\n\nMonday, May 3, 2021 (times in CST)\n", encoding="utf-8")
    result = run_example(EXAMPLE.name, str(page), check=False)
    assert 1 == result.returncode
    assert result.stderr.startswith("page:")


def test_the_example_supplies_the_day_and_the_end_the_page_leaves_out(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# W\n\nAll times CEST.\n\n| Time | Speaker | Title |\n|---|---|---|\n"
        "| 9:00 - 9:30 | Ann Lee | One |\n| 9:30 | Bob Ray | Two |\n",
        encoding="utf-8",
    )
    refused = run_example(EXAMPLE.name, str(page), check=False)
    assert 1 == refused.returncode
    result = run_example(EXAMPLE.name, str(page), "Europe/Berlin", "2021-06-11", "17:00")
    assert "Fri 09:30-17:00 CEST  Two  Bob Ray" == result.stdout.splitlines()[-2]
