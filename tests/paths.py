"""Where the tests' data lives, for test modules in any sub-folder."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent
ROOT = TESTS.parent
