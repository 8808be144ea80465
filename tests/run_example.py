"""Run a script of ``examples/`` the way a reader would: its own process, this Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"


def run_example(name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``python examples/NAME ARGS...``; with ``check``, a non-zero exit fails the test."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        check=check,
        timeout=60,
    )
