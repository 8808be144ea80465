"""Reading a feed back gives the program it was built from, as far as the feed carries it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fastpath_ical import (
    Conference,
    FastpathError,
    FeedOptions,
    Item,
    ItemKind,
    LinkKind,
    Person,
    Program,
    build_calendar,
    feed_bytes,
)
from fastpath_ical.cli import main
from fastpath_ical.errors import FeedError
from fastpath_ical.ics import read_feed, read_previous, summary, update
from strategies import programs, with_items

_LINK_ORDER = (LinkKind.SLIDES, LinkKind.VIDEO, LinkKind.OTHER)


def carried(program: Program, *, breaks: bool = True) -> Program:
    """What a feed of ``program`` carries: the documented round trip of feedread."""
    # A new Item, not an evolved one: fields added to the model later are not
    # carried by the feed until someone makes them so.
    items = tuple(
        Item(
            start=item.start,
            end=item.end,
            kind=item.kind,
            title=item.title,
            people=item.people,
            links=tuple(link for kind in _LINK_ORDER for link in item.links_of(kind)),
            session=item.session or None,
            chair=item.chair or None,
            extra=tuple((header, text) for header, text in item.extra if text),
            abstract=item.abstract or None,
        )
        for item in program.items
        if breaks or item.kind is not ItemKind.BREAK
    )
    return attrs.evolve(
        program,
        date=program.dates[0],
        organizers=tuple(
            Person(name=person.name, affiliation=person.affiliation)
            for person in program.organizers
        ),
        notes=(),
        items=items,
    )


def assert_same(expected: Program, actual: Program) -> None:
    # Datetimes that share a tzinfo compare by wall clock, blind to fold, so
    # the instants are compared in UTC as well.
    assert [(i.start_utc, i.end_utc) for i in expected.items] == [
        (i.start_utc, i.end_utc) for i in actual.items
    ]
    assert expected == actual


def test_shipped_feed_reads_back_as_the_shipped_program(program: Program) -> None:
    """The FastPath 2021 feed gives back its program, conference name and all."""
    actual = read_feed(feed_bytes(program))
    assert_same(carried(program), actual)
    assert actual.conference == Conference(
        name="ISPASS 2021", url="https://www.ispass.org/ispass2021"
    )
    assert actual.recording == program.recording
    assert ["Parijat Dube", "Yuhao Zhu", "Erik Altman"] == [p.name for p in actual.organizers]
    assert actual.virtual is True
    assert len(actual.talks()) == len(program.talks())


@pytest.mark.parametrize(
    "options", [FeedOptions(utc=True), FeedOptions(breaks=False)], ids=["utc", "no-breaks"]
)
def test_shipped_feed_variants_read_back(program: Program, options: FeedOptions) -> None:
    """A UTC-only feed keeps the zone (X-WR-TIMEZONE); a feed without breaks has no breaks."""
    actual = read_feed(feed_bytes(program, options))
    assert_same(carried(program, breaks=options.breaks), actual)
    assert actual.timezone == "America/New_York"


def _namesakes(program: Program) -> bool:
    """Two people of one item with one name: the feed's "Speaker page (Name)" cannot say whose."""
    return any(len({p.name for p in item.people}) < len(item.people) for item in program.items)


@given(programs(details=True), st.booleans(), st.booleans())
def test_generated_programs_round_trip(program: Program, utc: bool, extras: bool) -> None:
    """Any program survives feed_bytes then read_feed in every mode the project writes
    (TZID or UTC; with or without the all-day event, HTML and reminders): exactly what
    ``carried`` states comes back, sessions, chairs, extra columns and abstracts too."""
    assume(not _namesakes(program))
    options = FeedOptions(
        utc=utc, all_day=extras, html=extras, alarm=dt.timedelta(minutes=15) if extras else None
    )
    assert_same(carried(program), read_feed(feed_bytes(program, options)))


@settings(max_examples=25)
@given(programs(details=True), st.data())
def test_an_updated_feed_reads_back_without_its_cancelled_events(
    program: Program, data: st.DataObject
) -> None:
    """A feed updated over a previous one keeps removed items as STATUS:CANCELLED; they
    are not items, so the feed reads back as the program it was built from."""
    assume(not _namesakes(program) and len(program.items) > 1)
    gone = data.draw(st.integers(0, len(program.items) - 1))
    shorter = with_items(program, program.items[:gone] + program.items[gone + 1 :])
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    options = FeedOptions(all_day=True)
    previous = read_previous(feed_bytes(program, options))
    updated = update(build_calendar(shorter, options), previous, now).calendar.to_ical()
    assert b"STATUS:CANCELLED" in updated
    assert_same(carried(shorter), read_feed(updated))


def test_every_file_the_command_writes_reads_back(program: Program, tmp_path: Path) -> None:
    """The files of --split, --split-speakers and --only read back as their items."""
    assert 0 == main(
        [
            "build",
            "--all-day",
            "--split",
            str(tmp_path / "t"),
            "--split-speakers",
            str(tmp_path / "s"),
        ]
    )
    for path in sorted((tmp_path / "t").iterdir()):
        read = read_feed(path.read_bytes())
        assert program.short_name == read.short_name, path
        assert len(read.items) == (0 if path.name == "whole-program.ics" else 1), path
    speakers = sorted((tmp_path / "s").iterdir())
    assert speakers
    for path in speakers:
        assert read_feed(path.read_bytes()).items, path
    mine = tmp_path / "mine.ics"
    assert 0 == main(["build", "-o", str(mine), "--only", "talk", "--stamp", "2021-03-01T00:00Z"])
    assert 0 == main(["build", "-o", str(mine), "--only", "talk", "--previous", str(mine)])
    assert len(program.talks()) == len(read_feed(mine.read_bytes()).items)


def test_a_feed_that_is_not_utf8_is_a_feed_error(program: Program) -> None:
    data = feed_bytes(program).replace(b"ETH", b"\xc9TH")
    with pytest.raises(FeedError, match=r"not UTF-8 \(byte 0xc9 on line \d+\)"):
        read_feed(data)


@settings(max_examples=10)
@given(programs(details=True))
def test_component_order_carries_no_meaning(program: Program) -> None:
    """RFC 5545 gives component order no meaning: reversed events read the same."""
    calendar = build_calendar(program)
    calendar.subcomponents.reverse()
    assert_same(carried(program), read_feed(calendar.to_ical()))


def _strip(data: bytes, names: tuple[str, ...]) -> bytes:
    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        for name in names:
            component.pop(name, None)
    return calendar.to_ical()


def test_older_feed_without_optional_properties_still_reads(program: Program) -> None:
    """No X-WR-*, NAME, CATEGORIES, DESCRIPTION or URL: zone from TZID, items from SUMMARY."""
    names = (
        "X-WR-TIMEZONE",
        "X-WR-CALNAME",
        "X-WR-CALDESC",
        "NAME",
        "DESCRIPTION",
        "CATEGORIES",
        "URL",
        "LOCATION",
        "ATTACH",
    )
    actual = read_feed(_strip(feed_bytes(program), names))
    assert actual.timezone == "America/New_York"
    assert [(i.start_utc, i.end_utc) for i in program.items] == [
        (i.start_utc, i.end_utc) for i in actual.items
    ]
    assert [summary(i) for i in program.items] == [i.title for i in actual.items]
    # Without CATEGORIES, TRANSP still tells a break from the rest.
    assert [i.kind is ItemKind.BREAK for i in program.items] == [
        i.kind is ItemKind.BREAK for i in actual.items
    ]
    assert all(not i.people for i in actual.items)


def test_attachments_without_description_come_back_as_links(program: Program) -> None:
    """A trimmed DESCRIPTION loses no slides or videos: ATTACH still names them.

    ATTACH alone does not say which is which: a PDF is read as slides, the rest as video.
    """
    actual = read_feed(_strip(feed_bytes(program), ("DESCRIPTION",)))
    for before, after in zip(program.items, actual.items, strict=True):
        attached = [
            link.url for kind in (LinkKind.SLIDES, LinkKind.VIDEO) for link in before.links_of(kind)
        ]
        assert attached == [link.url for link in after.links]
        pdfs = [url for url in attached if url.endswith(".pdf")]
        assert pdfs == [link.url for link in after.links_of(LinkKind.SLIDES)]
    assert any(item.links for item in actual.items)


def test_attach_label_says_slides_or_video(program: Program) -> None:
    """An ATTACH;LABEL=Slides is slides even when it is no PDF (RFC 7986 LABEL)."""
    calendar = build_calendar(program)
    for event in calendar.walk("VEVENT"):
        event.pop("DESCRIPTION")
        for attach in _as_list(event.get("ATTACH")):
            attach.params["LABEL"] = "Slides" if "youtube" not in str(attach) else "Video"
    actual = read_feed(calendar.to_ical())
    for before, after in zip(program.items, actual.items, strict=True):
        for kind in (LinkKind.SLIDES, LinkKind.VIDEO):
            assert before.links_of(kind) == after.links_of(kind)
    assert any(
        item.links_of(LinkKind.SLIDES)
        and not item.links_of(LinkKind.SLIDES)[0].url.endswith(".pdf")
        for item in program.items
    )


def _as_list(value: object) -> list[icalendar.vUri]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]  # type: ignore[list-item]


def test_namesakes_keep_their_names_and_the_profile(program: Program) -> None:
    """The documented ambiguity: namesakes come back, the one profile goes to the first."""
    item = attrs.evolve(
        program.items[1],
        people=(Person(name="Ana"), Person(name="Ana", profile="https://example.org/ana")),
    )
    actual = read_feed(feed_bytes(attrs.evolve(program, items=(item,))))
    assert (Person(name="Ana", profile="https://example.org/ana"), Person(name="Ana")) == (
        actual.items[0].people
    )


def test_floating_times_are_read_in_the_feed_zone() -> None:
    """A DTSTART with no TZID and no Z is wall-clock time in X-WR-TIMEZONE."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        b"X-WR-TIMEZONE:Europe/Zurich\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
        b"DTSTAMP:20240101T000000Z\r\nDTSTART:20240701T100000\r\nDTEND:20240701T110000\r\n"
        b"SUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    program = read_feed(data)
    assert program.timezone == "Europe/Zurich"
    assert dt.datetime(2024, 7, 1, 8, tzinfo=dt.UTC) == program.items[0].start_utc
    assert program.date == dt.date(2024, 7, 1)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, world\n",
        b"\xff\xfe\x00garbage",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n",
        b"# FastPath 2021\n\n| Time | Talk |\n",
    ],
    ids=["empty", "text", "binary", "vcard", "truncated", "markdown"],
)
def test_non_icalendar_input_is_a_feed_error(data: bytes) -> None:
    """Anything but a VCALENDAR is one FeedError (a FastpathError), never a stray exception."""
    with pytest.raises(FeedError) as caught:
        read_feed(data)
    assert isinstance(caught.value, FastpathError)


def test_all_day_event_is_a_feed_error_naming_it() -> None:
    """A program item has a time of day; an all-day event is refused by UID."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:day@x\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20240701\r\n"
        b"DTEND;VALUE=DATE:20240702\r\nSUMMARY:Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(FeedError) as caught:
        read_feed(data)
    assert "day@x" == caught.value.uid


def test_events_side_by_side_read_back_as_parallel_items(program: Program) -> None:
    """Parallel tracks: two events at one time are two items of the program, not an error;
    the order of components does not matter."""
    first: Item = program.items[1]
    beside = attrs.evolve(program.items[2], start=first.start, end=first.end)
    calendar = build_calendar(attrs.evolve(program, items=program.items[:2]))
    other = build_calendar(attrs.evolve(program, items=(beside,)))
    for event in other.walk("VEVENT"):
        event["UID"] = "beside@x"
        calendar.add_component(event)
    items = read_feed(calendar.to_ical()).items
    assert sorted((item.title, item.start_utc, item.end_utc) for item in items[1:]) == sorted(
        [
            (first.title, first.start_utc, first.end_utc),
            (beside.title, first.start_utc, first.end_utc),
        ]
    )
