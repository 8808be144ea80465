"""Examples run from the repository root write into examples/out/, never over ./fastpath2021.ics."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("name", ["build_feed.py", "publish_updates.py", "export_formats.py"])
def test_an_example_run_without_arguments_writes_into_examples_out(
    name: str, tmp_path: Path
) -> None:
    """Run as a reader would, from a copy of the repository's root: its feed stays untouched."""
    examples = tmp_path / "examples"
    examples.mkdir()
    shutil.copy(ROOT / "examples" / name, examples / name)
    feed = tmp_path / "fastpath2021.ics"
    feed.write_bytes(b"the published feed")
    subprocess.run(
        [sys.executable, str(examples / name)],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert b"the published feed" == feed.read_bytes()
    assert ["examples", "fastpath2021.ics"] == sorted(p.name for p in tmp_path.iterdir())
    assert any((examples / "out").iterdir())
