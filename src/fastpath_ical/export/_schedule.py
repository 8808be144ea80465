"""The program as a conference schedule: days, rooms, events with stable ids.

frab XML and the schedule JSON forms say the same things (a conference of
days, each of rooms, each of events with a guid, a slug, a room, a track and
a type), so their writers share this one view of the program and differ only
in how they spell it.  The rules, each written out once here:

* **guid**: ``uuid5(GUID_NAMESPACE, "event:" + UID)``, the UID being the
  item's UID in the ``.ics`` feed (:func:`fastpath_ical.ics.uids`), so an app's
  favourites survive a rebuild exactly as long as a calendar's events do.
  People and rooms get ``uuid5`` guids the same way from the program's UID
  prefix and their names.
* **id** (frab's numeric event id, which some apps key favourites on): the
  guid's first 28 bits plus one; on the rare clash, the next free number, in
  program order.
* **slug**: ``ACRONYM-KEY``, the key being the UID's talk id
  (``fastpath2021-ana-klimovic``) with hyphens only between words; a key
  shorter than 4 characters gets the kind after it, because the frab schema
  wants at least 4; a slug given before gets ``-2``, ``-3``.
* **acronym**: the short name's letters and digits, lower case
  (``fastpath2021``); the program's year is added when that leaves fewer
  than 4.
* **room**: the item's cell in a column headed Room or Location when the
  page has one; else the program's location (``Virtual``) when the page
  names one; else the program's title (the formats require a room).
* **track**: the item's session when it has one, else its kind's label
  (``Talk``, ``Break``).
* **day**: the program-zone date the item starts on; a day runs from its
  first start to its last end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import uuid

import attrs

from .._arguments import checked
from ..errors import ExportError
from ..ics import DEFAULT_UID_DOMAIN, keys, slug, uids
from ..model import Item, Person, Program
from ._model_json import program_to_json

__all__ = [
    "GUID_NAMESPACE",
    "Day",
    "Room",
    "Schedule",
    "Slot",
    "acronym",
    "clock",
    "length",
    "person_guid",
    "room_of",
    "schedule",
]

#: The namespace of every guid fastpath-ical derives: ``uuid5(NAMESPACE_URL, "urn:fastpath-ical")``.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:fastpath-ical")

#: Column headers whose cell names an item's room (compared in lower case).
ROOM_HEADERS = ("room", "location")


@attrs.frozen(kw_only=True)
class Slot:
    """One item as a schedule event."""

    item: Item
    uid: str
    key: str
    guid: uuid.UUID
    event_id: int
    slug: str
    room: str
    track: str
    start: dt.datetime
    end: dt.datetime


@attrs.frozen(kw_only=True)
class Room:
    """A room of one day, its events in order."""

    name: str
    guid: uuid.UUID
    slots: tuple[Slot, ...]


@attrs.frozen(kw_only=True)
class Day:
    """A program-zone date with items on it (or the program's date, when it has none)."""

    index: int
    date: dt.date
    start: dt.datetime
    end: dt.datetime
    rooms: tuple[Room, ...]


@attrs.frozen(kw_only=True)
class Schedule:
    """The program as days of rooms of events, and what the conference header says."""

    program: Program
    acronym: str
    version: str
    days: tuple[Day, ...]
    rooms: tuple[Room, ...]
    slots: tuple[Slot, ...]
    tracks: tuple[str, ...]
    timeslot: int


@checked
def acronym(program: Program) -> str:
    """``fastpath2021``: what frab calls the conference's acronym, and slugs begin with."""
    letters = slug(program.short_name, words=64).replace("-", "")
    return letters if len(letters) >= 4 else f"{letters}{program.date.year}"


@checked
def room_of(item: Item, program: Program) -> str:
    """The room an item is in (see the module's rules)."""
    for header, text in item.extra:
        if header.strip().lower() in ROOM_HEADERS and text.strip():
            return " ".join(text.split())
    return " ".join((program.location or "").split()) or program.title


def _guid(kind: str, name: str) -> uuid.UUID:
    return uuid.uuid5(GUID_NAMESPACE, f"{kind}:{name}")


def person_guid(
    person: Person, program: Program, *, uid_domain: str = DEFAULT_UID_DOMAIN
) -> uuid.UUID:
    """A person's guid: the same name (as a slug) in the same program is the same person."""
    name = slug(person.name, words=64) or person.name
    return _guid("person", f"{program_scope(program, uid_domain)}:{name}")


def program_scope(program: Program, uid_domain: str) -> str:
    """What every UID of the program shares: ``fastpath-2021@fastpath-ical``."""
    return f"{slug(program.short_name) or 'program'}@{uid_domain}"


def _event_ids(guids: list[uuid.UUID]) -> list[int]:
    taken: set[int] = set()
    out: list[int] = []
    for guid in guids:
        number = (guid.int >> 100) + 1
        while number in taken:
            number += 1
        taken.add(number)
        out.append(number)
    return out


def _whole_seconds(item: Item) -> None:
    if item.start.microsecond or item.end.microsecond:
        raise ExportError(
            f"item {item.title!r} has a time with a fraction of a second, which schedule "
            f"formats cannot carry",
            item=item.title,
        )


def clock(moment: dt.datetime, *, seconds: bool = True) -> str:
    """``11:00``, or ``11:00:30`` when there are seconds (and ``seconds`` allows them)."""
    if moment.second and not seconds:
        raise ExportError(f"{moment.isoformat()} is not a whole minute")
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


def length(item: Item, *, seconds: bool = True) -> str:
    """The true length as ``HH:MM`` (``HH:MM:SS`` when it has seconds), at most 99:59:59."""
    total = int(item.duration.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, second = divmod(rest, 60)
    if hours > 99:
        raise ExportError(
            f"item {item.title!r} lasts {item.duration}, longer than a schedule's 99:59",
            item=item.title,
        )
    if second and not seconds:
        raise ExportError(
            f"item {item.title!r} lasts {item.duration}, not a whole number of minutes",
            item=item.title,
        )
    return f"{hours:02d}:{minutes:02d}:{second:02d}" if second else f"{hours:02d}:{minutes:02d}"


def _slugs(acronym_: str, item_keys: tuple[str, ...], items: tuple[Item, ...]) -> list[str]:
    """``ACRONYM-KEY`` per item: the key's words only (a key may end in a hyphen where a
    speaker's name has no letters a slug keeps), the kind after a key shorter than 4
    characters, and ``-2``, ``-3`` after a slug already given."""
    out: list[str] = []
    for key, item in zip(item_keys, items, strict=True):
        words = "-".join(part for part in re.split(r"-+", key) if part)
        words = words if len(words) >= 4 else f"{words}-{item.kind.value}".lstrip("-")
        candidate, number = f"{acronym_}-{words}", 1
        while candidate in out:
            number += 1
            candidate = f"{acronym_}-{words}-{number}"
        out.append(candidate)
    return out


def _timeslot(program: Program) -> int:
    """The most minutes that divide every start (from midnight) and every length, at most 60."""
    zone = program.zone
    step = 0
    for item in program.items:
        start = item.start_utc.astimezone(zone)
        step = math.gcd(
            step, start.hour * 60 + start.minute, int(item.duration.total_seconds()) // 60
        )
    return min(step, 60) if step else 5


@checked
def schedule(
    program: Program, *, uid_domain: str = DEFAULT_UID_DOMAIN, version: str | None = None
) -> Schedule:
    """The program as a schedule; ``version`` defaults to a digest of the whole program.

    The digest (the first 12 hex digits of the SHA-256 of :func:`program_to_json`)
    changes whenever anything in the program does, and only then, so an app
    that compares versions sees every real update and no rebuild.
    """
    zone = program.zone
    short = acronym(program)
    item_keys = keys(program)
    item_uids = uids(program, uid_domain=uid_domain)
    guids = [_guid("event", uid) for uid in item_uids]
    ids = _event_ids(guids)
    slugs = _slugs(short, item_keys, program.items)
    slots: list[Slot] = []
    for item, key, uid, guid, number, item_slug in zip(
        program.items, item_keys, item_uids, guids, ids, slugs, strict=True
    ):
        _whole_seconds(item)
        slots.append(
            Slot(
                item=item,
                uid=uid,
                key=key,
                guid=guid,
                event_id=number,
                slug=item_slug,
                room=room_of(item, program),
                track=item.session or item.kind.label,
                start=item.start_utc.astimezone(zone),
                end=item.end_utc.astimezone(zone),
            )
        )
    scope = program_scope(program, uid_domain)
    room_names = list(dict.fromkeys(slot.room for slot in slots))

    def room(name: str, among: list[Slot]) -> Room:
        """A room with its slots among ``among``; its guid is the same on every day."""
        in_room = tuple(slot for slot in among if slot.room == name)
        return Room(name=name, guid=_guid("room", f"{scope}:{name}"), slots=in_room)

    days: list[Day] = []
    dates = list(dict.fromkeys(slot.start.date() for slot in slots)) or [program.date]
    for index, date in enumerate(dates, start=1):
        today = [slot for slot in slots if slot.start.date() == date]
        rooms = tuple(
            room(name, today) for name in room_names if any(slot.room == name for slot in today)
        )
        if today:
            start = today[0].start
            end = max((slot.end for slot in today), key=lambda moment: moment.astimezone(dt.UTC))
        else:
            start = dt.datetime.combine(date, dt.time(), tzinfo=zone)
            end = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(), tzinfo=zone)
        days.append(Day(index=index, date=date, start=start, end=end, rooms=rooms))
    digest = hashlib.sha256(program_to_json(program).encode("utf-8")).hexdigest()[:12]
    return Schedule(
        program=program,
        acronym=short,
        version=digest if version is None else version,
        days=tuple(days),
        rooms=tuple(room(name, slots) for name in room_names),
        slots=tuple(slots),
        tracks=tuple(dict.fromkeys(slot.track for slot in slots)),
        timeslot=_timeslot(program),
    )
