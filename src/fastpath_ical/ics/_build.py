"""From a :class:`~fastpath_ical.model.Program` to an ``icalendar.Calendar``, and to bytes.

The builder is a pure function of the program and the options: it reads no
clock and no environment, so the same program gives the same bytes.  Escaping,
folding and VTIMEZONE generation are icalendar's; this module only decides
what goes into the feed.

The VTIMEZONE blocks are the ``_vtimezone`` module's: one yearly rule per
zone, the way Outlook keeps it, checked against zoneinfo.  :func:`with_timezones` makes them
for whatever events a calendar ends up with (a split file, a feed with
cancelled events carried from a previous one), so every TZID has its
VTIMEZONE.

What a whole feed carries and a single-talk file must not (X-WR-CALNAME and
friends make Outlook and Apple Calendar open a one-event file as a new
calendar) is decided here too: :data:`FEED_ONLY`, :func:`single_event_calendar`.
docs/compatibility.md lists every such rule and the test that holds it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from zoneinfo import ZoneInfo

import attrs
from icalendar import Calendar, Event, vDuration, vText
from icalendar.timezone import tzp

from .._arguments import checked, unchecked
from ..model import Item, ItemKind, LinkKind, Program
from ..zones import is_repeated
from ._alarms import reminder
from ._bytes import LineWriter, fold
from ._copies import copy_component
from ._identity import keys, uid_of, uids
from ._item_lines import ItemLines
from ._options import FeedOptions, default_stamp
from ._vtimezone import event_label, plan_zones, to_utc, with_timezones, zoned_times
from ._wording import calendar_description, calendar_name, describe, summary

# Called once per item or time, on the program build_calendar checked at its door.
_describe, _summary, _is_repeated = unchecked(describe), unchecked(summary), unchecked(is_repeated)

__all__ = [
    "FEED_ONLY",
    "PRODID",
    "build_calendar",
    "feed_bytes",
    "single_event_calendar",
]

#: Calendar properties that describe a subscription; never in a single-talk file.
FEED_ONLY = (
    "NAME",
    "X-WR-CALNAME",
    "DESCRIPTION",
    "X-WR-CALDESC",
    "URL",
    "X-WR-TIMEZONE",
    "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
)

PRODID = "-//fastpath-ical//fastpath-ical//EN"

#: X-ALT-DESC's parameters: VALUE=TEXT, or icalendar, ical.js and sabre/vobject keep the
#: escapes of an X- property they do not know (``&amp\;``, ``\,``) in the HTML.
_HTML = {"FMTTYPE": "text/html", "VALUE": "TEXT"}


def _new_calendar(*, method: bool = True) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    if method:
        calendar.add("METHOD", "PUBLISH")
    return calendar


@checked
def single_event_calendar(event: Event, *, method: bool = True) -> Calendar:
    """A file for one event, to import: no FEED_ONLY property, its own VTIMEZONE.

    With X-WR-CALNAME in it, Outlook and Apple Calendar open a one-talk file
    as a new calendar instead of adding the talk to the reader's own.  Without
    ``method`` it is a calendar object a CalDAV server stores as it is: RFC 4791
    (4.1) forbids METHOD there, and a server built on sabre/vobject (Nextcloud,
    Baïkal) refuses the PUT of one that has it.
    """
    calendar = _new_calendar(method=method)
    calendar.add_component(copy_component(event))
    return with_timezones(calendar)


@checked
def build_calendar(
    program: Program, options: FeedOptions | None = None, *, warnings: list[str] | None = None
) -> Calendar:
    """The feed of ``program``: one VEVENT per item (breaks optional).

    Where a zone's block cannot hold an event's times for every reader, the
    event is written in UTC and a sentence saying so is added to ``warnings``
    (:func:`~fastpath_ical.ics.with_timezones`), so the caller can tell the user.
    """
    calendar, makers = _feed_parts(program, options or FeedOptions())
    for make in makers:
        calendar.add_component(make())
    return with_timezones(calendar, warnings)


def _feed_parts(
    program: Program, options: FeedOptions, *, method: bool = True
) -> tuple[Calendar, list[Callable[[], Event]]]:
    """The feed's calendar with its own properties and no component yet, and what makes
    each of its events, in feed order: built all at once, or one at a time."""
    stamp = (options.stamp or default_stamp(program)).astimezone(dt.UTC)
    zone = program.zone
    pairs = [
        (uid, item, _on_repeated_time(zone, item))
        for uid, item in zip(
            uids(program, uid_domain=options.uid_domain), program.items, strict=True
        )
        if options.breaks or item.kind is not ItemKind.BREAK
    ]
    calendar = _new_calendar(method=method)
    name = calendar_name(program)
    calendar.add("NAME", vText(name))  # icalendar leaves a plain NAME's commas unescaped
    calendar.add("X-WR-CALNAME", vText(name))
    description = calendar_description(program, utc=options.utc)
    calendar.add("DESCRIPTION", description)
    calendar.add("X-WR-CALDESC", vText(description))
    if program.home_page:
        calendar.add("URL", program.home_page)
    if not any(repeated for _, _, repeated in pairs):
        # Readers built on the x-wr-timezone library move UTC times into this
        # zone and lose which of two repeated wall-clock times was meant.
        calendar.add("X-WR-TIMEZONE", vText(program.timezone))
    calendar.add("REFRESH-INTERVAL", options.refresh, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(options.refresh))
    makers: list[Callable[[], Event]] = []
    if options.all_day:
        key = keys(program, whole_program=True)[-1]
        uid = uid_of(program, key, uid_domain=options.uid_domain)
        makers.append(functools.partial(_whole_program_event, program, uid, stamp, options))
    # As Component.add stores it (in UTC, by icalendar's zone provider), made once.
    utc_stamp = tzp.localize_utc(stamp)
    for uid, item, repeated in pairs:
        where = dt.UTC if options.utc or repeated else zone
        makers.append(_ItemEvent(program, item, uid, utc_stamp, where, options))
    return calendar, makers


@attrs.frozen
class _ItemEvent:
    """What makes one item's event: the event itself, or its properties alone for
    :func:`feed_bytes` and the streamed update to write as lines where nothing but them is
    in it."""

    program: Program
    item: Item
    uid: str
    stamp: dt.datetime
    zone: ZoneInfo | dt.timezone
    options: FeedOptions

    def __call__(self) -> Event:
        return _event(self.program, self.item, self.uid, self.stamp, self.zone, self.options)

    def properties(self) -> list[Property] | None:
        """:func:`item_properties`, or None where the event holds more (an HTML copy of
        its description, an alarm)."""
        options, item = self.options, self.item
        if options.html or (options.alarm is not None and item.kind is not ItemKind.BREAK):
            return None
        return item_properties(self.program, item, self.uid, self.stamp, self.zone)


def _whole_program_event(
    program: Program, uid: str, stamp: dt.datetime, options: FeedOptions
) -> Event:
    """The workshop as one event, from the first item's start to the last item's end.

    Not DATE values: a date has no zone, so each reader shows it on the dates of
    the program's own zone, and a reader east of UTC+9 saw the block on the day
    before the talks of a New York afternoon.  An instant span lies on the talks
    for every reader; TRANSPARENT, so it blocks nothing.  A program without
    items has only its date: that one stays an all-day date.
    """
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    first, last = program.start, program.end
    if first is None or last is None:
        event.add("DTSTART", program.date)
        event.add("DTEND", program.date + dt.timedelta(days=1))
    else:
        repeated = any(is_repeated(moment.astimezone(program.zone)) for moment in (first, last))
        zone = dt.UTC if options.utc or repeated else program.zone
        event.add("DTSTART", first.astimezone(zone))
        event.add("DTEND", last.astimezone(zone))
    event.add("SUMMARY", calendar_name(program))
    lines = [calendar_description(program, utc=options.utc)]
    if program.home_page:
        lines.append(f"Program: {program.home_page}")
    text = "\n".join(lines)
    event.add("DESCRIPTION", text)
    if options.html:
        event.add("X-ALT-DESC", _alt_description(text), parameters=_HTML)
    if program.location:
        event.add("LOCATION", program.location)
    if program.home_page:
        event.add("URL", program.home_page)
    event.add("CATEGORIES", [program.short_name, "Workshop"])
    event.add("STATUS", "CONFIRMED")
    event.add("TRANSP", "TRANSPARENT")
    event.add("SEQUENCE", 0)
    return event


def _alt_description(text: str) -> vText:
    """The HTML copy of a description, for ``options.html``: its module (and the HTML
    entity tables) is imported by a feed that asks for it, not by every build."""
    from ._html import html_description

    return vText(html_description(text))


def _event(
    program: Program,
    item: Item,
    uid: str,
    stamp: dt.datetime,
    zone: ZoneInfo | dt.timezone,
    options: FeedOptions,
) -> Event:
    """One item's VEVENT: what ``Event.add`` would make of each value, made directly.

    ``add`` works out every value's type from its name and its Python type and
    builds a parameter list for each; a feed of thousands of events spent half
    its building there.  The types are icalendar's own, chosen as ``add``
    chooses them (:func:`_put`), so the values and the bytes are the same.
    """
    event = Event()
    properties = item_properties(program, item, uid, stamp, zone)
    for name, value, parameters in properties:
        _put(event, name, value, parameters)
    if options.html:
        html = _alt_description(_said(properties, "DESCRIPTION"))
        event.add("X-ALT-DESC", html, parameters=_HTML)
    if options.alarm is not None and item.kind is not ItemKind.BREAK:
        event.add_component(reminder(options.alarm, _said(properties, "SUMMARY")))
    return event


def _said(properties: list[Property], name: str) -> str:
    """The plain text of the property ``name`` (SUMMARY, DESCRIPTION), looked up only for
    an event that repeats it (an HTML copy, an alarm)."""
    return next(str(value) for named, value, _ in properties if named == name)


#: One property of an event: its name, its plain value, its parameters.
Property = tuple[str, object, "Mapping[str, str] | None"]


def item_properties(
    program: Program, item: Item, uid: str, stamp: dt.datetime, zone: ZoneInfo | dt.timezone
) -> list[Property]:
    """What one item's VEVENT says, before any value is typed: :func:`_event` puts these in
    an ``Event``, and :func:`feed_bytes` writes them as lines (``_item_lines``), so the
    two cannot say different things.  In the order ``_event`` adds them: the order of
    the ATTACH values is the order of their lines."""
    videos = item.links_of(LinkKind.VIDEO)
    url = videos[0].url if videos else program.home_page
    properties: list[Property] = [
        ("UID", uid, None),
        ("DTSTAMP", stamp, None),
        ("DTSTART", item.start.astimezone(zone), None),
        ("DTEND", item.end.astimezone(zone), None),
        ("SUMMARY", _summary(item), None),
        ("DESCRIPTION", _describe(program, item), None),
    ]
    if program.location:  # no place invented: a page that names none gets no LOCATION
        properties.append(("LOCATION", program.location, None))
    if url:
        properties.append(("URL", url, None))
    properties += [
        ("CATEGORIES", [program.short_name, item.kind.label], None),
        ("STATUS", "CONFIRMED", None),
        ("TRANSP", "TRANSPARENT" if item.kind is ItemKind.BREAK else "OPAQUE", None),
        ("SEQUENCE", 0, None),
    ]
    slides = [link for link in item.links if link.kind is LinkKind.SLIDES]
    for link in (*slides, *videos):
        properties.append(("ATTACH", link.url, _PDF if _is_pdf(link.url) else None))
    return properties


_PDF = {"FMTTYPE": "application/pdf"}
#: The value type ``Event.add`` gives each property, by name (icalendar's type table).
_TYPES: dict[str, type] = {}


def _put(
    event: Event, name: str, value: object, parameters: Mapping[str, str] | None = None
) -> None:
    """``event.add(name, value, parameters)`` for a plain value of a type ``add`` infers
    nothing from (not a date or a time): its property type, its parameters, and a second
    value of a name after the first."""
    kind = _TYPES.get(name)
    if kind is None:
        kind = _TYPES[name] = Event.types_factory.for_property(name)
    typed = kind(value)
    for key, text in (parameters or {}).items():
        typed.params[key] = text
    if name in event:
        before = event[name]
        event[name] = [*before, typed] if isinstance(before, list) else [before, typed]
    else:
        event[name] = typed


def _on_repeated_time(zone: ZoneInfo, item: Item) -> bool:
    """Whether ``item`` starts or ends at a wall-clock time the clocks repeat.

    Such a time cannot say which of its two instants it is: RFC 5545 (3.3.5)
    reads it as the first, ical.js sometimes as the second.  The whole event
    is then written in UTC, which every reader reads the same; both ends,
    because recurring-ical-events adds a UTC length to a local start.
    """
    return any(_is_repeated(moment.astimezone(zone)) for moment in (item.start, item.end))


def _is_pdf(url: str) -> bool:
    return url.lower().split("?")[0].endswith(".pdf")


@checked
def feed_bytes(
    program: Program,
    options: FeedOptions | None = None,
    *,
    warnings: list[str] | None = None,
    method: bool = True,
) -> bytes:
    """The feed as RFC 5545 bytes: ``calendar_bytes(build_calendar(program, options))``.

    The same bytes (and ``warnings``), written one event at a time: each
    event is made, its times noted and its lines written, then let go, and
    only the VTIMEZONE plan (:func:`~fastpath_ical.ics._vtimezone.plan_zones`)
    needs every event's times; an event it writes in UTC is made again.  A
    program of 100,000 items is never 100,000 icalendar events in memory.
    Without ``method``, the feed has no METHOD (a CalDAV calendar object).
    """
    calendar, makers = _feed_parts(program, options or FeedOptions(), method=method)
    writer = LineWriter()
    direct = ItemLines(writer)
    written: list[bytes] = []
    times: list[list[tuple[str, dt.datetime]]] = []
    for make in makers:
        properties = make.properties() if isinstance(make, _ItemEvent) else None
        if properties is None:
            event = make()
            times.append(list(zoned_times(event)))
            written.append(writer.folded(event))
        else:
            lines, zoned = direct.lines(properties)
            times.append(zoned)
            written.append(b"\r\n".join([fold(line) for line in lines]))
    plan = plan_zones(times, label=lambda index: event_label(makers[index]()), warnings=warnings)
    for index in plan.utc:
        event = makers[index]()
        to_utc([event])
        written[index] = writer.folded(event)
    head, end = writer.folded(calendar).rsplit(b"\r\n", 1)
    blocks = [writer.folded(block) for block in plan.blocks]
    return b"\r\n".join([head, *blocks, *written, end]) + b"\r\n"
