"""SIGTERM and SIGHUP stop a command the way Ctrl-C does, so nothing is left behind.

Python turns SIGINT into :class:`KeyboardInterrupt`, which unwinds the stack
and runs every ``finally`` and ``except BaseException`` on the way: that is
how :func:`~fastpath_ical.output.write_atomic` removes its temporary file.
SIGTERM (a service manager, ``timeout``, ``kill``) and SIGHUP (a closed
terminal or SSH session) kill the process outright by default, leaving a
``.NAME.ics.*.tmp`` of several megabytes beside the feed.  Here they raise
:class:`Stopped`, a :class:`KeyboardInterrupt`, so the same clean-up runs;
the command then exits with 128 + the signal's number, as a shell reports a
process killed by it.  The handlers are the command line's own: installed
for one :func:`~fastpath_ical.cli.main` and put back after it, only in the
main thread (where Python can take signals at all).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["STOPPING", "Stopped", "stopping_on_signals"]

#: The signals that stop a command with its clean-up (SIGINT is Python's own).
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Stopped(KeyboardInterrupt):
    """The command was stopped by ``signum``; everything that cleans up after Ctrl-C runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Stopped`; outside, as before."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _stop) for signum in STOPPING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
