"""DST rules: times the clocks skip or repeat, items across a change, and every reader agreeing.

Expected instants come from UTC arithmetic and from ``dateutil.tz``, never from the code under
test; transitions are found by scanning zoneinfo offsets here, in the test.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo, available_timezones

import icalendar
import pytest
import vobject
from dateutil import tz as dateutil_tz
from hypothesis import assume, given
from hypothesis import strategies as st

from fastpath_ical import (
    FeedOptions,
    Item,
    ItemKind,
    LocalTimeError,
    PageError,
    Program,
    feed_bytes,
    localize,
    read_page,
    uids,
)
from fastpath_ical.agenda import agenda, agenda_records
from readback import READERS, Seen, by_uid, reader_params

UTC = dt.UTC


def read(reader: str, data: bytes) -> list[Seen]:
    """``READERS[reader]``, with vobject's process-wide TZID registry emptied first.

    vobject keeps the first VTIMEZONE it ever saw for a TZID and ignores later
    ones, so without this a narrow New York block from another test decides
    how this feed's New York times are read.
    """
    getattr(vobject.icalendar, "__tzidMap").clear()
    return READERS[reader](data)


def transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """Instants (UTC) in [start, end) where the zone's UTC offset changes, to the second."""
    found: list[dt.datetime] = []
    step = dt.timedelta(hours=6)
    moment = start
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        later = moment + step
        after = later.astimezone(zone).utcoffset()
        if after != before:
            low, high = moment, later
            while high - low > dt.timedelta(seconds=1):
                middle = low + dt.timedelta(seconds=(high - low).total_seconds() // 2)
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            found.append(high)
        before, moment = after, later
    return found


@functools.cache
def _zones_that_change() -> tuple[str, ...]:
    """Zones whose offset differs between January and July in some year we test."""
    out = []
    for name in sorted(available_timezones()):
        if name.startswith(("posix", "right")) or name in ("Factory", "localtime"):
            continue
        zone = ZoneInfo(name)
        for year in (2005, 2015, 2024, 2035):
            january = dt.datetime(year, 1, 15, tzinfo=UTC).astimezone(zone).utcoffset()
            july = dt.datetime(year, 7, 15, tzinfo=UTC).astimezone(zone).utcoffset()
            if january != july:
                out.append(name)
                break
    return tuple(out)


@st.composite
def around_a_transition(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    """A zone from tzdata and one of its offset changes between 2000 and 2037."""
    name = draw(st.sampled_from(_zones_that_change()))
    year = draw(st.integers(2000, 2037))
    zone = ZoneInfo(name)
    changes = transitions(
        zone, dt.datetime(year, 1, 1, tzinfo=UTC), dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    )
    assume(changes)
    return name, draw(st.sampled_from(changes))


@st.composite
def programs_across_a_change(draw: st.DrawFn) -> Program:
    """Items around a transition: before, across and after it, built from UTC instants."""
    name, change = draw(around_a_transition())
    zone = ZoneInfo(name)
    cursor = change + dt.timedelta(minutes=5 * draw(st.integers(-48, 24)))
    items = []
    for index in range(draw(st.integers(1, 4))):
        length = dt.timedelta(minutes=5 * draw(st.integers(1, 48)))
        items.append(
            Item(
                start=cursor.astimezone(zone),
                end=(cursor + length).astimezone(zone),
                kind=ItemKind.TALK,
                title=f"Talk {index}",
            )
        )
        cursor += length + dt.timedelta(minutes=5 * draw(st.integers(0, 6)))
    return Program(
        title="Night of the change",
        short_name="DST",
        date=items[0].start.date(),
        timezone=name,
        items=tuple(items),
    )


def repeated(moment: dt.datetime) -> bool:
    """Whether the zone shows ``moment``'s wall-clock time twice (the clocks go back)."""
    return moment.replace(fold=0).utcoffset() != moment.replace(fold=1).utcoffset()


def on_repeated_times(program: Program) -> bool:
    return any(repeated(t) for item in program.items for t in (item.start, item.end))


@pytest.mark.parametrize("reader", reader_params())
@pytest.mark.parametrize("utc", [False, True], ids=["tzid", "utc"])
@given(program=programs_across_a_change())
def test_feed_instants_equal_zoneinfo_for_every_reader(
    reader: str, utc: bool, program: Program
) -> None:
    """On and around any zone's DST change, a parser we did not write reads the same instants.

    Times the clocks repeat included: the feed writes them in UTC and then leaves
    X-WR-TIMEZONE out, which recurring-ical-events would move them into, losing the fold.
    """
    data = feed_bytes(program, FeedOptions(utc=utc))
    seen = by_uid(read(reader, data))
    expected = {
        uid: (item.start_utc, item.end_utc)
        for uid, item in zip(uids(program), program.items, strict=True)
    }
    assert expected == {uid: (event.start, event.end) for uid, event in seen.items()}


@given(program=programs_across_a_change(), utc=st.booleans())
def test_x_wr_timezone_is_left_out_exactly_when_a_time_repeats(program: Program, utc: bool) -> None:
    """Only a repeated wall-clock time costs the feed its X-WR-TIMEZONE, in either mode."""
    calendar = icalendar.Calendar.from_ical(feed_bytes(program, FeedOptions(utc=utc)))
    assert ("X-WR-TIMEZONE" in calendar) is not on_repeated_times(program)


def test_a_time_the_clocks_repeat_survives_in_tzid_mode() -> None:
    """Both 01:30s of 7 November 2021 in New York, both 23:55s of 28 September 2000 in Cairo.

    Every reader, recurring-ical-events too: the feed writes these times in UTC and leaves
    X-WR-TIMEZONE out, which that reader would move them into, losing the fold.
    """
    cases = [
        ("America/New_York", dt.datetime(2021, 11, 7, 1, 30)),
        ("Africa/Cairo", dt.datetime(2000, 9, 28, 23, 55)),
    ]
    wrong = []
    for name, wall in cases:
        zone = ZoneInfo(name)
        for fold in (0, 1):
            other = dateutil_tz.gettz(name)
            start = dateutil_tz.enfold(wall.replace(tzinfo=other), fold=fold).astimezone(UTC)
            item = Item(
                start=start.astimezone(zone),
                end=(start + dt.timedelta(minutes=20)).astimezone(zone),
                kind=ItemKind.TALK,
                title="Twice",
            )
            program = Program(
                title="Fall back", short_name="Fall", date=wall.date(), timezone=name, items=(item,)
            )
            for reader in sorted(READERS):
                (seen,) = read(reader, feed_bytes(program))
                if (seen.start, seen.end) != (item.start_utc, item.end_utc):
                    wrong.append(f"{reader}: {name} {wall} fold={fold} read as {seen.start}")
    assert [] == wrong


def test_a_time_right_after_the_jump_forward_survives_in_tzid_mode() -> None:
    """03:00 EDT on 14 March 2021, when New York's clocks have just jumped, for every reader."""
    new_york = ZoneInfo("America/New_York")
    start = _instant(2021, 3, 14, 3, 0)
    item = Item(
        start=start.astimezone(new_york),
        end=(start + dt.timedelta(minutes=30)).astimezone(new_york),
        kind=ItemKind.TALK,
        title="Right after",
    )
    program = Program(
        title="Spring",
        short_name="Spring",
        date=dt.date(2021, 3, 14),
        timezone="America/New_York",
        items=(item,),
    )
    wrong = []
    for reader in READERS:
        (seen,) = read(reader, feed_bytes(program))
        if (seen.start, seen.end) != (item.start_utc, item.end_utc):
            wrong.append(f"{reader} read {seen.start}")
    assert [] == wrong


@given(program=programs_across_a_change(), zone=st.sampled_from(sorted(available_timezones())))
def test_agenda_in_any_zone_lists_the_feed_instants(program: Program, zone: str) -> None:
    """The agenda in any zone lists the instants the feed holds, with that zone's offset."""
    assume(not zone.startswith(("posix", "right")) and zone not in ("Factory", "localtime"))
    records = agenda_records(agenda(program, zone))
    readers_zone = dateutil_tz.gettz(zone)
    feed = by_uid(read("ical", feed_bytes(program, FeedOptions(utc=True))))
    assert [(e.start, e.end) for e in feed.values()] == [
        (
            dt.datetime.fromisoformat(str(r["start"])),
            dt.datetime.fromisoformat(str(r["end"])),
        )
        for r in records
    ]
    for record in records:
        start = dt.datetime.fromisoformat(str(record["start"]))
        # dateutil reads negative summer time (Europe/Dublin's winter is its "DST") one
        # hour off at the fold: where it and tzdata disagree, it is no oracle.
        utc = start.astimezone(dt.UTC)
        assume(
            utc.astimezone(readers_zone).utcoffset() == utc.astimezone(ZoneInfo(zone)).utcoffset()
        )
        assert start.astimezone(readers_zone).utcoffset() == start.utcoffset()
        assert dt.datetime.fromisoformat(str(record["start_utc"])) == start


# --- wall-clock times the clocks skip or repeat --------------------------------------------


@given(change=around_a_transition(), minutes=st.integers(-120, 120))
def test_localize_rejects_exactly_the_times_that_do_not_exist_or_repeat(
    change: tuple[str, dt.datetime], minutes: int
) -> None:
    """A wall-clock time is an error iff it names no instant or two.

    The instants are found from UTC alone: every offset the zone keeps within two days, tried
    each, kept where zoneinfo's UTC-to-local (which has one answer) gives the wall time back.
    dateutil is no oracle here: it calls Windhoek's negative-DST repeated hour unambiguous.
    """
    name, instant = change
    zone = ZoneInfo(name)
    wall = (instant.astimezone(zone) + dt.timedelta(minutes=minutes)).replace(tzinfo=None)
    offsets = {
        (instant + dt.timedelta(hours=hours)).astimezone(zone).utcoffset()
        for hours in range(-48, 49)
    }
    readings = {
        (wall - offset).replace(tzinfo=UTC)
        for offset in offsets
        if offset is not None
        and (wall - offset).replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None) == wall
    }
    if len(readings) == 1:
        moment = localize(wall.date(), wall.time(), zone, what="Talk")
        assert readings == {moment.astimezone(UTC)}
    else:
        with pytest.raises(LocalTimeError, match="Talk") as caught:
            localize(wall.date(), wall.time(), zone, what="Talk")
        assert name == caught.value.zone


@given(change=around_a_transition(), minutes=st.integers(-120, 120), fold=st.integers(0, 1))
def test_an_explicit_offset_picks_one_of_two_repeated_times(
    change: tuple[str, dt.datetime], minutes: int, fold: int
) -> None:
    """With the offset written beside it, a repeated time is the instant that offset names."""
    name, instant = change
    zone = ZoneInfo(name)
    wall = (instant.astimezone(zone) + dt.timedelta(minutes=minutes)).replace(tzinfo=None)
    other = dateutil_tz.gettz(name)
    probe = dateutil_tz.enfold(wall.replace(tzinfo=other), fold=fold)
    assume(dateutil_tz.datetime_exists(probe))
    offset = probe.utcoffset()
    # dateutil reads the zone file's rule for years past its last written change (2037 on)
    # its own way: Melbourne's 03:00 on 2037-10-04 at +10:00, an hour zoneinfo (and the
    # rule) skip. Only offsets both libraries give for the wall time are a fair oracle.
    assume(offset in {wall.replace(tzinfo=zone, fold=f).utcoffset() for f in (0, 1)})
    moment = localize(wall.date(), wall.time(), zone, what="Talk", offset=offset)
    assert probe.astimezone(UTC) == moment.astimezone(UTC)


def _page(day: str, *rows: str) -> str:
    table = "\n".join(f"| {time} | {title} |" for time, title in (r.split(" | ") for r in rows))
    return (
        f"# Night Workshop\n{day} -- Virtual (all times US Eastern)\n\n"
        f"| Time | Title |\n| --- | --- |\n{table}\n"
    )


def test_a_time_the_clocks_skip_is_an_error_naming_the_item_and_line() -> None:
    """2:30 on 14 March 2021 does not exist in New York: the item and its line are named."""
    page = _page("Sunday, March 14, 2021", "01:00 - 02:00 | Early", "02:30 - 03:30 | Skipped")
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 7
    assert "Skipped" in caught.value.message
    assert "does not exist" in caught.value.message


def test_a_time_the_clocks_repeat_is_an_error_naming_the_item_and_line() -> None:
    """1:30 on 7 November 2021 happens twice in New York: without an offset it is an error."""
    page = _page("Sunday, November 7, 2021", "00:30 - 01:00 | Early", "01:30 - 02:30 | Twice")
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 7
    assert "Twice" in caught.value.message
    assert "twice" in caught.value.message


def _instant(year: int, month: int, day: int, hour: int, minute: int, fold: int = 0) -> dt.datetime:
    new_york = dateutil_tz.gettz("America/New_York")
    local = dt.datetime(year, month, day, hour, minute, tzinfo=new_york)
    return dateutil_tz.enfold(local, fold=fold).astimezone(UTC)


def test_an_item_across_the_spring_change_keeps_its_true_length() -> None:
    """00:30 - 03:30 on 14 March 2021 in New York lasts two hours, not three."""
    page = _page("Sunday, March 14, 2021", "00:30 - 03:30 | Across")
    (item,) = read_page(page).program.items
    assert (_instant(2021, 3, 14, 0, 30), _instant(2021, 3, 14, 3, 30)) == (
        item.start_utc,
        item.end_utc,
    )
    assert dt.timedelta(hours=2) == item.duration


def test_an_item_across_midnight_keeps_its_true_length() -> None:
    """23:30 - 00:30 ends the next day, one hour later."""
    page = _page("Saturday, March 13, 2021", "23:30 - 00:30 | Late")
    (item,) = read_page(page).program.items
    assert (_instant(2021, 3, 13, 23, 30), _instant(2021, 3, 14, 0, 30)) == (
        item.start_utc,
        item.end_utc,
    )


@pytest.mark.parametrize("reader", reader_params())
def test_every_reader_sees_the_true_length_across_the_change(reader: str) -> None:
    page = _page("Sunday, March 14, 2021", "00:30 - 03:30 | Across", "03:30 - 04:00 | After")
    program = read_page(page).program
    seen = read(reader, feed_bytes(program))
    assert [dt.timedelta(hours=2), dt.timedelta(minutes=30)] == [e.end - e.start for e in seen]


@pytest.mark.parametrize(
    ("cell", "fold"),
    [("01:30 -04:00 - 01:50 -04:00", 0), ("01:30 -05:00 - 01:50 -05:00", 1),
     ("01:30 - 01:50 EDT", 0), ("01:30 - 01:50 EST", 1)],
)  # fmt: skip
def test_the_page_says_which_repeated_time_with_an_offset_or_abbreviation(
    cell: str, fold: int
) -> None:
    """An explicit offset, or an abbreviation only one reading carries, picks that reading."""
    (item,) = read_page(_page("Sunday, November 7, 2021", f"{cell} | Twice")).program.items
    assert (_instant(2021, 11, 7, 1, 30, fold), _instant(2021, 11, 7, 1, 50, fold)) == (
        item.start_utc,
        item.end_utc,
    )


@pytest.mark.parametrize(("hours", "utc_hour"), [(-5, 7), (-4, 6)])
def test_an_explicit_offset_gives_a_skipped_time_its_instant(hours: int, utc_hour: int) -> None:
    """02:30 on 14 March 2021 in New York does not exist; "02:30 -05:00" is still an instant."""
    moment = localize(
        dt.date(2021, 3, 14),
        dt.time(2, 30),
        ZoneInfo("America/New_York"),
        what="Talk",
        offset=dt.timedelta(hours=hours),
    )
    assert dt.datetime(2021, 3, 14, utc_hour, 30, tzinfo=UTC) == moment


def test_an_offset_neither_side_of_the_jump_keeps_a_skipped_time_an_error() -> None:
    with pytest.raises(LocalTimeError, match="Talk"):
        localize(
            dt.date(2021, 3, 14),
            dt.time(2, 30),
            ZoneInfo("America/New_York"),
            what="Talk",
            offset=dt.timedelta(hours=-6),
        )
