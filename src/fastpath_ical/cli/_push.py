"""The ``push`` subcommand: the program's items into a CalDAV calendar, kept in step.

The password is read from ``FASTPATH_CALDAV_PASSWORD`` or asked for on the
terminal, never taken from the command line (where ``ps`` and shell history
would show it).  The wall clock stamps what changes unless ``--stamp`` or
``SOURCE_DATE_EPOCH`` gives the moment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys

from ..ics import FeedOptions
from ..publish import Action, push
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

__all__ = ["PASSWORD_VARIABLE", "register"]

#: Where push reads the password from, when the server needs one.
PASSWORD_VARIABLE = "FASTPATH_CALDAV_PASSWORD"


def _password(user: str | None) -> str:
    if user is None:
        return ""
    if PASSWORD_VARIABLE in os.environ:
        return os.environ[PASSWORD_VARIABLE]
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(f"CalDAV password for {user}: ")
        except EOFError:
            pass
    raise CommandError(
        f"--user {user}: no password; set {PASSWORD_VARIABLE}, or run push on a terminal "
        "to be asked (a password is never taken from the command line)"
    )


def _push(args: argparse.Namespace) -> int:
    reading, name = load(
        args.page, timezone=args.tz, location=args.location, hints=hints_from(args)
    )
    warn(reading, name, strict=args.strict)
    password = _password(args.user)
    now = stamp_from(args.stamp) or dt.datetime.now(dt.UTC).replace(microsecond=0)
    options = FeedOptions(breaks=not args.no_breaks)
    result = push(
        reading.program,
        args.caldav,
        now,
        user=args.user,
        password=password,
        options=options,
        delete_removed=args.delete_removed,
    )
    for warning in result.plan.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    counts = ", ".join(
        f"{result.count(action)} {label}"
        for action, label in (
            (Action.CREATE, "created"),
            (Action.UPDATE, "updated"),
            (Action.CANCEL, "cancelled"),
            (Action.DELETE, "deleted"),
        )
    )
    made = "; made the calendar" if result.created_calendar else ""
    print(
        f"{PROG}: pushed to {args.caldav}: {counts}, {len(result.plan.unchanged)} unchanged{made}",
        file=sys.stderr,
    )
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``push`` to the command line."""
    command = commands.add_parser(
        "push",
        help="put one object per item into a CalDAV calendar, writing only what changed",
        description="Publish a program page into a CalDAV calendar: create what is missing, "
        "update what changed (SEQUENCE + 1, If-Match), cancel or delete what the page no "
        f"longer has, change nothing when nothing changed. Password: ${PASSWORD_VARIABLE}, "
        "else a prompt.",
    )
    add_page_argument(command)
    command.add_argument(
        "--caldav",
        required=True,
        metavar="URL",
        help="the calendar collection, e.g. https://dav.example.org/alice/fastpath2021/ "
        "(made if missing)",
    )
    command.add_argument("--user", metavar="U", help="user name for HTTP Basic authentication")
    command.add_argument(
        "--delete-removed",
        action="store_true",
        help="delete the objects of talks the page no longer has (default: keep them, "
        "STATUS:CANCELLED, so clients that synced them drop them)",
    )
    command.add_argument("--no-breaks", action="store_true", help="leave breaks and meals out")
    add_reading_arguments(command)
    add_location_argument(command)
    command.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="the DTSTAMP of what changes, ISO 8601 with offset (default: SOURCE_DATE_EPOCH, "
        "else now)",
    )
    command.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    command.set_defaults(run=_push)
