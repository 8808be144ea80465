"""Feeds people ask for: one file per talk, chosen talks, per-speaker feeds, reminders,
the all-day event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from fastpath_ical import FeedOptions, Program, build_calendar
from fastpath_ical.cli import main
from fastpath_ical.errors import AlarmError, SelectError
from fastpath_ical.ics import (
    FEED_ONLY,
    by_speaker,
    key_of_uid,
    keys,
    only,
    only_update,
    parse_lead,
    read_previous,
    selected_uids,
    split,
)
from fastpath_ical.model import Item
from readback import READERS, by_uid, forget_vobject_timezones

UTC = dt.UTC


def uids_of(data: bytes) -> list[str]:
    return sorted(str(e["UID"]) for e in Calendar.from_ical(data).walk("VEVENT"))


def test_split_gives_one_importable_file_per_event(program: Program) -> None:
    """Each file holds one event, byte for byte as in the feed, its VTIMEZONE, and none of
    the feed's own properties; every parser reads it at the feed's instant."""
    calendar = build_calendar(program)
    feed = {e.uid: e for e in READERS["icalendar"](calendar.to_ical())}
    files = split(calendar, program)
    assert list(keys(program)) == [key for key, _ in files]
    for key, single in files:
        data = single.to_ical()
        parsed = Calendar.from_ical(data)
        assert [] == [prop for prop in FEED_ONLY if prop in parsed]
        assert ["America/New_York"] == [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")]
        (event,) = parsed.walk("VEVENT")
        assert event.to_ical() in calendar.to_ical()
        assert key == key_of_uid(str(event["UID"]), program)
        for name, reader in READERS.items():
            forget_vobject_timezones()
            (seen,) = reader(data)
            assert feed[seen.uid] == seen, name


@pytest.mark.parametrize(
    ("selectors", "expected"),
    [
        (["ana-klimovic"], ["ana-klimovic"]),
        (["Christian Kastner"], ["christian-kastner"]),
        (["CHRISTIAN KÄSTNER", "siva-hari"], ["christian-kastner", "siva-hari"]),
        (["break"], ["break", "lunch-dinner-breakfast"]),
        (["remarks"], ["closing-remarks", "opening-remarks"]),
        (["Parijat Dube"], ["closing-remarks", "opening-remarks"]),
        (["break-2"], []),
    ],
)
def test_only_picks_by_talk_id_speaker_or_kind(
    program: Program, selectors: list[str], expected: list[str]
) -> None:
    """A selector is a talk id, a person (accents and case ignored) or a kind; the feed
    keeps the union, with the same UIDs as the whole feed."""
    if not expected:
        with pytest.raises(SelectError) as caught:
            selected_uids(program, selectors)
        assert "break-2" == caught.value.selector
        return
    feed = only(build_calendar(program), program, selectors).to_ical()
    assert sorted(f"fastpath-2021-{k}@fastpath-ical" for k in expected) == uids_of(feed)
    calendar = Calendar.from_ical(feed)
    assert "X-WR-CALNAME" in calendar
    assert {"America/New_York"} == {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}


def test_unknown_selector_names_itself(program: Program) -> None:
    with pytest.raises(SelectError, match="'nobody'"):
        only(build_calendar(program), program, ["ana-klimovic", "nobody"])


def test_per_speaker_feeds(program: Program) -> None:
    """One feed per person named on the program, named after them; organizers get the
    remarks they are named on."""
    feeds = dict(by_speaker(build_calendar(program), program))
    assert "kaoutar-el-maghraoui" in feeds
    assert ["fastpath-2021-ana-klimovic@fastpath-ical"] == uids_of(feeds["ana-klimovic"].to_ical())
    assert [
        "fastpath-2021-closing-remarks@fastpath-ical",
        "fastpath-2021-opening-remarks@fastpath-ical",
    ] == uids_of(feeds["parijat-dube"].to_ical())
    assert "FastPath 2021 – Ana Klimovic" == str(feeds["ana-klimovic"]["X-WR-CALNAME"])
    assert "FastPath 2021 – Ana Klimovic" == str(feeds["ana-klimovic"]["NAME"])


def test_per_speaker_feeds_follow_carried_uids(program: Program) -> None:
    carried = {"fastpath-2021-ana-klimovic@fastpath-ical": "fastpath-2021-ana-k@fastpath-ical"}
    calendar = build_calendar(program)
    for event in calendar.walk("VEVENT"):
        if event["UID"] in carried:
            event.pop("UID")
            event.add("UID", "fastpath-2021-ana-k@fastpath-ical")
    feeds = dict(by_speaker(calendar, program, carried=carried))
    assert ["fastpath-2021-ana-k@fastpath-ical"] == uids_of(feeds["ana-klimovic"].to_ical())
    assert "ana-k" in dict(split(calendar, program))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("15m", dt.timedelta(minutes=15)),
        ("1h", dt.timedelta(hours=1)),
        ("1h30m", dt.timedelta(minutes=90)),
        (" 2d ", dt.timedelta(days=2)),
        ("90s", dt.timedelta(seconds=90)),
        ("0m", dt.timedelta(0)),
    ],
)
def test_parse_lead(text: str, lead: dt.timedelta) -> None:
    assert lead == parse_lead(text)


@pytest.mark.parametrize("text", ["", "15", "m", "-15m", "15 minutes", "1.5h", "15m!"])
def test_bad_lead_is_an_error(text: str) -> None:
    with pytest.raises(AlarmError) as caught:
        parse_lead(text)
    assert text == caught.value.text


def test_alarm_before_talks_and_remarks_not_breaks(program: Program) -> None:
    """VALARM ACTION:DISPLAY with a DESCRIPTION and TRIGGER:-PT15M; none on breaks."""
    data = build_calendar(program, FeedOptions(alarm=dt.timedelta(minutes=15))).to_ical()
    assert b"TRIGGER:-PT15M\r\n" in data
    strict = IcsCalendarStream.calendar_from_ics(data.decode())
    for event in strict.events:
        categories = event.categories
        if "Break" in categories:
            assert [] == event.alarm
            continue
        (alarm,) = event.alarm
        assert "DISPLAY" == str(alarm.action)
        assert event.summary == alarm.description
        assert dt.timedelta(minutes=-15) == alarm.trigger
    assert b"VALARM" not in build_calendar(program).to_ical()


def test_whole_program_event_is_off_by_default_and_spans_the_items_when_on(
    program: Program,
) -> None:
    """From the first item's start to the last item's end, in the program's zone; transparent,
    so it blocks nothing; every parser reads the same instants."""
    assert b"whole-program" not in build_calendar(program).to_ical()
    data = build_calendar(program, FeedOptions(all_day=True)).to_ical()
    assert b"DTSTART;TZID=America/New_York:20210328T105000\r\n" in data
    assert b"DTEND;TZID=America/New_York:20210328T163000\r\n" in data
    strict = {e.uid: e for e in IcsCalendarStream.calendar_from_ics(data.decode()).events}
    whole = strict["fastpath-2021-whole-program@fastpath-ical"]
    assert (program.items[0].start_utc, program.end.astimezone(dt.UTC)) == (  # type: ignore[union-attr]
        whole.dtstart.astimezone(dt.UTC),  # type: ignore[union-attr]
        whole.dtend.astimezone(dt.UTC),  # type: ignore[union-attr]
    )
    assert "TRANSPARENT" == str(whole.transparency)
    assert whole.location
    assert 12 == len(strict)


@pytest.mark.parametrize("zone", ["Australia/Sydney", "Pacific/Kiritimati", "Asia/Tokyo"])
def test_whole_program_event_lies_on_the_talks_for_a_reader_east_of_utc_plus_9(
    program: Program, zone: str
) -> None:
    """A New York afternoon is the next morning in Sydney: the workshop's event is there too
    (a floating all-day date said 28 March, the day before the talks there)."""
    data = build_calendar(program, FeedOptions(all_day=True)).to_ical()
    seen = {s.uid: s for s in READERS["ical"](data)}
    whole = seen["fastpath-2021-whole-program@fastpath-ical"]
    there = ZoneInfo(zone)
    days = {
        day
        for item in program.items
        for day in (item.start.astimezone(there).date(), item.end.astimezone(there).date())
    }
    assert days == {whole.start.astimezone(there).date(), whole.end.astimezone(there).date()}


def test_whole_program_event_spans_every_day_of_a_longer_program(program: Program) -> None:
    last = program.items[-1]
    two_days = attrs.evolve(
        program,
        items=(
            *program.items[:-1],
            attrs.evolve(
                last, start=last.start + dt.timedelta(days=1), end=last.end + dt.timedelta(days=1)
            ),
        ),
    )
    data = build_calendar(two_days, FeedOptions(all_day=True)).to_ical()
    assert b"DTEND;TZID=America/New_York:20210329T163000\r\n" in data
    forget_vobject_timezones()
    timed = by_uid(READERS["ical"](build_calendar(two_days).to_ical()))
    assert 11 == len(timed)


def test_only_and_split_use_the_carried_id(program: Program) -> None:
    """After a carried UID, the talk's id is the carried one in its UID, its --split file
    name and --only; the rule's id still picks it too."""
    person = program.items[3].people[0]
    typo = attrs.evolve(
        program.items[3], people=(attrs.evolve(person, name="Kaoutar El Maghroui"),)
    )
    previous = read_previous(
        build_calendar(attrs.evolve(program, items=_replaced(program, 3, typo))).to_ical()
    )
    now = dt.datetime(2021, 3, 20, tzinfo=dt.UTC)
    calendar = build_calendar(program, FeedOptions(stamp=now))
    for selector in ("kaoutar-el-maghroui", "kaoutar-el-maghraoui"):
        result = only_update(calendar, program, [selector], previous, now)
        uids_ = [str(e["UID"]) for e in result.calendar.walk("VEVENT")]
        assert ["fastpath-2021-kaoutar-el-maghroui@fastpath-ical"] == uids_, selector
        assert "kaoutar-el-maghroui" in dict(split(result.calendar, program))


def test_only_against_the_whole_previous_feed_cancels_no_left_out_talk(program: Program) -> None:
    """--only X --previous FULL.ics: the talks --only leaves out are not cancelled; a talk
    removed from the program is cancelled only if a selector picks it."""
    now = dt.datetime(2021, 3, 20, tzinfo=dt.UTC)
    full = read_previous(build_calendar(program).to_ical())
    shorter = attrs.evolve(program, items=program.items[:8] + program.items[9:])
    calendar = build_calendar(shorter, FeedOptions(stamp=now))
    result = only_update(calendar, shorter, ["ana-klimovic"], full, now)
    assert () == result.cancelled
    assert ["fastpath-2021-ana-klimovic@fastpath-ical"] == [
        str(e["UID"]) for e in result.calendar.walk("VEVENT")
    ]
    mine = only_update(calendar, shorter, ["ana-klimovic", "Martin Maas"], full, now)
    assert ("fastpath-2021-martin-maas@fastpath-ical",) == mine.cancelled


def _replaced(program: Program, index: int, item: Item) -> tuple[Item, ...]:
    return (*program.items[:index], item, *program.items[index + 1 :])


def test_no_method_files_are_calendar_objects(program: Program, tmp_path: Path) -> None:
    """``--no-method``: no METHOD in the feed, the split and the speaker files (RFC 4791 4.1
    forbids it in a calendar object); without it, every file says METHOD:PUBLISH."""
    feed = tmp_path / "feed.ics"
    args = ["build", "-o", str(feed), "--split", str(tmp_path / "t")]
    assert 0 == main([*args, "--split-speakers", str(tmp_path / "s"), "--no-method"])
    files = [feed, *(tmp_path / "t").iterdir(), *(tmp_path / "s").iterdir()]
    assert all(b"METHOD" not in path.read_bytes() for path in files)
    assert 11 == len(list((tmp_path / "t").iterdir()))
    assert 0 == main(args)
    assert all(
        b"\r\nMETHOD:PUBLISH\r\n" in p.read_bytes() for p in [feed, *(tmp_path / "t").iterdir()]
    )
    for key, single in split(build_calendar(program), program, method=False):
        assert "METHOD" not in single, key
