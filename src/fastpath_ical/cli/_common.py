"""What every ``fastpath-ical`` subcommand shares: reading the page, reporting errors.

The subcommand modules (``_build``, ``_agenda``, ``_check``, ``_links``) import
from here, never from each other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import NoReturn

from ..errors import FastpathError, PageError, ZoneError
from ..page import FASTPATH2021_PAGE, PageReading, fastpath2021_page, read_page
from ..zones import resolve_zone

__all__ = [
    "EXIT_INPUT",
    "EXIT_USAGE",
    "PROG",
    "CommandError",
    "Parser",
    "add_page_argument",
    "load",
    "read_stamp",
    "warn",
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


def load(page: str | None, *, timezone: str | None = None) -> tuple[PageReading, str]:
    """Read a page (or the shipped one), turning page errors into located one-liners."""
    if timezone is not None:
        try:
            resolve_zone(timezone)
        except ZoneError as exc:  # the option is wrong, not the page: say so
            raise CommandError(str(exc), where=f"{PROG}: --tz") from None
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


def read_stamp(value: str | None) -> dt.datetime | None:
    """``--stamp`` as an aware datetime, else ``SOURCE_DATE_EPOCH``'s, else None."""
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
