"""fastpath-ical: workshop program pages in, calendar feeds people can trust out.

The public surface, re-exported here, is small: the model, reading a page,
the shipped FastPath 2021 program, building the feed and reading it back;
the agenda, page checks, updates and calendar links are in their modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_names
from ._version import __version__

if TYPE_CHECKING:
    from .errors import (
        FastpathError,
        FeedError,
        ForeignFeedError,
        LocalTimeError,
        OptionsError,
        PageError,
        PreviousFeedError,
        ProgramError,
        RemovalError,
        SizeError,
        ZoneError,
    )
    from .ics import FeedOptions, build_calendar, feed_bytes, read_feed, uids
    from .model import Conference, Item, ItemKind, Link, LinkKind, Person, Program
    from .output import write_atomic
    from .page import (
        PageReading,
        PageWarning,
        fastpath2021,
        fastpath2021_page,
        read_page,
        read_program,
    )
    from .zones import localize, resolve_zone

#: Where each public name lives: imported on first use, so that ``import fastpath_ical``
#: (and the command line, which starts with it) loads only what it uses.
_HOMES = {
    **dict.fromkeys(
        (
            "FastpathError",
            "FeedError",
            "ForeignFeedError",
            "LocalTimeError",
            "OptionsError",
            "PageError",
            "PreviousFeedError",
            "ProgramError",
            "RemovalError",
            "SizeError",
            "ZoneError",
        ),
        ".errors",
    ),
    **dict.fromkeys(("FeedOptions", "build_calendar", "feed_bytes", "read_feed", "uids"), ".ics"),
    **dict.fromkeys(
        ("Conference", "Item", "ItemKind", "Link", "LinkKind", "Person", "Program"), ".model"
    ),
    "write_atomic": ".output",
    **dict.fromkeys(
        (
            "PageReading",
            "PageWarning",
            "fastpath2021",
            "fastpath2021_page",
            "read_page",
            "read_program",
        ),
        ".page",
    ),
    **dict.fromkeys(("localize", "resolve_zone"), ".zones"),
}


__all__ = [
    "Conference",
    "FastpathError",
    "FeedError",
    "FeedOptions",
    "ForeignFeedError",
    "Item",
    "ItemKind",
    "Link",
    "LinkKind",
    "LocalTimeError",
    "OptionsError",
    "PageError",
    "PageReading",
    "PageWarning",
    "Person",
    "PreviousFeedError",
    "Program",
    "ProgramError",
    "RemovalError",
    "SizeError",
    "ZoneError",
    "__version__",
    "build_calendar",
    "fastpath2021",
    "fastpath2021_page",
    "feed_bytes",
    "localize",
    "read_feed",
    "read_page",
    "read_program",
    "resolve_zone",
    "uids",
    "write_atomic",
]

__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
