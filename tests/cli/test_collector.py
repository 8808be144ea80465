"""A command collects garbage less often while it runs, and leaves the pace as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from fastpath_ical.cli import command, main
from fastpath_ical.cli._collector import YOUNG, fewer_collections, paused
from paths import ROOT


def test_the_pace_is_slower_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert YOUNG <= gc.get_threshold()[0]
        assert before[1:] == gc.get_threshold()[1:]
    assert before == gc.get_threshold()


def test_the_collector_is_paused_inside_and_as_it_was_after() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # paused by its caller: left so
    finally:
        gc.enable()


def test_an_update_pauses_the_collector_and_leaves_it_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``build --previous`` is made with the collector paused (everything it makes lives
    until the feed is written); a plain build is not; both leave it as they found it."""
    import fastpath_ical.cli._build as build

    seen: list[tuple[str, bool]] = []
    original, streamed = build.build_calendar, build._write_update

    def spied(*args: object, **kwargs: object) -> object:
        seen.append(("calendar", gc.isenabled()))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    def spied_update(*args: object, **kwargs: object) -> bool:
        seen.append(("update", gc.isenabled()))
        return streamed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "build_calendar", spied)
    monkeypatch.setattr(build, "_write_update", spied_update)
    feed = tmp_path / "feed.ics"
    assert 0 == main(["build", "-o", str(feed)])
    stamp = ["--stamp", "2031-06-01T00:00:00Z"]
    assert 0 == main(["build", "--previous", str(feed), *stamp, "-o", str(tmp_path / "next.ics")])
    assert 0 == main(["build", "--only", "talk", "-o", str(tmp_path / "talks.ics")])
    # The plain build and the update write one event at a time: no calendar built.
    assert [("update", False), ("calendar", True)] == seen
    assert gc.isenabled()


def test_a_command_run_in_process_leaves_the_pace_alone() -> None:
    before = gc.get_threshold()
    assert 0 == main(["build", "-o", "-"])
    assert before == gc.get_threshold()


def test_a_command_run_in_process_freezes_nothing() -> None:
    before = gc.get_freeze_count()
    assert 0 == main(["build", "-o", "-"])
    assert before == gc.get_freeze_count()


def test_the_program_leaves_what_it_made_to_the_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program's entry point runs the command, then freezes the collector, so the
    collection at exit does not walk every object the command made; its status is the
    command's."""
    monkeypatch.setattr(sys, "argv", ["fastpath-ical", "build", "-o", "-"])
    try:
        assert 0 == command()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_installed_program_is_the_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "fastpath_ical.cli:command" == project["project"]["scripts"]["fastpath-ical"]


def test_the_program_writes_what_main_writes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert 0 == main(["build", "-o", "-"])
    in_process = capsysbinary.readouterr().out
    done = subprocess.run(
        [sys.executable, "-m", "fastpath_ical", "build", "-o", "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert in_process == done.stdout
