"""Files are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fastpath_ical import write_atomic
from fastpath_ical.output import written_atomically


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


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    """Publishing through a link (``current.ics -> v2.ics``) replaces the file, not the link."""
    real = tmp_path / "v2.ics"
    real.write_bytes(b"old")
    link = tmp_path / "current.ics"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert b"new" == real.read_bytes()
    assert ["current.ics", "v2.ics"] == sorted(p.name for p in tmp_path.iterdir())


def test_a_target_that_is_no_regular_file_is_written_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/null`` must not turn the device into a file (as root, it could)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomic(pipe, b"through")
        assert b"through" == os.read(reader, 100)
    finally:
        os.close(reader)
    assert pipe.is_fifo()
    write_atomic("/dev/null", b"nothing")
    assert Path("/dev/null").is_char_device()


def test_a_stream_is_written_into_a_temporary_sibling_and_moved_over_at_its_end(
    tmp_path: Path,
) -> None:
    """``written_atomically``: while the block runs the old file is as it was; at its end
    the new one is in place, with the old file's mode, and nothing else."""
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with written_atomically(target) as stream:
        stream.write(b"n")
        stream.write(b"ew")
        assert target.read_bytes() == b"old"
        assert len(list(tmp_path.iterdir())) == 2
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [target] == list(tmp_path.iterdir())


def test_a_stream_stopped_midway_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")

    def stopped() -> None:
        with written_atomically(target) as stream:
            stream.write(b"half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        stopped()
    assert target.read_bytes() == b"old"
    assert [target] == list(tmp_path.iterdir())


def test_a_stream_into_a_target_that_is_no_regular_file_is_written_through(
    tmp_path: Path,
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with written_atomically(pipe) as stream:
            stream.write(b"through")
        assert b"through" == os.read(reader, 100)
    finally:
        os.close(reader)
    assert pipe.is_fifo()
