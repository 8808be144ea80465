"""Writing files: whole or not at all.

A feed that a server hands out while it is half written is worse than an old
one, so a file is written to a temporary sibling, flushed to disk, and moved
over the target in one ``os.replace``.  On any failure the target is left as
it was and the temporary file is removed, on an interruption too: Ctrl-C
(and, from the command line, SIGTERM and SIGHUP, which it turns into the
same :class:`KeyboardInterrupt`) unwinds through the clean-up.  The signals
that stop a program are held while the temporary file is made and while it
is removed, so one arriving in between cannot orphan it; it is taken as soon
as the file is in the clean-up's care.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ._arguments import checked

__all__ = ["write_atomic", "written_atomically"]

#: Signals that stop a program: held back while a temporary file is made or removed.
_STOPPING = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back the stopping signals within the block; a held one is taken at its end."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


@checked
def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old file's mode if there was one.

    A symbolic link is followed: the file it names is replaced and the link
    stays.  A target that is not a regular file (``/dev/null``, a pipe) cannot
    be replaced without destroying it, so it is written to as it is.
    """
    with written_atomically(path) as stream:
        stream.write(data)


@checked
@contextlib.contextmanager
def written_atomically(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """:func:`write_atomic` of what is written into the stream given, as it is written:
    a feed written as it is made is not held whole first (``build --previous``, 128 MB
    at 100,000 items).  The file is replaced when the block ends, and only if it ends
    without an exception: otherwise the old file is untouched and no temporary file is
    left.  A target that is not a regular file is written to as it is."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        with target.open("wb") as stream:
            yield stream
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # here, not at import: a start-up writing to /dev/null or stdout never needs it

    temporary = ""
    try:
        with _signals_held():
            handle, temporary = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
            )
            stream = os.fdopen(handle, "wb")
        # A signal held until here is raised now, inside the try: the file is removed.
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if temporary:
            with _signals_held(), contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
