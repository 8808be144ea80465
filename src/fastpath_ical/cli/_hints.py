"""What a page leaves out, given on the command line: ``--date``, ``--end``, ``--title``,
``--page-url``.

They are :func:`~fastpath_ical.page.read_page`'s keywords, as the front
matter's ``fastpath-ical:`` block gives them; a flag wins over the block.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TypedDict

from .._validators import check_url
from ..errors import ProgramError

__all__ = ["PageHints", "add_hint_arguments", "hints_from"]


class PageHints(TypedDict, total=False):
    """``read_page``'s keywords for what the page does not say."""

    date: dt.date
    year: int
    end: dt.time
    title: str
    page_url: str


def _date_or_year(value: str) -> dt.date | int:
    if re.fullmatch(r"\d{4}", value):
        return int(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is no date: give YYYY-MM-DD (the first day) or YYYY (the year)"
        ) from None


def _clock(value: str) -> dt.time:
    if re.fullmatch(r"\d{1,2}:\d{2}", value):
        hours, minutes = (int(part) for part in value.split(":"))
        if hours < 24 and minutes < 60:
            return dt.time(hours, minutes)
    raise argparse.ArgumentTypeError(f"{value!r} is no time of day: give HH:MM, e.g. 18:00")


def _title(value: str) -> str:
    title = " ".join(value.split())
    if not title:
        raise argparse.ArgumentTypeError("give the program's name, e.g. 'FastPath 2021'")
    return title


def _page_url(value: str) -> str:
    try:
        check_url("page_url", value)  # the model's rule for a URL
    except ProgramError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is no page address: give the http(s) URL the page is published at"
        ) from None
    return value


def add_hint_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags for what a page leaves out (each as the front matter's block would say)."""
    parser.add_argument(
        "--date",
        type=_date_or_year,
        metavar="DATE",
        help="the first day (YYYY-MM-DD) of a page that states none (or over the one date "
        "it names, warned), or the year (YYYY) of dates written without one",
    )
    parser.add_argument(
        "--end",
        type=_clock,
        metavar="HH:MM",
        help="when the last item of a day ends, for a page that does not say",
    )
    parser.add_argument(
        "--title", type=_title, metavar="NAME", help="the program's name, over the page's"
    )
    parser.add_argument(
        "--page-url",
        type=_page_url,
        metavar="URL",
        help="the address the page is published at, to make its relative links whole",
    )


def hints_from(args: argparse.Namespace) -> PageHints:
    """The keywords the flags of :func:`add_hint_arguments` give, those given only."""
    hints = PageHints()
    if isinstance(args.date, int):
        hints["year"] = args.date
    elif args.date is not None:
        hints["date"] = args.date
    if args.end is not None:
        hints["end"] = args.end
    if args.title is not None:
        hints["title"] = args.title
    if args.page_url is not None:
        hints["page_url"] = args.page_url
    return hints
