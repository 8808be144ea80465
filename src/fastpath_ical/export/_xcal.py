"""xCal (RFC 6321): the very calendar of the ``.ics`` feed, as XML.

xCal and jCal (RFC 7265) map iCalendar the same way (jCal was written from
xCal), so this writer walks the jCal that icalendar makes of the feed and
spells each part as RFC 6321 section 3 does: a component is an element
holding ``<properties>`` and, when it has any (always for ``vcalendar``),
``<components>``; a property is an element holding an optional
``<parameters>`` and one element per value, named for its value type
(``<date-time>``, ``<text>``, ``<uri>``); a parameter holds its value in
``<text>``, or ``<uri>`` / ``<cal-address>`` / ``<boolean>`` for the
parameters RFC 6321 types so.  Structured values (``recur``, ``period``,
GEO's two numbers, REQUEST-STATUS's parts) get the child elements of
RFC 6321 section 3.6.  Properties the RFC does not know (``X-WR-CALNAME``,
RFC 7986's ``REFRESH-INTERVAL``) keep their name and value type, as its
section 5 says.  ElementTree writes the XML, so nothing is escaped by hand.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from .._arguments import checked
from ..model import Program
from ._jcal import jcal
from ._options import ExportOptions

__all__ = ["XCAL_NAMESPACE", "xcal_from_jcal", "xcal_xml"]

XCAL_NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0"

#: Components whose element always holds ``<components>``, even an empty one.
_ALWAYS_COMPONENTS = frozenset({"vcalendar"})
#: Parameters whose values RFC 6321 types other than text.
_PARAMETER_TYPES = {
    "altrep": "uri",
    "dir": "uri",
    "delegated-from": "cal-address",
    "delegated-to": "cal-address",
    "member": "cal-address",
    "sent-by": "cal-address",
    "rsvp": "boolean",
}
#: The parts of a RECUR value, in the order RFC 6321's schema lists them.
_RECUR_PARTS = (
    "freq",
    "until",
    "count",
    "interval",
    "bysecond",
    "byminute",
    "byhour",
    "byday",
    "bymonthday",
    "byyearday",
    "byweekno",
    "bymonth",
    "bysetpos",
    "wkst",
)


def _tag(name: str) -> str:
    # Unqualified: the root's xmlns puts every element in the xCal namespace, without
    # ElementTree's global namespace registry.
    return name


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _child(parent: ET.Element, name: str, value: object) -> ET.Element:
    element = ET.SubElement(parent, _tag(name))
    element.text = _scalar(value)
    return element


def _many(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else [value]


def _recur(parent: ET.Element, value: dict[str, Any]) -> None:
    recur = ET.SubElement(parent, _tag("recur"))
    unknown = sorted(set(value) - set(_RECUR_PARTS))
    if unknown:
        raise ValueError(f"RECUR part {unknown[0]!r} has no xCal element")
    for part in _RECUR_PARTS:
        if part not in value:
            continue
        for each in _many(value[part]):
            if part == "until":
                until = ET.SubElement(recur, _tag("until"))
                until.text = str(each)
            else:
                _child(recur, part, each)


def _period(parent: ET.Element, value: object) -> None:
    if isinstance(value, list):
        start, end = str(value[0]), str(value[1])
    else:
        start, end = str(value).split("/", 1)
    period = ET.SubElement(parent, _tag("period"))
    _child(period, "start", start)
    _child(period, "duration" if end.lstrip("+-").startswith("P") else "end", end)


def _property(parent: ET.Element, jcal_property: list[Any]) -> None:
    name, parameters, value_type, *values = jcal_property
    element = ET.SubElement(parent, _tag(name))
    if parameters:
        holder = ET.SubElement(element, _tag("parameters"))
        for parameter, value in parameters.items():
            typed = ET.SubElement(holder, _tag(parameter))
            for each in _many(value):
                _child(typed, _PARAMETER_TYPES.get(parameter, "text"), each)
    if name == "geo":
        latitude, longitude = values[0]
        _child(element, "latitude", latitude)
        _child(element, "longitude", longitude)
        return
    if name == "request-status":
        code, description, *data = values[0]
        _child(element, "code", code)
        _child(element, "description", description)
        for each in data:
            _child(element, "data", each)
        return
    for value in values:
        if value_type == "recur":
            _recur(element, value)
        elif value_type == "period":
            _period(element, value)
        else:
            _child(element, value_type, value)


def _component(parent: ET.Element, jcal_component: list[Any]) -> None:
    name, properties, components = jcal_component
    element = ET.SubElement(parent, _tag(name))
    holder = ET.SubElement(element, _tag("properties"))
    for each in properties:
        _property(holder, each)
    if components or name in _ALWAYS_COMPONENTS:
        children = ET.SubElement(element, _tag("components"))
        for each in components:
            _component(children, each)


@checked
def xcal_from_jcal(document: list[Any]) -> bytes:
    """Any jCal calendar (or list of them) as an xCal document, UTF-8 with a declaration."""
    root = ET.Element("icalendar", {"xmlns": XCAL_NAMESPACE})
    calendars = document if document and isinstance(document[0], list) else [document]
    for calendar in calendars:
        _component(root, calendar)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


@checked
def xcal_xml(program: Program, options: ExportOptions | None = None) -> bytes:
    """The feed as xCal."""
    return xcal_from_jcal(jcal(program, options or ExportOptions()))
