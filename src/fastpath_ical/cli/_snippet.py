"""The ``snippet`` subcommand: subscribe and per-talk buttons for the workshop's own page.

An organizer whose site is built by Jekyll or Hugo includes the fragment in
their program page; its links point at the folder ``site`` published.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import LinkError
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_page_argument,
    add_reading_arguments,
    check_feed_name,
    load,
    require_extra,
    warn,
    write_file,
)
from ._hints import hints_from

__all__ = ["register"]


def _snippet(args: argparse.Namespace) -> int:
    require_extra("jinja2", "site", "snippet")
    from ..site import render_snippet

    reading, name = load(args.page, timezone=args.tz, hints=hints_from(args))
    warn(reading, name, strict=args.strict)
    feed_name = check_feed_name(args.feed_name)
    try:
        text = render_snippet(
            reading.program, base_url=args.base_url, format=args.format, feed_name=feed_name
        )
    except LinkError as exc:
        raise CommandError(str(exc), where=f"{PROG}: --base-url") from None
    if args.output in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    write_file(args.output, text.encode("utf-8"))
    print(f"{PROG}: wrote {args.output}", file=sys.stderr)
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``snippet`` to the command line."""
    snippet = commands.add_parser(
        "snippet",
        help="print subscribe and add-to-calendar buttons to include in your own page",
        description="Print the subscribe and per-talk buttons as a fragment for a Jekyll or "
        "Hugo page (HTML, or Markdown), linking to the site folder published at --base-url. "
        "Needs the [site] extra (Jinja2).",
    )
    add_page_argument(snippet)
    snippet.add_argument(
        "--base-url",
        metavar="URL",
        required=True,
        help="the http(s) URL the site folder (feed and events/) is published at",
    )
    snippet.add_argument(
        "--format",
        choices=("html", "markdown"),
        default="html",
        help="an HTML fragment (default) or Markdown",
    )
    snippet.add_argument(
        "-o", "--output", metavar="FILE", help="write here, atomically (default: stdout)"
    )
    snippet.add_argument(
        "--feed-name",
        metavar="NAME.ics",
        help="the feed's file name, as given to site (default: SHORTNAME.ics)",
    )
    add_reading_arguments(snippet)
    snippet.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    snippet.set_defaults(run=_snippet)
