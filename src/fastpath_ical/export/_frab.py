"""frab / Pentabarf schedule XML: what Giggity, ConfClerk and EventFahrplan read.

The layout is the one the conference-video community publishes a schema for
(voc/schedule, ``validator/xsd/schedule.xml.xsd``): ``<schedule>`` with a
``<version>``, a ``<conference>`` header, then one ``<day>`` per program
date holding its ``<room>`` elements, each holding its ``<event>`` elements.
An event's ``<date>`` is its start in the program's zone with the UTC
offset, ``<start>`` the same wall clock as ``HH:MM`` and ``<duration>`` its
true length as ``HH:MM``, so an app that reads only ``start`` and
``duration`` against the day, and one that reads ``date``, agree.  Ids,
slugs, rooms and tracks follow :mod:`._schedule`.  ElementTree writes the
XML, so escaping is never done by hand.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .._version import __version__
from ..model import Item, Program
from ._kinds import link_label
from ._schedule import Schedule, Slot, clock, length, person_guid, schedule

__all__ = ["frab_xml"]


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


def _event_url(program: Program) -> str | None:
    return program.home_page or (program.conference.url if program.conference else None)


def _event(parent: ET.Element, slot: Slot, plan: Schedule, uid_domain: str) -> None:
    item: Item = slot.item
    program = plan.program
    event = ET.SubElement(parent, "event", {"guid": str(slot.guid), "id": str(slot.event_id)})
    _text(event, "date", slot.start.isoformat())
    _text(event, "start", clock(slot.start))
    _text(event, "duration", length(item))
    _text(event, "room", slot.room)
    _text(event, "slug", slot.slug)
    _text(event, "title", item.title)
    _text(event, "track", slot.track)
    _text(event, "type", item.kind.label)
    _text(event, "abstract", item.abstract or "")
    url = _event_url(program)
    if url:
        _text(event, "url", url)
    persons = ET.SubElement(event, "persons")
    for person in item.people:
        guid = person_guid(person, program, uid_domain=uid_domain)
        _text(persons, "person", person.name, guid=str(guid))
    links = ET.SubElement(event, "links")
    for link in item.links:
        _text(links, "link", link_label(link.kind), href=link.url, type=link.kind.value)


def frab_xml(program: Program, *, uid_domain: str, version: str | None = None) -> bytes:
    """The program as frab schedule XML (UTF-8 bytes with an XML declaration)."""
    plan = schedule(program, uid_domain=uid_domain, version=version)
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": "fastpath-ical", "version": __version__})
    _text(root, "version", plan.version)
    conference = ET.SubElement(root, "conference")
    _text(conference, "title", program.title)
    _text(conference, "acronym", plan.acronym)
    _text(conference, "start", plan.days[0].date.isoformat())
    _text(conference, "end", plan.days[-1].date.isoformat())
    _text(conference, "days", str(len(plan.days)))
    _text(conference, "timeslot_duration", f"{plan.timeslot // 60:02d}:{plan.timeslot % 60:02d}")
    if program.home_page:
        _text(conference, "url", program.home_page)
    _text(conference, "time_zone_name", program.timezone)
    for track in plan.tracks:
        ET.SubElement(conference, "track", {"name": track})
    for day in plan.days:
        day_element = ET.SubElement(
            root,
            "day",
            {
                "index": str(day.index),
                "date": day.date.isoformat(),
                "start": day.start.isoformat(),
                "end": day.end.isoformat(),
            },
        )
        for room in day.rooms:
            room_element = ET.SubElement(
                day_element, "room", {"name": room.name, "guid": str(room.guid)}
            )
            for slot in room.slots:
                _event(room_element, slot, plan, uid_domain)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
