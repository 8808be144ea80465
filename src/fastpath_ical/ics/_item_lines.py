"""An item's VEVENT written as content lines straight from its properties, for ``feed_bytes``
and the streamed update (``_streamed``).

Made into an ``icalendar.Event`` first, each event of a feed costs a typed
value and an empty parameter list per property, a caseless dictionary, its
keys sorted, and a ``vDDDTypes`` (with a ``Parameters`` of its own) for every
time only to look up a line written before: at 10,000 items, building and
writing was 2.8 s of a 8.4 s build, more than a plain icalendar loop's
events cost.  Here the same properties (:func:`~fastpath_ical.ics._build.item_properties`)
are typed by the types ``Event.add`` gives their names and written by the
same :class:`~fastpath_ical.ics._bytes.LineWriter`, in the order
``Event.sorted_keys`` gives them; a time's line is worked out once per
wall-clock time and zone.  So the lines are those of the event, and the
property tests of ``feed_bytes`` hold them to ``calendar_bytes(build_calendar(...))``.
What this does not write (an alarm inside, an HTML copy of the description)
stays with the event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from icalendar import Event, vDDDTypes, vText
from icalendar.caselessdict import canonsort_keys

from ._bytes import LineWriter

__all__ = ["ItemLines"]

#: The names whose values are times: written through :meth:`ItemLines._time`.
_TIMES = frozenset({"DTSTART", "DTEND", "DTSTAMP"})
#: The two whose zone the VTIMEZONE plan needs (``_vtimezone.zoned_times``).
_ZONED = ("DTSTART", "DTEND")


class ItemLines:
    """The lines of item events, for one feed: times already written are kept here."""

    def __init__(self, writer: LineWriter) -> None:
        self._writer = writer
        # As LineWriter writes a component's name: a TEXT value, escaped twice.
        self._begin = writer.line("BEGIN", vText("VEVENT").to_ical())
        self._end = writer.line("END", vText("VEVENT").to_ical())
        #: (wall-clock time, zone's id) -> (zone, line after the name, TZID); the zone
        #: is kept and compared on a hit, so a reused id is never taken for it.
        self._times: dict[tuple[object, int], tuple[object, str, str | None]] = {}
        #: (name, the value's type, the value, its parameters) -> line.
        self._lines: dict[object, str] = {}
        self._types: dict[str, type] = {}

    def lines(
        self,
        properties: Sequence[tuple[str, object, Mapping[str, str] | None]],
        left_out: Collection[str] = (),
    ) -> tuple[list[str], list[tuple[str, dt.datetime]]]:
        """The event's lines (``LineWriter.lines_of(event)``, or ``lines_but(event,
        left_out)``) and its zoned times (``zoned_times(event)``)."""
        by_name: dict[str, list[str]] = {}
        zoned: dict[str, tuple[str, dt.datetime]] = {}
        for name, value, parameters in properties:
            if name in left_out:
                continue
            if name in _TIMES and parameters is None and type(value) is dt.datetime:
                text, tzid = self._time(value)
                line = name + text
                if tzid and name in _ZONED and value.tzinfo is not None:
                    zoned[name] = (tzid, value)
            else:
                line = self._line(name, value, parameters)
            by_name.setdefault(name, []).append(line)
        lines = [self._begin]
        for name in canonsort_keys(by_name, Event.canonical_order):
            lines += by_name[name]
        lines.append(self._end)
        return lines, [zoned[name] for name in _ZONED if name in zoned]

    def _line(self, name: str, value: object, parameters: Mapping[str, str] | None) -> str:
        """The line of a value of the type ``Event.add`` gives ``name``: written once for a
        value every event repeats (STATUS, SEQUENCE, the CATEGORIES of a kind)."""
        shared = tuple(value) if type(value) is list else value
        key: object = (name, type(value), shared, parameters and tuple(parameters.items()))
        try:
            known = self._lines.get(key)
        except TypeError:  # a value that is not hashable
            known, key = None, None
        if known is not None:
            return known
        kind = self._types.get(name)
        if kind is None:
            kind = self._types[name] = Event.types_factory.for_property(name)
        typed = kind(value)
        for param, text in (parameters or {}).items():
            typed.params[param] = text
        line = self._writer.line(name, typed)
        if key is not None:
            if len(self._lines) >= _KEPT:  # most values are one event's own: forget them
                self._lines.clear()
            self._lines[key] = line
        return line

    def _time(self, moment: dt.datetime) -> tuple[str, str | None]:
        """The line of a time after its name, and its TZID: one talk's end is the next
        one's start, and DTSTAMP is the same on every event."""
        zone = moment.tzinfo
        key = (moment.replace(tzinfo=None), id(zone))
        known = self._times.get(key)
        if known is None or known[0] is not zone:
            typed = vDDDTypes(moment)
            text = self._writer.line("X", typed)[1:]
            known = self._times[key] = (zone, text, typed.params.get("TZID"))
        return known[1], known[2]


#: How many written lines an :class:`ItemLines` keeps before it forgets them all.
_KEPT = 4096
