"""The model itself as JSON: a versioned form other tools can read, and its reader.

Every other format here says what a schedule app or a calendar needs; this
one says everything the model holds, so that ``program_from_json`` gives the
very program back (JSON -> model -> JSON is the identity).  The document is

    {"format": "fastpath-ical program", "version": "1.0", "program": {...}}

and ``program.schema.json`` beside this module is its JSON Schema (draft
2020-12), shipped as package data (:func:`program_schema`).

Instants are written in the program's zone with their UTC offset
(``2021-04-25T10:50:00-04:00``): a reader without time-zone rules still
gets the instant from the offset, and one with them gets the wall clock the
page showed.  The reader takes any offset (``Z`` too) and places the instant
in the program's zone with zoneinfo.

Versions are ``MAJOR.MINOR``.  A new optional member or a new value of an
enumeration (an item kind) raises MINOR; the schema of ``1.y`` accepts every
``1.x`` document with ``x <= y``, and a consumer that ignores members it does
not know reads any ``1.y``.  Removing, renaming or changing the meaning of a
member raises MAJOR.  This reader refuses a document of another MAJOR, or of
a newer MINOR than it knows, rather than drop what it cannot read; it also
refuses members it does not know (a misspelt ``"abstarct"`` would otherwise
vanish without a word).  The reader is ``_model_json_reader``.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
from typing import Any
from zoneinfo import ZoneInfo

from .._arguments import checked
from ..model import Item, Link, Paper, Person, Program

__all__ = [
    "PROGRAM_JSON_FORMAT",
    "PROGRAM_JSON_VERSION",
    "program_record",
    "program_schema",
    "program_to_json",
]

PROGRAM_JSON_FORMAT = "fastpath-ical program"
#: The version this module writes; ``_model_json_reader`` reads every ``1.x`` up to this one.
PROGRAM_JSON_VERSION = "1.0"
_SCHEMA_FILE = "program.schema.json"


def _instant(moment: dt.datetime, zone: ZoneInfo) -> str:
    # isoformat keeps seconds and microseconds when there are any, so no instant is rounded.
    return moment.astimezone(zone).isoformat()


def _person(person: Person) -> dict[str, Any]:
    return {"name": person.name, "affiliation": person.affiliation, "profile": person.profile}


def _links(links: tuple[Link, ...]) -> list[dict[str, Any]]:
    return [{"kind": link.kind.value, "url": link.url} for link in links]


def _paper(paper: Paper) -> dict[str, Any]:
    return {
        "title": paper.title,
        "people": [_person(person) for person in paper.people],
        "links": _links(paper.links),
    }


def _item(item: Item, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "start": _instant(item.start, zone),
        "end": _instant(item.end, zone),
        "kind": item.kind.value,
        "title": item.title,
        "people": [_person(person) for person in item.people],
        "links": _links(item.links),
        "session": item.session,
        "abstract": item.abstract,
        "chair": item.chair,
        "extra": [{"header": header, "text": text} for header, text in item.extra],
        "papers": [_paper(paper) for paper in item.papers],
    }


@checked
def program_record(program: Program) -> dict[str, Any]:
    """The whole document as plain JSON data (what :func:`program_to_json` writes)."""
    zone = program.zone
    conference = program.conference
    return {
        "format": PROGRAM_JSON_FORMAT,
        "version": PROGRAM_JSON_VERSION,
        "program": {
            "title": program.title,
            "short_name": program.short_name,
            "date": program.date.isoformat(),
            "timezone": program.timezone,
            # Left out, not null, when no place is said: every 1.0 reader reads that.
            **({} if program.location is None else {"location": program.location}),
            "virtual": program.virtual,
            "home_page": program.home_page,
            "recording": program.recording,
            "conference": (
                None if conference is None else {"name": conference.name, "url": conference.url}
            ),
            "organizers": [_person(person) for person in program.organizers],
            "notes": list(program.notes),
            "items": [_item(item, zone) for item in program.items],
        },
    }


@checked
def program_to_json(program: Program) -> str:
    """The program as JSON text: every field, ``null`` where a value is absent, UTF-8 as is.

    The same program always gives the same text (keys in a fixed order, two
    spaces of indent, a final line break), so a published file changes only
    when the program does.
    """
    return json.dumps(program_record(program), ensure_ascii=False, indent=2) + "\n"


@functools.cache
def _schema_text() -> str:
    resource = importlib.resources.files(__package__).joinpath(_SCHEMA_FILE)
    return resource.read_text(encoding="utf-8")


@checked
def program_schema() -> dict[str, Any]:
    """The JSON Schema of the document :func:`program_to_json` writes (a fresh copy)."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
