"""A command collects garbage less often while it runs, and leaves the pace as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys
import tomllib

import pytest

from fastpath_ical.cli import command, main
from fastpath_ical.cli._collector import YOUNG, fewer_collections
from paths import ROOT


def test_the_pace_is_slower_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert YOUNG <= gc.get_threshold()[0]
        assert before[1:] == gc.get_threshold()[1:]
    assert before == gc.get_threshold()


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
