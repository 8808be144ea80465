"""Reading a feed this project wrote back into a :class:`~fastpath_ical.model.Program`.

A published feed outlives the page it came from; reading it back lets a
later run compare against what subscribers really have.  The reader relies
on standard properties first and on the feed's own documented text second:

* the zone: ``X-WR-TIMEZONE``, else the VTIMEZONE's or DTSTART's ``TZID``,
  else the calendar DESCRIPTION's "Times in <zone>.", else UTC;
* the program's names: ``CATEGORIES`` (its first value is the short name) and
  ``NAME`` / ``X-WR-CALNAME`` ("<short name> – <title>");
* each item's kind: the second ``CATEGORIES`` value (Talk, Remarks, Break);
* people, title, session, chair, other columns, abstract and links: the
  DESCRIPTION that :func:`~fastpath_ical.ics.describe` writes, checked
  against SUMMARY (:func:`~fastpath_ical.ics.summary`); that text is read
  by ``_description``.

Not every event is an item: the all-day event for the whole workshop
(``--all-day``: an event of kind "Workshop", or a ``VALUE=DATE`` event
of UID key ``whole-program``) and every ``STATUS:CANCELLED`` event (a talk an update
removed, see :func:`fastpath_ical.ics.update`) are skipped.  So every feed the
project writes reads back: each mode (TZID or ``--utc``, with or without
breaks, ``--html``, ``--alarm``, ``--all-day``), an updated feed, a
chosen-talks or per-speaker feed, a single-talk file.  VALARM, X-ALT-DESC,
SEQUENCE, DTSTAMP and LAST-MODIFIED say nothing about the program.

What comes back, exactly (``carried`` in ``tests/ics/test_readback.py`` states
it as the Hypothesis round-trip property): the title, short name, zone,
location, virtual or not, home page, the conference's name and (from the
calendar's description, so not from a single-talk file) its URL, the
recording and the organizers' names and affiliations, the date of the
first item, and per item its instants, kind, title, people (name,
affiliation, profile), session, chair, extra columns, abstract and its
SLIDES, VIDEO and OTHER links, grouped in that order (the order the feed
lists them in). What does not, because the feed does not carry it: the
organizers' profile links, notes and PROFILE-kind item links; an empty
session, chair, extra text or abstract comes back as none. Known
ambiguities of the text: a person line "A (B)" is read as name A with
affiliation B; two people of one item with the same name share the first
"Speaker page" line; the details paragraph ("Session: …", "Chair: …",
"Room: …") is told by its lines' labels, so an extra column headed
"Session", "Chair" or "Abstract" of an item without one, or headed with a
": " or a leading space in it, does not come back as it was (a page's
columns of those names are read as such, never as extras); an abstract
whose last paragraph is all "Slides: <url>" lines, on an item with no
links, is read as links.

Feeds from older versions, or trimmed by a server, may lack any optional
property: the reader then falls back as above (an event with no
CATEGORIES is a break if TRANSPARENT, else a talk).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component, Event
from icalendar.parser import unescape_backslash

from .._arguments import checked
from ..datenames import MONTHS
from ..errors import FastpathError, FeedError
from ..model import Conference, Item, ItemKind, Link, LinkKind, Person, Program
from ..zones import is_portable_zone
from ._description import LINK_KINDS, described, person_of_line
from ._identity import WHOLE_PROGRAM_KEY
from ._parse import categories, parse_calendar
from ._wording import DASH

__all__ = ["read_feed"]

#: A kind by its CATEGORIES label ("Invited talk") or its value ("invited").
_KINDS = {name: kind for kind in ItemKind for name in (kind.label.lower(), kind.value)}
_TIMES_IN = re.compile(r", ([^,]*)\. Times in (?:UTC \(the program is in (\S+)\)|(\S+))\.$")
_URL = re.compile(r"https?://\S+")
_RECORDING_LINE = re.compile(r"^Recording: (https?://\S+)$")
_DAY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")


@checked
def read_feed(data: bytes) -> Program:
    """The program a feed describes; order of components does not matter.

    Anything the bytes do wrong is a :class:`FeedError`: icalendar keeps a
    broken value and raises only when it is read, from deep inside.
    """
    try:
        return _read_feed(data)
    except FastpathError:
        raise
    except (AttributeError, TypeError, ValueError, OverflowError, OSError, KeyError) as exc:
        raise FeedError(f"not a feed fastpath-ical can read: {exc}") from exc


def _read_feed(data: bytes) -> Program:
    calendar = parse_calendar(data)
    every = [c for c in calendar.walk("VEVENT") if isinstance(c, Event)]
    events = [event for event in every if _is_item(event)]
    timezone = _timezone(calendar, events)
    zone = ZoneInfo(timezone)
    short_name = _short_name(calendar, every)
    title = _title(calendar, short_name)
    items = sorted((_item(event, zone) for event in events), key=_order)
    home_page = _text(calendar, "URL") or None
    try:
        return Program(
            title=title,
            short_name=short_name,
            date=_date(calendar, items, zone),
            timezone=timezone,
            location=_location(every),
            virtual=_virtual(calendar),
            home_page=home_page,
            recording=_recording(calendar),
            conference=_with_url(calendar, _conference(every, short_name, title)),
            organizers=_organizers(calendar),
            items=tuple(item for item, _ in items),
        )
    except FastpathError as exc:
        raise FeedError(f"the feed is not a valid program: {exc}") from exc


def _is_item(event: Event) -> bool:
    """Whether ``event`` is a program item: not cancelled, not the whole-workshop event."""
    if _text(event, "STATUS").upper() == "CANCELLED":
        return False
    try:
        start = getattr(event.get("DTSTART"), "dt", None)
    except ValueError:  # a broken DTSTART: _item says so, naming the event
        return True
    if "workshop" in (c.lower() for c in categories(event)[1:]):
        return False  # the whole-workshop event, timed since it spans the items' instants
    if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
        return True
    return not _text(event, "UID").partition("@")[0].endswith("-" + WHOLE_PROGRAM_KEY)


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value)


def _zone_ok(name: str) -> bool:
    return is_portable_zone(name)


def _timezone(calendar: Calendar, events: list[Event]) -> str:
    candidates = [_text(calendar, "X-WR-TIMEZONE")]
    candidates += [_text(tz, "TZID") for tz in calendar.walk("VTIMEZONE")]
    candidates += [
        str(event["DTSTART"].params.get("TZID", "")) for event in events if "DTSTART" in event
    ]
    match = _TIMES_IN.search(_about(calendar)[0])
    if match:
        candidates.append(match.group(2) or match.group(3))
    return next((name for name in candidates if name and _zone_ok(name)), "UTC")


def _short_name(calendar: Calendar, events: list[Event]) -> str:
    for event in events:
        found = categories(event)
        if found and found[0].strip():
            return found[0]
    name = _calendar_name(calendar)
    return name.split(DASH, 1)[0] if name else "Calendar"


def _unknown_text(component: Component, name: str) -> str:
    """A TEXT property icalendar does not know (NAME, X-WR-*): it keeps the escapes in."""
    text: str = unescape_backslash(_text(component, name))
    return text


def _calendar_name(calendar: Calendar) -> str:
    return _unknown_text(calendar, "NAME") or _unknown_text(calendar, "X-WR-CALNAME")


def _title(calendar: Calendar, short_name: str) -> str:
    name = _calendar_name(calendar)
    if name.startswith(short_name + DASH):
        return name.removeprefix(short_name + DASH)
    return name or short_name


def _instant(event: Event, name: str, zone: ZoneInfo, uid: str) -> dt.datetime:
    try:
        value = event.start if name == "DTSTART" else event.end
    except (KeyError, ValueError) as exc:
        raise FeedError(f"event {uid!r} has no {name}: {exc}", uid=uid) from exc
    if not isinstance(value, dt.datetime):
        raise FeedError(f"event {uid!r} is all-day; items need a time of day", uid=uid)
    if value.tzinfo is None:  # floating: read it in the program's zone
        value = value.replace(tzinfo=zone)
    return value.astimezone(zone)


def _order(pair: tuple[Item, str]) -> tuple[dt.datetime, dt.datetime, str]:
    item, uid = pair
    return item.start_utc, item.end_utc, uid


def _kind(event: Event) -> ItemKind:
    for category in categories(event)[1:]:
        if category.lower() in _KINDS:
            return _KINDS[category.lower()]
    return ItemKind.BREAK if _text(event, "TRANSP") == "TRANSPARENT" else ItemKind.TALK


def _item(event: Event, zone: ZoneInfo) -> tuple[Item, str]:
    uid = _text(event, "UID")
    start = _instant(event, "DTSTART", zone, uid)
    end = _instant(event, "DTEND", zone, uid)
    kind = _kind(event)
    summary = _text(event, "SUMMARY") or uid or "Untitled"
    text = described(_text(event, "DESCRIPTION"), summary, kind)
    known = {link.url for link in text.links}
    links = text.links + [
        link
        for link in (_attached(a) for a in _as_list(event.get("ATTACH")))
        if link is not None and link.url not in known
    ]
    try:
        item = Item(
            start=start,
            end=end,
            kind=kind,
            title=text.title,
            people=text.people,
            links=links,
            session=text.session,
            chair=text.chair,
            abstract=text.abstract,
            extra=text.extra,
        )
    except FastpathError as exc:
        raise FeedError(f"event {uid!r}: {exc}", uid=uid) from exc
    return item, uid


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _attached(attach: object) -> Link | None:
    """A link the DESCRIPTION does not name (it was trimmed): LABEL says its kind.

    Without a LABEL (feeds before it was written) a PDF is taken for slides
    and anything else for a video: a guess, the only one ATTACH allows.
    """
    url = str(attach)
    if not url.startswith(("http://", "https://")) or any(ch.isspace() for ch in url):
        return None
    params = getattr(attach, "params", {})
    label = str(params.get("LABEL", "")).lower()
    if label in LINK_KINDS:
        return Link(kind=LINK_KINDS[label], url=url)
    pdf = str(params.get("FMTTYPE", "")).lower() == "application/pdf" or url.lower().split("?")[
        0
    ].endswith(".pdf")
    return Link(kind=LinkKind.SLIDES if pdf else LinkKind.VIDEO, url=url)


def _date(calendar: Calendar, items: list[tuple[Item, str]], zone: ZoneInfo) -> dt.date:
    if items:
        return items[0][0].start.astimezone(zone).date()
    match = _DAY.search(_about(calendar)[0])
    if match and match.group(2) in MONTHS:
        try:
            return dt.date(
                int(match.group(3)), MONTHS.index(match.group(2)) + 1, int(match.group(1))
            )
        except ValueError:
            pass
    for event in calendar.walk("VEVENT"):  # a whole-program file alone: its first day
        start = getattr(event.get("DTSTART"), "dt", None)
        if isinstance(start, dt.datetime) and start.tzinfo is not None:
            return start.astimezone(zone).date()
        if isinstance(start, dt.date) and not isinstance(start, dt.datetime):
            return start
    raise FeedError("the feed has no events and names no day: cannot tell the program's date")


def _location(events: list[Event]) -> str | None:
    """The first LOCATION; none when no event has one (a place is never made up)."""
    return next((_text(e, "LOCATION") for e in events if _text(e, "LOCATION")), None)


def _virtual(calendar: Calendar) -> bool:
    match = _TIMES_IN.search(_about(calendar)[0])
    return match is not None and match.group(1) == "virtual"


def _about(calendar: Calendar) -> list[str]:
    """The lines of the calendar's description (:func:`~fastpath_ical.ics.describe`'s sibling).

    The first says what, when and where; then "Recording: URL", "<conference>:
    URL" and "Organizers:" with one person a line, each when the program has it.
    """
    text = _text(calendar, "DESCRIPTION") or _unknown_text(calendar, "X-WR-CALDESC")
    return text.replace("\r\n", "\n").split("\n")


def _recording(calendar: Calendar) -> str | None:
    found = (_RECORDING_LINE.match(line) for line in _about(calendar)[1:])
    return next((match.group(1) for match in found if match), None)


def _organizers(calendar: Calendar) -> tuple[Person, ...]:
    lines = _about(calendar)
    if "Organizers:" not in lines:
        return ()
    return tuple(person_of_line(line) for line in lines[lines.index("Organizers:") + 1 :] if line)


def _with_url(calendar: Calendar, conference: Conference | None) -> Conference | None:
    """The conference with the URL the calendar's description gives it, if it does."""
    if conference is None:
        return None
    prefix = f"{conference.name}: "
    for line in _about(calendar)[1:]:
        if line.startswith(prefix) and _URL.fullmatch(line.removeprefix(prefix)):
            return Conference(name=conference.name, url=line.removeprefix(prefix))
    return conference


def _conference(events: list[Event], short_name: str, title: str) -> Conference | None:
    """From the description's program line: "<short> – <title>, with <conference>"."""
    line = short_name if title == short_name else f"{short_name}{DASH}{title}"
    for event in events:
        # The program line opens the last paragraph: a title or an abstract above it may
        # say the same words.
        text = _text(event, "DESCRIPTION").replace("\r\n", "\n").rpartition("\n\n")[2]
        text = text.split("\n", 1)[0]
        if text.startswith(line + ", with ") and len(text) > len(line) + 7:
            return Conference(name=text.removeprefix(line + ", with "))
        if text == line:
            return None
    return None
