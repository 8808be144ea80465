"""Calendars as RFC 5545 bytes: icalendar's content lines, written without its overhead.

``Component.to_ical()`` makes each content line through a ``Contentline``
object (and an empty ``Parameters`` for every property, used or not) and
then folds it at 75 octets one character at a time, encoding every
character to count its octets; on a large feed that is most of the
writing.  Here the lines are made from the same parts: icalendar's own
value types write every value (``vText`` escapes, ``vDDDTypes`` dates) and
``Parameters.to_ical`` every parameter list, properties in the component's
canonical order.  The fold is done on the line's UTF-8 bytes, by slicing,
with icalendar's rule:

* a physical line holds at most 74 octets of the content line (the 75th
  octet of a continuation line is the space that starts it), and is cut
  before the character that would not fit, never inside one;
* a cut that would leave a backslash or a caret last on its line (the start
  of a TEXT escape or of an RFC 6868 parameter escape) is moved one
  character earlier, so the escape stays whole (icalendar issue 1501).

So the bytes are icalendar's, byte for byte: property tests hold
:func:`fold` to icalendar's fold on random text, and :func:`calendar_bytes`
to ``Component.to_ical()`` on random programs and their updates.  Nothing
in icalendar is patched: a caller of ``to_ical()`` gets the same bytes,
only later.  Whatever this module does not expect (a value whose
parameters are not ``Parameters``, a line break left in a line) is handed
to icalendar's own ``Contentline``, which says what is wrong as it always did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from zoneinfo import ZoneInfo

from icalendar import Component, Parameters, vDDDTypes, vText
from icalendar.parser import Contentline
from icalendar.parser_tools import to_unicode

from .._arguments import checked

__all__ = ["LineWriter", "calendar_bytes", "content_lines", "events_lines", "fold"]

#: Octets of the content line on one physical line.
_WIDTH = 74
#: Characters that begin an escape: a fold never leaves one last on a line.
_ESCAPE_STARTS = (ord("\\"), ord("^"))


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded as icalendar folds it (CRLF and a space)."""
    data = line.encode("utf-8")
    size = len(data)
    if size <= _WIDTH:
        return data
    multibyte = size != len(line)
    pieces = []
    start = 0
    while size - start > _WIDTH:
        end = start + _WIDTH
        if multibyte:
            while data[end] & 0xC0 == 0x80:  # a continuation octet: cut before its character
                end -= 1
        # icalendar keeps an escape's first character for the next line when the line
        # has more than one character, which one of 71 octets or more always has.
        if data[end - 1] in _ESCAPE_STARTS:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


@checked
def calendar_bytes(component: Component) -> bytes:
    """``component.to_ical()``: the same bytes, sooner."""
    return b"\r\n".join([fold(line) for line in content_lines(component)]) + b"\r\n"


def content_lines(component: Component) -> list[str]:
    """The content lines of ``component`` (and its subcomponents), unfolded, in order.

    What :func:`calendar_bytes` folds; an update compares an event's lines
    with the previous feed's (:func:`~fastpath_ical.ics.update_from_feed`).
    """
    writer = _Writer()
    writer.write(component)
    return writer.lines


def events_lines(components: Iterable[Component]) -> list[list[str]]:
    """:func:`content_lines` of each component, what they repeat written once for all."""
    writer = LineWriter()
    return [writer.lines_of(component) for component in components]


class LineWriter:
    """Components written one after another, what they repeat (``BEGIN:VEVENT``, the
    parameter lists) written once for all of them."""

    def __init__(self, *, values_shared: bool = False) -> None:
        """With ``values_shared``, each value object's line is written once, for every
        component that holds that very object (:class:`_SharingWriter`)."""
        self._writer = _SharingWriter() if values_shared else _Writer()

    def lines_of(self, component: Component) -> list[str]:
        """:func:`content_lines` of ``component``."""
        self._writer.lines = []
        self._writer.write(component)
        return self._writer.lines

    def lines_but(self, component: Component, left_out: Collection[str]) -> list[str]:
        """:meth:`lines_of` of ``component`` without the lines of its own properties named in
        ``left_out`` (the components inside it keep theirs): those are never written."""
        writer = self._writer
        lines = [writer.mark("BEGIN", component.name)]
        for name in component.sorted_keys():
            if name in left_out:
                continue
            values = dict.__getitem__(component, name)  # sorted_keys gives the keys as stored
            for value in values if isinstance(values, list) else (values,):
                lines.append(writer.line(name, value))
        for sub in component.subcomponents:
            writer.lines = lines
            writer.write(sub)
        lines.append(writer.mark("END", component.name))
        return lines

    def line(self, name: str, value: object) -> str:
        """The content line of one property's value, as :meth:`lines_of` writes it."""
        return self._writer.line(name, value)

    def folded(self, component: Component) -> bytes:
        """:func:`calendar_bytes` of ``component``, without its last line break."""
        return b"\r\n".join([fold(line) for line in self.lines_of(component)])


#: What :meth:`_Writer.moment_text` worked out, for every writer of the process: the text
#: is a function of the key alone (the wall-clock fields, the zone object, the parameters),
#: and an update writes the times of the events that go after writing the new calendar's,
#: most of them the same (a replaced talk keeps its slot).  Emptied past this many.
_MOMENTS: dict[tuple[object, ...], tuple[object, str]] = {}
_MOMENTS_KEPT = 100_000


class _Writer:
    """The content lines of one calendar, with what repeats in them written once."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        #: ``BEGIN:VEVENT`` and the like.
        self.marks: dict[tuple[str, str | None], str] = {}
        #: Parameter lists, by their pairs: most properties share a handful
        #: (``TZID=Europe/Berlin``, ``FMTTYPE=application/pdf``).
        self.parameters: dict[tuple[tuple[str, str], ...], str] = {}
        #: Dates and date-times as written (:meth:`moment_text`), with the zone of each
        #: (its ``id`` is in the key, so it is kept alive and checked on a hit): shared by
        #: every writer (:data:`_MOMENTS`).
        self.moments = _MOMENTS
        if len(_MOMENTS) > _MOMENTS_KEPT:
            _MOMENTS.clear()

    def write(self, component: Component) -> None:
        """The lines of ``Component.property_items()``: BEGIN, properties, subcomponents, END.

        Without recursion, as icalendar: a previous feed may nest components deeply.
        """
        lines = self.lines
        stack: list[tuple[Component, bool]] = [(component, False)]
        while stack:
            current, done = stack.pop()
            if done:
                lines.append(self.mark("END", current.name))
                continue
            lines.append(self.mark("BEGIN", current.name))
            for name in current.sorted_keys():
                values = current[name]
                for value in values if isinstance(values, list) else (values,):
                    lines.append(self.line(name, value))
            stack.append((current, True))
            stack.extend((sub, False) for sub in reversed(current.subcomponents))

    def mark(self, which: str, name: str | None) -> str:
        """icalendar writes a component's name as a TEXT value, escaped (twice)."""
        key = (which, name)
        if key not in self.marks:
            self.marks[key] = self.line(which, vText(name).to_ical())  # type: ignore[arg-type]
        return self.marks[key]

    def line(self, name: str, value: object) -> str:
        """``Contentline.from_parts(name, params, value)``, as a plain string."""
        params = getattr(value, "params", None)
        if params is not None and not isinstance(params, Parameters):
            return _icalendar_line(name, value)
        if type(value) is vDDDTypes:
            text = self.moment_text(value)
        else:
            raw = value.to_ical() if hasattr(value, "to_ical") else vText(value).to_ical()  # type: ignore[arg-type]
            text = _text(raw)
        written = self.parameter_text(params) if params else ""
        line = f"{name};{written}:{text}" if written else f"{name}:{text}"
        if "\n" in line:
            return _icalendar_line(name, value)
        return line

    def moment_text(self, value: vDDDTypes) -> str:
        """``value.to_ical()``, worked out once for each date or date-time and zone: a feed's
        times repeat (DTSTAMP on every event, one talk's end the next one's start), and
        icalendar makes a new typed value, with its parameters, to write each.

        What icalendar writes of a date-time is its wall-clock fields and a ``Z`` when it
        is in UTC, by its zone's name (or by the TZID parameter): so the key is the
        fields, the zone object and the parameters, for the zones named by themselves
        alone (fixed offsets, zoneinfo zones with a key, none); any other is written by
        icalendar each time, as is every other kind of value."""
        moment = value.dt
        kind = type(moment)
        zone: dt.tzinfo | None = None
        wall: object = moment
        if isinstance(moment, dt.datetime) and kind is dt.datetime:
            zone, wall = moment.tzinfo, moment.replace(tzinfo=None)
        elif kind is not dt.date:
            return _text(value.to_ical())
        if not (
            zone is None
            or type(zone) is dt.timezone
            or (type(zone) is ZoneInfo and isinstance(zone.key, str))
        ):
            return _text(value.to_ical())
        key = (kind, wall, id(zone), tuple(value.params.items()))
        try:
            known = self.moments.get(key)
        except TypeError:  # a parameter value that is not hashable
            return _text(value.to_ical())
        if known is None or known[0] is not zone:
            known = self.moments[key] = (zone, _text(value.to_ical()))
        return known[1]

    def parameter_text(self, params: Parameters) -> str:
        pairs = tuple(params.items())
        if not all(type(value) is str for _, value in pairs):
            return _text(params.to_ical(sorted=True))
        known = self.parameters.get(pairs)
        if known is None:
            known = self.parameters[pairs] = _text(params.to_ical(sorted=True))
        return known


class _SharingWriter(_Writer):
    """A :class:`_Writer` that writes the line of one value object once: for components that
    share their values, as an update's do (the events that go share their stamps, STATUS,
    CATEGORIES and most times, ``_carried``; the events it stamps alike share their
    stamps, ``_outcome._typed``).  A line is a function of the property's name and its
    value, and nothing in this package changes a value in place (``_copies``): the line is
    kept with the value it was written of, and used only for that very object."""

    def __init__(self) -> None:
        super().__init__()
        self.by_value: dict[tuple[str, int], tuple[object, str]] = {}

    def line(self, name: str, value: object) -> str:
        key = (name, id(value))
        known = self.by_value.get(key)
        if known is not None and known[0] is value:
            return known[1]
        line = super().line(name, value)
        if len(self.by_value) >= _SHARED_KEPT:
            # Most values are one event's (its UID, SUMMARY, times): kept here, they would
            # live as long as the writer, every event's that goes (issue 13).  The shared
            # ones are written again after, once.
            self.by_value.clear()
        self.by_value[key] = (value, line)
        return line


#: How many values' lines a :class:`_SharingWriter` keeps before it forgets them all.
_SHARED_KEPT = 4096


def _text(raw: object) -> str:
    """icalendar's ``to_unicode``: UTF-8 with a leading byte order mark dropped."""
    if isinstance(raw, bytes) and not raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return str(to_unicode(raw))  # type: ignore[arg-type]


def _icalendar_line(name: str, value: object) -> str:
    """icalendar's own ``Contentline``: it says what is wrong with a line, as it always did."""
    params = getattr(value, "params", None)
    if params is None:
        params = Parameters()
    return str(Contentline.from_parts(name, params, value, sorted=True))
