"""The ``site`` subcommand: a page into a static folder to publish (HTML, feed, one file per item).

The feed is the ``build`` command's, updated against ``--previous`` the same
way, so publishing through the site moves SEQUENCE exactly as ``build``
would.  The folder is written file by file, atomically, and only where a
file changed; ``DIR/events/`` is the tool's own, and item files of items no
longer on the program are removed from it (nothing else is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from icalendar import Calendar

from ..errors import LinkError
from ..ics import FeedOptions, build_calendar
from ..model import Program
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_location_argument,
    add_page_argument,
    add_reading_arguments,
    add_update_arguments,
    check_feed_name,
    check_previous,
    check_update,
    load,
    previous_bytes,
    previous_for,
    require_extra,
    stamp_from,
    update_from,
    warn,
)
from ._hints import hints_from

__all__ = ["register"]


def _build_site(
    program: Program,
    *,
    base_url: str,
    feed_name: str | None,
    previous: str | None,
    stamp: str | None,
    allow_removals: bool = False,
) -> dict[str, bytes]:
    """The site's files: the feed (updated against ``previous`` when given) and the pages.

    The update is guarded as ``build``'s is: a previous feed of another
    program, or one that the update would empty of many talks, stops it.
    """
    from ..site import render_site

    data = previous_bytes(previous) if previous else None
    when = stamp_from(stamp)
    if data is not None and when is None:
        when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar: Calendar = build_calendar(program, FeedOptions(stamp=when))
    carried: tuple[tuple[str, str], ...] = ()
    if previous is not None and data is not None and when is not None:
        feed = previous_for(previous, data, calendar)  # only the changed events parsed
        check_previous(calendar, feed)
        result = update_from(calendar, feed, when)
        check_update(result, feed, allow_removals=allow_removals)
        calendar, carried = result.calendar, result.carried
    try:
        return render_site(
            program, base_url=base_url, calendar=calendar, feed_name=feed_name, carried=carried
        )
    except LinkError as exc:
        raise CommandError(str(exc), where=f"{PROG}: --base-url") from None


def _site(args: argparse.Namespace) -> int:
    require_extra("jinja2", "site", "site")
    from ..site import write_site

    reading, name = load(
        args.page, timezone=args.tz, location=args.location, hints=hints_from(args)
    )
    warn(reading, name, strict=args.strict)
    files = _build_site(
        reading.program,
        base_url=args.base_url,
        feed_name=check_feed_name(args.feed_name),
        previous=args.previous,
        stamp=args.stamp,
        allow_removals=args.allow_removals,
    )
    try:
        written = write_site(args.output, files)
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else args.output
        raise CommandError(f"cannot write: {exc.strerror or exc}", where=where) from None
    removed = f", removed {len(written.removed)} stale" if written.removed else ""
    print(
        f"{PROG}: wrote {args.output} ({len(files)} files: {len(written.changed)} changed, "
        f"{len(written.unchanged)} unchanged{removed})",
        file=sys.stderr,
    )
    return 0


def _add_site_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--feed-name",
        metavar="NAME.ics",
        help="the feed's file name; it is the subscription URL, so keep it stable "
        "(default: SHORTNAME.ics, e.g. fastpath2021.ics)",
    )
    add_reading_arguments(parser)
    parser.add_argument("--strict", action="store_true", help="treat page warnings as errors")


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``site`` to the command line."""
    site = commands.add_parser(
        "site",
        help="write a static site folder: the program as HTML, the feed, one .ics per item",
        description="Write a self-contained static folder for a program page: index.html "
        "(the program, subscribe and add-to-calendar links), the feed and one .ics file per "
        "item in events/. Needs the [site] extra (Jinja2).",
    )
    add_page_argument(site)
    site.add_argument(
        "-o", "--output", metavar="DIR", required=True, help="the folder to write (created)"
    )
    site.add_argument(
        "--base-url",
        metavar="URL",
        required=True,
        help="the http(s) URL the folder is published at, for the subscribe links",
    )
    add_update_arguments(site)
    site.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="DTSTAMP as ISO 8601 with offset (default: SOURCE_DATE_EPOCH, else 00:00 UTC "
        "on the program's first day, or now with --previous)",
    )
    _add_site_arguments(site)
    add_location_argument(site)
    site.set_defaults(run=_site)
