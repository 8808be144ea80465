"""Files are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fastpath_ical import write_atomic


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    write_atomic(target, b"data")
    assert target.read_bytes() == b"data"
    assert [target] == list(tmp_path.iterdir())


def test_keeps_mode_of_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_failure_leaves_old_file_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [target] == list(tmp_path.iterdir())
