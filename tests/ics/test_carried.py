"""The long lines of the events an update cancels are carried from the previous feed, not
read and written by icalendar: only lines icalendar writes back unchanged are, and the
update written from them is the one written from the feed read whole, byte for byte."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from fastpath_ical import FeedOptions, Person, build_calendar, fastpath2021
from fastpath_ical.ics import (
    calendar_bytes,
    read_previous,
    read_previous_for,
    update,
    update_bytes,
    update_from_feed,
    update_previous,
)
from fastpath_ical.ics._carried import carried_lines, set_aside

NOW = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)

# What TEXT and URIs are made of where escaping can go wrong.
_TRICKY = st.text(
    st.one_of(
        st.sampled_from(list("\\;,:nN\"^ \t'=/")),
        st.characters(categories=("Lu", "Ll", "Nd", "Zs", "Po", "So"), max_codepoint=0x2FFF),
    ),
    max_size=40,
)
_NAMES = st.sampled_from(["DESCRIPTION", "LOCATION", "URL", "ATTACH"])
_PARAMS = st.sampled_from(
    ["", ";FMTTYPE=application/pdf", ";FMTTYPE=text/html", ";fmttype=x", ";FMTTYPE=a b", ";X=1"]
)


def _event_lines(line: str) -> list[str]:
    return ["BEGIN:VEVENT", "UID:a@b", "SUMMARY:A talk", line, "END:VEVENT"]


def _written_back(lines: list[str]) -> list[str]:
    """The event's content lines as icalendar reads them and writes them again."""
    event = Event.from_ical("\r\n".join(lines) + "\r\n")
    return [line.decode() for line in event.to_ical().replace(b"\r\n ", b"").split(b"\r\n")[:-1]]


@given(name=_NAMES, params=_PARAMS, value=_TRICKY)
@settings(max_examples=400, deadline=None)
@example(name="DESCRIPTION", params="", value="a\\\\Nb")  # icalendar writes a line break
@example(name="DESCRIPTION", params="", value="a\\Nb")
@example(name="DESCRIPTION", params="", value="a\\:b")
@example(name="LOCATION", params="", value="Room 1, Floor 2")
@example(name="URL", params="", value="https://x.org/a\\,b")
@example(name="ATTACH", params=";FMTTYPE=application/pdf", value="https://x.org/a.pdf")
def test_a_line_is_set_aside_only_where_icalendar_writes_it_back_unchanged(
    name: str, params: str, value: str
) -> None:
    lines = _event_lines(f"{name}{params}:{value}")
    found = set_aside(lines)
    if found is None:
        return
    kept, carried = found
    assert kept == [lines[0], lines[1], lines[2], lines[4]]
    assert carried.aside == ((name, lines[3]),)
    assert _written_back(lines)[3] == lines[3]


@given(name=_NAMES, value=_TRICKY)
@settings(max_examples=300, deadline=None)
def test_every_line_icalendar_writes_of_a_value_is_set_aside(name: str, value: str) -> None:
    """Not vacuous: what icalendar itself writes (what a previous feed holds) is carried."""
    event = Event()
    event.add("UID", "a@b")
    if name in ("URL", "ATTACH"):
        value = "https://example.org/" + value.replace("\\", "").replace("\t", "")
    event.add(name, value)
    lines = _written_back(["BEGIN:VEVENT", *_written_back_lines(event), "END:VEVENT"])
    found = set_aside(lines)
    assert found is not None, lines


def _written_back_lines(event: Event) -> list[str]:
    text = event.to_ical().replace(b"\r\n ", b"").decode()
    return text.split("\r\n")[1:-2]


def test_an_event_with_a_component_inside_or_a_loose_spelling_is_read_whole() -> None:
    alarm = ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT5M", "END:VALARM"]
    lines = _event_lines("DESCRIPTION:text")
    assert set_aside(lines) is not None
    assert set_aside([*lines[:-1], *alarm, lines[-1]]) is None
    assert set_aside([*lines[:-1], "description:again", lines[-1]]) is None
    assert set_aside([*lines[:-1], "DESCRIPTION :again", lines[-1]]) is None
    assert set_aside(_event_lines("SUMMARY:nothing long")) is None


def test_the_lines_go_back_in_icalendars_order() -> None:
    event = Event()
    for name, value in (("UID", "a@b"), ("SUMMARY", "T"), ("STATUS", "CANCELLED")):
        event.add(name, value)
    event.add("DTSTART", dt.datetime(2040, 1, 1, 9, tzinfo=dt.UTC))
    whole = ["BEGIN:VEVENT", "ATTACH:https://a.org/1", "ATTACH:https://a.org/2", "END:VEVENT"]
    found = set_aside([*whole[:1], "DESCRIPTION:d", "URL:https://a.org", *whole[1:]])
    assert found is not None
    written = _written_back(["BEGIN:VEVENT", *_written_back_lines(event), "END:VEVENT"])
    out = carried_lines(written, found[1].aside)
    for line in ("DESCRIPTION:d", "URL:https://a.org", "ATTACH:https://a.org/1"):
        event.add(line.split(":", 1)[0], line.split(":", 1)[1])
    event.add("ATTACH", "https://a.org/2")
    assert out == _written_back(["BEGIN:VEVENT", *_written_back_lines(event), "END:VEVENT"])


def _replaced(calendar: Calendar, every: int) -> Calendar:
    """The calendar without every ``every``-th event: the program lost those talks."""
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    gone = {id(event) for index, event in enumerate(events) if index % every == 0}
    calendar.subcomponents[:] = [c for c in calendar.subcomponents if id(c) not in gone]
    return calendar


def test_the_shipped_program_with_talks_replaced_updates_to_the_same_bytes() -> None:
    program = fastpath2021()
    data = calendar_bytes(build_calendar(program))
    new = _replaced(build_calendar(program, FeedOptions(stamp=NOW)), 2)
    gone = read_previous_for(new, data).gone
    assert any(carried.shared for carried in gone.values()), "a stamp line read once"
    fast = update_from_feed(new, data, NOW)
    assert fast.pending, "the cancelled events were carried, not read"
    whole = update(new, read_previous(data), NOW)
    assert update_bytes(fast) == calendar_bytes(whole.calendar) == calendar_bytes(fast.calendar)
    assert fast.cancelled == whole.cancelled
    assert fast.uids == tuple(
        str(c["UID"]) for c in whole.calendar.subcomponents if c.name == "VEVENT"
    )


def test_a_cancelled_event_written_in_utc_is_updated_whole() -> None:
    """An event of a zone that is no IANA zone (its own VTIMEZONE) goes to UTC, with a
    warning that compares events whole: not carried, and the same bytes and words."""
    program = fastpath2021()
    built = build_calendar(program, FeedOptions())
    extra = next(c for c in built.subcomponents if c.name == "VEVENT").copy()
    extra.pop("UID")
    extra.add("UID", "elsewhere@fastpath-ical")
    built.add_component(extra)
    data = calendar_bytes(built).decode()
    block = data[data.index("BEGIN:VTIMEZONE") : data.index("END:VTIMEZONE") + 15]
    ours = block.replace("TZID:America/New_York", "TZID:Mars/Olympus")
    head, event = data.rsplit("BEGIN:VEVENT", 1)
    event = event.replace("TZID=America/New_York", "TZID=Mars/Olympus")
    data = (head + "BEGIN:VEVENT" + event).replace(block, block + "\r\n" + ours)
    new = build_calendar(program, FeedOptions(stamp=NOW))
    previous = read_previous_for(new, data.encode())
    assert "elsewhere@fastpath-ical" in previous.gone
    fast = update_from_feed(new, data.encode(), NOW)
    whole = update(new, read_previous(data.encode()), NOW)
    assert not fast.pending
    assert fast.warnings == whole.warnings
    assert "Mars/Olympus" in fast.warnings[0]
    assert update_bytes(fast) == calendar_bytes(whole.calendar)


def test_the_unchanged_events_are_written_from_the_lines_that_found_them_unchanged() -> None:
    """Only their stamps are written again; read for another calendar (equal, not the same
    values), nothing is taken from it, and the bytes are the same."""
    program = fastpath2021()
    data = calendar_bytes(build_calendar(program))
    new = _replaced(build_calendar(program, FeedOptions(stamp=NOW)), 3)
    fast = update_previous(new, read_previous_for(new, data), NOW)
    assert fast.lines
    assert {str(event["UID"]) for event, _ in fast.lines} == set(fast.unchanged)
    equal = _replaced(build_calendar(program, FeedOptions(stamp=NOW)), 3)
    other = update_previous(new, read_previous_for(equal, data), NOW)
    assert not other.lines
    whole = update(new, read_previous(data), NOW)
    assert update_bytes(fast) == update_bytes(other) == calendar_bytes(whole.calendar)


_PIECES = st.sampled_from(["\r", "\n", "\r\n", " ", "\t", "a", ":", "\r\n ", "\r\n\t"])


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
@example("a\r\n\r\n b")
@example("a\r\r\n \n b")
@example("a\n b\r\n c")
def test_a_feed_is_unfolded_as_icalendar_unfolds_it(text: str) -> None:
    """The previous feed's lines split by ``str`` where that is icalendar's answer too."""
    from icalendar.parser.content_line import NEWLINE, UFOLD

    from fastpath_ical.ics._unchanged import _unfolded

    assert _unfolded(text) == NEWLINE.split(UFOLD.sub("", text))


def test_the_new_and_changed_events_are_written_from_their_lines_too() -> None:
    """An event the update stamps (new, or changed) has only its stamps written again, among
    the lines written to compare it; one given a carried UID is written whole: the bytes
    are those of the update written whole."""
    program = fastpath2021()
    talks = [index for index, item in enumerate(program.items) if item.people]
    items = list(program.items)
    first, second = talks[0], talks[1]
    items[first] = attrs.evolve(items[first], title=items[first].title + " (revised)")
    items[second] = attrs.evolve(items[second], people=(Person(name="Someone Else"),))
    data = calendar_bytes(build_calendar(program))
    new = build_calendar(attrs.evolve(program, items=tuple(items)), FeedOptions(stamp=NOW))
    fast = update_from_feed(new, data, NOW)
    assert fast.added
    assert fast.changed
    written = {str(event["UID"]) for event, _ in fast.lines}
    given = {previous for _, previous in fast.carried}  # a changed event, under its old UID
    assert given
    assert {*fast.added, *fast.changed} - given <= written
    assert not written & given
    whole = update(new, read_previous(data), NOW)
    assert update_bytes(fast) == calendar_bytes(whole.calendar)


def test_text_set_aside_is_read_a_run_at_a_time_as_it_was_a_character_at_a_time() -> None:
    """Every text of up to six characters among the ones that matter is TEXT icalendar
    writes back for the pattern in runs exactly where it is for the pattern it replaced."""
    import itertools
    import re

    from fastpath_ical.ics._carried import _TEXT

    by_character = re.compile(r"(?:[^\\;,\r\n]|\\[;,n]|\\\\(?!N))*")
    by_runs = re.compile(_TEXT)
    count = 0
    for size in range(7):
        for letters in itertools.product("a\\;,nN\r", repeat=size):
            text = "".join(letters)
            assert bool(by_runs.fullmatch(text)) == bool(by_character.fullmatch(text)), text
            count += by_runs.fullmatch(text) is not None
    assert count > 1000
