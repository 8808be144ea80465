"""The garbage collector's pace while a command runs.

Reading a page and building its feed allocate hundreds of thousands of
objects (cells, tokens, items, properties) that all live until the feed is
written.  At CPython's default pace (a young collection every 700 net
allocations) the collector walks them again and again and finds nothing to
free: a fifth of a large build.  While a command runs, the young generation
is collected every 10,000 allocations instead; cycles are still collected,
only less often, and the previous pace is restored afterwards, so a program
calling :func:`~fastpath_ical.cli.main` in-process keeps its own setting.
The library's functions leave the collector alone.

An update (``build --previous``) holds the previous feed's lines and what
it keeps of each new event until the feed is written (and, where it is
made whole, the whole new calendar): its young collections walked about
0.4 s of a 7 s update of 10,000 items in vain (a plain build, which
writes one event at a time: 0.1 s), and the events it makes and lets go
one at a time are freed by reference counting, not by the collector.  So
the collector is paused while an update is made and written
(:func:`paused`): what it allocates is freed by reference counting as
always, and a cycle left behind, if any, waits for the next collection
after the pause.

When the ``fastpath-ical`` program ends, the interpreter collects once more,
walking every object the command imported or made (the page reader's rules,
icalendar, markdown-it, the reading): about 30 ms, an eighth of a build of
the shipped page (issue 13), to free memory the process is about to give
back whole.  The program's own entry point (:func:`~fastpath_ical.cli.command`,
not :func:`~fastpath_ical.cli.main`) freezes the collector's generations once
the command is done (:func:`gc.freeze`), so that walk is skipped.  What that
gives up: the finalizers of objects in reference cycles left at exit do not
run; the command closes its files, removes its temporary files and flushes
its output before it returns (the standard streams are flushed by the
interpreter either way).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["fewer_collections", "left_to_exit", "paused"]

#: Net allocations between two collections of the youngest generation, while a command runs.
YOUNG = 10_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation every :data:`YOUNG` allocations, inside."""
    before = gc.get_threshold()
    gc.set_threshold(max(YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No collection inside (:func:`gc.disable`); the collector as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def left_to_exit() -> None:
    """Leave every object to the process's exit: no collection walks them again."""
    gc.freeze()
