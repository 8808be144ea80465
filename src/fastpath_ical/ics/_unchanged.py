"""The events a feed published again has line for line, read without parsing them.

Most events of a re-published feed are as they were: their lines in the
previous file are the new calendar's, but for DTSTAMP, SEQUENCE and
LAST-MODIFIED.  :func:`as_before` finds them, so that an update parses only
the rest of the previous feed (``_updates``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from typing import Any

from icalendar import Calendar, Component, Event, Parameters, vText
from icalendar.parser.content_line import NEWLINE, UFOLD

from ._bytes import LineWriter

__all__ = [
    "DATED",
    "Found",
    "Shape",
    "as_before",
    "instant",
    "paired_blocks",
    "read_blocks",
    "stamp_values",
    "without_found",
]


DATED = ("DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED")


def instant(prop: Any) -> object:
    """A date-time property's value as an instant in UTC (a date or a floating time as
    itself), so that a TZID feed and a --utc feed of one program compare equal; ``None``
    for a value icalendar could not read."""
    try:
        value = prop.dt
        if isinstance(value, dt.datetime) and value.utcoffset() is not None:
            return value.astimezone(dt.UTC)
    except (AttributeError, ValueError, OverflowError):
        return None
    return value


_STAMPS = ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED")
#: How the lines :func:`_shape` looks at begin: the markers, the stamps and the UID.
_MARKED = ("BEGIN:", "END:", *_STAMPS, "UID")
#: Stamp lines as this package writes them, read below as icalendar reads them.
_STAMP_LINE = re.compile(r"(DTSTAMP|LAST-MODIFIED):(\d{8}T\d{6}Z)|(SEQUENCE):(\d{1,9})")
#: Characters a UID line escapes: a UID with none is its line's text.
_ESCAPED = re.compile(r"[\\;,\r\n]")


#: What :func:`as_before` finds: the previous events of ``calendar`` that ``data`` has, the
#: content lines of ``data`` without them, the events of ``calendar`` with their lines, and
#: where each VEVENT of those content lines begins and ends, with its ``UID:`` line.
Found = tuple[
    dict[str, Event],
    list[str],
    dict[str, tuple[Component, list[str]]],
    list[tuple[int, int, str | None]],
]


def as_before(calendar: Calendar, data: bytes) -> Found | None:
    """The events of ``calendar`` that ``data`` has line for line (but for their stamps),
    each as a previous event holding only its UID and stamps; the content lines of
    ``data`` without them (unfolded, as icalendar reads them); and the events of
    ``calendar`` (those with a UID of their own), each with its content lines but its
    stamps, as written to compare them: an update writes again only the stamps of those
    it does not change otherwise (the unchanged, the new, the changed).  None where
    ``data`` is not laid out as expected."""
    read = read_blocks(data)
    if read is None:
        return None
    lines, blocks, shapes = read
    fresh: dict[str, tuple[str, list[str], Component] | None] = {}
    writer = LineWriter()
    for component in _events(calendar):
        uid_line, kept = _own_shape(writer, component)
        if uid_line is not None:
            uid = str(component["UID"])
            usable = uid_line not in fresh and _readable(component) and uid_line == f"UID:{uid}"
            usable = usable and not _ESCAPED.search(uid)
            fresh[uid_line] = (uid, kept, component) if usable else None
    seen = _seen(shapes)
    stamps: dict[str, Event] = {}
    written: dict[str, tuple[Component, list[str]]] = {}
    found: set[int] = set()  # where each event found begins
    values: dict[str, Any] = {}
    for (start, _end), (uid_line, kept, stamp_lines) in zip(blocks, shapes, strict=True):
        paired = fresh.get(uid_line) if uid_line is not None and seen[uid_line] == 1 else None
        if paired is None or kept != paired[1]:
            continue
        previous = _stamped(paired[0], stamp_lines, values)
        if previous is None:
            return None
        stamps[paired[0]] = previous
        found.add(start)
    if not stamps:
        return None
    for paired in fresh.values():
        if paired is not None:
            written[paired[0]] = (paired[2], paired[1])
    rest, others = without_found(lines, blocks, shapes, found)
    return stamps, rest, written, others


#: An event's shape in the previous feed (:func:`_shape`): its ``UID:`` line, its lines but
#: its stamps, and its stamp lines.
Shape = tuple[str | None, list[str], list[str]]


def read_blocks(data: bytes) -> tuple[list[str], list[tuple[int, int]], list[Shape]] | None:
    """A previous feed's content lines (:func:`_content_lines`), where each VEVENT begins and
    ends among them, and each one's :func:`_shape`; None where :func:`as_before` reads it
    whole (not UTF-8, or not laid out as expected)."""
    try:
        data.decode("utf-8")  # else read_previous says where it is not
    except UnicodeDecodeError:
        return None
    lines = _content_lines(data)
    blocks = _top_level_events(lines)
    if blocks is None:
        return None
    return lines, blocks, [_shape(lines[start:end]) for start, end in blocks]


def _seen(shapes: Sequence[Shape]) -> dict[str | None, int]:
    """How many events of the previous feed have each ``UID:`` line."""
    seen: dict[str | None, int] = {}
    for uid_line, _, _ in shapes:
        seen[uid_line] = seen.get(uid_line, 0) + 1
    return seen


def paired_blocks(shapes: Sequence[Shape]) -> dict[str, int]:
    """The events of the previous feed a new event can be paired with, by their ``UID:``
    line: each the only one with its line (as :func:`as_before` pairs them)."""
    seen = _seen(shapes)
    return {
        uid_line: index
        for index, (uid_line, _, _) in enumerate(shapes)
        if uid_line is not None and seen[uid_line] == 1
    }


def without_found(
    lines: Sequence[str],
    blocks: Sequence[tuple[int, int]],
    shapes: Sequence[Shape],
    found: Collection[int],
) -> tuple[list[str], list[tuple[int, int, str | None]]]:
    """The content lines but those of the events found (by where they begin), and where
    each other event begins and ends among them, with its ``UID:`` line."""
    rest: list[str] = []
    others: list[tuple[int, int, str | None]] = []
    done = 0
    for (start, end), (uid_line, _, _) in zip(blocks, shapes, strict=True):
        if start in found:
            rest += lines[done:start]
            done = end
        else:
            moved = start - done + len(rest)
            others.append((moved, moved + end - start, uid_line))
    rest += lines[done:-1]  # the last line is the empty one _content_lines ends with
    return rest, others


def _own_shape(writer: LineWriter, component: Component) -> tuple[str | None, list[str]]:
    """:func:`_shape` of the lines ``writer`` writes of ``component`` (its ``UID:`` line and
    its lines but its own stamps), without writing the stamps: they are written anew when
    the update is.  A component whose tree has a property named as a marker (BEGIN, END)
    is written whole and shaped, as its lines then read; so is one with a property whose
    name holds a colon or a semicolon (its line's name is then another)."""
    if not _plainly_named(component):
        uid_line, kept, _ = _shape(writer.lines_of(component))
        return uid_line, kept
    kept = writer.lines_but(component, _STAMPS)
    uid_lines = []
    for line in kept[1:]:  # its own lines, up to the first component inside it
        if line.startswith("BEGIN:"):
            break
        if line.startswith("UID") and line.partition(":")[0].partition(";")[0] == "UID":
            uid_lines.append(line)
    return (uid_lines[0] if len(uid_lines) == 1 else None), kept


def _plainly_named(component: Component) -> bool:
    """Whether no property in ``component``'s tree is named as a marker (BEGIN, END) or
    with a colon or a semicolon."""
    stack = [component]
    while stack:
        current = stack.pop()
        names = "\n".join(current.keys())
        if ":" in names or ";" in names or "BEGIN" in current or "END" in current:
            return False
        stack.extend(current.subcomponents)
    return True


def _content_lines(data: bytes) -> list[str]:
    """``Contentlines.from_ical(data)`` as plain strings: the same lines, unfolded by
    icalendar's own patterns, without a ``Contentline`` made of each."""
    lines = [line for line in _unfolded(data.decode("utf-8-sig")) if line]
    lines.append("")  # the byte order mark was dropped above, as icalendar's to_unicode does
    return lines


def _unfolded(text: str) -> list[str]:
    """``NEWLINE.split(UFOLD.sub("", text))``.  Where every line break is a CRLF and no line
    is empty, icalendar's patterns come down to dropping each CRLF followed by a space or a
    tab, and splitting at the other CRLFs, which ``str`` does ten times sooner on a large
    feed (a property test holds the two to each other); any other text is left to them.
    Each step's text replaces the one before, which is let go (the caller holds none):
    a feed of 85 MB is not held three times over while it is split."""
    if text.count("\n") == text.count("\r\n") and "\r\n\r\n" not in text:
        text = text.replace("\r\n ", "")
        text = text.replace("\r\n\t", "")
        return text.split("\r\n")
    return NEWLINE.split(UFOLD.sub("", text))


def _events(calendar: Calendar) -> list[Component]:
    return [component for component in calendar.subcomponents if component.name == "VEVENT"]


def _readable(event: Component) -> bool:
    """Whether :func:`read_previous` keeps this event as it is, once written and read: a
    UID, a DTSTART it can read, DTEND too, and no RECURRENCE-ID (those it leaves out)."""
    start = event.get("DTSTART")
    return (
        bool(str(event.get("UID", "")).strip())
        and "RECURRENCE-ID" not in event
        and isinstance(getattr(start, "dt", None), dt.date)
        and all(name not in event or instant(event.get(name)) is not None for name in DATED)
    )


def _top_level_events(lines: Sequence[str]) -> list[tuple[int, int]] | None:
    """Where each VEVENT of the calendar begins and ends (one past its END line); None
    for anything but one VCALENDAR holding components that hold no VEVENT, or a line
    that begins or ends a component in a way icalendar reads more loosely."""
    stack: list[str] = []
    closed = False
    out: list[tuple[int, int]] = []
    start = 0
    for index, line in enumerate(lines):
        head = line[:5].upper()
        if not (head == "BEGIN" or head.startswith("END")):
            continue
        which, colon, name = line.partition(":")
        if not colon or which.upper() not in ("BEGIN", "END") or not _NAME.fullmatch(name):
            return None
        name = name.upper()
        if which.upper() == "BEGIN":
            if closed or (not stack and name != "VCALENDAR"):
                return None
            if name == "VEVENT":
                if len(stack) != 1:
                    return None
                start = index
            stack.append(name)
        else:
            if not stack or stack[-1] != name:
                return None
            stack.pop()
            if name == "VEVENT":
                out.append((start, index + 1))
            closed = not stack
    return out if closed else None


_NAME = re.compile(r"[A-Za-z0-9-]+")


def _shape(lines: Sequence[str]) -> tuple[str | None, list[str], list[str]]:
    """An event's own ``UID:`` line (None unless it has exactly one), its lines but its own
    stamps, and those stamp lines.  Only lines written as this package writes them count
    as markers and stamps: any other spelling stays among the lines, and so can only make
    two events differ, never look alike."""
    depth = 0
    uid_lines = []
    kept: list[str] = []
    stamps: list[str] = []
    for line in lines:
        if line.startswith(_MARKED):  # most lines are none of these: kept as they are
            if line.startswith("BEGIN:"):
                depth += 1
            elif line.startswith("END:"):
                depth -= 1
            elif depth == 1:
                name = line.partition(":")[0].partition(";")[0]
                if name in _STAMPS:
                    stamps.append(line)
                    continue
                if name == "UID":
                    uid_lines.append(line)
        kept.append(line)
    return (uid_lines[0] if len(uid_lines) == 1 else None), kept, stamps


def _stamped(uid: str, lines: Sequence[str], values: dict[str, Any]) -> Event | None:
    """The previous event ``uid`` as :func:`read_previous` reads these lines of it (UID and
    stamps): each value by its icalendar type's ``from_ical``, with no parameters, as the
    parser makes it of a line without any.  None for a line not written as this package
    writes it, or a value icalendar cannot read (:func:`read_previous` then says so).

    ``values`` holds the values read so far, by their line: most events of a feed share
    their DTSTAMP and SEQUENCE, and a value is shared as a copy's are (``_copies``)."""
    read = stamp_values(uid, lines, values)
    if read is None:
        return None
    event = Event()
    for name, value in read.items():
        event[name] = value
    return event


def stamp_values(uid: str, lines: Sequence[str], values: dict[str, Any]) -> dict[str, Any] | None:
    """What :func:`_stamped` makes the event of, as a plain dictionary by name: UID and the
    stamps.  All an update reads of a previous event found unchanged; a dictionary of
    three values, not an icalendar event (about 1.2 KB), for an update that keeps one for
    each of 100,000 events (``_streamed``)."""
    read: dict[str, Any] = {"UID": vText(uid)}
    for line in lines:
        value = values.get(line)
        if value is None:
            value = values[line] = _stamp_value(line)
            if value is None:
                return None
        name = line.partition(":")[0]
        if name in read:
            return None
        read[name] = value
    return read


def _stamp_value(line: str) -> Any:
    """A stamp line's value, as the parser reads it; None if not written as this package
    writes it, or unreadable."""
    match = _STAMP_LINE.fullmatch(line)
    if match is None:
        return None
    name, value = match.group(1, 2) if match.group(1) else match.group(3, 4)
    kind: Any = Event.types_factory.for_property(name)
    try:
        read = kind(kind.from_ical(value))
    except (ValueError, TypeError, OverflowError):
        return None
    read.params = Parameters()
    return read
