"""The long lines of cancelled events, carried from the previous feed instead of read and written.

An update keeps every event the program no longer has, as CANCELLED
(``_updates``): the previous feed's event with a new STATUS, SEQUENCE,
DTSTAMP and LAST-MODIFIED, and nothing else changed.  icalendar reading
such an event and writing it again was most of what an update with half
the talks replaced cost beyond an unchanged one (about 0.45 ms an event,
most of it in the DESCRIPTION).

So an event of the previous feed that the new calendar has no UID of has
its DESCRIPTION, LOCATION, URL and ATTACH lines set aside before the feed
is parsed (:func:`set_aside`), when every one of them is written as
icalendar writes the value it reads of it: the parsed event, a *stub*,
holds the rest, which is all an update and its guards read of an event
that goes (UID, SUMMARY, CATEGORIES, times, STATUS, the stamps).  The
lines set aside go back among the stub's own written lines, in
icalendar's order, when the feed is written (:func:`carried_lines`); and
wherever the whole event is needed (the calendar of an
:class:`~fastpath_ical.ics.Update`, an orphan given to a new event) it is
read whole from its lines (:func:`read_whole`), as before.  A stub's line
that an earlier stub has too (DTSTAMP, STATUS, CATEGORIES, most times) is
not parsed again: the stub gets the value read there (:func:`complete_stubs`).
A stub whose own lines are all plain (``NAME:value``, a date-time with a
TZID; ``_plain_lines``) is not parsed at all: it is left out of the lines
the parser reads and made from its lines, by the parser's own calls, where
it was among the calendar's components (:func:`add_made_stubs`).

Why the bytes are the same: icalendar reads each content line on its own
(its name, parameters and value; the zones its TZIDs name were read from
the feed first either way), so the stub's values are the whole event's;
and a line set aside is one that icalendar, reading it and writing the
value, writes back unchanged: TEXT with only the escapes icalendar writes
(``\\\\``, ``\\;``, ``\\,``, ``\\n``, and no ``\\\\`` before an ``N``, which
it would write as a line break), a URI without a backslash, each parameter
list as icalendar writes it back.  Property tests hold :func:`set_aside`
to icalendar's round trip on random lines, and the written update to the
one made from the feed read whole.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

import attrs
from icalendar import Calendar, Component, Event
from icalendar.caselessdict import canonsort_keys
from icalendar.parser.content_line import Contentline

from ._plain_lines import is_plain, made_event
from ._unchanged import _ESCAPED, _shape, _top_level_events

__all__ = [
    "ASIDE",
    "Carried",
    "add_made_stubs",
    "carried_lines",
    "complete_stubs",
    "line_name",
    "read_whole",
    "set_aside",
    "set_aside_gone",
    "stamped_lines",
]

#: The properties set aside: the long ones, which an update never reads of an event that goes.
ASIDE = ("DESCRIPTION", "LOCATION", "URL", "ATTACH")

#: TEXT as icalendar writes it: a backslash only in the escapes it writes, and not ``\\N``.
#: Written as runs of plain characters between escapes (``plain*(escape plain*)*``), which
#: reads a long DESCRIPTION a run at a time, not a character at a time; an escape begins
#: with the backslash a run cannot hold, so there is one way to read a line, no backtracking.
_PLAIN_TEXT = r"[^\\;,\r\n]*"
_TEXT = rf"{_PLAIN_TEXT}(?:(?:\\[;,n]|\\\\(?!N)){_PLAIN_TEXT})*"
_LINE = re.compile(
    rf"(?P<text>DESCRIPTION|LOCATION):{_TEXT}"
    r"|(?P<uri>URL|ATTACH)(?P<params>;FMTTYPE=[^\";:,\\^\s]+)?:[^\\\r\n]*"
)


@attrs.frozen(kw_only=True, eq=False)
class Carried:
    """A previous event whose long lines were set aside: its lines as read (unfolded, from
    BEGIN to END), and the lines set aside, each with its property's name."""

    lines: tuple[str, ...]
    aside: tuple[tuple[str, str], ...]
    #: Properties whose line an earlier stub has too, not parsed again: (name, that stub's UID).
    shared: tuple[tuple[str, str], ...] = ()
    #: The stub's own lines (BEGIN to END) where each is plain (``_plain_lines``): left out
    #: of the lines parsed, and made into the stub by :func:`add_made_stubs`; else empty.
    own: tuple[str, ...] = ()
    #: Where the stub of ``own`` goes among the calendar's components (how many come before).
    at: int = -1


def set_aside(lines: Sequence[str]) -> tuple[list[str], Carried] | None:
    """The lines of one VEVENT (BEGIN to END, unfolded) to parse, and what is carried;
    None for an event with a component inside, or with nothing to set aside, or where a
    line of :data:`ASIDE` is not one icalendar writes back unchanged (then every line of
    the event is parsed, as before)."""
    kept: list[str] = []
    aside: list[tuple[str, str]] = []
    for line in lines[1:-1]:
        name = line_name(line)
        if name not in ASIDE:
            # As icalendar names it (blanks dropped, upper case), or more loosely: a
            # component inside, or a property set aside written another way, is no stub's.
            if "".join(name.split()).upper() in ("BEGIN", "END", *ASIDE):
                return None
            kept.append(line)
            continue
        match = _LINE.fullmatch(line)
        if match is None or (match["params"] and not _params_written_back(match["params"])):
            return None
        aside.append((name, line))
    if not aside:
        return None
    return [lines[0], *kept, lines[-1]], Carried(lines=tuple(lines), aside=tuple(aside))


def line_name(line: str) -> str:
    """A content line's name as written (before its parameters or value)."""
    return line.partition(":")[0].partition(";")[0]


@functools.cache
def _params_written_back(params: str) -> bool:
    """Whether icalendar reads ``params`` (``;FMTTYPE=...``) as that one parameter and writes
    it back as it is; asked of icalendar once for each parameter list."""
    try:
        read = Contentline(f"X{params}:").parts()[1]  # type: ignore[no-untyped-call]
    except ValueError:
        return False
    return list(read) == ["FMTTYPE"] and ";" + read.to_ical(sorted=True).decode() == params


def carried_lines(written: Sequence[str], aside: Sequence[tuple[str, str]]) -> list[str]:
    """The content lines of a whole event, from the lines of its part ``written`` now (as
    ``LineWriter.lines_of`` writes them: BEGIN, its properties in icalendar's order, END)
    and the lines ``aside`` (each with its property's name, which the part has none of),
    each property in icalendar's order (``sorted_keys``), a property's lines in order."""
    body = [*written[1:-1], *(line for _, line in aside)]
    names = (*(line_name(line) for line in written[1:-1]), *(name for name, _ in aside))
    return [written[0], *[body[index] for index in _order(names)], written[-1]]


def stamped_lines(lines: Sequence[str], stamps: Sequence[tuple[str, str]]) -> list[str]:
    """:func:`carried_lines` of an event's stamps' lines (``stamps``, each with its name) and
    the ``lines`` it has but them (BEGIN to END, as ``LineWriter.lines_of`` wrote them)."""
    body = [*(line for _, line in stamps), *lines[1:-1]]
    names = (*(name for name, _ in stamps), *(line_name(line) for line in lines[1:-1]))
    return [lines[0], *[body[index] for index in _order(names)], lines[-1]]


@functools.lru_cache(maxsize=256)
def _order(names: tuple[str, ...]) -> tuple[int, ...]:
    """Where each line goes, for lines of these property ``names``: by ``canonsort_keys``
    (icalendar's order), the lines of one name in the order given.  Worked out once for
    each list of names: the events of a feed have a handful."""
    by_name: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        by_name.setdefault(name, []).append(index)
    return tuple(
        index for name in canonsort_keys(by_name, Event.canonical_order) for index in by_name[name]
    )


def read_whole(carried: Carried) -> Event:
    """The previous event as icalendar reads all its lines: what the stub stands for."""
    event = Event.from_ical("\r\n".join(carried.lines) + "\r\n")
    if not isinstance(event, Event):  # set_aside took only a VEVENT's lines
        raise TypeError(f"not a VEVENT: {carried.lines[0]!r}")
    return event


def set_aside_gone(
    lines: Sequence[str],
    present: Collection[str],
    events: Sequence[tuple[int, int, str | None]] | None = None,
) -> tuple[list[str], dict[str, Carried]]:
    """A feed's content lines with :func:`set_aside` done to each event whose UID is not in
    ``present`` (the new calendar's: an event that goes, or an orphan the update may give
    to a new event), and what is carried, by UID.  Only an event with one plain ``UID:``
    line, the only event with that line, is a stub: its UID is then the line's text.

    ``events``, where given, says where each VEVENT begins and ends and its ``UID:`` line
    (``_shape``'s), as :func:`~._unchanged.as_before` found them: not looked for again."""
    if events is None:
        found_blocks = _top_level_events(lines)
        if found_blocks is None:
            return list(lines), {}
        events = [(start, end, _shape(lines[start:end])[0]) for start, end in found_blocks]
    blocks = [(start, end) for start, end, _ in events]
    uid_lines = [uid_line for _, _, uid_line in events]
    seen = Counter(uid_lines)
    out: list[str] = []
    carried: dict[str, Carried] = {}
    first: dict[str, str] = {}  # a stub's line, and the UID of the first stub with it
    done = 0
    starts = _component_starts(lines)
    for (start, end), uid_line in zip(blocks, uid_lines, strict=True):
        if uid_line is None or seen[uid_line] != 1 or not uid_line.startswith("UID:"):
            continue
        uid = uid_line[4:]
        if not uid.strip() or _ESCAPED.search(uid) or uid in present:
            continue
        found = set_aside(lines[start:end])
        if found is None:
            continue
        kept, shared = _shared(found[0], uid, first)
        out += lines[done:start]
        done = end
        if _is_made(kept):
            at = bisect.bisect_left(starts, start)
            carried[uid] = attrs.evolve(found[1], shared=shared, own=tuple(kept), at=at)
        else:
            out += kept
            carried[uid] = attrs.evolve(found[1], shared=shared)
    out += lines[done:]
    return out, carried


def _is_made(lines: Sequence[str]) -> bool:
    """Whether a stub's own lines are made into it without the parser: each plain, of
    distinct names (the parser would list the values of one name), between the markers
    spelt as :func:`~._plain_lines.made_event` expects."""
    inside = lines[1:-1]
    return (
        lines[0] == "BEGIN:VEVENT"
        and lines[-1] == "END:VEVENT"
        and all(is_plain(line) for line in inside)
        and len({line_name(line) for line in inside}) == len(inside)
    )


def _component_starts(lines: Sequence[str]) -> list[int]:
    """Where each component inside the calendar begins, in order (``lines`` laid out as
    :func:`_top_level_events` checked: every line that begins with BEGIN or END a marker)."""
    starts = []
    depth = 0
    for index, line in enumerate(lines):
        head = line[:5].upper()
        if head == "BEGIN":
            if depth == 1:
                starts.append(index)
            depth += 1
        elif head.startswith("END"):
            depth -= 1
    return starts


def add_made_stubs(calendar: Calendar, carried: Mapping[str, Carried]) -> bool:
    """Put the stubs left out of ``calendar``'s lines in it, each made from its own lines
    (``_plain_lines``), where its lines were; False, and nothing put, where one is not made
    (a value icalendar reads with an error or not at all: the parser says so) or the
    calendar does not hold the components the stubs go among."""
    made = []
    for stub in carried.values():
        if stub.own:
            event = made_event(stub.own)
            if event is None:
                return False
            made.append((stub.at, event))
    if not made:
        return True
    made.sort(key=lambda pair: pair[0])
    parsed = iter(calendar.subcomponents)
    merged: list[Component] = []
    for at, event in made:
        while len(merged) < at:
            component = next(parsed, None)
            if component is None:
                return False
            merged.append(component)
        merged.append(event)
    merged.extend(parsed)
    calendar.subcomponents[:] = merged
    return True


#: A property name as icalendar keys it, written so: one line of it is one value.
_PLAIN_NAME = re.compile(r"[A-Z][A-Z0-9-]*")


def _shared(
    lines: list[str], uid: str, first: dict[str, str]
) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """A stub's lines without those an earlier stub has (most stubs share DTSTAMP, STATUS,
    CATEGORIES, their times), and which; each line of a name the stub has once, its own
    UID aside."""
    names = Counter("".join(line_name(line).split()).upper() for line in lines)
    kept = [lines[0]]
    shared = []
    for line in lines[1:-1]:
        name = line_name(line)
        if name == "UID" or names[name] != 1 or not _PLAIN_NAME.fullmatch(name):
            kept.append(line)
        elif line in first:
            shared.append((name, first[line]))
        else:
            first[line] = uid
            kept.append(line)
    kept.append(lines[-1])
    return kept, tuple(shared)


def complete_stubs(events: Sequence[Event], carried: Mapping[str, Carried]) -> bool:
    """Give each stub, among the previous ``events`` as parsed, the values of the lines it
    shares with an earlier stub: the values icalendar read of those lines there (each
    content line is read on its own, so they are the ones it reads here), shared as a
    copy's are (``_copies``).  False where unsure, and nothing is given: a stub's UID that
    is not exactly one event's (the update keeps the first of a UID), a stub icalendar read
    with an error."""
    by_uid: dict[str, Event] = {}
    twice: set[str] = set()
    for event in events:
        uid = str(event["UID"])
        if uid in by_uid:
            twice.add(uid)
        by_uid[uid] = event
    for uid in carried:
        if uid not in by_uid or uid in twice or by_uid[uid].errors:
            return False
    values = []
    for uid, stub in carried.items():
        for name, source in stub.shared:
            value = by_uid[source].get(name)
            if value is None or isinstance(value, list):
                return False
            values.append((by_uid[uid], name, value))
    for event, name, value in values:
        event[name] = value
    return True
