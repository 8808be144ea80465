"""The schedule as JSON, in the two forms the conference-video community defines.

* ``schedule2`` (voc/schedule ``validator/json/schema2.json``, version
  alpha-3): a conference header with its days, rooms and tracks, then one
  flat list of events; each event has its ``start`` and ``end`` as
  date-times with offset, a room and a track by reference, participants and
  links.  Breaks are "meta events" (``type: BREAK``), which carry no
  speakers.  Every event also carries ``duration`` (ISO 8601, ``PT35M``),
  which the schema keeps for apps that still read it.
* ``schedule.json`` (voc/schedule ``validator/json/schema.json``): the
  form pretalx and frab export today and schedule apps read, the frab XML
  as JSON: ``conference.days[].rooms{name: [events]}``, each event with
  ``date``, ``start`` (``HH:MM``), ``duration`` (``HH:MM``), ``persons`` and
  ``links``.  Its times are whole minutes; an item with seconds is an
  :class:`~fastpath_ical.errors.ExportError`, never a rounded time.

Both name the program's zone in ``time_zone_name`` only when the name fits
the schemas' pattern (``Area/Location`` or ``UTC``; ``Etc/GMT+5`` does not):
the offsets in every date-time carry the instants either way.  The event
``url`` is the program's home page, else its conference's page, else
``urn:uuid:`` and the event's guid.  The rest follows :mod:`._schedule`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from .._version import __version__
from ..ics import slug
from ..model import Item, Person, Program
from ._kinds import KINDS, LINKS, link_label
from ._schedule import Schedule, Slot, clock, length, person_guid, schedule

__all__ = ["iso_duration", "schedule1_record", "schedule2_record", "schedule_json"]

SCHEDULE2_ID = "https://c3voc.de/schema/schedule2"
SCHEDULE1_ID = "https://c3voc.de/schedule/schema.json"

_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


def _generator() -> dict[str, str]:
    return {"name": "fastpath-ical", "version": __version__}


def _zone_name(program: Program) -> dict[str, str]:
    # The schemas' own pattern, searched the way a JSON Schema validator searches it.
    return {"time_zone_name": program.timezone} if _ZONE_NAME.search(program.timezone) else {}


def iso_duration(length_: dt.timedelta) -> str:
    """``PT1H5M``: a length as ISO 8601, in hours, minutes and seconds only."""
    total = int(length_.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else ""]
    parts.append(f"{seconds}S" if seconds or not (hours or minutes) else "")
    return "PT" + "".join(parts)


def _event_url(program: Program, slot: Slot) -> str:
    conference = program.conference.url if program.conference else None
    return program.home_page or conference or f"urn:uuid:{slot.guid}"


def _slug_of(name: str, fallback: str) -> str:
    """A slug of at least two characters, as both schemas require."""
    text = slug(name, words=64)
    return text if len(text) >= 2 else fallback


def _track_slugs(plan: Schedule) -> dict[str, str]:
    slugs: dict[str, str] = {}
    for number, track in enumerate(plan.tracks, start=1):
        candidate = _slug_of(track, f"track-{number}")
        while candidate in slugs.values():
            candidate = f"{candidate}-{number}"
        slugs[track] = candidate
    return slugs


def _rooms(plan: Schedule) -> list[dict[str, Any]]:
    rooms = []
    for number, room in enumerate(plan.rooms, start=1):
        rooms.append(
            {
                "name": room.name,
                "slug": _slug_of(room.name, f"room-{number}"),
                "guid": str(room.guid),
            }
        )
    return rooms


def _room_reference(plan: Schedule, name: str) -> dict[str, str]:
    for record, room in zip(_rooms(plan), plan.rooms, strict=True):
        if room.name == name:
            return record
    raise AssertionError(f"room {name!r} is in no day")  # pragma: no cover


def _links(item: Item, column: str) -> list[dict[str, str]]:
    return [
        {"type": getattr(LINKS[link.kind], column), "url": link.url, "title": link_label(link.kind)}
        for link in item.links
    ]


def _participants(slot: Slot, plan: Schedule, uid_domain: str) -> list[dict[str, str]]:
    program = plan.program
    out = [
        {
            "name": person.name,
            "role": "SPEAKER",
            "guid": str(person_guid(person, program, uid_domain=uid_domain)),
        }
        for person in slot.item.people
    ]
    chair = slot.item.chair
    if chair and chair not in {person.name for person in slot.item.people}:
        guid = person_guid(Person(name=chair), program, uid_domain=uid_domain)
        out.append({"name": chair, "role": "MODERATOR", "guid": str(guid)})
    return out


def schedule2_record(
    program: Program, *, uid_domain: str, language: str, version: str | None = None
) -> dict[str, Any]:
    """The schedule2 document as plain JSON data."""
    plan = schedule(program, uid_domain=uid_domain, version=version)
    tracks = _track_slugs(plan)
    events: list[dict[str, Any]] = []
    for slot in plan.slots:
        item = slot.item
        room = _room_reference(plan, slot.room)
        names = KINDS[item.kind]
        if names.meta:
            events.append(
                {
                    "type": names.schedule2,
                    "title": item.title,
                    "guid": str(slot.guid),
                    "start": slot.start.isoformat(),
                    "end": slot.end.isoformat(),
                    "room": room,
                }
            )
            continue
        events.append(
            {
                "guid": str(slot.guid),
                "start": slot.start.isoformat(),
                "end": slot.end.isoformat(),
                "duration": iso_duration(item.duration),
                "room": room,
                "slug": slot.slug,
                "url": _event_url(program, slot),
                "title": item.title,
                "subtitle": None,
                "track": {"slug": tracks[slot.track]},
                "type": names.schedule2,
                "language": language,
                "abstract": item.abstract,
                "participants": _participants(slot, plan, uid_domain),
                "links": _links(item, "schedule2"),
            }
        )
    first, last = plan.days[0], plan.days[-1]
    conference: dict[str, Any] = {
        "acronym": plan.acronym,
        "title": program.title,
        "start": first.start.isoformat(),
        "end": last.end.isoformat(),
        **_zone_name(program),
        "timeslot_duration": iso_duration(dt.timedelta(minutes=plan.timeslot)),
        "tracks": [{"name": name, "slug": tracks[name]} for name in plan.tracks],
        "rooms": _rooms(plan),
        "days": [
            {
                "index": day.index,
                "date": day.date.isoformat(),
                "start": day.start.isoformat(),
                "end": day.end.isoformat(),
            }
            for day in plan.days
        ],
    }
    if program.home_page:
        conference["url"] = program.home_page
    return {
        "$schema": SCHEDULE2_ID,
        "generator": _generator(),
        "schedule": {"version": plan.version, "conference": conference, "events": events},
    }


def _schedule1_event(slot: Slot, plan: Schedule, uid_domain: str, language: str) -> dict[str, Any]:
    item = slot.item
    program = plan.program
    persons = []
    for person in item.people:
        record: dict[str, Any] = {
            "name": person.name,
            "public_name": person.name,
            "guid": str(person_guid(person, program, uid_domain=uid_domain)),
        }
        if person.profile:
            record["url"] = person.profile
        persons.append(record)
    return {
        "guid": str(slot.guid),
        "id": slot.event_id,
        "date": slot.start.isoformat(),
        "start": clock(slot.start, seconds=False),
        "duration": length(item, seconds=False),
        "end": slot.end.isoformat(),
        "room": slot.room,
        "slug": slot.slug,
        "url": _event_url(program, slot),
        "title": item.title,
        "subtitle": "",
        "track": slot.track,
        "type": item.kind.label,
        "language": language,
        "abstract": item.abstract or "",
        "description": None,
        "persons": persons,
        "links": _links(item, "schedule"),
    }


def schedule1_record(
    program: Program, *, uid_domain: str, language: str, version: str | None = None
) -> dict[str, Any]:
    """The schedule.json document (the form pretalx exports) as plain JSON data."""
    plan = schedule(program, uid_domain=uid_domain, version=version)
    days = []
    for day in plan.days:
        days.append(
            {
                "index": day.index,
                "date": day.date.isoformat(),
                "day_start": day.start.isoformat(),
                "day_end": day.end.isoformat(),
                "rooms": {
                    room.name: [
                        _schedule1_event(slot, plan, uid_domain, language) for slot in room.slots
                    ]
                    for room in day.rooms
                },
            }
        )
    tracks = _track_slugs(plan)
    conference: dict[str, Any] = {
        "acronym": plan.acronym,
        "title": program.title,
        "start": plan.days[0].date.isoformat(),
        "end": plan.days[-1].date.isoformat(),
        "daysCount": len(plan.days),
        "timeslot_duration": f"{plan.timeslot // 60:02d}:{plan.timeslot % 60:02d}",
        **_zone_name(program),
        "tracks": [{"name": name, "slug": tracks[name]} for name in plan.tracks],
        "rooms": _rooms(plan),
        "days": days,
    }
    if program.home_page:
        conference["url"] = program.home_page
    return {
        "$schema": SCHEDULE1_ID,
        "generator": _generator(),
        "schedule": {"version": plan.version, "conference": conference},
    }


def schedule_json(record: dict[str, Any]) -> str:
    """A schedule document as JSON text, UTF-8 as is, with a final line break."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
