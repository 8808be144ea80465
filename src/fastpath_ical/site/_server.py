"""Answering a preview server's requests for a site folder, one pure-ish function.

:func:`respond` maps a request (method, target, headers) to a
:class:`Response`, reading only files inside the folder: a target is
percent-decoded once, then any ``.`` or ``..`` segment, hidden name
(``.git``, the temporary files :func:`~fastpath_ical.output.write_atomic`
leaves for an instant), NUL or backslash is a 404; what is left is
resolved, symlinks and all, and must still be inside the folder.

Calendar clients poll: every answer carries a strong ``ETag`` (a hash of
the bytes) and ``Last-Modified``, and a conditional request that matches
gets ``304 Not Modified`` with no body.  ``If-None-Match`` wins over
``If-Modified-Since`` when both are sent (RFC 9110, 13.2.2).  ``.ics`` is
served as ``text/calendar; charset=utf-8``, the type calendar services
insist on.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import attrs

from .._arguments import checked

__all__ = ["Response", "content_type", "respond"]

_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
}


@checked
def content_type(name: str) -> str:
    """The Content-Type a file is served with, by its suffix; fixed, not the machine's table."""
    return _TYPES.get(Path(name).suffix.lower(), "application/octet-stream")


@attrs.frozen(kw_only=True)
class Response:
    """Status, headers in order, and the body (empty for HEAD and 304)."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


_COMMON = (
    ("Cache-Control", "no-cache"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
)


def _plain(
    status: int, text: str, *, head: bool, extra: tuple[tuple[str, str], ...] = ()
) -> Response:
    body = (text + "\n").encode("utf-8")
    headers = (
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(body))),
        *extra,
        *_COMMON,
    )
    return Response(status=status, headers=headers, body=b"" if head else body)


def _segments(target: str) -> list[str] | None:
    """The decoded path segments of a request target; ``None`` for anything not a plain path."""
    if target.startswith(("http://", "https://")):  # absolute-form (RFC 9112, 3.2.2)
        try:
            target = urlsplit(target).path or "/"
        except ValueError:
            return None
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        return None
    try:
        decoded = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return None
    if "\x00" in decoded or "\\" in decoded:
        return None
    parts = decoded.split("/")[1:]
    if any(part.startswith(".") for part in parts if part):
        return None  # "..", ".", and hidden names
    return parts


def _resolve(root: Path, parts: list[str]) -> Path | None:
    """The regular file inside ``root`` the segments name, after every symlink, or ``None``."""
    candidate = root.joinpath(*(part for part in parts if part))
    try:
        real = candidate.resolve(strict=True)
        if real.is_dir():
            real = (real / "index.html").resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    return real


def _not_modified(headers: Mapping[str, str], etag: str, mtime: int) -> bool:
    """Whether a conditional GET or HEAD is answered with 304."""
    match = _get(headers, "If-None-Match")
    if match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in match.split(",")]
        return "*" in tags or etag in tags
    since = _get(headers, "If-Modified-Since")
    if since is None:
        return False
    try:
        moment = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False  # an unreadable date is ignored (RFC 9110, 13.1.3)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return mtime <= int(moment.timestamp())


def _get(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


@checked
def respond(
    root: str | Path, method: str, target: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The answer to ``method target`` for the folder ``root``: GET and HEAD only.

    ``headers`` are the request's (only the conditional ones are read).  A
    folder is answered by its ``index.html``; a folder named without its
    final slash is redirected to it, so the page's relative links work.
    """
    headers = headers or {}
    head = method == "HEAD"
    if method not in ("GET", "HEAD"):
        return _plain(405, "method not allowed", head=False, extra=(("Allow", "GET, HEAD"),))
    base = Path(root).resolve()
    parts = _segments(target)
    if parts is None:
        return _plain(404, "not found", head=head)
    path = _resolve(base, parts)
    if path is None:
        return _plain(404, "not found", head=head)
    named = base.joinpath(*(part for part in parts if part))
    if parts[-1] and named.is_dir() and path.name == "index.html":
        location = "/" + "/".join(quote(part) for part in parts if part) + "/"
        return _plain(301, "moved", head=head, extra=(("Location", location),))
    try:
        body = path.read_bytes()
        mtime = int(path.stat().st_mtime)
    except OSError:
        return _plain(404, "not found", head=head)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    validators = (
        ("ETag", etag),
        ("Last-Modified", email.utils.formatdate(mtime, usegmt=True)),
    )
    if _not_modified(headers, etag, mtime):
        return Response(status=304, headers=(*validators, *_COMMON))
    return Response(
        status=200,
        headers=(
            ("Content-Type", content_type(path.name)),
            ("Content-Length", str(len(body))),
            *validators,
            *_COMMON,
        ),
        body=b"" if head else body,
    )
