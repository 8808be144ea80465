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
from typing import TYPE_CHECKING, NoReturn

import attrs

from .._patterns import lazy_compile
from ..errors import (
    FastpathError,
    ForeignFeedError,
    PageError,
    PreviousFeedError,
    ProgramError,
    RemovalError,
    SizeError,
    ZoneError,
)
from ..limits import MAX_PAGE_BYTES, page_too_large
from ..output import write_atomic
from ._hints import PageHints, add_hint_arguments

if TYPE_CHECKING:
    from icalendar import Calendar

    from ..ics import Previous, Update
    from ..model import Program
    from ..page import PageReading

__all__ = [
    "EXIT_INPUT",
    "EXIT_USAGE",
    "PROG",
    "CommandError",
    "Parser",
    "PreviousFeed",
    "add_location_argument",
    "add_page_argument",
    "add_reading_arguments",
    "add_update_arguments",
    "as_flags",
    "check_feed_name",
    "check_previous",
    "check_update",
    "load",
    "make_directory",
    "previous_bytes",
    "previous_for",
    "refused",
    "require_extra",
    "stamp_from",
    "update_from",
    "warn",
    "write_file",
]

PROG = "fastpath-ical"
EXIT_USAGE = 2
EXIT_INPUT = 1

#: ``read_page``'s keywords and the flags that give them on the command line.  The
#: library's messages name what a caller may supply by its argument ("or give the
#: timezone argument"), since a library user has no flags; the command line says
#: the same as a flag ("or give --tz") when it prints them (:func:`as_flags`).
ARGUMENT_FLAGS = {
    "timezone": "--tz",
    "date": "--date",
    "year": "--date",
    "end": "--end",
    "title": "--title",
    "page_url": "--page-url",
}

_ARGUMENT = lazy_compile(r"\bthe (" + "|".join(ARGUMENT_FLAGS) + r") argument\b")


def as_flags(message: str) -> str:
    """A library message as the command line says it: each argument named by its flag, on
    one line (a page's text quoted in it may break lines: an HTML cell, a template)."""
    said = _ARGUMENT.sub(lambda match: ARGUMENT_FLAGS[match.group(1)], message)
    return _LINE_BREAK.sub(" ", said) if "\n" in said or "\r" in said else said


_LINE_BREAK = lazy_compile(r"\s*[\r\n]+\s*")


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


def add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    """``--tz`` (the zone the page's times are in, overriding the page) and the flags for
    what a page leaves out (``--date``, ``--end``, ``--title``, ``--page-url``): every
    command that reads a page reads it with all of them."""
    parser.add_argument("--tz", metavar="ZONE", help="the page's time zone, overriding the page")
    add_hint_arguments(parser)


def _read_bounded(page: str) -> bytes:
    """The page's bytes, refused before reading when over :data:`MAX_PAGE_BYTES`.

    A file's size is known before reading it; stdin (or a pipe, a device) is
    read up to one byte past the limit, never to its end.
    """
    limit = MAX_PAGE_BYTES
    if page == "-":
        raw = sys.stdin.buffer.read(limit + 1)
    else:
        with Path(page).open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise page_too_large(size)
            raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise page_too_large(len(raw), exact=False)
    return raw


def read_source(page: str | None) -> tuple[str, str]:
    """The page text and the name to report errors against; a page over
    :data:`~fastpath_ical.limits.MAX_PAGE_BYTES` is refused by its size, before it is read
    and before the reader is even imported."""
    if page is None:
        from ..page import FASTPATH2021_PAGE, fastpath2021_page

        return fastpath2021_page(), FASTPATH2021_PAGE
    name = "<stdin>" if page == "-" else page
    try:
        raw = _read_bounded(page)
    except OSError as exc:
        raise CommandError(f"cannot read page: {exc.strerror or exc}", where=page) from None
    except SizeError as exc:
        raise CommandError(str(exc), where=name) from None
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
    page: str | None,
    *,
    timezone: str | None = None,
    option: str = "--tz",
    location: str | None = None,
    hints: PageHints | None = None,
) -> tuple[PageReading, str]:
    """Read a page (or the shipped one), turning page errors into located one-liners.

    ``option`` is the flag that gave ``timezone``, for the error when it is no zone.
    ``location`` (``--location``) is where the program is held when the page
    does not say, or says it otherwise; it is put on the program after reading.
    ``hints`` are what ``--date``, ``--end``, ``--title`` and ``--page-url`` say.
    """
    if timezone is not None:
        from ..zones import resolve_zone

        try:
            resolve_zone(timezone)
        except ZoneError as exc:  # the option is wrong, not the page: say so
            raise CommandError(str(exc), where=f"{PROG}: {option}") from None
    text, name = read_source(page)
    from ..page import read_page  # the reader, once there is a page to read

    try:
        reading = read_page(text, timezone=timezone, **(hints or PageHints()))
    except PageError as exc:
        raise CommandError(exc.message, where=f"{name}:{exc.line}:{exc.column}") from None
    except FastpathError as exc:
        raise CommandError(str(exc), where=name) from None
    if location is not None:
        reading = attrs.evolve(reading, program=_placed(reading.program, location))
    return reading, name


def _placed(program: Program, location: str) -> Program:
    """``program`` held at ``location``: virtual when that says online, as the reader decides."""
    place = " ".join(location.split())
    if not place:
        raise CommandError("--location: give a place, e.g. 'Virtual' or 'Raleigh, NC'")
    try:
        return attrs.evolve(program, location=place, virtual=place.lower() in ("virtual", "online"))
    except ProgramError as exc:
        raise CommandError(f"--location: {exc}") from None


def add_location_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--location",
        metavar="PLACE",
        help="where the program is held, for every event's LOCATION (default: what the page "
        "says; a page that names no place gets no LOCATION)",
    )


def warn(reading: PageReading, name: str, *, strict: bool) -> None:
    for warning in reading.warnings:
        print(f"{name}:{as_flags(str(warning))}: warning", file=sys.stderr)
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


@attrs.frozen
class PreviousFeed:
    """The ``--previous`` feed: the file it came from, and the feed as read
    (:class:`fastpath_ical.ics.Previous`: its calendar and the events to update from;
    read for one new calendar, its unchanged events hold only what an update reads)."""

    path: str
    read: Previous


def previous_bytes(path: str) -> bytes:
    """The ``--previous`` file's bytes; a one-line error naming the file if unreadable."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(
            f"cannot read previous feed: {exc.strerror or exc}", where=path
        ) from None


def previous_for(path: str, data: bytes, calendar: Calendar | None) -> PreviousFeed:
    """The ``--previous`` feed of ``data``, read for an update of ``calendar`` (only what
    changed is parsed: :func:`fastpath_ical.ics.read_previous_for`), or whole without one;
    a one-line error naming the file if it is not a feed to update from."""
    from ..ics import Previous, parse_calendar, previous_events, read_previous_for

    try:
        if calendar is not None:
            return PreviousFeed(path=path, read=read_previous_for(calendar, data))
        whole = parse_calendar(data, PreviousFeedError)
        return PreviousFeed(path=path, read=Previous(calendar=whole, events=previous_events(whole)))
    except PreviousFeedError as exc:
        raise CommandError(f"--previous: {exc}", where=path) from None


def update_from(calendar: Calendar, previous: PreviousFeed, now: dt.datetime) -> Update:
    """``calendar`` as the next version of the ``--previous`` feed."""
    from ..ics import update_previous

    return update_previous(calendar, previous.read, now)


def add_update_arguments(parser: argparse.ArgumentParser) -> None:
    """``--previous`` and ``--allow-removals``, for the commands that publish an update."""
    from ..ics import REMOVAL_FLOOR

    parser.add_argument(
        "--previous",
        metavar="OLD.ics",
        help="the feed published last time: changed events get SEQUENCE+1, removed ones "
        "stay as CANCELLED, unchanged ones keep their bytes (stamp: --stamp, "
        "SOURCE_DATE_EPOCH, else now); a feed of another program is refused",
    )
    parser.add_argument(
        "--allow-removals",
        action="store_true",
        help=f"let an update cancel more than {REMOVAL_FLOOR} events or a quarter of those "
        "published, whichever is more (without it, such an update stops and lists them)",
    )


def check_previous(calendar: Calendar, previous: PreviousFeed) -> None:
    """Refuse a ``--previous`` feed of another program, before updating against it."""
    from ..ics import check_same_program

    try:
        check_same_program(calendar, previous.read.calendar)
    except ForeignFeedError as exc:
        raise CommandError(
            f"--previous: {exc}; give the feed this page's program published",
            where=previous.path,
        ) from None


def check_update(result: Update, previous: PreviousFeed, *, allow_removals: bool) -> None:
    """Stop an update that would cancel many published events, unless they are meant to go."""
    from ..ics import check_removals

    if allow_removals:
        return
    try:
        check_removals(result, previous.read.events)
    except RemovalError as exc:
        raise refused(exc) from None


def refused(exc: RemovalError) -> CommandError:
    """The command line's error for an update the removal guard stops."""
    return CommandError(
        f"{exc}. Nothing was written. If these are really gone from the program, "
        "build again with --allow-removals; if not, the page was misread: check it"
    )


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
