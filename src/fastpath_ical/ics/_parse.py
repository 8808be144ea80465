"""Bytes into an ``icalendar.Calendar``, for every reader of feeds: whole, or a clear error."""

from __future__ import annotations

from icalendar import Calendar, Component

from .._arguments import checked
from ..errors import FeedError

__all__ = ["categories", "parse_calendar"]


@checked
def parse_calendar(data: bytes, error: type[FeedError] = FeedError) -> Calendar:
    """``data`` as an iCalendar VCALENDAR, or ``error`` saying why it is not one.

    It must be UTF-8 (RFC 5545, 3.1.4): read any other way, a name would be
    compared wrongly.  ``OSError`` is zoneinfo opening a TZID that names a
    tzdata folder ("Europe") while icalendar parses.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"not UTF-8 (byte 0x{data[exc.start]:02x} on line {line})") from None
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError, OSError) as exc:
        first = str(exc).split(":", 1)[0]
        raise error(f"not an iCalendar file ({first})") from None
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        found = getattr(calendar, "name", "") or "nothing"
        raise error(f"not an iCalendar file (found {found})")
    return calendar


@checked
def categories(event: Component) -> list[str]:
    """The values of an event's CATEGORIES, however many properties hold them."""
    value = event.get("CATEGORIES")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [str(cat) for entry in values for cat in getattr(entry, "cats", [entry])]
