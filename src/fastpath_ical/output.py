"""Writing files: whole or not at all.

A feed that a server hands out while it is half written is worse than an old
one, so a file is written to a temporary sibling, flushed to disk, and moved
over the target in one ``os.replace``.  On any failure the target is left as
it was and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old file's mode if there was one.

    A symbolic link is followed: the file it names is replaced and the link
    stays.  A target that is not a regular file (``/dev/null``, a pipe) cannot
    be replaced without destroying it, so it is written to as it is.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        with target.open("wb") as stream:
            stream.write(data)
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
