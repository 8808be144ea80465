"""From a :class:`~fastpath_ical.model.Program` to an ``icalendar.Calendar``, and to bytes.

The builder is a pure function of the program and the options: it reads no
clock and no environment, so the same program gives the same bytes.  Escaping,
folding and VTIMEZONE generation are icalendar's; this module only decides
what goes into the feed.

The VTIMEZONE blocks are :mod:`fastpath_ical.vtimezone`'s: narrow, without
COMMENT, and checked against zoneinfo.  :func:`with_timezones` makes them
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
import re
from collections.abc import Sequence

import attrs
from icalendar import Calendar, Event, vDuration, vText

from .alarms import reminder
from .datenames import long_date
from .errors import OptionsError
from .htmltext import html_description
from .identity import DEFAULT_UID_DOMAIN, keys, uid_of, uids
from .model import Item, ItemKind, LinkKind, Person, Program
from .vtimezone import with_timezones
from .zones import is_repeated

__all__ = [
    "ABSTRACT_LABEL",
    "DASH",
    "FEED_ONLY",
    "PRODID",
    "FeedOptions",
    "build_calendar",
    "calendar_name",
    "default_stamp",
    "describe",
    "details",
    "feed_bytes",
    "single_event_calendar",
    "summary",
    "summary_of",
    "with_timezones",
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

_LINK_LABEL = {
    LinkKind.SLIDES: "Slides",
    LinkKind.VIDEO: "Video",
    LinkKind.PROFILE: "Speaker page",
    LinkKind.OTHER: "Link",
}


def _positive(_: object, attribute: attrs.Attribute[dt.timedelta], value: object) -> None:
    if not isinstance(value, dt.timedelta) or value <= dt.timedelta(0):
        raise OptionsError(f"{attribute.name} must be a positive duration, got {value!r}")


def _flag(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):  # "no" is true
        raise OptionsError(f"{attribute.name} must be True or False, got {value!r}")


def _domain(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    # It ends every UID: a space or a line break would make the UID icalendar writes
    # differ from the one uids() gives, and no client could match them again.
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9.-]+", value):
        raise OptionsError(
            f"{attribute.name} must be a domain name (letters, digits, dots, hyphens), "
            f"got {value!r}"
        )


def _lead(_: object, attribute: attrs.Attribute[dt.timedelta | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.timedelta) or value < dt.timedelta(0)):
        raise OptionsError(f"{attribute.name} must be a duration of zero or more")


def _utc_stamp(_: object, attribute: attrs.Attribute[dt.datetime | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.datetime) or value.utcoffset() is None):
        raise OptionsError(f"{attribute.name} must be an aware datetime")


@attrs.frozen(kw_only=True)
class FeedOptions:
    """What varies between feeds of the same program.

    ``stamp`` is the DTSTAMP of every event; by default it is 00:00 UTC on the
    program's first day, so that the feed is a function of the page alone and
    a rebuild never looks like an update to a client.

    The rest is off by default because not every reader wants it: ``alarm``
    (a DISPLAY reminder that long before each talk and remarks, not breaks:
    a reminder for lunch is noise), ``all_day`` (one all-day event for the
    whole workshop, transparent so it blocks nothing), ``html`` (an
    X-ALT-DESC HTML rendering of DESCRIPTION, which Outlook shows with
    clickable links).
    """

    breaks: bool = attrs.field(default=True, validator=_flag)
    utc: bool = attrs.field(default=False, validator=_flag)
    stamp: dt.datetime | None = attrs.field(default=None, validator=_utc_stamp)
    uid_domain: str = attrs.field(default=DEFAULT_UID_DOMAIN, validator=_domain)
    refresh: dt.timedelta = attrs.field(default=dt.timedelta(days=1), validator=_positive)
    alarm: dt.timedelta | None = attrs.field(default=None, validator=_lead)
    all_day: bool = attrs.field(default=False, validator=_flag)
    html: bool = attrs.field(default=False, validator=_flag)


def default_stamp(program: Program) -> dt.datetime:
    """00:00 UTC on the program's first day: stable, and needs no clock."""
    first = program.dates[0]
    return dt.datetime(first.year, first.month, first.day, tzinfo=dt.UTC)


#: What separates a talk's title from its speakers in SUMMARY, and the short name from
#: the title in the calendar's name; readers of our feeds split on it.
DASH = " – "


def summary(item: Item) -> str:
    """SUMMARY: the title, and for a talk the speakers after a dash."""
    return summary_of(item.kind, item.title, item.people)


def summary_of(kind: ItemKind, title: str, people: Sequence[Person]) -> str:
    """:func:`summary` from an item's parts, for readers that rebuild it to compare."""
    names = ", ".join(person.name for person in people)
    if kind is ItemKind.TALK and people and names != title:
        return f"{title}{DASH}{names}"
    return title


def _person_line(name: str, affiliation: str | None) -> str:
    return f"{name} ({affiliation})" if affiliation else name


#: The label of the abstract's first line in DESCRIPTION.
ABSTRACT_LABEL = "Abstract: "


def _field_lines(label: str, text: str) -> list[str]:
    """``label: text``; a second or later line of ``text`` indented by two spaces."""
    first, *rest = text.split("\n")
    return [f"{label}: {first}", *(f"  {line}" for line in rest)]


def details(item: Item) -> list[str]:
    """The item's session, chair and other columns, one ``Label: text`` line each.

    ``Session: …``, ``Chair: …``, then each of :attr:`Item.extra` in page
    order (``Room: LT1``); an empty text is left out, so an item with none of
    them has no lines and its DESCRIPTION is as before.
    """
    fields = [("Session", item.session), ("Chair", item.chair), *item.extra]
    return [line for label, text in fields if text for line in _field_lines(label, text)]


def describe(program: Program, item: Item) -> str:
    """DESCRIPTION, plain text a person reads in any client.

    Speakers with affiliations and the title; then, each as a paragraph when
    the item has it: its :func:`details` (session, chair, other columns), its
    abstract (first line labelled ``Abstract:``), each link on its own line;
    last, what the program is.  Google Calendar ignores URL and ATTACH, so
    every link is here too.  :mod:`fastpath_ical.feedread` reads it back.
    """
    lines = [_person_line(person.name, person.affiliation) for person in item.people]
    lines.append(item.title)
    if fields := details(item):
        lines += ["", *fields]
    if item.abstract:
        lines += ["", ABSTRACT_LABEL + item.abstract]
    links = [
        f"{_LINK_LABEL[link.kind]}: {link.url}"
        for kind in (LinkKind.SLIDES, LinkKind.VIDEO, LinkKind.OTHER)
        for link in item.links_of(kind)
    ]
    links += [
        f"{_LINK_LABEL[LinkKind.PROFILE]} ({person.name}): {person.profile}"
        if len(item.people) > 1
        else f"{_LINK_LABEL[LinkKind.PROFILE]}: {person.profile}"
        for person in item.people
        if person.profile
    ]
    if links:
        lines += ["", *links]
    lines += ["", _program_line(program)]
    if program.home_page:
        lines.append(f"Program: {program.home_page}")
    return "\n".join(lines)


def _program_line(program: Program) -> str:
    line = program.short_name
    if program.title != program.short_name:
        line += f"{DASH}{program.title}"
    if program.conference:
        line += f", with {program.conference.name}"
    return line


def calendar_name(short_name: str, title: str) -> str:
    """The calendar's NAME: ``FastPath 2021 – International Workshop on ...``.

    Feeds, subscribe links and agendas name the program the same way, so a
    subscription carries the name a reader saw elsewhere.
    """
    return title if title == short_name else f"{short_name}{DASH}{title}"


def _calendar_description(program: Program) -> str:
    """What the program is, when and where; then what the page says beside the talks.

    The recording, the conference's page and the organizers are on the page and
    in no event, so the calendar's description is the one place that keeps them.
    """
    days = ", ".join(long_date(day) for day in program.dates)
    where = "virtual" if program.virtual else program.location
    text = f"{program.title}"
    if program.conference:
        text += f", held with {program.conference.name}"
    lines = [f"{text}. {days}, {where}. Times in {program.timezone}."]
    if program.recording:
        lines.append(f"Recording: {program.recording}")
    if program.conference and program.conference.url:
        lines.append(f"{program.conference.name}: {program.conference.url}")
    if program.organizers:
        lines.append("Organizers:")
        lines += [_person_line(person.name, person.affiliation) for person in program.organizers]
    return "\n".join(lines)


def _new_calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    return calendar


def single_event_calendar(event: Event) -> Calendar:
    """A file for one event, to import: no FEED_ONLY property, its own VTIMEZONE.

    With X-WR-CALNAME in it, Outlook and Apple Calendar open a one-talk file
    as a new calendar instead of adding the talk to the reader's own.
    """
    calendar = _new_calendar()
    calendar.add_component(Event.from_ical(event.to_ical()))
    return with_timezones(calendar)


def build_calendar(program: Program, options: FeedOptions | None = None) -> Calendar:
    """The feed of ``program``: one VEVENT per item (breaks optional)."""
    options = options or FeedOptions()
    stamp = (options.stamp or default_stamp(program)).astimezone(dt.UTC)
    pairs = [
        (uid, item)
        for uid, item in zip(uids(program, domain=options.uid_domain), program.items, strict=True)
        if options.breaks or item.kind is not ItemKind.BREAK
    ]
    calendar = _new_calendar()
    name = calendar_name(program.short_name, program.title)
    calendar.add("NAME", vText(name))  # icalendar leaves a plain NAME's commas unescaped
    calendar.add("X-WR-CALNAME", vText(name))
    description = _calendar_description(program)
    calendar.add("DESCRIPTION", description)
    calendar.add("X-WR-CALDESC", vText(description))
    if program.home_page:
        calendar.add("URL", program.home_page)
    if not any(_on_repeated_time(program, item) for _, item in pairs):
        # Readers built on the x-wr-timezone library move UTC times into this
        # zone and lose which of two repeated wall-clock times was meant.
        calendar.add("X-WR-TIMEZONE", vText(program.timezone))
    calendar.add("REFRESH-INTERVAL", options.refresh, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(options.refresh))
    if options.all_day:
        key = keys(program, whole_program=True)[-1]
        uid = uid_of(program, key, domain=options.uid_domain)
        calendar.add_component(_whole_program_event(program, uid, stamp, options))
    for uid, item in pairs:
        calendar.add_component(_event(program, item, uid, stamp, options))
    return with_timezones(calendar)


def _whole_program_event(
    program: Program, uid: str, stamp: dt.datetime, options: FeedOptions
) -> Event:
    """The workshop as one all-day event: DATE values, so no zone can move it a day."""
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", program.dates[0])
    event.add("DTEND", program.dates[-1] + dt.timedelta(days=1))
    event.add("SUMMARY", calendar_name(program.short_name, program.title))
    lines = [_calendar_description(program)]
    if program.home_page:
        lines.append(f"Program: {program.home_page}")
    text = "\n".join(lines)
    event.add("DESCRIPTION", text)
    if options.html:
        event.add("X-ALT-DESC", vText(html_description(text)), parameters={"FMTTYPE": "text/html"})
    event.add("LOCATION", program.location)
    if program.home_page:
        event.add("URL", program.home_page)
    event.add("CATEGORIES", [program.short_name, "Workshop"])
    event.add("STATUS", "CONFIRMED")
    event.add("TRANSP", "TRANSPARENT")
    event.add("SEQUENCE", 0)
    return event


def _event(
    program: Program, item: Item, uid: str, stamp: dt.datetime, options: FeedOptions
) -> Event:
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    zone = dt.UTC if options.utc or _on_repeated_time(program, item) else program.zone
    event.add("DTSTART", item.start.astimezone(zone))
    event.add("DTEND", item.end.astimezone(zone))
    event.add("SUMMARY", summary(item))
    description = describe(program, item)
    event.add("DESCRIPTION", description)
    if options.html:
        event.add(
            "X-ALT-DESC", vText(html_description(description)), parameters={"FMTTYPE": "text/html"}
        )
    event.add("LOCATION", program.location)
    videos = item.links_of(LinkKind.VIDEO)
    url = videos[0].url if videos else program.home_page
    if url:
        event.add("URL", url)
    event.add("CATEGORIES", [program.short_name, item.kind.label])
    event.add("STATUS", "CONFIRMED")
    event.add("TRANSP", "TRANSPARENT" if item.kind is ItemKind.BREAK else "OPAQUE")
    event.add("SEQUENCE", 0)
    for kind in (LinkKind.SLIDES, LinkKind.VIDEO):
        for link in item.links_of(kind):
            parameters = {"FMTTYPE": "application/pdf"} if _is_pdf(link.url) else {}
            event.add("ATTACH", link.url, parameters=parameters)
    if options.alarm is not None and item.kind is not ItemKind.BREAK:
        event.add_component(reminder(options.alarm, summary(item)))
    return event


def _on_repeated_time(program: Program, item: Item) -> bool:
    """Whether ``item`` starts or ends at a wall-clock time the clocks repeat.

    Such a time cannot say which of its two instants it is: RFC 5545 (3.3.5)
    reads it as the first, ical.js sometimes as the second.  The whole event
    is then written in UTC, which every reader reads the same; both ends,
    because recurring-ical-events adds a UTC length to a local start.
    """
    return any(is_repeated(moment.astimezone(program.zone)) for moment in (item.start, item.end))


def _is_pdf(url: str) -> bool:
    return url.lower().split("?")[0].endswith(".pdf")


def feed_bytes(program: Program, options: FeedOptions | None = None) -> bytes:
    """The feed as RFC 5545 bytes: CRLF lines folded at 75 octets, by icalendar."""
    data: bytes = build_calendar(program, options).to_ical()
    return data
