"""The ``agenda`` subcommand: the program in a reader's zone.

``--in`` is the reader's zone; ``--tz`` is the page's, as in every command.

This is the edge where the machine's zone is read (``TZ``, ``/etc/localtime``,
``/etc/timezone``); the library functions take a zone and never look.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..agenda import agenda, agenda_json, agenda_markdown, agenda_text
from ..errors import ZoneError
from ..zones import load_zone
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_page_argument,
    add_reading_arguments,
    load,
    warn,
)
from ._hints import hints_from

__all__ = ["machine_zone", "register"]


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``agenda`` to the command line."""
    show = commands.add_parser(
        "agenda",
        help="print the program in any time zone, with the program's zone and UTC beside",
        description="Print the program in a time zone (default: this machine's), with the "
        "program's own zone and UTC alongside, and a heading where the date changes.",
    )
    add_page_argument(show)
    show.add_argument(
        "--in",
        "--show-tz",
        dest="reader_zone",
        metavar="ZONE",
        help="IANA zone to show the times in (default: this machine's zone, else UTC)",
    )
    add_reading_arguments(show)
    show.add_argument("--page-tz", metavar="ZONE", help="deprecated: the same as --tz")
    show.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text (default), a Markdown table, or a JSON list of items",
    )
    show.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    show.set_defaults(run=_agenda)


def _zone_from_path(path: str) -> str | None:
    """``Europe/Zurich`` from ``/usr/share/zoneinfo/Europe/Zurich`` (or a ``TZ`` value)."""
    names = available_timezones()
    parts = Path(path).parts
    for start in range(len(parts)):
        name = "/".join(parts[start:])
        if name in names:
            return name
    return None


def machine_zone(
    environ: dict[str, str] | None = None, root: Path = Path("/")
) -> tuple[str, str | None]:
    """This machine's IANA zone and, when it had to fall back to UTC, why.

    ``TZ`` first (an IANA name, or ``:`` and a path into a zoneinfo tree),
    then the ``/etc/localtime`` link, then ``/etc/timezone`` (Debian).
    """
    env = os.environ if environ is None else environ
    value = env.get("TZ", "").strip()
    if value:
        name = value.removeprefix(":")
        try:
            ZoneInfo(name)
            return name, None
        except (ZoneInfoNotFoundError, ValueError, OSError):
            found = _zone_from_path(name)
            if found:
                return found, None
        return "UTC", f"TZ={value!r} is not an IANA zone; showing UTC (give --in)"
    localtime = root / "etc" / "localtime"
    try:
        found = _zone_from_path(str(localtime.resolve(strict=True)))
    except OSError:
        found = None
    if found:
        return found, None
    try:
        name = (root / "etc" / "timezone").read_text(encoding="utf-8").strip()
        ZoneInfo(name)
        return name, None
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return "UTC", "cannot tell this machine's time zone; showing UTC (give --in)"


def _reader_zone(value: str | None) -> str:
    if value is None:
        zone, why = machine_zone()
        if why:
            print(f"{PROG}: {why}", file=sys.stderr)
        return zone
    try:
        return load_zone(value).key
    except ZoneError as exc:
        raise CommandError(f"--in: {exc}") from None


def _page_zone(args: argparse.Namespace) -> tuple[str | None, str, list[str]]:
    """The page's zone, the option that gave it, and what to say about the options used.

    ``--tz`` was the reader's zone here before it meant the page's, as it does
    in every other command: an old ``agenda --tz Asia/Tokyo`` would now read
    the page's times as Tokyo's, so that use is said out loud.
    """
    notes = []
    if args.page_tz is not None:
        if args.tz is not None and args.tz != args.page_tz:
            raise CommandError(
                f"--tz {args.tz} and --page-tz {args.page_tz} both give the page's zone; "
                "give --tz only (--in ZONE is the zone to show times in)"
            )
        notes.append("--page-tz is deprecated: give --tz, the page's zone in every command")
        return args.page_tz, "--page-tz", notes
    if args.tz is not None and args.reader_zone is None:
        notes.append(
            "agenda --tz is now the page's zone, as in build and check; "
            "--in ZONE is the zone to show times in"
        )
    return args.tz, "--tz", notes


def _agenda(args: argparse.Namespace) -> int:
    zone = _reader_zone(args.reader_zone)
    page_zone, option, notes = _page_zone(args)
    reading, name = load(args.page, timezone=page_zone, option=option, hints=hints_from(args))
    for note in notes:
        print(f"{PROG}: warning: {note}", file=sys.stderr)
    warn(reading, name, strict=args.strict)
    schedule = agenda(reading.program, zone)
    render = {"text": agenda_text, "markdown": agenda_markdown, "json": agenda_json}[args.format]
    sys.stdout.write(render(schedule))
    sys.stdout.flush()
    return 0
