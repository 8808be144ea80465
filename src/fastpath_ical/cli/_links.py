"""The ``links`` subcommand: add-to-calendar and subscribe links for a program.

The links are printed, not opened: they go into a web page or an e-mail,
and a program committee pastes them where its readers are.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..ics import calendar_name, summary
from ..links import (
    WORTH_ADDING,
    EventLinks,
    LinkError,
    SubscribeLinks,
    program_event_links,
    subscribe_links,
)
from ..model import ItemKind
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

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``links`` to the command line."""
    links = commands.add_parser(
        "links",
        help="print add-to-calendar links per talk, and subscribe links for a published feed",
        description="Print Google Calendar and Outlook links that add each talk to a "
        "calendar, and, given the URL the feed is published at, the links that subscribe "
        "to it (webcal, Google Calendar, Outlook.com, Office 365).",
    )
    add_page_argument(links)
    links.add_argument(
        "--feed-url",
        metavar="URL",
        help="http(s) URL the .ics feed is published at; adds the subscribe links",
    )
    links.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )
    links.add_argument("--breaks", action="store_true", help="give links for breaks too")
    add_reading_arguments(links)
    links.add_argument("--strict", action="store_true", help="treat page warnings as errors")
    links.set_defaults(run=_links)


def _links(args: argparse.Namespace) -> int:
    reading, name = load(args.page, timezone=args.tz, hints=hints_from(args))
    warn(reading, name, strict=args.strict)
    program = reading.program
    kinds = frozenset(ItemKind) if args.breaks else WORTH_ADDING
    events = program_event_links(program, kinds=kinds)
    feed: SubscribeLinks | None = None
    if args.feed_url is not None:
        try:
            feed = subscribe_links(args.feed_url, name=calendar_name(program))
        except LinkError as exc:
            raise CommandError(str(exc), where=f"{PROG}: --feed-url") from None
    if args.format == "json":
        text = json.dumps(_as_json(program.short_name, events, feed), ensure_ascii=False, indent=2)
    else:
        text = _as_text(events, feed)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return 0


def _as_json(
    short_name: str, events: tuple[EventLinks, ...], feed: SubscribeLinks | None
) -> dict[str, Any]:
    return {
        "program": short_name,
        "subscribe": None
        if feed is None
        else {
            "url": feed.url,
            "webcal": feed.webcal,
            "google": feed.google,
            "outlook": feed.outlook,
            "office365": feed.office365,
        },
        "events": [
            {
                "uid": links.uid,
                "kind": links.item.kind.value,
                "summary": summary(links.item),
                "start": links.item.start_utc.isoformat().replace("+00:00", "Z"),
                "end": links.item.end_utc.isoformat().replace("+00:00", "Z"),
                "google": links.google,
                "outlook": links.outlook,
                "office365": links.office365,
            }
            for links in events
        ],
    }


def _as_text(events: tuple[EventLinks, ...], feed: SubscribeLinks | None) -> str:
    blocks = []
    if feed is not None:
        blocks.append(
            "\n".join(
                [
                    "Subscribe (follows every change to the program)",
                    f"  Apple Calendar, Thunderbird, Outlook desktop: {feed.webcal}",
                    f"  Google Calendar: {feed.google}",
                    f"  Outlook.com: {feed.outlook}",
                    f"  Office 365: {feed.office365}",
                    f"  Feed: {feed.url}",
                ]
            )
        )
    for links in events:
        item = links.item
        blocks.append(
            "\n".join(
                [
                    f"{summary(item)}",
                    f"  {item.start_utc:%Y-%m-%d %H:%M}–{item.end_utc:%H:%M} UTC  {links.uid}",
                    f"  Google Calendar: {links.google}",
                    f"  Outlook.com: {links.outlook}",
                    f"  Office 365: {links.office365}",
                ]
            )
        )
    return "\n\n".join(blocks)
