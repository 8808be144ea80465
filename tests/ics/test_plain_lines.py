"""A stub's plain lines are made into values without icalendar's parser: each must be the
value the parser makes of the line, of the same type, zone and parameters, written to the
same bytes; and an update whose stubs were made is the one of the feed read whole."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, vText

from fastpath_ical import FeedOptions, build_calendar, fastpath2021
from fastpath_ical.errors import FastpathError
from fastpath_ical.ics import (
    calendar_bytes,
    read_previous,
    read_previous_for,
    update,
    update_bytes,
    update_from_feed,
)
from fastpath_ical.ics._bytes import content_lines
from fastpath_ical.ics._plain_lines import is_plain, made_event

NOW = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)

#: A zone of its own, known only from the feed's VTIMEZONE (icalendar caches it).
_OWN_ZONE = "\r\n".join(
    [
        "BEGIN:VTIMEZONE",
        "TZID:Plain/Lines-Test",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZNAME:PLT",
        "TZOFFSETFROM:+0330",
        "TZOFFSETTO:+0330",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
)

_TEXT = st.text(
    st.one_of(
        st.sampled_from(list("\\;,:nN\"^ \t'=/")),
        st.characters(categories=("Lu", "Ll", "Nd", "Zs", "Po", "So"), max_codepoint=0x2FFF),
    ),
    max_size=30,
)
_ZONES = st.sampled_from(
    ["Europe/Berlin", "America/New_York", "UTC", "Etc/GMT+5", "Plain/Lines-Test", "Nowhere/Else"]
)
_MOMENTS = st.sampled_from(
    ["20400101T090000", "20400331T023000", "20401027T023000", "20400101T090000Z", "20401301T0"]
)


@st.composite
def _lines(draw: st.DrawFn) -> list[str]:
    """A stub's lines: what a feed holds (icalendar's own writing) and what it may hold."""
    lines = ["BEGIN:VEVENT"]
    names = ["UID", "SUMMARY", "DTSTART", "DTEND", "STATUS", "SEQ", "CATEGORIES", "STAMP"]
    for name in draw(st.permutations(names)):
        if not draw(st.booleans()) and name != "UID":
            continue
        if name in ("UID", "SUMMARY", "CATEGORIES"):
            text = draw(_TEXT)
            if draw(st.booleans()):  # as icalendar writes it
                text = vText(text).to_ical().decode()
            lines.append(f"{name}:{text}")
        elif name == "SEQ":
            lines.append(f"SEQUENCE:{draw(st.sampled_from(['0', '3', '03', 'x', '-1']))}")
        elif name == "STATUS":
            lines.append(f"STATUS:{draw(st.sampled_from(['CONFIRMED', 'cancelled', '']))}")
            lines.append(f"TRANSP:{draw(st.sampled_from(['OPAQUE', 'TRANSPARENT', 'x']))}")
        elif name == "STAMP":
            moment = draw(_MOMENTS)
            lines.append(f"DTSTAMP:{moment}")
            lines.append(f"LAST-MODIFIED:{draw(_MOMENTS)}")
        else:
            zone = draw(st.one_of(st.none(), _ZONES))
            moment = draw(_MOMENTS)
            lines.append(f"{name};TZID={zone}:{moment}" if zone else f"{name}:{moment}")
    lines.append("END:VEVENT")
    return lines


def _parsed(lines: list[str], zone_first: bool) -> Event:
    event = "\r\n".join(lines)
    parts = [_OWN_ZONE, event] if zone_first else [event, _OWN_ZONE]
    calendar = Calendar.from_ical("\r\n".join(["BEGIN:VCALENDAR", *parts, "END:VCALENDAR", ""]))
    found = calendar.subcomponents[0 if not zone_first else 1]
    assert isinstance(found, Event)
    return found


def _same(made: Any, parsed: Any) -> None:
    assert type(made) is type(parsed)
    assert type(made.params) is type(parsed.params)
    assert dict(made.params) == dict(parsed.params)
    assert made.to_ical() == parsed.to_ical()
    moment = getattr(parsed, "dt", None)
    if moment is not None:
        assert type(made.dt) is type(moment)
        assert made.dt == moment
        assert getattr(made.dt, "tzinfo", None) is getattr(moment, "tzinfo", None)
    else:
        assert made == parsed


@given(lines=_lines(), zone_first=st.booleans())
@settings(max_examples=400, deadline=None)
@example(lines=["BEGIN:VEVENT", "UID:a", "SUMMARY:a\\,b\\\\Nc\\n", "END:VEVENT"], zone_first=True)
@example(
    lines=["BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Plain/Lines-Test:20400101T090000", "END:VEVENT"],
    zone_first=False,  # the zone defined after the event: icalendar reads the calendar again
)
@example(lines=["BEGIN:VEVENT", "UID:a", "DTSTART:20401301T0", "END:VEVENT"], zone_first=True)
def test_a_value_made_is_the_value_icalendars_parser_makes(
    lines: list[str], zone_first: bool
) -> None:
    try:
        parsed = _parsed(lines, zone_first)
    except (ValueError, KeyError, OSError):  # the parser refuses it: then nothing is made
        event("refused by the parser")
        assert any(not is_plain(line) for line in lines[1:-1]) or made_event(lines) is None
        return
    if not all(is_plain(line) for line in lines[1:-1]):
        event("not plain")
        return
    made = made_event(lines)  # after the parse, as in an update: every VTIMEZONE read
    if parsed.errors:
        event("read with an error")
        assert made is None, parsed.errors
        return
    event("made")
    assert made is not None
    assert list(made.keys()) == list(parsed.keys())
    for name in parsed:
        _same(made[name], parsed[name])
    assert content_lines(made) == content_lines(parsed)


def test_only_the_generic_shapes_are_plain() -> None:
    assert is_plain("DTSTART;TZID=Europe/Berlin:20400101T090000")
    assert is_plain("SUMMARY:A\\, B – C")
    assert not is_plain("summary:a")  # the parser names it alike; left to it
    assert not is_plain("SUMMARY;LANGUAGE=en:a")
    assert not is_plain('DTSTART;TZID="Europe/Berlin":20400101T090000')
    assert not is_plain("DTSTART;VALUE=DATE:20400101")
    assert not is_plain("SUMMARY;TZID=Europe/Berlin:a")  # only a date-time reads a TZID
    assert is_plain("CATEGORIES:A\\,B,C")
    assert not is_plain("CATEGORIES;LANGUAGE=en:A,B")
    assert not is_plain("X-OTHER:a")


def _replaced_half(data: bytes) -> Calendar:
    new = build_calendar(fastpath2021(), FeedOptions(stamp=NOW))
    events = [c for c in new.subcomponents if c.name == "VEVENT"]
    gone = {id(event) for event in events[::2]}
    new.subcomponents[:] = [c for c in new.subcomponents if id(c) not in gone]
    return new


def test_the_stubs_of_the_shipped_program_are_made_and_update_to_the_same_bytes() -> None:
    """Not vacuous: the stubs of a feed this package wrote are made, not parsed."""
    data = calendar_bytes(build_calendar(fastpath2021()))
    new = _replaced_half(data)
    gone = read_previous_for(new, data).gone
    assert len(gone) > 3
    assert all(stub.own for stub in gone.values())
    fast = update_from_feed(new, data, NOW)
    whole = update(new, read_previous(data), NOW)
    assert update_bytes(fast) == calendar_bytes(whole.calendar) == calendar_bytes(fast.calendar)
    assert fast.uids == whole.uids


def _with_lines(data: bytes, old: bytes, new: bytes) -> bytes:
    """``data`` with each of its events' ``old`` line written as ``new``."""
    assert old in data
    return data.replace(old, new)


def test_a_stub_not_plain_or_not_readable_is_read_by_the_parser() -> None:
    """A SUMMARY with a parameter is parsed (the stub still carried); a DTSTART icalendar
    cannot read makes the whole feed read by the parser, with read_previous's error."""
    data = calendar_bytes(build_calendar(fastpath2021()))
    new = _replaced_half(data)
    title = b"\r\nSUMMARY:Opening Remarks\r\n"  # of the first event, which goes
    spoken = _with_lines(data, title, title.replace(b"SUMMARY:", b"SUMMARY;LANGUAGE=en:"))
    gone = read_previous_for(new, spoken).gone
    assert not gone["fastpath-2021-opening-remarks@fastpath-ical"].own
    assert sum(1 for stub in gone.values() if stub.own) == len(gone) - 1 > 3
    fast = update_from_feed(new, spoken, NOW)
    assert update_bytes(fast) == calendar_bytes(update(new, read_previous(spoken), NOW).calendar)

    end = b"\r\nDTEND;TZID=America/New_York:"
    broken = _with_lines(data, end + b"2021", end + b"1")
    errors = []
    for read in (lambda: read_previous(broken), lambda: update_from_feed(new, broken, NOW)):
        try:
            read()
        except FastpathError as error:
            errors.append((type(error), str(error)))
    assert len(errors) == 2, errors
    assert errors[0] == errors[1]
