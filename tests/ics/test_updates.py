"""Updates clients notice, and only then: building against the previously published feed."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from fastpath_ical import FeedOptions, Program, build_calendar, feed_bytes
from fastpath_ical.errors import FastpathError, PreviousFeedError
from fastpath_ical.ics import read_previous, update
from readback import READERS, by_uid, forget_vobject_timezones
from strategies import programs, with_items

UTC = dt.UTC
NOW = dt.datetime(2021, 3, 20, 9, 30, tzinfo=UTC)
LATER = dt.datetime(2021, 3, 27, 18, 0, tzinfo=UTC)
EARLY = dt.datetime(2021, 3, 1, tzinfo=UTC)
KAOUTAR = "fastpath-2021-kaoutar-el-maghraoui@fastpath-ical"
KAOUTAR_TYPO = "fastpath-2021-kaoutar-el-maghroui@fastpath-ical"
SIVA = "fastpath-2021-siva-hari@fastpath-ical"
MAAS = "fastpath-2021-martin-maas@fastpath-ical"


def events(data: bytes) -> dict[str, bytes]:
    """Each VEVENT's own bytes, by UID."""
    blocks = re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", data, re.S)
    return {
        re.search(rb"\r\nUID:(.*?)\r\n", b.replace(b"\r\n ", b"")).group(1).decode(): b
        for b in blocks
    }  # type: ignore[union-attr]


def rebuilt(program: Program, previous: bytes, now: dt.datetime = NOW) -> bytes:
    new = build_calendar(program, FeedOptions(stamp=now))
    data: bytes = update(new, read_previous(previous), now).calendar.to_ical()
    return data


def edit(program: Program, index: int, **changes: object) -> Program:
    items = list(program.items)
    items[index] = attrs.evolve(items[index], **changes)  # type: ignore[arg-type]
    return attrs.evolve(program, items=tuple(items))


def test_rebuild_against_itself_is_byte_identical(program: Program) -> None:
    """Nothing changed, so nothing moves: not DTSTAMP, not SEQUENCE, not a byte."""
    previous = feed_bytes(program)
    assert previous == rebuilt(program, previous)
    assert previous == rebuilt(program, rebuilt(program, previous), LATER)


def test_a_changed_event_gets_sequence_and_last_modified(program: Program) -> None:
    """A moved talk: SEQUENCE 1, LAST-MODIFIED and DTSTAMP now; every other event keeps
    its bytes.  (The previous feed is stamped before now: see the next-but-one test.)"""
    previous = feed_bytes(program, FeedOptions(stamp=EARLY))
    moved = edit(
        program,
        5,
        start=program.items[5].start + dt.timedelta(minutes=5),
        end=program.items[5].end,
    )
    data = rebuilt(moved, previous)
    before, after = events(previous), events(data)
    assert sorted(before) == sorted(after)
    for uid in before:
        if uid != SIVA:
            assert before[uid] == after[uid], uid
    event = next(e for e in Calendar.from_ical(data).walk("VEVENT") if e["UID"] == SIVA)
    assert 1 == event["SEQUENCE"]
    assert NOW == event["LAST-MODIFIED"].dt
    assert NOW == event["DTSTAMP"].dt
    again = rebuilt(moved, data, LATER)
    assert data == again, "a second run with no further change moves nothing"


def test_changes_count_again(program: Program) -> None:
    """Each change bumps SEQUENCE once more; LAST-MODIFIED moves on with DTSTAMP, never
    before it, even when ``now`` is before the previous stamps."""
    first = rebuilt(edit(program, 5, title="Resilience, v2"), feed_bytes(program))
    second = rebuilt(edit(program, 5, title="Resilience, v3"), first, LATER)
    (old,) = [e for e in Calendar.from_ical(first).walk("VEVENT") if e["UID"] == SIVA]
    (event,) = [e for e in Calendar.from_ical(second).walk("VEVENT") if e["UID"] == SIVA]
    assert 2 == event["SEQUENCE"]
    assert max(LATER, old["DTSTAMP"].dt + dt.timedelta(seconds=1)) == event["DTSTAMP"].dt
    assert event["DTSTAMP"].dt == event["LAST-MODIFIED"].dt
    assert old["LAST-MODIFIED"].dt < event["LAST-MODIFIED"].dt


def test_a_removed_talk_stays_cancelled(program: Program) -> None:
    """A talk dropped from the program stays in the feed, STATUS:CANCELLED, SEQUENCE + 1,
    so clients that imported it drop it; every parser still reads it at its time."""
    previous = feed_bytes(program)
    shorter = attrs.evolve(program, items=program.items[:8] + program.items[9:])
    data = rebuilt(shorter, previous)
    for name, reader in READERS.items():
        forget_vobject_timezones()
        assert sorted(by_uid(reader(previous))) == sorted(by_uid(reader(data))), name
    strict = {e.uid: e for e in IcsCalendarStream.calendar_from_ics(data.decode()).events}
    assert "CANCELLED" == str(strict[MAAS].status.value)
    assert 1 == strict[MAAS].sequence
    assert all(str(e.status.value) == "CONFIRMED" for uid, e in strict.items() if uid != MAAS)
    assert data == rebuilt(shorter, data, LATER), "already cancelled: kept as it was"


def test_a_talk_that_comes_back_is_confirmed_again(program: Program) -> None:
    shorter = attrs.evolve(program, items=program.items[:8] + program.items[9:])
    cancelled = rebuilt(shorter, feed_bytes(program))
    back = rebuilt(program, cancelled, LATER)
    (event,) = [e for e in Calendar.from_ical(back).walk("VEVENT") if e["UID"] == MAAS]
    assert ("CONFIRMED", 2) == (event["STATUS"], event["SEQUENCE"])


def test_uid_survives_retitle_moved_time_and_corrected_speaker(program: Program) -> None:
    """The UID rule keeps a retitled and a moved talk by itself; a corrected speaker name
    ("El Maghroui" to "El Maghraoui") keeps the UID the previous feed published."""
    person = program.items[3].people[0]
    typo = edit(program, 3, people=(attrs.evolve(person, name="Kaoutar El Maghroui"),))
    previous = feed_bytes(typo)
    assert KAOUTAR_TYPO in events(previous)
    data = rebuilt(program, previous)
    after = events(data)
    assert sorted(events(previous)) == sorted(after)
    assert KAOUTAR not in after
    (event,) = [e for e in Calendar.from_ical(data).walk("VEVENT") if e["UID"] == KAOUTAR_TYPO]
    assert "Kaoutar El Maghraoui" in str(event["SUMMARY"])
    assert 1 == event["SEQUENCE"]
    moved = edit(
        program, 3, start=program.items[3].start + dt.timedelta(minutes=5), end=program.items[3].end
    )
    assert sorted(after) == sorted(events(rebuilt(moved, previous))), "corrected and moved"
    retitled = edit(program, 3, title="Hardware-aware AutoAI")
    assert sorted(after) == sorted(events(rebuilt(retitled, data))), "then retitled"
    shifted = edit(
        retitled,
        3,
        start=program.items[3].start + dt.timedelta(minutes=5),
        end=program.items[3].end,
    )
    assert sorted(after) == sorted(events(rebuilt(shifted, rebuilt(retitled, data), LATER)))


def test_a_different_speaker_in_the_slot_is_a_new_event(program: Program) -> None:
    """Same time but another title and another name: cancel the old, add the new."""
    other = edit(
        program,
        5,
        title="Something else",
        people=(attrs.evolve(program.items[5].people[0], name="Zed Quux"),),
    )
    new = build_calendar(other, FeedOptions(stamp=NOW))
    result = update(new, read_previous(feed_bytes(program)), NOW)
    assert (SIVA,) == result.cancelled
    assert ("fastpath-2021-zed-quux@fastpath-ical",) == result.added
    assert () == result.carried


def test_only_dtstamp_differs_is_no_change(program: Program) -> None:
    """A previous feed stamped at another time is the same content: its stamp is kept."""
    previous = feed_bytes(program, FeedOptions(stamp=dt.datetime(2021, 1, 1, tzinfo=UTC)))
    assert previous == rebuilt(program, previous)


def test_utc_and_tzid_forms_are_the_same_content(program: Program) -> None:
    """Times compare as instants, so switching --utc is not an update."""
    result = update(
        build_calendar(program, FeedOptions(utc=True)),
        read_previous(feed_bytes(program)),
        NOW,
    )
    assert () == result.changed + result.added + result.cancelled


def test_alarms_are_not_content(program: Program) -> None:
    """A reminder is the reader's preference: adding one does not bump SEQUENCE."""
    new = build_calendar(program, FeedOptions(alarm=dt.timedelta(minutes=15)))
    result = update(new, read_previous(feed_bytes(program)), NOW)
    assert () == result.changed
    assert b"BEGIN:VALARM" in result.calendar.to_ical()


def test_previous_feed_from_an_older_version(program: Program) -> None:
    """Older feeds had no SEQUENCE and no LAST-MODIFIED: missing SEQUENCE is 0."""
    old = re.sub(rb"SEQUENCE:0\r\n", b"", feed_bytes(program))
    assert b"SEQUENCE" not in old
    data = rebuilt(edit(program, 5, title="Retitled"), old)
    calendar = Calendar.from_ical(data)
    sequences = {str(e["UID"]): e["SEQUENCE"] for e in calendar.walk("VEVENT")}
    assert 1 == sequences.pop(SIVA)
    assert {0} == set(sequences.values())
    assert [SIVA] == [str(e["UID"]) for e in calendar.walk("VEVENT") if "LAST-MODIFIED" in e]


def test_cancelled_event_on_a_dropped_day_keeps_its_vtimezone(program: Program) -> None:
    """A cancelled event outside the new program's days still has its zone's rules (its
    day is after the switch to EDT here), so no parser reads it an hour off."""
    last = program.items[-1]
    later = dt.timedelta(days=200)
    extra = attrs.evolve(last, title="Extra day", start=last.start + later, end=last.end + later)
    longer = attrs.evolve(program, items=(*program.items, extra))
    data = rebuilt(program, feed_bytes(longer))
    for name, reader in READERS.items():
        forget_vobject_timezones()
        seen = by_uid(reader(data))
        assert extra.start_utc == seen["fastpath-2021-extra-day@fastpath-ical"].start, name
    assert (
        "fastpath-2021-extra-day@fastpath-ical"
        in update(build_calendar(program), read_previous(feed_bytes(longer)), NOW).cancelled
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"\xff\xfe\x00",
        b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20210101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:nonsense\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_unreadable_previous_feed_is_one_error(data: bytes) -> None:
    with pytest.raises(PreviousFeedError) as caught:
        read_previous(data)
    assert isinstance(caught.value, FastpathError)
    assert "\n" not in str(caught.value)


def test_now_must_be_aware(program: Program) -> None:
    with pytest.raises(ValueError, match="aware"):
        update(build_calendar(program), (), dt.datetime(2021, 1, 1))


@given(programs(max_items=5))
def test_any_program_rebuilt_against_itself_is_unchanged(generated: Program) -> None:
    previous = feed_bytes(generated)
    assert previous == rebuilt(generated, previous)


@given(programs(max_items=5, max_days=2))
def test_any_removed_item_is_cancelled_and_read_everywhere(generated: Program) -> None:
    """For any program, dropping its first item cancels exactly that UID; every parser
    reads the updated feed with all previous UIDs at their instants."""
    previous = feed_bytes(generated)
    shorter = with_items(generated, generated.items[1:])
    result = update(build_calendar(shorter, FeedOptions(stamp=NOW)), read_previous(previous), NOW)
    assert 1 == len(result.cancelled)
    data = result.calendar.to_ical()
    new = feed_bytes(shorter)
    for name, reader in READERS.items():
        forget_vobject_timezones()
        before = {e.uid: (e.start, e.end) for e in reader(previous)}
        forget_vobject_timezones()
        now_ = {e.uid: (e.start, e.end) for e in reader(new)}
        forget_vobject_timezones()
        seen = {e.uid: (e.start, e.end) for e in reader(data)}
        assert set(before) | set(now_) == set(seen), name
        for uid, times in seen.items():
            assert now_.get(uid, before.get(uid)) == times, (name, uid)


def test_a_carried_uid_survives_a_later_move_and_retitle_at_once(program: Program) -> None:
    """Once carried, the UID pairs with its talk by the rule's key of the previous event's
    content, so a move and a retitle together later are still one event, not a new one
    beside a cancelled one."""
    person = program.items[3].people[0]
    typo = edit(program, 3, people=(attrs.evolve(person, name="Kaoutar El Maghroui"),))
    carried = rebuilt(program, feed_bytes(typo))
    assert KAOUTAR_TYPO in events(carried)
    later = edit(
        program,
        3,
        title="Hardware-aware AutoML",
        start=program.items[3].start + dt.timedelta(minutes=5),
        end=program.items[3].end,
    )
    new = build_calendar(later, FeedOptions(stamp=LATER))
    result = update(new, read_previous(carried), LATER)
    assert ((KAOUTAR, KAOUTAR_TYPO),) == result.carried
    assert (KAOUTAR_TYPO,) == result.changed
    assert () == result.cancelled
    assert () == result.added


def test_a_change_never_moves_dtstamp_backwards(program: Program) -> None:
    """The default DTSTAMP is the program's first day, after the clock of any build made
    before the workshop: a changed or cancelled event is then stamped one second after its
    previous DTSTAMP, never before it; LAST-MODIFIED is the same moment, after the previous
    one and never before DTSTAMP."""
    previous = feed_bytes(program)
    first_day = dt.datetime(2021, 3, 28, tzinfo=UTC)
    shorter = edit(
        attrs.evolve(program, items=program.items[:8] + program.items[9:]), 5, title="v2"
    )
    data = rebuilt(shorter, previous, NOW)
    found = {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    second = first_day + dt.timedelta(seconds=1)
    for uid in (SIVA, MAAS):
        assert (second, second) == (found[uid]["DTSTAMP"].dt, found[uid]["LAST-MODIFIED"].dt)
    assert first_day == found[KAOUTAR]["DTSTAMP"].dt, "unchanged: kept as it was"
    again = rebuilt(edit(shorter, 5, title="v3"), data, EARLY)
    (event,) = [e for e in Calendar.from_ical(again).walk("VEVENT") if e["UID"] == SIVA]
    later = second + dt.timedelta(seconds=1)
    assert (later, later) == (
        event["DTSTAMP"].dt,
        event["LAST-MODIFIED"].dt,
    )


def test_a_previous_feed_that_is_not_utf8_is_an_error(program: Program) -> None:
    """Latin-1 bytes are not read as something else: one error naming the byte and line."""
    data = feed_bytes(program).decode().replace("–", "-").encode("latin-1")
    data = data.replace(b"Klimovic", "Klimović".encode()).replace(b"ETH", b"\xc9TH")
    with pytest.raises(PreviousFeedError, match=r"not UTF-8 \(byte 0xc9 on line \d+\)"):
        read_previous(data)
