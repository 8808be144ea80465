"""What every ``fastpath-ical`` subcommand shares: reading the page, reporting errors.

The subcommand modules (``_build``, ``_agenda``, ``_check``, ``_links``, ``_site``,
``_snippet``, ``_serve``) import
from here, never from each other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sys
from pathlib import Path
from typing import NoReturn

from icalendar import Event

from ..errors import FastpathError, PageError, PreviousFeedError, ZoneError
from ..ics import read_previous
from ..output import write_atomic
from ..page import FASTPATH2021_PAGE, PageReading, fastpath2021_page, read_page
from ..zones import resolve_zone

__all__ = [
    "EXIT_INPUT",
    "EXIT_USAGE",
    "PROG",
    "CommandError",
    "Parser",
    "add_page_argument",
    "add_page_zone_argument",
    "check_feed_name",
    "load",
    "make_directory",
    "read_previous_file",
    "require_extra",
    "stamp_from",
    "warn",
    "write_file",
]

PROG = "fastpath-ical"
EXIT_USAGE = 2
EXIT_INPUT = 1


class CommandError(Exception):
    """A failure to report as one line; ``where`` prefixes it (a file, or file:line:col)."""

    def __init__(self, message: str, *, where: str = PROG) -> None:
        super().__init__(message)
        self.where = where


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line like every other error (exit status 2).

    argparse prints the usage block first; in a script's log that is noise
    around the one line that says what is wrong, and ``--help`` shows it anyway.
    Sub-command parsers are made by this class too (``add_subparsers`` copies it).
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def add_page_argument(parser: argparse.ArgumentParser) -> None:
    """The optional page every command reads: a file, '-' for stdin, or the shipped program."""
    parser.add_argument(
        "page",
        nargs="?",
        metavar="PAGE.md",
        help="program page; '-' reads stdin; default: the shipped FastPath 2021",
    )


def add_page_zone_argument(parser: argparse.ArgumentParser) -> None:
    """``--tz``: in every command, the zone the page's times are in, overriding the page."""
    parser.add_argument("--tz", metavar="ZONE", help="the page's time zone, overriding the page")


def read_source(page: str | None) -> tuple[str, str]:
    """The page text and the name to report errors against."""
    if page is None:
        return fastpath2021_page(), FASTPATH2021_PAGE
    try:
        raw = sys.stdin.buffer.read() if page == "-" else Path(page).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read page: {exc.strerror or exc}", where=page) from None
    name = "<stdin>" if page == "-" else page
    try:
        return raw.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise CommandError(
            f"not UTF-8 (byte 0x{raw[exc.start]:02x}); save the page as UTF-8",
            where=f"{name}:{line}:{column}",
        ) from None


def load(
    page: str | None, *, timezone: str | None = None, option: str = "--tz"
) -> tuple[PageReading, str]:
    """Read a page (or the shipped one), turning page errors into located one-liners.

    ``option`` is the flag that gave ``timezone``, for the error when it is no zone.
    """
    if timezone is not None:
        try:
            resolve_zone(timezone)
        except ZoneError as exc:  # the option is wrong, not the page: say so
            raise CommandError(str(exc), where=f"{PROG}: {option}") from None
    text, name = read_source(page)
    try:
        return read_page(text, timezone=timezone), name
    except PageError as exc:
        raise CommandError(exc.message, where=f"{name}:{exc.line}:{exc.column}") from None
    except FastpathError as exc:
        raise CommandError(str(exc), where=name) from None


def warn(reading: PageReading, name: str, *, strict: bool) -> None:
    for warning in reading.warnings:
        print(f"{name}:{warning}: warning", file=sys.stderr)
    if strict and reading.warnings:
        raise CommandError(f"{len(reading.warnings)} warning(s) and --strict", where=name)


def stamp_from(value: str | None) -> dt.datetime | None:
    """``--stamp``, else ``SOURCE_DATE_EPOCH``, else ``None``."""
    if value is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if not epoch:
            return None
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise CommandError(f"SOURCE_DATE_EPOCH is not a Unix time: {epoch!r}") from None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(f"--stamp: not an ISO 8601 date-time: {value!r}") from None
    if stamp.tzinfo is None:
        raise CommandError(f"--stamp: give a UTC offset or Z: {value!r}")
    return stamp


def read_previous_file(path: str) -> tuple[Event, ...]:
    """The events of the ``--previous`` feed; a one-line error naming the file if unreadable."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(
            f"cannot read previous feed: {exc.strerror or exc}", where=path
        ) from None
    try:
        return read_previous(data)
    except PreviousFeedError as exc:
        raise CommandError(f"--previous: {exc}", where=path) from None


def write_file(path: str | Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise CommandError(f"cannot write: {exc.strerror or exc}", where=str(path)) from None


def make_directory(path: str) -> Path:
    directory = Path(path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"cannot make directory: {exc.strerror or exc}", where=path) from None
    return directory


def require_extra(module: str, extra: str, command: str) -> None:
    """A one-line error naming the extra when an optional dependency is not installed."""
    if importlib.util.find_spec(module) is None:
        raise CommandError(
            f"{command} needs {module}, which is not installed: "
            f"pip install 'fastpath-ical[{extra}]'"
        )


def check_feed_name(name: str | None) -> str | None:
    """``--feed-name``: a plain file name ending in ``.ics`` (it becomes part of a URL)."""
    if name is not None and (
        not name.endswith(".ics")
        or len(name) < 5
        or any(ch in name for ch in "/\\?#%")
        or name.startswith(".")
        or not name.isprintable()
        or any(ch.isspace() for ch in name)
    ):
        raise CommandError(f"--feed-name: give a plain file name ending in .ics, got {name!r}")
    return name
