"""Reminders: reading a lead time such as ``15m`` and making the VALARM for it.

A reminder is the reader's preference, not the talk's content, so it is off
by default and ``_updates`` does not count a VALARM as a
change.  ACTION:DISPLAY needs a DESCRIPTION (RFC 5545, 3.6.6); clients that
show it put the talk's summary on screen, so that is what it says.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm

from .._arguments import checked
from .._patterns import lazy_compile
from ..errors import AlarmError

__all__ = ["AlarmError", "parse_lead", "reminder"]

_PART = lazy_compile(r"(\d+)([dhms])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


@checked
def parse_lead(text: str) -> dt.timedelta:
    """``15m``, ``1h``, ``1h30m``, ``2d``, ``90s``: how long before the start to remind.

    Units are required, because a bare ``15`` means minutes to one reader and
    seconds to another.
    """
    compact = text.strip().lower().replace(" ", "")
    parts = _PART.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise AlarmError(f"not a lead time like 15m, 1h or 1h30m: {text!r}", text=text)
    if any(len(number) > 9 for number, _ in parts):  # int() refuses past 4300 digits anyway
        raise AlarmError(f"lead time too long: {text!r}", text=text)
    try:
        return dt.timedelta(**{_UNITS[unit]: int(number) for number, unit in _merge(parts)})
    except OverflowError:
        raise AlarmError(f"lead time too long: {text!r}", text=text) from None


def _merge(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    totals: dict[str, int] = {}
    for number, unit in parts:
        totals[unit] = totals.get(unit, 0) + int(number)
    return [(str(n), u) for u, n in totals.items()]


@checked
def reminder(lead: dt.timedelta, description: str) -> Alarm:
    """A DISPLAY alarm ``lead`` before the event starts."""
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", description)
    alarm.add("TRIGGER", -lead)
    return alarm
