"""examples/export_formats.py runs as written and its files are what the library exports."""

from __future__ import annotations

from pathlib import Path

from fastpath_ical import fastpath2021
from fastpath_ical.export import export
from run_example import run_example


def test_export_example_writes_the_formats_and_reads_the_json_back(tmp_path: Path) -> None:
    result = run_example("export_formats.py", str(tmp_path))
    assert "read back: 11 items, the same program: True" in result.stdout
    talk = "31223d30-f0d0-59bc-973e-c5c1fa8504d5  15:00 UTC  Ingesting and Processing"
    assert talk in result.stdout
    assert export(fastpath2021(), "frab") == (tmp_path / "fastpath2021.xml").read_bytes()
    assert export(fastpath2021(), "csv") == (tmp_path / "fastpath2021.csv").read_bytes()
