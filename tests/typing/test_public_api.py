"""The documented library, used as a user would, with the types a user's checker sees.

``mypy --strict tests/typing`` (in .ci/run) checks this file against the
installed package: a public function whose annotations drift from what the
reference says fails there, and each ``assert_type`` pins one return type.
pytest runs it too, so every line is executed and its values asserted: it is
not an example that only type-checks.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import assert_type

import icalendar

import fastpath_ical
from fastpath_ical import (
    FastpathError,
    FeedOptions,
    Item,
    PageReading,
    Program,
    build_calendar,
    fastpath2021_page,
    feed_bytes,
    read_feed,
    read_page,
    read_program,
)
from fastpath_ical.agenda import Agenda, AgendaRow, agenda, agenda_records, agenda_text
from fastpath_ical.check import CheckReport, check_page
from fastpath_ical.export import ExportOptions, export, program_from_json, program_to_json
from fastpath_ical.ics import Update, read_previous, uids, update
from fastpath_ical.links import EventLinks, SubscribeLinks, program_event_links, subscribe_links
from fastpath_ical.page import write_page
from fastpath_ical.site import Written, render_site, render_snippet, write_site
from fastpath_ical.zones import StatedZone, localize, resolve_zone, zone_of_place

PAGE = """# Typing Workshop 2024

Friday, 10 May 2024 -- Virtual (all times UTC)

| Time | Speaker | Title |
|---|---|---|
| 09:00 - 09:30 | Ana Lopes | Types All the Way Down |
| 09:30 - 10:00 | Ben Okafor | Strict by Default |
"""


def read_a_page() -> Program:
    reading = read_page(PAGE)
    assert_type(reading, PageReading)
    assert_type(reading.program, Program)
    assert_type(read_program(PAGE, timezone="Europe/Zurich"), Program)
    program = reading.program
    first = program.items[0]
    assert_type(first, Item)
    assert_type(first.start, dt.datetime)
    assert_type(first.duration, dt.timedelta)
    assert_type(program.start, dt.datetime | None)
    return program


def build_and_read_back(program: Program) -> tuple[bytes, Program]:
    options = FeedOptions(stamp=dt.datetime(2024, 5, 1, tzinfo=dt.UTC), alarm=dt.timedelta(15))
    calendar = build_calendar(program, options)
    assert_type(calendar, icalendar.Calendar)
    data = feed_bytes(program, options)
    assert_type(data, bytes)
    again = read_feed(data)
    assert_type(again, Program)
    assert_type(uids(program), tuple[str, ...])
    return data, again


def update_from(program: Program, previous: bytes) -> Update:
    events = read_previous(previous)
    assert_type(events, tuple[icalendar.Event, ...])
    result = update(build_calendar(program), events, dt.datetime(2024, 5, 2, tzinfo=dt.UTC))
    assert_type(result.unchanged, tuple[str, ...])
    return result


def show(program: Program) -> Agenda:
    schedule = agenda(program, "Asia/Tokyo")
    assert_type(schedule.rows, tuple[AgendaRow, ...])
    assert_type(agenda_text(schedule), str)
    assert_type(agenda_records(schedule), list[dict[str, object]])
    return schedule


def link(program: Program) -> tuple[tuple[EventLinks, ...], SubscribeLinks]:
    events = program_event_links(program)
    assert_type(events, tuple[EventLinks, ...])
    feed = subscribe_links("https://example.org/typing.ics", name="Typing Workshop")
    assert_type(feed, SubscribeLinks)
    return events, feed


def export_and_publish(program: Program, folder: Path) -> tuple[bytes, Program, Written]:
    frab = export(program, "frab", ExportOptions())
    assert_type(frab, bytes)
    assert_type(program_to_json(program), str)
    back = program_from_json(program_to_json(program))
    assert_type(back, Program)
    assert_type(write_page(program), str)
    files = render_site(program, base_url="https://example.org/typing/")
    assert_type(files, dict[str, bytes])
    assert_type(render_snippet(program, base_url="https://example.org/typing/"), str)
    written = write_site(folder, files)
    assert_type(written, Written)
    return frab, back, written


def zones_and_checks() -> tuple[StatedZone, str | None, CheckReport]:
    stated = resolve_zone("US EDT")
    assert_type(stated, StatedZone)
    place = zone_of_place("Raleigh, NC")
    assert_type(place, str | None)
    moment = localize(
        dt.date(2024, 5, 10), dt.time(9), fastpath_ical.zones.load_zone("UTC"), what="a talk"
    )
    assert_type(moment, dt.datetime)
    report = check_page(fastpath2021_page())
    assert_type(report, CheckReport)
    return stated, place, report


def test_the_documented_usage_runs_and_gives_what_it_says(tmp_path: Path) -> None:
    program = read_a_page()
    assert ["Ana Lopes", "Ben Okafor"] == [item.people[0].name for item in program.items]

    data, again = build_and_read_back(program)
    assert [(i.start_utc, i.end_utc) for i in program.items] == [
        (i.start_utc, i.end_utc) for i in again.items
    ]
    assert 2 == len(icalendar.Calendar.from_ical(data).events)
    assert set(uids(program)) == set(update_from(program, data).unchanged)

    schedule = show(program)
    assert "2024-05-10T18:00:00+09:00" == schedule.rows[0].start.isoformat()

    events, feed = link(program)
    assert 2 == len(events)
    assert feed.webcal.startswith("webcal://example.org/")

    frab, back, written = export_and_publish(program, tmp_path)
    assert frab.startswith(b"<?xml")
    assert program == back
    assert "index.html" in written.changed
    saved = json.loads((tmp_path / "program.json").read_text(encoding="utf-8"))
    assert program == program_from_json(json.dumps(saved))

    stated, place, report = zones_and_checks()
    assert ("America/New_York", "America/New_York") == (stated.iana, place)
    assert not report.failed()
    assert issubclass(FastpathError, ValueError)
