"""The model as versioned JSON: valid against its shipped schema, read back to the same program.

The schema is checked with ``jsonschema`` (a validator this project did not
write); the instants are read with ``datetime.fromisoformat`` alone and
compared with the feed as the ``ical`` library reads it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from fastpath_ical import Conference, Item, ItemKind, Link, LinkKind, Person, Program, fastpath2021
from fastpath_ical.errors import ProgramJsonError
from fastpath_ical.export import (
    PROGRAM_JSON_VERSION,
    program_from_json,
    program_schema,
    program_to_json,
)
from fastpath_ical.ics import feed_bytes, uids
from fastpath_ical.model import Paper
from readback import read_ical
from strategies import programs

UTC = dt.UTC


def _validator() -> jsonschema.protocols.Validator:
    schema = program_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _document(program: Program | None = None) -> dict[str, Any]:
    return json.loads(program_to_json(program or fastpath2021()))


def test_shipped_program_is_valid_against_the_schema() -> None:
    errors = [error.message for error in _validator().iter_errors(_document())]
    assert [] == errors


def test_shipped_program_round_trips() -> None:
    program = fastpath2021()
    text = program_to_json(program)
    assert program == program_from_json(text)
    assert text == program_to_json(program_from_json(text))


def test_instants_are_the_feeds_instants() -> None:
    """Each item's offsets, read by fromisoformat, give the instants the .ics gives."""
    program = fastpath2021()
    items = _document(program)["program"]["items"]
    seen = {event.uid: event for event in read_ical(feed_bytes(program))}
    assert len(seen) == len(items)
    for uid, item in zip(uids(program), items, strict=True):
        assert (seen[uid].start, seen[uid].end) == (
            dt.datetime.fromisoformat(item["start"]).astimezone(UTC),
            dt.datetime.fromisoformat(item["end"]).astimezone(UTC),
        )
        assert seen[uid].summary.startswith(item["title"])


@settings(max_examples=40, deadline=None)
@given(programs(details=True))
def test_any_program_round_trips_and_validates(program: Program) -> None:
    text = program_to_json(program)
    assert [] == [error.message for error in _validator().iter_errors(json.loads(text))]
    back = program_from_json(text)
    assert program == back
    assert text == program_to_json(back)


def test_hand_written_minimal_document_reads_with_model_defaults() -> None:
    text = json.dumps(
        {
            "format": "fastpath-ical program",
            "version": "1.0",
            "program": {
                "title": "Workshop",
                "short_name": "WS",
                "date": "2024-10-27",
                "timezone": "Europe/London",
                "items": [
                    {
                        "start": "2024-10-27T00:30:00Z",
                        "end": "2024-10-27T01:30:00Z",
                        "kind": "talk",
                        "title": "Across the change",
                    }
                ],
            },
        }
    )
    program = program_from_json(text)
    item = program.items[0]
    # No place and no "virtual" said: none claimed (issue 12: nothing the page does not say).
    assert (None, False) == (program.location, program.virtual)
    # 01:30 BST, then 01:30 GMT: the same wall clock twice, an hour apart.
    assert "2024-10-27T01:30:00+01:00" == item.start.isoformat()
    assert "2024-10-27T01:30:00+00:00" == item.end.isoformat()
    assert dt.timedelta(hours=1) == item.duration
    assert [] == [e.message for e in _validator().iter_errors(json.loads(text))]


def _parent(document: dict[str, Any], pointer: str) -> tuple[Any, Any]:
    """The container of the value at a JSON Pointer, and its key there."""
    *path, last = (int(part) if part.isdigit() else part for part in pointer.split("/")[1:])
    target: Any = document
    for key in path:
        target = target[key]
    return target, last


def _set(pointer: str, value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        target, key = _parent(document, pointer)
        target[key] = value

    return change


def _delete(pointer: str) -> Any:
    def change(document: dict[str, Any]) -> None:
        target, key = _parent(document, pointer)
        del target[key]

    return change


EDT = "-04:00"
ITEM = "/program/items"
#: (why, change, JSON Pointer the reader names, whether the schema rejects it too)
BROKEN = [
    ("newer minor", _set("/version", "1.1"), "/version", True),
    ("other major", _set("/version", "2.0"), "/version", True),
    ("other format", _set("/format", "pretalx"), "/format", True),
    ("no offset", _set(f"{ITEM}/2/start", "2021-03-28T11:00"), f"{ITEM}/2/start", True),
    ("misspelt member", _set("/program/items/0/abstarct", "x"), "/program/items/0", True),
    ("missing title", _delete("/program/items/1/title"), "/program/items/1", True),
    ("number title", _set("/program/items/1/title", 7), "/program/items/1/title", True),
    ("bool as url", _set("/program/home_page", True), "/program/home_page", True),
    ("unknown kind", _set("/program/items/1/kind", "lecture"), "/program/items/1", True),
    ("ftp link", _set(f"{ITEM}/2/links/0/url", "ftp://x/a"), f"{ITEM}/2/links/0", True),
    ("not a zone", _set("/program/timezone", "Mars/Olympus"), "/program/timezone", False),
    ("ends before start", _set(f"{ITEM}/1/end", f"2021-03-28T10:00{EDT}"), f"{ITEM}/1", False),
    ("not its first day", _set("/program/date", "2021-03-29"), "/program", False),
    ("blank name", _set("/program/organizers/0/name", "  "), "/program/organizers/0", True),
    ("control char", _set("/program/title", "A\u0007B"), "/program", True),
    ("bad date", _set("/program/date", "2021-02-30"), "/program/date", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "pointer", "schema_rejects"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_document_is_refused_at_its_pointer(
    change: Any, pointer: str, schema_rejects: bool
) -> None:
    document = _document()
    change(document)
    with pytest.raises(ProgramJsonError) as caught:
        program_from_json(json.dumps(document))
    assert pointer == caught.value.pointer
    assert str(caught.value).startswith(f"{pointer}: ")
    assert schema_rejects == (not _validator().is_valid(document))


@pytest.mark.parametrize(
    "text", ["", "{", "[]", '"x"', b"\xff\xfe{}"], ids=["empty", "cut", "array", "string", "bytes"]
)
def test_text_that_is_no_document_is_one_error(text: str | bytes) -> None:
    with pytest.raises(ProgramJsonError) as caught:
        program_from_json(text)
    assert "" == caught.value.pointer


def test_schema_knows_every_field_and_kind_of_the_model() -> None:
    """A new model field or kind fails here until the schema, the writer and the reader carry it
    (and the version's MINOR is raised)."""
    defs = program_schema()["$defs"]
    program = defs["program"]["properties"]
    conference = program["conference"]["oneOf"][1]["properties"]
    assert {f.name for f in attrs.fields(Program)} == set(program)
    assert {f.name for f in attrs.fields(Conference)} == set(conference)
    assert {f.name for f in attrs.fields(Item)} == set(defs["item"]["properties"])
    assert {f.name for f in attrs.fields(Person)} == set(defs["person"]["properties"])
    assert {f.name for f in attrs.fields(Link)} == set(defs["link"]["properties"])
    assert {f.name for f in attrs.fields(Paper)} == set(defs["paper"]["properties"])
    assert [k.value for k in ItemKind] == defs["item"]["properties"]["kind"]["enum"]
    assert [k.value for k in LinkKind] == defs["link"]["properties"]["kind"]["enum"]
    assert PROGRAM_JSON_VERSION in program_schema()["properties"]["version"]["enum"]


def test_writer_writes_every_member_the_schema_names() -> None:
    """Consumers need not guess: absent values are written as null or [], never left out."""
    document = _document()
    defs = program_schema()["$defs"]
    assert set(defs["program"]["properties"]) == set(document["program"])
    for item in document["program"]["items"]:
        assert set(defs["item"]["properties"]) == set(item)


def test_schema_copy_is_fresh() -> None:
    schema = program_schema()
    schema["$defs"].clear()
    assert program_schema()["$defs"]
    assert copy.deepcopy(program_schema()) == program_schema()
