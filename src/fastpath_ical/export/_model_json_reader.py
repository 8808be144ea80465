"""Reading the program JSON back: :func:`program_from_json`, strict about what it takes.

The format and its versions are ``_model_json``'s docstring.  This reader
names the JSON Pointer of the first wrong value, refuses members it does not
know and versions it cannot read, and builds the model through its own
validators, so a document gives the very program it describes or an error.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from .._arguments import checked
from ..errors import FastpathError, ProgramJsonError
from ..model import Conference, Item, Link, Paper, Person, Program
from ..zones import is_portable_zone
from ._model_json import PROGRAM_JSON_FORMAT, PROGRAM_JSON_VERSION

__all__ = ["program_from_json"]

_MAJOR, _MINOR = (int(part) for part in PROGRAM_JSON_VERSION.split("."))

T = TypeVar("T")


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "true or false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _expect(value: object, kind: type[T], what: str, pointer: str) -> T:
    # bool is an int to Python but not to JSON.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ProgramJsonError(f"must be {what}, got {_type_name(value)}", pointer=pointer)
    return value


def _members(
    value: object,
    pointer: str,
    *,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
) -> dict[str, Any]:
    record = _expect(value, dict, "an object", pointer)
    for name in required:
        if name not in record:
            raise ProgramJsonError(f"missing member {name!r}", pointer=pointer)
    unknown = sorted(set(record) - set(required) - set(optional))
    if unknown:
        known = ", ".join(required + optional)
        raise ProgramJsonError(
            f"unknown member {unknown[0]!r} (version {PROGRAM_JSON_VERSION} knows {known})",
            pointer=pointer,
        )
    return record


def _text(record: Mapping[str, Any], name: str, pointer: str) -> str:
    return _expect(record[name], str, "a string", f"{pointer}/{name}")


def _optional_text(record: Mapping[str, Any], name: str, pointer: str) -> str | None:
    value = record.get(name)
    return None if value is None else _expect(value, str, "a string or null", f"{pointer}/{name}")


def _array(record: Mapping[str, Any], name: str, pointer: str) -> list[Any]:
    return _expect(record.get(name, []), list, "an array", f"{pointer}/{name}")


def _built(make: Callable[[], T], pointer: str) -> T:
    """A model value, its invariant errors located at ``pointer``."""
    try:
        return make()
    except ProgramJsonError:
        raise
    except FastpathError as error:
        raise ProgramJsonError(str(error), pointer=pointer) from None


_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d(:\d\d(\.\d+)?)?)")


def _read_instant(value: object, zone: ZoneInfo, pointer: str) -> dt.datetime:
    text = _expect(value, str, "a date-time string", pointer)
    if not _INSTANT.fullmatch(text):
        raise ProgramJsonError(
            f"must be an ISO 8601 date-time with its UTC offset "
            f"(2021-04-25T10:50:00-04:00), got {text!r}",
            pointer=pointer,
        )
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise ProgramJsonError(f"not a date-time: {text!r} ({error})", pointer=pointer) from None
    return moment.astimezone(zone)


def _read_date(value: object, pointer: str) -> dt.date:
    text = _expect(value, str, "a date string", pointer)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        raise ProgramJsonError(f"must be a date as YYYY-MM-DD, got {text!r}", pointer=pointer)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise ProgramJsonError(f"not a date: {text!r} ({error})", pointer=pointer) from None


def _read_person(value: object, pointer: str) -> Person:
    record = _members(value, pointer, required=("name",), optional=("affiliation", "profile"))
    return _built(
        lambda: Person(
            name=_text(record, "name", pointer),
            affiliation=_optional_text(record, "affiliation", pointer),
            profile=_optional_text(record, "profile", pointer),
        ),
        pointer,
    )


def _read_people(record: Mapping[str, Any], name: str, pointer: str) -> tuple[Person, ...]:
    where = f"{pointer}/{name}"
    return tuple(
        _read_person(person, f"{where}/{index}")
        for index, person in enumerate(_array(record, name, pointer))
    )


def _read_link(value: object, pointer: str) -> Link:
    record = _members(value, pointer, required=("kind", "url"))
    return _built(
        lambda: Link(kind=_text(record, "kind", pointer), url=_text(record, "url", pointer)),
        pointer,
    )


def _read_links(record: Mapping[str, Any], pointer: str) -> tuple[Link, ...]:
    return tuple(
        _read_link(link, f"{pointer}/links/{index}")
        for index, link in enumerate(_array(record, "links", pointer))
    )


def _read_paper(value: object, pointer: str) -> Paper:
    record = _members(value, pointer, required=("title",), optional=("people", "links"))
    people = _read_people(record, "people", pointer)
    links = _read_links(record, pointer)
    return _built(
        lambda: Paper(title=_text(record, "title", pointer), people=people, links=links), pointer
    )


def _read_extra(value: object, pointer: str) -> tuple[str, str]:
    record = _members(value, pointer, required=("header", "text"))
    return _text(record, "header", pointer), _text(record, "text", pointer)


_ITEM_REQUIRED = ("start", "end", "kind", "title")
_ITEM_OPTIONAL = ("people", "links", "session", "abstract", "chair", "extra", "papers")


def _read_item(value: object, zone: ZoneInfo, pointer: str) -> Item:
    record = _members(value, pointer, required=_ITEM_REQUIRED, optional=_ITEM_OPTIONAL)
    start = _read_instant(record["start"], zone, f"{pointer}/start")
    end = _read_instant(record["end"], zone, f"{pointer}/end")
    people = _read_people(record, "people", pointer)
    links = _read_links(record, pointer)
    papers = tuple(
        _read_paper(paper, f"{pointer}/papers/{index}")
        for index, paper in enumerate(_array(record, "papers", pointer))
    )
    extra = tuple(
        _read_extra(pair, f"{pointer}/extra/{index}")
        for index, pair in enumerate(_array(record, "extra", pointer))
    )
    return _built(
        lambda: Item(
            start=start,
            end=end,
            kind=_text(record, "kind", pointer),
            title=_text(record, "title", pointer),
            people=people,
            links=links,
            session=_optional_text(record, "session", pointer),
            abstract=_optional_text(record, "abstract", pointer),
            chair=_optional_text(record, "chair", pointer),
            extra=extra,
            papers=papers,
        ),
        pointer,
    )


_PROGRAM_REQUIRED = ("title", "short_name", "date", "timezone")
_PROGRAM_OPTIONAL = (
    "location",
    "virtual",
    "home_page",
    "recording",
    "conference",
    "organizers",
    "notes",
    "items",
)


def _read_conference(value: object, pointer: str) -> Conference | None:
    if value is None:
        return None
    record = _members(value, pointer, required=("name",), optional=("url",))
    return _built(
        lambda: Conference(
            name=_text(record, "name", pointer), url=_optional_text(record, "url", pointer)
        ),
        pointer,
    )


def _read_program(value: object, pointer: str) -> Program:
    record = _members(value, pointer, required=_PROGRAM_REQUIRED, optional=_PROGRAM_OPTIONAL)
    timezone = _text(record, "timezone", pointer)
    if not is_portable_zone(timezone):
        raise ProgramJsonError(
            f"must be an IANA time zone, got {timezone!r}", pointer=f"{pointer}/timezone"
        )
    zone = ZoneInfo(timezone)
    items = tuple(
        _read_item(item, zone, f"{pointer}/items/{index}")
        for index, item in enumerate(_array(record, "items", pointer))
    )
    notes = tuple(
        _expect(note, str, "a string", f"{pointer}/notes/{index}")
        for index, note in enumerate(_array(record, "notes", pointer))
    )
    fields: dict[str, Any] = {
        "title": _text(record, "title", pointer),
        "short_name": _text(record, "short_name", pointer),
        "date": _read_date(record["date"], f"{pointer}/date"),
        "timezone": timezone,
        "home_page": _optional_text(record, "home_page", pointer),
        "recording": _optional_text(record, "recording", pointer),
        "conference": _read_conference(record.get("conference"), f"{pointer}/conference"),
        "organizers": _read_people(record, "organizers", pointer),
        "notes": notes,
        "items": items,
    }
    if "location" in record:
        fields["location"] = _text(record, "location", pointer)
    if "virtual" in record:
        fields["virtual"] = _expect(record["virtual"], bool, "true or false", f"{pointer}/virtual")
    return _built(lambda: Program(**fields), pointer)


def _check_version(record: Mapping[str, Any]) -> None:
    if record["format"] != PROGRAM_JSON_FORMAT:
        raise ProgramJsonError(
            f"must be {PROGRAM_JSON_FORMAT!r}, got {record['format']!r}", pointer="/format"
        )
    version = _expect(record["version"], str, "a version string", "/version")
    found = re.fullmatch(r"(\d+)\.(\d+)", version)
    if found is None:
        raise ProgramJsonError(f"must be MAJOR.MINOR, got {version!r}", pointer="/version")
    major, minor = int(found.group(1)), int(found.group(2))
    if major != _MAJOR or minor > _MINOR:
        raise ProgramJsonError(
            f"version {version} is not one this fastpath-ical reads "
            f"({_MAJOR}.0 to {PROGRAM_JSON_VERSION}); read it with the release that wrote it",
            pointer="/version",
        )


@checked
def program_from_json(text: str | bytes) -> Program:
    """The program in a document :func:`program_to_json` wrote (or one written by hand).

    Raises :class:`~fastpath_ical.errors.ProgramJsonError` naming the JSON
    Pointer of the first value that is wrong: text that is not JSON, a
    member missing, misspelt or of the wrong type, an instant without its
    offset, or a value the model refuses (an item that ends before it starts).
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProgramJsonError(
            f"not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except UnicodeDecodeError as error:
        raise ProgramJsonError(f"not UTF-8 text: {error.reason}") from None
    record = _members(document, "", required=("format", "version", "program"))
    _check_version(record)
    return _read_program(record["program"], "/program")
