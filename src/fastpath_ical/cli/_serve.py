"""The ``serve`` subcommand: a preview server on loopback, for a site folder or a page.

Given a folder, it serves it as it is.  Given a page (or nothing: the
shipped program), it builds the site into a temporary folder, with the
server's own URL as the base URL so that a calendar app on this machine can
subscribe to the feed, and rebuilds it whenever the page changes; a page
that no longer reads is one line on stderr, and the last good build stays
up.  The answers are :func:`fastpath_ical.site.respond`'s.

Ctrl-C (or SIGTERM) stops it cleanly: the listening socket is closed, the
watcher thread joined, the temporary folder removed, exit status 0.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any

from ..errors import FastpathError
from ..site import feed_file_name, render_site, respond, write_site
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_reading_arguments,
    as_flags,
    check_feed_name,
    load,
    require_extra,
)
from ._hints import hints_from

__all__ = ["register"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], root: Path) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.root = root
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up is not an error worth a traceback; anything else is one line."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        print(f"{PROG}: serve: {type(error).__name__}: {error}", file=sys.stderr)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fastpath-ical"
    sys_version = ""
    #: A connection that sends nothing for this long is closed, so idle clients hold no thread.
    timeout = 30

    def _reply(self) -> None:
        server = self.server
        assert isinstance(server, _Server)
        headers = dict(self.headers.items())
        response = respond(server.root, self.command, self.path, headers)
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if response.body:
            self.wfile.write(response.body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _reply

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"{PROG}: {self.address_string()} {format % args}\n")


class _Watcher(threading.Thread):
    """Rebuilds the site when the page's size or modification time changes."""

    def __init__(self, page: str, rebuild: Any, stop: threading.Event) -> None:
        super().__init__(name="fastpath-ical-watch", daemon=True)
        self.page = page
        self.rebuild = rebuild
        self.stop = stop
        self.seen = self._state()

    def _state(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.page)
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size)

    def run(self) -> None:
        while not self.stop.wait(0.3):
            state = self._state()
            if state != self.seen and state is not None:
                self.seen = state
                self.rebuild(announce=True)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _serve(args: argparse.Namespace) -> int:
    target: str | None = args.target
    folder = Path(target) if target is not None and Path(target).is_dir() else None
    if folder is None:
        require_extra("jinja2", "site", "serve with a page")
        if target == "-":
            raise CommandError("serve: give a page file (stdin cannot be watched for changes)")
        if target is not None and not Path(target).is_file():
            raise CommandError("no such page or folder", where=target)
    feed_name = check_feed_name(args.feed_name)
    if not _loopback(args.host):
        print(
            f"{PROG}: warning: --host {args.host} is not loopback: anyone who can reach this "
            "machine can read the folder",
            file=sys.stderr,
        )
    try:
        server = _Server((args.host, args.port), Path(folder or "."))
    except OSError as exc:
        raise CommandError(
            f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
        ) from None
    port = server.server_address[1]
    url = f"http://{_url_host(args.host)}:{port}/"
    temporary: Path | None = None
    stop = threading.Event()
    watcher: _Watcher | None = None
    previous_handler = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        if folder is None:
            temporary = Path(tempfile.mkdtemp(prefix="fastpath-ical-serve-"))
            server.root = temporary.resolve()
            built = temporary

            def rebuild(*, announce: bool) -> None:
                try:
                    reading, name = load(target, timezone=args.tz, hints=hints_from(args))
                    program = reading.program
                    files = render_site(
                        program, base_url=url, feed_name=feed_name or feed_file_name(program)
                    )
                    written = write_site(built, files)
                except (CommandError, FastpathError, OSError) as exc:
                    if not announce:
                        raise
                    where = getattr(exc, "where", target or PROG)
                    print(
                        f"{where}: {as_flags(str(exc))} (still serving the last good build)",
                        file=sys.stderr,
                    )
                    return
                for warning in reading.warnings:
                    print(f"{name}:{as_flags(str(warning))}: warning", file=sys.stderr)
                if announce:
                    print(
                        f"{PROG}: rebuilt from {name} ({len(written.changed)} files changed)",
                        file=sys.stderr,
                    )

            rebuild(announce=False)
            if target is not None:
                watcher = _Watcher(target, rebuild, stop)
                watcher.start()
        else:
            server.root = folder.resolve()
        shown = target if folder is not None else "a site built from " + (target or "FastPath 2021")
        print(f"{PROG}: serving {shown} at {url} (Ctrl-C stops)", file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever(poll_interval=0.2)
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
        stop.set()
        server.server_close()
        if watcher is not None:
            watcher.join(timeout=5)
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    print(f"{PROG}: stopped", file=sys.stderr)
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``serve`` to the command line."""
    serve = commands.add_parser(
        "serve",
        help="preview a site folder (or a page, rebuilt on change) on loopback",
        description="Serve a site folder, or the site of a page rebuilt whenever the page "
        "changes, on this machine: .ics as text/calendar; charset=utf-8, with ETag, "
        "Last-Modified and 304 answers, GET and HEAD. Ctrl-C stops it.",
    )
    serve.add_argument(
        "target",
        nargs="?",
        metavar="DIR or PAGE.md",
        help="a site folder to serve, or a page to build and watch "
        "(default: the shipped FastPath 2021)",
    )
    serve.add_argument("--port", type=int, default=8000, help="TCP port (default 8000; 0: any)")
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1, loopback only)",
    )
    serve.add_argument(
        "--feed-name",
        metavar="NAME.ics",
        help="the feed's file name when building a page (default: SHORTNAME.ics)",
    )
    add_reading_arguments(serve)
    serve.set_defaults(run=_serve)
