"""From a :class:`~fastpath_ical.model.Program` to an ``icalendar.Calendar``, and to bytes.

The builder is a pure function of the program and the options: it reads no
clock and no environment, so the same program gives the same bytes.  Escaping,
folding and VTIMEZONE generation are icalendar's; this module only decides
what goes into the feed.

The VTIMEZONE is generated for the days the events need, not icalendar's
default 1970-2038, and without the COMMENT icalendar adds: with the default
block, vobject and ical.js read New York times an hour off in 2021, and
libical rejects COMMENT inside VTIMEZONE.  ``tests/test_feed_parsers.py``
holds the narrow block to agreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
from icalendar import Calendar, Event, Timezone, vDuration, vText

from .identity import DEFAULT_UID_DOMAIN, uids
from .model import Item, ItemKind, LinkKind, Program

__all__ = [
    "PRODID",
    "FeedOptions",
    "build_calendar",
    "default_stamp",
    "describe",
    "feed_bytes",
    "summary",
]

PRODID = "-//fastpath-ical//fastpath-ical//EN"

_KIND_LABEL = {ItemKind.TALK: "Talk", ItemKind.REMARKS: "Remarks", ItemKind.BREAK: "Break"}
_LINK_LABEL = {
    LinkKind.SLIDES: "Slides",
    LinkKind.VIDEO: "Video",
    LinkKind.PROFILE: "Speaker page",
    LinkKind.OTHER: "Link",
}


def _positive(_: object, attribute: attrs.Attribute[dt.timedelta], value: dt.timedelta) -> None:
    if value <= dt.timedelta(0):
        raise ValueError(f"{attribute.name} must be positive")


def _utc_stamp(_: object, attribute: attrs.Attribute[dt.datetime | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.datetime) or value.utcoffset() is None):
        raise ValueError(f"{attribute.name} must be an aware datetime")


@attrs.frozen(kw_only=True)
class FeedOptions:
    """What varies between feeds of the same program.

    ``stamp`` is the DTSTAMP of every event; by default it is 00:00 UTC on the
    program's first day, so that the feed is a function of the page alone and
    a rebuild never looks like an update to a client.
    """

    breaks: bool = True
    utc: bool = False
    stamp: dt.datetime | None = attrs.field(default=None, validator=_utc_stamp)
    uid_domain: str = DEFAULT_UID_DOMAIN
    refresh: dt.timedelta = attrs.field(default=dt.timedelta(days=1), validator=_positive)


def default_stamp(program: Program) -> dt.datetime:
    """00:00 UTC on the program's first day: stable, and needs no clock."""
    first = program.dates[0]
    return dt.datetime(first.year, first.month, first.day, tzinfo=dt.UTC)


def summary(item: Item) -> str:
    """SUMMARY: the title, and for a talk the speakers after a dash."""
    if item.kind is ItemKind.TALK and item.people:
        names = ", ".join(person.name for person in item.people)
        if names != item.title:
            return f"{item.title} – {names}"
    return item.title


def _person_line(name: str, affiliation: str | None) -> str:
    return f"{name} ({affiliation})" if affiliation else name


def describe(program: Program, item: Item) -> str:
    """DESCRIPTION, plain text a person reads in any client.

    Speakers with affiliations, the title, then each link on its own line,
    then what the program is.  Google Calendar ignores URL and ATTACH, so
    every link is here too.
    """
    lines = [_person_line(person.name, person.affiliation) for person in item.people]
    lines.append(item.title)
    if item.abstract:
        lines += ["", item.abstract]
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
        line += f" – {program.title}"
    if program.conference:
        line += f", with {program.conference.name}"
    return line


def _calendar_name(program: Program) -> str:
    if program.title == program.short_name:
        return program.title
    return f"{program.short_name} – {program.title}"


def _calendar_description(program: Program) -> str:
    days = ", ".join(f"{day:%A %-d %B %Y}" for day in program.dates)
    where = "virtual" if program.virtual else program.location
    text = f"{program.title}"
    if program.conference:
        text += f", held with {program.conference.name}"
    return f"{text}. {days}, {where}. Times in {program.timezone}."


def _timezone_component(program: Program, events: Iterable[Item]) -> Timezone:
    """The VTIMEZONE for the days the events span, with no COMMENT (libical rejects it)."""
    zone = program.zone
    items = list(events)
    first = min(item.start.astimezone(zone).date() for item in items)
    last = max(item.end.astimezone(zone).date() for item in items)
    component = Timezone.from_tzid(
        program.timezone, first_date=first, last_date=last + dt.timedelta(days=1)
    )
    component.pop("COMMENT", None)
    return component


def build_calendar(program: Program, options: FeedOptions | None = None) -> Calendar:
    """The feed of ``program``: one VEVENT per item (breaks optional)."""
    options = options or FeedOptions()
    stamp = (options.stamp or default_stamp(program)).astimezone(dt.UTC)
    pairs = [
        (uid, item)
        for uid, item in zip(uids(program, domain=options.uid_domain), program.items, strict=True)
        if options.breaks or item.kind is not ItemKind.BREAK
    ]
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    name = _calendar_name(program)
    calendar.add("NAME", name)
    calendar.add("X-WR-CALNAME", vText(name))
    description = _calendar_description(program)
    calendar.add("DESCRIPTION", description)
    calendar.add("X-WR-CALDESC", vText(description))
    if program.home_page:
        calendar.add("URL", program.home_page)
    calendar.add("X-WR-TIMEZONE", vText(program.timezone))
    calendar.add("REFRESH-INTERVAL", options.refresh, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(options.refresh))
    if pairs and not options.utc:
        calendar.add_component(_timezone_component(program, (item for _, item in pairs)))
    for uid, item in pairs:
        calendar.add_component(_event(program, item, uid, stamp, utc=options.utc))
    return calendar


def _event(program: Program, item: Item, uid: str, stamp: dt.datetime, *, utc: bool) -> Event:
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    zone = dt.UTC if utc else program.zone
    event.add("DTSTART", item.start.astimezone(zone))
    event.add("DTEND", item.end.astimezone(zone))
    event.add("SUMMARY", summary(item))
    event.add("DESCRIPTION", describe(program, item))
    event.add("LOCATION", program.location)
    videos = item.links_of(LinkKind.VIDEO)
    url = videos[0].url if videos else program.home_page
    if url:
        event.add("URL", url)
    event.add("CATEGORIES", [program.short_name, _KIND_LABEL[item.kind]])
    event.add("STATUS", "CONFIRMED")
    event.add("TRANSP", "TRANSPARENT" if item.kind is ItemKind.BREAK else "OPAQUE")
    event.add("SEQUENCE", 0)
    for kind in (LinkKind.SLIDES, LinkKind.VIDEO):
        for link in item.links_of(kind):
            parameters = {"FMTTYPE": "application/pdf"} if _is_pdf(link.url) else {}
            event.add("ATTACH", link.url, parameters=parameters)
    return event


def _is_pdf(url: str) -> bool:
    return url.lower().split("?")[0].endswith(".pdf")


def feed_bytes(program: Program, options: FeedOptions | None = None) -> bytes:
    """The feed as RFC 5545 bytes: CRLF lines folded at 75 octets, by icalendar."""
    data: bytes = build_calendar(program, options).to_ical()
    return data
