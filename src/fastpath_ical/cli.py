"""The ``fastpath-ical`` command: a thin shell over the library.

All I/O happens here (reading the page, the clock for ``SOURCE_DATE_EPOCH``,
writing files); the work is done by pure functions.  Every failure the user
can cause is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence

from . import __version__, cli_links, cli_time
from .cli_common import EXIT_INPUT, PROG, CommandError, load, warn
from .errors import FastpathError
from .feed import FeedOptions, feed_bytes
from .model import Program
from .output import write_atomic

__all__ = ["main"]


def _stamp(value: str | None) -> dt.datetime | None:
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


def default_output(program: Program) -> str:
    """``fastpath2021.ics`` for FastPath 2021: the short name, letters and digits only."""
    return (re.sub(r"[^a-z0-9]+", "", program.short_name.lower()) or "program") + ".ics"


def _build(args: argparse.Namespace) -> int:
    reading, name = load(args.page, timezone=args.tz)
    warn(reading, name, strict=args.strict)
    program = reading.program
    options = FeedOptions(breaks=not args.no_breaks, utc=args.utc, stamp=_stamp(args.stamp))
    data = feed_bytes(program, options)
    output = args.output or default_output(program)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        write_atomic(output, data)
    except OSError as exc:
        raise CommandError(f"cannot write: {exc.strerror or exc}", where=output) from None
    count = data.count(b"BEGIN:VEVENT")
    print(f"{PROG}: wrote {output} ({count} events)", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn a workshop program page into calendar feeds people can trust.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    build = commands.add_parser(
        "build",
        help="write the .ics feed of a program page (default: the shipped FastPath 2021)",
        description="Write the RFC 5545 feed of a program page.",
    )
    build.add_argument(
        "page",
        nargs="?",
        metavar="PAGE.md",
        help="program page; '-' reads stdin; default: the shipped FastPath 2021",
    )
    build.add_argument(
        "-o",
        "--output",
        metavar="FILE.ics",
        help="output file, replaced atomically; '-' for stdout "
        "(default: SHORTNAME.ics, e.g. fastpath2021.ics)",
    )
    build.add_argument("--utc", action="store_true", help="write times in UTC, without VTIMEZONE")
    build.add_argument("--no-breaks", action="store_true", help="leave breaks and meals out")
    build.add_argument("--tz", metavar="ZONE", help="the page's time zone, overriding the page")
    build.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="DTSTAMP as ISO 8601 with offset (default: SOURCE_DATE_EPOCH, "
        "else 00:00 UTC on the program's first day)",
    )
    build.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    build.set_defaults(run=_build)
    cli_time.register(commands)
    cli_links.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except CommandError as exc:
        print(f"{exc.where}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except FastpathError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
