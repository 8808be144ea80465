"""Calendars: a :class:`~fastpath_ical.model.Program` into iCalendar, and back.

The stages, each a private module: what the feed says in words
(``_wording``), which item is which across builds (``_identity``), the
VTIMEZONE blocks (``_vtimezone``, with the yearly rules
Outlook keeps in ``_rules`` and the readers' readings of a block in
``_readings``), the options (``_options``), the builder
(``_build``), reminders (``_alarms``), the HTML description (``_html``);
then, reading feeds: bytes to a calendar (``_parse``), a feed back into a
program (``_readback``, each event's DESCRIPTION read by
``_description``), an update against the previous feed
(``_updates``), the guards that stop an update from cancelling talks by
accident (``_guards``, with their limits in ``_removal_limits``), the update written
one event at a time (``_streamed``) and the feeds cut from a whole one
(``_select``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

if TYPE_CHECKING:
    from ._alarms import parse_lead, reminder
    from ._build import FEED_ONLY, PRODID, build_calendar, feed_bytes, single_event_calendar
    from ._bytes import calendar_bytes
    from ._guards import check_removals, check_same_program, removal_allowance
    from ._identity import DEFAULT_UID_DOMAIN, item_key, key_of_uid, keys, slug, uid_of, uids
    from ._options import FeedOptions, default_stamp
    from ._parse import categories, parse_calendar
    from ._readback import read_feed
    from ._removal_limits import REMOVAL_FLOOR, REMOVAL_SHARE
    from ._select import by_speaker, only, only_update, selected_uids, split
    from ._streamed import Outcomes, Streamed, UpdateToWrite, stream_update, update_to_write
    from ._updates import (
        MEANINGFUL,
        Previous,
        Update,
        previous_events,
        read_previous,
        read_previous_for,
        update,
        update_bytes,
        update_from_feed,
        update_previous,
    )
    from ._vtimezone import with_timezones
    from ._wording import DASH, calendar_name, describe, details, summary

#: Where each public name lives, imported on first use: the agenda and the calendar
#: links need the wording, not icalendar.
_HOMES = {
    **dict.fromkeys(("parse_lead", "reminder"), "._alarms"),
    **dict.fromkeys(
        ("FEED_ONLY", "PRODID", "build_calendar", "feed_bytes", "single_event_calendar"),
        "._build",
    ),
    "calendar_bytes": "._bytes",
    **dict.fromkeys(("check_removals", "check_same_program", "removal_allowance"), "._guards"),
    **dict.fromkeys(
        ("DEFAULT_UID_DOMAIN", "item_key", "key_of_uid", "keys", "slug", "uid_of", "uids"),
        "._identity",
    ),
    **dict.fromkeys(("FeedOptions", "default_stamp"), "._options"),
    **dict.fromkeys(("categories", "parse_calendar"), "._parse"),
    "read_feed": "._readback",
    **dict.fromkeys(("REMOVAL_FLOOR", "REMOVAL_SHARE"), "._removal_limits"),
    **dict.fromkeys(("by_speaker", "only", "only_update", "selected_uids", "split"), "._select"),
    **dict.fromkeys(
        ("Outcomes", "Streamed", "UpdateToWrite", "stream_update", "update_to_write"), "._streamed"
    ),
    **dict.fromkeys(
        (
            "MEANINGFUL",
            "Previous",
            "Update",
            "previous_events",
            "read_previous",
            "read_previous_for",
            "update",
            "update_bytes",
            "update_from_feed",
            "update_previous",
        ),
        "._updates",
    ),
    "with_timezones": "._vtimezone",
    **dict.fromkeys(("DASH", "calendar_name", "describe", "details", "summary"), "._wording"),
}


__all__ = [
    "DASH",
    "DEFAULT_UID_DOMAIN",
    "FEED_ONLY",
    "MEANINGFUL",
    "PRODID",
    "REMOVAL_FLOOR",
    "REMOVAL_SHARE",
    "FeedOptions",
    "Outcomes",
    "Previous",
    "Streamed",
    "Update",
    "UpdateToWrite",
    "build_calendar",
    "by_speaker",
    "calendar_bytes",
    "calendar_name",
    "categories",
    "check_removals",
    "check_same_program",
    "default_stamp",
    "describe",
    "details",
    "feed_bytes",
    "item_key",
    "key_of_uid",
    "keys",
    "only",
    "only_update",
    "parse_calendar",
    "parse_lead",
    "previous_events",
    "read_feed",
    "read_previous",
    "read_previous_for",
    "reminder",
    "removal_allowance",
    "selected_uids",
    "single_event_calendar",
    "slug",
    "split",
    "stream_update",
    "summary",
    "uid_of",
    "uids",
    "update",
    "update_bytes",
    "update_from_feed",
    "update_previous",
    "update_to_write",
    "with_timezones",
]

__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
