"""A command collects garbage less often while it runs, and leaves the pace as it found it."""

from __future__ import annotations

import gc

from fastpath_ical.cli import main
from fastpath_ical.cli._collector import YOUNG, fewer_collections


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
