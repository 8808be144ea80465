"""The values of plain content lines, made as icalendar's parser makes them, without it.

An update with half the talks replaced keeps half the previous feed as
cancelled events, each a *stub* of a few lines (``_carried``): UID, SUMMARY,
DTSTART and DTEND.  icalendar's parser spends most of its time on such a
line splitting it, one character at a time (``Contentline.parts``), and
making a ``Parameters`` of what it found; making the value from the parts
is a small share.  For a line written as a plain ``NAME:value`` or
``NAME;TZID=Zone/Name:value``, the parts are known from the line's shape:
the name before the first ``;`` or ``:``, no parameter or one TZID whose
value needs no quoting or unescaping, and the value after the first
colon, its backslashes unescaped as ``parts`` does.  From those parts the
value is made by the same calls as the parser's (``ComponentIcalParser``:
``handle_property`` and ``parse_and_add_property``): the type its factory
gives for the name, ``from_ical`` with the TZID for a date-time, the typed
value with the parameters set on it, ``Component.add`` without encoding.

Only the names whose lines the parser reads that generic way are made
here (:data:`MADE`), and CATEGORIES, which it splits on the commas not
escaped before it makes the value (``handle_categories``); anything with a
VALUE parameter, and every other line, are left to the parser.  A
value icalendar cannot read is not made either: the parser keeps it as
broken and records an error, which the caller then reads from the
parser itself.

The zone of a TZID is looked up when the value is made.  icalendar's
parser reads every VTIMEZONE of a calendar before any value that names
it (it reads a calendar again when a VTIMEZONE comes after an event), so
a value made after the calendar's other lines were parsed finds the zone
the parser would have found.  Property tests hold each value made here
to the parser's, type, value, zone, parameters and written bytes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from icalendar import Calendar, Event, Parameters
from icalendar.parser import unescape_backslash
from icalendar.parser.ical.component import ComponentIcalParser
from icalendar.parser.property import split_on_unescaped_comma

__all__ = ["MADE", "is_plain", "made_event"]

#: The properties made here: all a stub holds (``_carried``), each read by the generic path.
MADE = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DTSTAMP",
    "LAST-MODIFIED",
    "SEQUENCE",
    "STATUS",
    "TRANSP",
    "CATEGORIES",
)

#: The date-time properties that take a TZID (the parser's own list).
_ZONED = tuple(name for name in MADE if name in ComponentIcalParser.datetime_names)

#: A TZID ``parts`` reads as it is written: no quote, no escape, no list, no blank.
_ZONE = r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*"
_PLAIN = re.compile(
    rf"(?P<zoned>{'|'.join(_ZONED)});TZID=(?P<tzid>{_ZONE}):(?P<zoned_value>[^\r\n]*)"
    rf"|(?P<name>{'|'.join(MADE)}):(?P<value>[^\r\n]*)"
)


def is_plain(line: str) -> bool:
    """Whether ``line`` is one whose value :func:`made_event` makes."""
    return _PLAIN.fullmatch(line) is not None


def made_event(lines: Sequence[str]) -> Event | None:
    """The VEVENT icalendar's parser makes of ``lines`` (``BEGIN:VEVENT``, plain lines of
    distinct names, ``END:VEVENT``); None where one is not plain or not readable."""
    if lines[0] != "BEGIN:VEVENT" or lines[-1] != "END:VEVENT":
        return None
    event = Event()
    for line in lines[1:-1]:
        match = _PLAIN.fullmatch(line)
        if match is None:
            return None
        if match["zoned"]:
            name, raw, tzid = match["zoned"], match["zoned_value"], match["tzid"]
        else:
            name, raw, tzid = match["name"], match["value"], None
        if name in event:  # the parser would list the values
            return None
        factory = _factory(name)
        try:
            if name == "CATEGORIES":  # split on the commas not escaped, as written
                typed = factory(split_on_unescaped_comma(raw))
            else:
                value = unescape_backslash(raw)
                read = factory.from_ical(value, tzid) if tzid else factory.from_ical(value)
                typed = factory(read)
        except (ValueError, TypeError, OSError, LookupError, OverflowError):
            return None  # the parser keeps it broken, or says why: left to it
        # The parameters parts() reads: TZID alone, or none.  Where the type made the same
        # of the value (its zone's name; nothing), they are kept, an allocation less.
        wanted = {"TZID": tzid} if tzid else {}
        made = getattr(typed, "params", None)
        if type(made) is not Parameters or dict.items(made) != wanted.items():
            typed.params = Parameters(wanted)
        event[name] = typed  # add(name, typed, encode=False) of a name the event has not
    return event


@functools.cache
def _factory(name: str) -> Any:
    """The type icalendar's parser reads a property's value with, without a VALUE."""
    return Calendar.types_factory.for_property(name, None)
