"""Outlook reads every time the way zoneinfo does, or the event is in UTC and a warning says why.

Outlook keeps one standard and one daylight offset and two yearly onsets of a
VTIMEZONE ([MS-OXCICAL] 2.1.3.1.1.19); ``outlook_model`` reads the feed's
bytes that way, from the specification, without icalendar or the project's
code.  The zones are chosen for what breaks a yearly rule: both hemispheres,
none, negative summer time (Dublin), half-hour summer time (Lord Howe), days
that move with elections (Santiago), a zone that dropped summer time (Tehran
in 2022, São Paulo in 2019), and one no yearly rule holds (Casablanca's
Ramadan).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import FeedOptions, Item, ItemKind, Program, build_calendar, feed_bytes, uids
from fastpath_ical.cli import main
from fastpath_ical.ics import split
from fastpath_ical.zones import is_repeated
from outlook_model import Unreadable, outlook_events, time_zone_structs
from strategies import programs
from test_dst import programs_across_a_change

#: Zones that test a yearly rule, with the years their rules changed in.
OUTLOOK_ZONES = (
    "America/New_York",
    "Europe/Berlin",
    "Europe/Dublin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/Sao_Paulo",
    "Pacific/Auckland",
    "Asia/Tehran",
    "Africa/Casablanca",
    "Africa/Cairo",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Asia/Kathmandu",
)


def _program(zone: str, *starts: str, minutes: int = 45) -> Program:
    tz = ZoneInfo(zone)
    items = []
    for index, text in enumerate(starts):
        begin = dt.datetime.fromisoformat(text).replace(tzinfo=tz)
        end = (begin.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(tz)
        items.append(Item(start=begin, end=end, kind=ItemKind.TALK, title=f"Talk {index}"))
    return Program(
        title="Program", short_name="Program", date=items[0].start.date(), timezone=zone,
        items=tuple(items),
    )  # fmt: skip


def assert_outlook_reads_the_program(program: Program, options: FeedOptions | None = None) -> None:
    """Each event where zoneinfo puts it, as Outlook reads it; UTC only with a reason."""
    warnings: list[str] = []
    data = build_calendar(program, options, warnings=warnings).to_ical()
    seen = outlook_events(data)
    in_utc = []
    for uid, item in zip(uids(program), program.items, strict=True):
        if uid in seen or options is None or options.breaks:
            assert (item.start_utc, item.end_utc) == seen[uid], uid
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        if "TZID" not in event["DTSTART"].params and isinstance(event.start, dt.datetime):
            in_utc.append(event)
    repeated = [
        event
        for event in in_utc
        if any(is_repeated(event[n].dt.astimezone(program.zone)) for n in ("DTSTART", "DTEND"))
    ]
    if options is None or not options.utc:
        assert len(in_utc) == len(repeated) or warnings, "events in UTC without a warning"


def test_the_shipped_block_is_the_one_outlook_and_google_write() -> None:
    """New York: EST from the first Sunday of November, EDT from the second of March, 02:00."""
    data = feed_bytes(_program("America/New_York", "2021-03-28T10:50"))
    (block,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    kept = [
        (o.name, str(o["TZNAME"]), o["RRULE"].to_ical().decode(), o["DTSTART"].dt.time())
        for o in block.subcomponents
    ]
    assert [
        ("STANDARD", "EST", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", dt.time(2)),
        ("DAYLIGHT", "EDT", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", dt.time(2)),
    ] == kept


@pytest.mark.parametrize(
    ("zone", "standard", "daylight"),
    [
        (
            "Europe/Dublin",
            ("GMT", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
            ("IST", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
        ),
        (
            "Australia/Lord_Howe",
            ("+1030", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"),
            ("+11", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"),
        ),
        ("Asia/Tokyo", ("JST", None), None),
    ],
)  # fmt: skip
def test_one_standard_and_one_daylight_named_as_clients_name_them(
    zone: str, standard: tuple[str, str | None], daylight: tuple[str, str] | None
) -> None:
    """Dublin's "negative" summer time as GMT standard and IST daylight; Tokyo one STANDARD."""
    data = feed_bytes(_program(zone, "2024-06-03T10:00"))
    (block,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    kept = {
        o.name: (str(o["TZNAME"]), o["RRULE"].to_ical().decode() if "RRULE" in o else None)
        for o in block.subcomponents
    }
    assert {"STANDARD": standard, **({"DAYLIGHT": daylight} if daylight else {})} == kept


@pytest.mark.parametrize(
    "options",
    [
        FeedOptions(),
        FeedOptions(breaks=False),
        FeedOptions(alarm=dt.timedelta(minutes=15)),
        FeedOptions(html=True),
        FeedOptions(all_day=True),
        FeedOptions(utc=True),
    ],
    ids=["default", "no-breaks", "alarm", "html", "all-day", "utc"],
)
def test_every_mode_of_the_shipped_feed_reads_right_in_outlook(
    program: Program, options: FeedOptions
) -> None:
    assert_outlook_reads_the_program(program, options)


def test_every_split_file_reads_right_in_outlook(program: Program) -> None:
    calendar = build_calendar(program)
    want = dict(zip(uids(program), program.items, strict=True))
    for _, single in split(calendar, program):
        ((uid, (start, end)),) = outlook_events(single.to_ical()).items()
        assert (want[uid].start_utc, want[uid].end_utc) == (start, end)


@given(
    program=programs(zones=OUTLOOK_ZONES, min_day=dt.date(2015, 1, 1), max_day=dt.date(2027, 12, 1))
)
def test_outlook_reads_programs_in_many_zones_and_years(program: Program) -> None:
    assert_outlook_reads_the_program(program)


@given(program=programs_across_a_change())
def test_outlook_reads_programs_across_a_change(program: Program) -> None:
    """On and next to the days the clocks change, in every zone that changes them."""
    assert_outlook_reads_the_program(program)


_TRANSITION_DAYS = st.sampled_from(
    [
        ("America/Santiago", "2023-04-01T22:30"),  # the night DST ends (Sun>=2, 03:00 UTC)
        ("America/Santiago", "2022-09-10T23:30"),  # the election-delayed start, 11 Sept 2022
        ("Australia/Lord_Howe", "2024-04-07T01:00"),
        ("Australia/Lord_Howe", "2024-10-06T02:45"),
        ("Europe/Dublin", "2024-03-31T00:30"),
        ("Asia/Tehran", "2022-03-21T23:00"),
        ("Asia/Tehran", "2022-09-21T22:00"),
        ("Africa/Casablanca", "2025-02-23T01:30"),
        ("Africa/Casablanca", "2025-04-06T03:30"),
        ("Pacific/Auckland", "2025-09-28T01:30"),
    ]
)


@given(case=_TRANSITION_DAYS, hours=st.lists(st.integers(-30, 30), min_size=1, max_size=4))
def test_outlook_reads_talks_on_and_next_to_transition_days(
    case: tuple[str, str], hours: list[int]
) -> None:
    zone, around = case
    tz = ZoneInfo(zone)
    base = dt.datetime.fromisoformat(around).replace(tzinfo=tz).astimezone(dt.UTC)
    starts = sorted({base + dt.timedelta(hours=h) for h in hours})
    items = tuple(
        Item(
            start=s.astimezone(tz),
            end=(s + dt.timedelta(minutes=50)).astimezone(tz),
            kind=ItemKind.TALK,
            title=f"Talk {i}",
        )
        for i, s in enumerate(starts)
    )
    program = Program(
        title="Night", short_name="Night", date=items[0].start.date(), timezone=zone, items=items
    )
    assert_outlook_reads_the_program(program)


@pytest.mark.parametrize(
    ("zone", "starts"),
    [
        ("Asia/Tehran", ("2022-06-01T10:00", "2023-06-01T10:00")),  # DST dropped in between
        # Two Ramadans: 10 March to 14 April 2024, 23 February to 6 April 2025.
        ("Africa/Casablanca", ("2024-04-10T10:00", "2024-04-20T10:00", "2025-03-01T10:00")),
        ("America/Sao_Paulo", ("2018-12-01T10:00", "2019-12-01T10:00")),  # DST dropped in 2019
    ],
)
def test_where_no_yearly_rule_holds_an_event_is_in_utc_and_a_warning_says_why(
    zone: str, starts: tuple[str, ...]
) -> None:
    program = _program(zone, *starts)
    warnings: list[str] = []
    calendar = build_calendar(program, warnings=warnings)
    in_utc = [e for e in calendar.walk("VEVENT") if "TZID" not in e["DTSTART"].params]
    assert 1 == len(in_utc)
    (warning,) = warnings
    assert zone in warning
    assert "1 event written in UTC" in warning
    assert_outlook_reads_the_program(program)


def test_a_casablanca_ramadan_in_one_year_keeps_its_tzid() -> None:
    """Within one year Ramadan's two Sundays are a yearly rule like any other."""
    program = _program(
        "Africa/Casablanca", "2023-03-18T10:00", "2023-03-20T10:00", "2023-04-24T10:00"
    )
    warnings: list[str] = []
    calendar = build_calendar(program, warnings=warnings)
    assert [] == warnings
    assert all("TZID" in e["DTSTART"].params for e in calendar.walk("VEVENT"))
    assert_outlook_reads_the_program(program)


def test_the_model_refuses_what_outlook_cannot_keep() -> None:
    """The old block (one DAYLIGHT, no rule) is what Outlook reads hours off: the model says so."""
    block = icalendar.Timezone.from_tzid(
        "America/New_York", first_date=dt.date(2021, 3, 27), last_date=dt.date(2021, 3, 30)
    )
    calendar = icalendar.Calendar()
    calendar.add_component(block)
    with pytest.raises(Unreadable, match="no STANDARD"):
        time_zone_structs(calendar.to_ical())


def test_the_cli_prints_a_zone_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A previous feed's event in a TZID that is no IANA zone is carried in UTC, with a warning."""
    previous = tmp_path / "old.ics"
    previous.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:fastpath2021-old-talk@fastpath-ical\r\nDTSTAMP:20210301T000000Z\r\n"
        b"SUMMARY:Old talk\r\n"
        b"DTSTART;TZID=Eastern Standard Time:20210328T090000\r\n"
        b"DTEND;TZID=Eastern Standard Time:20210328T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    feed = tmp_path / "feed.ics"
    args = ["build", "-o", str(feed), "--previous", str(previous), "--stamp", "2021-03-20T00:00Z"]
    assert 0 == main(args)
    err = capsys.readouterr().err
    assert (
        "fastpath-ical: warning: TZID 'Eastern Standard Time' is not an IANA time zone: "
        "1 event written in UTC ('Old talk')\n"
    ) in err
    assert 1 == main([*args, "--strict"])
    assert "1 warning(s) and --strict" in capsys.readouterr().err
