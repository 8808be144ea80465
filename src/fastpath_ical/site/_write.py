"""Writing a site folder: each file whole or not at all, and only when it changed.

A file whose bytes are already there is not touched, so a rebuild of an
unchanged page keeps every file's modification time, and with it the
``Last-Modified`` and ``ETag`` a host derives: no calendar refetches, no
cache is invalidated, for nothing.

The folder :data:`~fastpath_ical.site.EVENTS` (``events/``) belongs to the
tool: an ``.ics`` file there that the new site does not have is the file of
an item that is gone, and is removed.  Nothing else in the folder is ever
removed, so the site can live beside files of the organizer's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PurePosixPath

import attrs

from .._arguments import checked
from ..output import write_atomic
from ._render import EVENTS

__all__ = ["Written", "write_site"]


@attrs.frozen(kw_only=True)
class Written:
    """What :func:`write_site` did, path by path (relative, ``/`` separated)."""

    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def _relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(part in ("", ".", "..") for part in path.parts):
        raise ValueError(f"a site file must be a plain relative path, got {name!r}")
    return path


@checked
def write_site(directory: str | Path, files: Mapping[str, bytes]) -> Written:
    """Write ``files`` (from :func:`render_site`) into ``directory``; remove stale item files.

    Raises :class:`OSError` when the folder or a file cannot be written;
    files written before it are complete, and the rest are as they were.
    """
    root = Path(directory)
    changed: list[str] = []
    unchanged: list[str] = []
    for name, data in files.items():
        target = root.joinpath(*_relative(name).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink():
            target.unlink()  # never write through a link to somewhere outside the folder
        try:
            if target.is_file() and target.read_bytes() == data:
                unchanged.append(name)
                continue
        except OSError:
            pass  # unreadable: write it anew, which says what is wrong if it cannot be
        write_atomic(target, data)
        changed.append(name)
    removed: list[str] = []
    events = root / EVENTS
    if events.is_dir():
        wanted = {name for name in files if PurePosixPath(name).parent == PurePosixPath(EVENTS)}
        for path in sorted(events.iterdir()):
            name = f"{EVENTS}/{path.name}"
            stale = path.suffix == ".ics" and name not in wanted
            if stale and (path.is_file() or path.is_symlink()):
                path.unlink()
                removed.append(name)
    return Written(changed=tuple(changed), unchanged=tuple(unchanged), removed=tuple(removed))
