"""Every export format, read by a reader this project did not write, gives the feed's talks.

The schemas in ``tests/export/schemas/`` are the project's own validators, each written from the
published definition it names (voc/schedule's XSD and JSON Schemas, RFC 6321's RELAX NG):
``lxml`` checks the XML against them, ``jsonschema`` the JSON; Mozilla's ical.js reads jCal.
Then each output is read the way its consumers read it (a schedule app walks days, rooms and
events and adds the duration to the start) and compared with the ``.ics`` as the ``ical``
library reads it: the same events, instants, titles, people and links.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import uuid
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import icalendar
import jsonschema
import pytest
from hypothesis import given, settings
from lxml import etree

from fastpath_ical import Item, ItemKind, Link, LinkKind, Person, Program, fastpath2021
from fastpath_ical.errors import ExportError
from fastpath_ical.export import (
    CSV_COLUMNS,
    GUID_NAMESPACE,
    KINDS,
    LINKS,
    ExportFormat,
    ExportOptions,
    export,
    frab_xml,
    jcal_json,
    program_csv,
    schedule1_json,
    schedule_json,
    xcal_xml,
)
from fastpath_ical.ics import FeedOptions, feed_bytes, uids
from fastpath_ical.page import read_page, write_page
from readback import icaljs_missing, read_ical, read_icalendar, read_icaljs
from strategies import programs

UTC = dt.UTC
SCHEMAS = Path(__file__).parent / "schemas"
XCAL = "{urn:ietf:params:xml:ns:icalendar-2.0}"


@cache
def frab_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "frab-schedule.xsd")))


@cache
def xcal_schema() -> etree.RelaxNG:
    return etree.RelaxNG.from_rnc_string((SCHEMAS / "xcal.rnc").read_text(encoding="utf-8"))


@cache
def json_validator(name: str) -> Any:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def json_errors(name: str, document: object) -> list[str]:
    return [
        f"{list(e.absolute_path)}: {e.message}" for e in json_validator(name).iter_errors(document)
    ]


def xml_errors(schema: etree.XMLSchema | etree.RelaxNG, data: bytes) -> list[str]:
    valid = schema.validate(etree.fromstring(data))
    return [] if valid else [str(error) for error in schema.error_log]


def _instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    assert moment.utcoffset() is not None, f"{text!r} has no offset"
    return moment.astimezone(UTC)


def _hhmm(text: str) -> dt.timedelta:
    hours, minutes, *seconds = (int(part) for part in text.split(":"))
    return dt.timedelta(hours=hours, minutes=minutes, seconds=seconds[0] if seconds else 0)


def _iso_duration(text: str) -> dt.timedelta:
    assert text.startswith("PT"), text
    total, number = dt.timedelta(), ""
    for char in text[2:]:
        if char.isdigit():
            number += char
            continue
        total += dt.timedelta(**{{"H": "hours", "M": "minutes", "S": "seconds"}[char]: int(number)})
        number = ""
    return total


# What a reader saw of one event: (guid or uid, start UTC, end UTC, title, people, link URLs).
Event = tuple[str, dt.datetime, dt.datetime, str, tuple[str, ...], tuple[str, ...]]


def guid_of(uid: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, f"event:{uid}"))


def expected_events(program: Program, uid_domain: str = "fastpath-ical") -> list[Event]:
    """The feed's events as the ``ical`` library reads the ``.ics``, keyed by their guid."""
    seen = {
        event.uid: event
        for event in read_ical(feed_bytes(program, FeedOptions(uid_domain=uid_domain)))
    }
    out = []
    for item, uid in zip(program.items, uids(program, uid_domain=uid_domain), strict=True):
        event = seen[uid]
        assert event.summary.startswith(item.title)
        out.append(
            (
                guid_of(uid),
                event.start,
                event.end,
                item.title,
                tuple(person.name for person in item.people),
                tuple(link.url for link in item.links),
            )
        )
    return out


def frab_events(data: bytes) -> list[Event]:
    """A frab XML as Giggity and ConfClerk read it: day, room, event; ``date`` + ``duration``."""
    root = etree.fromstring(data)
    out = []
    for day in root.iterfind("day"):
        day_date = dt.date.fromisoformat(day.get("date"))
        for room in day.iterfind("room"):
            for event in room.iterfind("event"):
                start = dt.datetime.fromisoformat(event.findtext("date"))
                assert start.date() == day_date
                assert event.findtext("start") == start.strftime(
                    "%H:%M" if not start.second else "%H:%M:%S"
                )
                assert event.findtext("room") == room.get("name")
                assert event.findtext("slug")
                end = start.astimezone(UTC) + _hhmm(event.findtext("duration"))
                out.append(
                    (
                        event.get("guid"),
                        start.astimezone(UTC),
                        end,
                        event.findtext("title"),
                        tuple(person.text for person in event.iterfind("persons/person")),
                        tuple(link.get("href") for link in event.iterfind("links/link")),
                    )
                )
    return sorted(out, key=lambda event: event[1])


def schedule1_events(document: dict[str, Any]) -> list[Event]:
    """schedule.json as apps read it: ``conference.days[].rooms{name: [events]}``."""
    out = []
    conference = document["schedule"]["conference"]
    room_names = {room["name"] for room in conference["rooms"]}
    for day in conference["days"]:
        for room, events in day["rooms"].items():
            assert room in room_names
            for event in events:
                start = _instant(event["date"])
                assert event["room"] == room
                assert event["date"][11:16] == event["start"]
                assert day["date"] == event["date"][:10]
                end = start + _hhmm(event["duration"])
                assert end == _instant(event["end"])
                out.append(
                    (
                        event["guid"],
                        start,
                        end,
                        event["title"],
                        tuple(person["public_name"] for person in event["persons"]),
                        tuple(link["url"] for link in event["links"]),
                    )
                )
    return sorted(out, key=lambda event: event[1])


def schedule2_events(document: dict[str, Any]) -> list[Event]:
    """schedule2 JSON: one list of events, rooms and tracks by reference to the header."""
    conference = document["schedule"]["conference"]
    rooms = {room["guid"]: room for room in conference["rooms"]}
    tracks = {track["slug"] for track in conference["tracks"]}
    days = [(_instant(day["start"]), _instant(day["end"])) for day in conference["days"]]
    out = []
    for event in document["schedule"]["events"]:
        start, end = _instant(event["start"]), _instant(event["end"])
        assert event["room"]["guid"] in rooms
        assert any(first <= start and end <= last for first, last in days)
        if event["type"] in ("BREAK", "META"):
            people: tuple[str, ...] = ()
            links: tuple[str, ...] = ()
        else:
            assert event["track"]["slug"] in tracks
            assert start + _iso_duration(event["duration"]) == end
            people = tuple(p["name"] for p in event["participants"] if p["role"] == "SPEAKER")
            links = tuple(link["url"] for link in event["links"])
        out.append((event["guid"], start, end, event["title"], people, links))
    return out


def _break_free(events: list[Event], program: Program) -> list[Event]:
    """What schedule2 keeps of each item: a meta event (a break) has no people or links."""
    return [
        (guid, start, end, title, (), ())
        if KINDS[item.kind].meta
        else (guid, start, end, title, people, links)
        for (guid, start, end, title, people, links), item in zip(
            events, program.items, strict=True
        )
    ]


def rooms_program() -> Program:
    """Two days across the end of DST in Europe, two rooms named by a Room column, a long talk."""
    zone = ZoneInfo("Europe/Berlin")

    def at(day: int, hour: int, minute: int = 0, fold: int = 0) -> dt.datetime:
        return dt.datetime(2024, 10, day, hour, minute, tzinfo=zone, fold=fold)

    speaker = Person(name="Zoë Ångström", affiliation="KTH", profile="https://example.org/zoe")
    return Program(
        title="Night Shift Workshop",
        short_name="NSW",
        date=dt.date(2024, 10, 26),
        timezone="Europe/Berlin",
        location="Hörsaal 1",
        virtual=False,
        home_page="https://example.org/nsw",
        items=(
            Item(start=at(26, 9), end=at(26, 10), kind="talk", title="Morning <&> \"quotes\"",
                 people=(speaker,), links=(Link(kind=LinkKind.SLIDES, url="https://example.org/s?a=1&b=2"),),
                 extra=(("Room", "Hall A"),), session="Session 1", abstract="Two\nlines"),
            Item(start=at(26, 10), end=at(26, 10, 30), kind="break", title="Coffee"),
            Item(start=at(26, 23, 30), end=at(27, 2, 30, fold=1), kind="talk",
                 title="Across midnight and the change", people=(Person(name="Al"),),
                 extra=(("Location", "Hall B"),)),
            Item(start=at(27, 9), end=at(27, 9, 5), kind="remarks", title="Hi",
                 links=(Link(kind=LinkKind.VIDEO, url="https://example.org/v"),)),
        ),
    )  # fmt: skip


PROGRAMS = {"fastpath2021": fastpath2021, "rooms": rooms_program}
#: Other programs: every valid page of the page-reader fixtures (zones, days, sessions, rooms).
PAGES = sorted((Path(__file__).parents[1] / "pages" / "valid").glob("*.md"))


@pytest.fixture(params=sorted(PROGRAMS))
def program(request: pytest.FixtureRequest) -> Program:
    return PROGRAMS[request.param]()


@pytest.fixture(params=[*sorted(PROGRAMS), *(page.stem for page in PAGES)])
def any_program(request: pytest.FixtureRequest) -> Program:
    """The shipped program, the rooms program, and each valid fixture page's program."""
    if request.param in PROGRAMS:
        return PROGRAMS[request.param]()
    page = Path(__file__).parents[1] / "pages" / "valid" / f"{request.param}.md"
    return read_page(page.read_text(encoding="utf-8")).program


# frab XML ----------------------------------------------------------------------------


def test_frab_is_valid_and_gives_the_feeds_events(any_program: Program) -> None:
    data = frab_xml(any_program)
    assert [] == xml_errors(frab_schema(), data)
    assert expected_events(any_program) == frab_events(data)


def test_frab_rooms_days_and_header_for_a_program_with_rooms() -> None:
    root = etree.fromstring(frab_xml(rooms_program()))
    days = root.findall("day")
    assert ["2024-10-26", "2024-10-27"] == [day.get("date") for day in days]
    assert [["Hall A", "Hörsaal 1", "Hall B"], ["Hörsaal 1"]] == [
        [room.get("name") for room in day.iterfind("room")] for day in days
    ]
    # The talk across the change lasts four hours although the clocks say three.
    across = root.find("day/room[@name='Hall B']/event")
    assert ("23:30", "04:00", "2024-10-26T23:30:00+02:00") == (
        across.findtext("start"),
        across.findtext("duration"),
        across.findtext("date"),
    )
    assert "2024-10-27T02:30:00+01:00" == days[0].get("end")
    assert "nsw2024" == root.findtext("conference/acronym")
    assert "Europe/Berlin" == root.findtext("conference/time_zone_name")
    assert ["Session 1", "Break", "Talk", "Remarks"] == [
        t.get("name") for t in root.iterfind("conference/track")
    ]


@settings(max_examples=25, deadline=None)
@given(programs(details=True))
def test_frab_is_valid_for_any_program(program: Program) -> None:
    data = frab_xml(program)
    assert [] == xml_errors(frab_schema(), data)
    assert expected_events(program) == frab_events(data)


def test_frab_schema_refuses_what_the_published_schema_refuses() -> None:
    """The validator bites: a missing required element, a slug without the acronym, an id of 0."""
    good = frab_xml(fastpath2021())
    broken = [
        good.replace(b"<track>Talk</track>", b"", 1),
        good.replace(b"<slug>fastpath2021-", b"<slug>fp-", 1),
        re.sub(rb' id="[0-9]+"', b' id="0"', good, count=1),
        good.replace(b"<duration>00:35</duration>", b"<duration>0:35 h</duration>", 1),
        good.replace(b"-04:00</date>", b"</date>", 1),
    ]
    assert [] == xml_errors(frab_schema(), good)
    for data in broken:
        assert data != good
        assert xml_errors(frab_schema(), data)


def test_frab_guids_survive_a_retitle_and_a_move() -> None:
    """The guid is derived from the UID, so an app's favourite is still the same talk."""
    program = fastpath2021()
    talk = 1
    item = program.items[talk]
    moved = Item(
        start=item.start + dt.timedelta(minutes=5),
        end=item.end + dt.timedelta(minutes=5),
        kind=item.kind,
        title=item.title + " (revised)",
        people=item.people,
    )
    items = list(program.items)
    items[talk] = moved
    changed = attrs.evolve(program, items=tuple(items[: talk + 1]))
    before = etree.fromstring(frab_xml(program)).findall("day/room/event")[talk]
    after = etree.fromstring(frab_xml(changed)).findall("day/room/event")[talk]
    assert (before.get("guid"), before.get("id"), before.findtext("slug")) == (
        after.get("guid"),
        after.get("id"),
        after.findtext("slug"),
    )
    assert before.findtext("title") != after.findtext("title")


# schedule JSON ---------------------------------------------------------------------


def test_schedule2_json_is_valid_and_gives_the_feeds_events(any_program: Program) -> None:
    document = json.loads(schedule_json(any_program))
    assert [] == json_errors("schedule2.schema.json", document)
    assert _break_free(expected_events(any_program), any_program) == schedule2_events(document)


def test_schedule1_json_is_valid_and_gives_the_feeds_events(any_program: Program) -> None:
    document = json.loads(schedule1_json(any_program))
    assert [] == json_errors("schedule.schema.json", document)
    assert expected_events(any_program) == schedule1_events(document)


@settings(max_examples=25, deadline=None)
@given(programs(details=True))
def test_schedule_json_forms_are_valid_for_any_program(program: Program) -> None:
    second = json.loads(schedule_json(program))
    first = json.loads(schedule1_json(program))
    assert [] == json_errors("schedule2.schema.json", second)
    assert [] == json_errors("schedule.schema.json", first)
    expected = expected_events(program)
    assert _break_free(expected, program) == schedule2_events(second)
    assert expected == schedule1_events(first)


def test_schedule_json_names_the_zone_only_where_the_schemas_pattern_allows() -> None:
    program = fastpath2021()
    odd = attrs.evolve(program, timezone="Etc/GMT+4")
    assert (
        "America/New_York"
        == json.loads(schedule_json(program))["schedule"]["conference"]["time_zone_name"]
    )
    for text in (schedule_json(odd), schedule1_json(odd)):
        document = json.loads(text)
        assert "time_zone_name" not in document["schedule"]["conference"]
    assert [] == json_errors("schedule2.schema.json", json.loads(schedule_json(odd)))
    assert expected_events(odd) == schedule1_events(json.loads(schedule1_json(odd)))


def test_schedule1_json_refuses_seconds_it_cannot_write() -> None:
    """schedule.json's start and duration are whole minutes: an item at 10:00:30 is an error,
    not a time rounded without a word; frab XML has room for the seconds."""
    zone = ZoneInfo("UTC")
    start = dt.datetime(2024, 5, 1, 10, 0, 30, tzinfo=zone)
    program = Program(
        title="T", short_name="TT 2024", date=start.date(), timezone="UTC",
        items=(Item(start=start, end=start + dt.timedelta(minutes=20), kind="talk", title="Odd"),),
    )  # fmt: skip
    with pytest.raises(ExportError, match="whole minute"):
        schedule1_json(program)
    data = frab_xml(program)
    assert [] == xml_errors(frab_schema(), data)
    assert expected_events(program) == frab_events(data)


def test_schedule2_language_is_the_options() -> None:
    document = json.loads(schedule_json(fastpath2021(), ExportOptions(language="de")))
    talks = [e for e in document["schedule"]["events"] if e["type"] == "TALK"]
    assert {"de"} == {event["language"] for event in talks}
    with pytest.raises(ExportError, match="ISO 639-1"):
        ExportOptions(language="english")


def test_every_kind_and_link_kind_has_its_names() -> None:
    """A new ItemKind or LinkKind fails here until the tables name it."""
    assert set(ItemKind) == set(KINDS)
    assert set(LinkKind) == set(LINKS)


# jCal and xCal ---------------------------------------------------------------------

#: Feeds as ``build`` makes them; the readers compare date-times, so the all-day event
#: (``all_day``) is checked for validity only.
FEED_OPTIONS = [
    FeedOptions(),
    FeedOptions(utc=True, breaks=False),
    FeedOptions(alarm=dt.timedelta(minutes=15), html=True),
]


@pytest.mark.parametrize("feed", FEED_OPTIONS, ids=["default", "utc", "alarm-html"])
def test_jcal_round_trips_through_icalendar_to_the_feeds_events(
    any_program: Program, feed: FeedOptions
) -> None:
    text = jcal_json(any_program, ExportOptions(feed=feed))
    back = icalendar.Calendar.from_jcal(text)
    assert read_icalendar(feed_bytes(any_program, feed)) == read_icalendar(back.to_ical())


@pytest.mark.skipif(icaljs_missing() is not None, reason=icaljs_missing() or "")
@pytest.mark.parametrize("feed", FEED_OPTIONS, ids=["default", "utc", "alarm-html"])
def test_icaljs_reads_jcal_as_the_same_events_as_the_ics(
    program: Program, feed: FeedOptions
) -> None:
    text = jcal_json(program, ExportOptions(feed=feed))
    assert read_icaljs(feed_bytes(program, feed)) == read_icaljs(text.encode("utf-8"), jcal=True)
    assert read_icalendar(feed_bytes(program, feed)) == read_icaljs(text.encode("utf-8"), jcal=True)


def xcal_events(data: bytes) -> dict[str, tuple[dt.datetime, dt.datetime, str]]:
    """Each VEVENT's UID, instants (TZID through zoneinfo) and SUMMARY, read with lxml."""
    root = etree.fromstring(data)
    out = {}
    for event in root.iter(f"{XCAL}vevent"):
        properties = event.find(f"{XCAL}properties")

        def instant(name: str, properties: Any = properties) -> dt.datetime:
            prop = properties.find(f"{XCAL}{name}")
            text = prop.findtext(f"{XCAL}date-time")
            tzid = prop.findtext(f"{XCAL}parameters/{XCAL}tzid/{XCAL}text")
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if tzid is not None:
                moment = moment.replace(tzinfo=ZoneInfo(tzid))
            assert moment.utcoffset() is not None
            return moment.astimezone(UTC)

        uid = properties.findtext(f"{XCAL}uid/{XCAL}text")
        out[uid] = (
            instant("dtstart"),
            instant("dtend"),
            properties.findtext(f"{XCAL}summary/{XCAL}text"),
        )
    return out


@pytest.mark.parametrize("feed", FEED_OPTIONS[:2], ids=["default", "utc"])
def test_xcal_is_valid_and_gives_the_feeds_events(any_program: Program, feed: FeedOptions) -> None:
    data = xcal_xml(any_program, ExportOptions(feed=feed))
    assert [] == xml_errors(xcal_schema(), data)
    expected = {
        e.uid: (e.start, e.end, e.summary) for e in read_ical(feed_bytes(any_program, feed))
    }
    assert expected == xcal_events(data)


def test_xcal_with_alarms_html_and_all_day_event_is_valid() -> None:
    feed = FeedOptions(alarm=dt.timedelta(minutes=15), html=True, all_day=True)
    data = xcal_xml(fastpath2021(), ExportOptions(feed=feed))
    assert [] == xml_errors(xcal_schema(), data)
    root = etree.fromstring(data)
    assert root.findall(f".//{XCAL}valarm")
    assert root.findall(f".//{XCAL}x-alt-desc/{XCAL}parameters/{XCAL}fmttype/{XCAL}text")


@settings(max_examples=20, deadline=None)
@given(programs(details=True))
def test_xcal_is_valid_for_any_program(program: Program) -> None:
    assert [] == xml_errors(xcal_schema(), xcal_xml(program))


def _rename(old: str, new: str) -> Any:
    def change(root: Any) -> None:
        element = root.find(f".//{XCAL}{old}")
        element.tag = f"{XCAL}{new}"

    return change


def _text_of(path: str, text: str) -> Any:
    def change(root: Any) -> None:
        root.find(f".//{path.replace('/', '/' + XCAL).replace('{X}', XCAL)}").text = text

    return change


@pytest.mark.parametrize(
    "change",
    [
        _rename("dtstamp", "created"),  # an event without its required DTSTAMP
        _rename("prodid", "x-prodid"),  # a calendar without its PRODID
        _rename("uri", "text"),  # a URL property holding text
        _text_of("{X}dtstart/date-time", "2021-03-28 10:50"),
        _text_of("{X}status/text", "MAYBE"),
        _text_of("{X}tzoffsetto/utc-offset", "-4"),
    ],
    ids=["no-dtstamp", "no-prodid", "url-as-text", "bad-date-time", "bad-status", "bad-offset"],
)
def test_xcal_schema_bites(change: Any) -> None:
    root = etree.fromstring(xcal_xml(fastpath2021()))
    assert xcal_schema().validate(root)
    change(root)
    assert not xcal_schema().validate(root)


# CSV, Markdown, and the choice of format ---------------------------------------------


def test_csv_rows_give_the_feeds_instants_in_both_clocks(any_program: Program) -> None:
    rows = list(csv.DictReader(io.StringIO(program_csv(any_program), newline="")))
    assert list(CSV_COLUMNS) == list(rows[0])
    seen = {event.uid: event for event in read_ical(feed_bytes(any_program))}
    assert len(seen) == len(rows)
    for row, item in zip(rows, any_program.items, strict=True):
        event = seen[row["uid"]]
        local, utc = (
            dt.datetime.fromisoformat(row["start"]),
            dt.datetime.fromisoformat(row["start_utc"]),
        )
        assert (event.start, event.start) == (local.astimezone(UTC), utc)
        assert utc.utcoffset() == dt.timedelta(0)
        assert local.utcoffset() == local.astimezone(ZoneInfo(row["timezone"])).utcoffset()
        assert event.end == _instant(row["end"]) == _instant(row["end_utc"])
        assert (event.end - event.start).total_seconds() / 60 == float(row["minutes"])
        assert [p.name for p in item.people] == [n for n in row["people"].split("; ") if n]
        assert row["title"] == item.title


def test_markdown_is_the_page_again() -> None:
    program = fastpath2021()
    page = export(program, "markdown").decode("utf-8")
    assert write_page(program) == page
    again = read_page(page).program
    assert [(i.start_utc, i.end_utc, i.title) for i in program.items] == [
        (i.start_utc, i.end_utc, i.title) for i in again.items
    ]


def test_export_picks_each_format_by_name() -> None:
    program = fastpath2021()
    assert feed_bytes(program) == export(program, "ics")
    assert frab_xml(program) == export(program, ExportFormat.FRAB)
    for chosen in ExportFormat:
        assert export(program, chosen.value) == export(program, chosen)
    with pytest.raises(ExportError, match="format must be one of ics, jcal"):
        export(program, "pdf")


def test_every_format_is_a_function_of_the_program() -> None:
    """Two exports of the same program are the same bytes: nothing reads a clock."""
    for chosen in ExportFormat:
        assert export(fastpath2021(), chosen) == export(fastpath2021(), chosen)


def test_slugs_are_words_and_unique_when_names_have_no_letters_a_slug_keeps() -> None:
    """'ƀ' slugs to nothing, so the talk ids end in a hyphen or repeat: the slugs do not."""
    start = dt.datetime(2000, 1, 1, 8, tzinfo=UTC)
    minutes = dt.timedelta(minutes=5)
    speakers = [("A", "A", "ƀ"), ("A", "A"), ("ƀ",), ("ƀ",)]
    program = Program(
        title="A",
        short_name="A",
        date=start.date(),
        timezone="UTC",
        items=tuple(
            Item(
                start=start + n * minutes,
                end=start + (n + 1) * minutes,
                kind="talk",
                title=f"T{n}",
                people=tuple(Person(name=name) for name in names),
            )
            for n, names in enumerate(speakers)
        ),
    )
    document = json.loads(schedule_json(program))
    slugs = [event["slug"] for event in document["schedule"]["events"]]
    assert ["a2000-a-a-talk", "a2000-a-a-talk-2", "a2000-talk", "a2000-talk-2"] == slugs
    assert [] == json_errors("schedule2.schema.json", document)
    assert [] == json_errors("schedule.schema.json", json.loads(schedule1_json(program)))
    assert [] == xml_errors(frab_schema(), frab_xml(program))
