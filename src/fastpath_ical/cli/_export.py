"""The ``export`` subcommand: the program in a schedule app's, a calendar's or a script's format.

The work is :func:`fastpath_ical.export.export`; this module reads the page,
turns the flags into :class:`~fastpath_ical.export.ExportOptions` and writes
the bytes to stdout or, atomically, to ``-o FILE``.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import ExportError
from ..export import ExportFormat, ExportOptions, export
from ..ics import FeedOptions
from ..output import write_atomic
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_location_argument,
    add_page_argument,
    add_reading_arguments,
    load,
    stamp_from,
    warn,
)
from ._hints import hints_from

__all__ = ["register"]


def _export(args: argparse.Namespace) -> int:
    reading, name = load(
        args.page, timezone=args.tz, location=args.location, hints=hints_from(args)
    )
    warn(reading, name, strict=args.strict)
    try:
        options = ExportOptions(
            feed=FeedOptions(stamp=stamp_from(args.stamp)), language=args.language
        )
    except ExportError as exc:
        raise CommandError(f"--language: {exc}") from None
    data = export(reading.program, args.format, options)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        write_atomic(args.output, data)
    except OSError as exc:
        raise CommandError(f"cannot write: {exc.strerror or exc}", where=args.output) from None
    print(f"{PROG}: wrote {args.output} ({args.format})", file=sys.stderr)
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``export`` to the command line."""
    names = [each.value for each in ExportFormat]
    command = commands.add_parser(
        "export",
        help="write the program as jCal, xCal, frab XML, schedule JSON, JSON, CSV or a page",
        description="Write the program in another format: "
        "ics (the feed, as build writes it), jcal (RFC 7265), xcal (RFC 6321), "
        "frab (schedule XML for Giggity, ConfClerk, EventFahrplan), "
        "schedule-json (schedule2 JSON), schedule1-json (schedule.json as pretalx exports it), "
        "json (the program itself, versioned), csv (one row per item, local and UTC times), "
        "markdown (the program page).",
    )
    add_page_argument(command)
    command.add_argument(
        "--format", "-f", required=True, choices=names, metavar="FORMAT", help=", ".join(names)
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="output file, replaced atomically; '-' or nothing for stdout",
    )
    add_reading_arguments(command)
    add_location_argument(command)
    command.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="DTSTAMP of ics, jcal and xcal, as for build (default: SOURCE_DATE_EPOCH, "
        "else 00:00 UTC on the program's first day)",
    )
    command.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="the talks' language as two letters, which schedule2 JSON requires (default: en)",
    )
    command.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    command.set_defaults(run=_export)
