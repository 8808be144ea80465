"""Updates clients notice, and only then: a new feed built against the previous one.

A subscribed client keeps its copy of an event until SEQUENCE (and, for
some, DTSTAMP or LAST-MODIFIED) says there is a newer one; a client that
imported a file keeps it until it sees the same UID again.  So, given the
feed published last time:

* an event whose content changed gets SEQUENCE + 1, LAST-MODIFIED and
  DTSTAMP ``now``: without the bump, Outlook and Apple Calendar keep the old
  time; never at or before the previous ones, though (``_outcome``, which stamps);
* an unchanged event keeps the previous DTSTAMP, SEQUENCE and LAST-MODIFIED
  byte for byte: a DTSTAMP that moves on every rebuild makes clients
  re-notify, or churn, for nothing;
* an event the program no longer has stays, as STATUS:CANCELLED with
  SEQUENCE + 1, so clients that imported it drop it; one already cancelled
  is kept as it was;
* a new event gets SEQUENCE 0 and DTSTAMP ``now``;
* a UID the previous feed published is carried over to the same talk under
  a corrected speaker name (the rule is in ``_identity``).

"Content" is what a reader sees: :data:`MEANINGFUL`, with times compared as
instants (a TZID feed and a ``--utc`` feed of the same program are the same
content) and a missing STATUS or TRANSP read as its RFC default.  DTSTAMP,
SEQUENCE, LAST-MODIFIED and VALARM are not content: a reminder is the
reader's preference.

Previous feeds written by older versions are read tolerantly: a missing
SEQUENCE is 0, a missing LAST-MODIFIED stays missing until a change.  The
function is pure; ``now`` is the caller's (the command line's clock,
``--stamp`` or ``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs
from icalendar import Calendar, Component, Event

from .._arguments import checked, unchecked
from ..errors import OptionsError, PreviousFeedError
from ._carried import Carried, add_made_stubs, complete_stubs, read_whole, set_aside_gone
from ._copies import copy_component
from ._identity import similar_keys, slug
from ._outcome import Update, _typed, as_written, cancel, sequence, stamp, update_bytes
from ._parse import categories, parse_calendar
from ._unchanged import DATED, as_before, instant
from ._vtimezone import with_timezones
from ._wording import DASH

__all__ = [
    "MEANINGFUL",
    "Previous",
    "PreviousFeedError",
    "Update",
    "previous_events",
    "read_previous",
    "read_previous_for",
    "update",
    "update_bytes",
    "update_from_feed",
    "update_previous",
]

#: The properties whose change is a change a reader sees.
MEANINGFUL = (
    "DTSTART",
    "DTEND",
    "DURATION",
    "SUMMARY",
    "DESCRIPTION",
    "X-ALT-DESC",
    "LOCATION",
    "URL",
    "ATTACH",
    "CATEGORIES",
    "STATUS",
    "TRANSP",
)
_DEFAULTS = {"STATUS": "CONFIRMED", "TRANSP": "OPAQUE"}
# Asked of every orphan and every new event of an update, whose values the package read or
# made: without the argument check the public names make.
_slug = unchecked(slug)
_categories = unchecked(categories)


@checked
def read_previous(data: bytes) -> tuple[Event, ...]:
    """The events of a previously published feed; every one must have a UID and a DTSTART.

    It must be UTF-8 (RFC 5545, 3.1.4): read any other way, a name would be
    compared wrongly and every talk with an accent would look changed.
    """
    return previous_events(parse_calendar(data, PreviousFeedError))


@checked
def previous_events(calendar: Calendar) -> tuple[Event, ...]:
    """:func:`read_previous` of a feed already parsed (``parse_calendar(data,
    PreviousFeedError)``): its events, with the same checks and errors."""
    events = []
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event:
            continue
        check_previous_event(event)
        if isinstance(event, Event):
            events.append(event)
    return tuple(events)


def check_previous_event(event: Component) -> None:
    """Raise :class:`PreviousFeedError` for a previous event :func:`previous_events` does not
    take: one without a UID or a readable DTSTART, or with an unreadable date-time."""
    uid = str(event.get("UID", "")).strip()
    if not uid:
        raise PreviousFeedError("an event has no UID, so it cannot be matched")
    try:
        start = event.get("DTSTART").dt
    except (AttributeError, ValueError):
        start = None
    if not isinstance(start, dt.date):
        raise PreviousFeedError(f"event {uid} has no readable DTSTART", uid=uid)
    for name in DATED:
        if name in event and instant(event.get(name)) is None:
            # icalendar keeps a broken value and raises when it is read, later.
            raise PreviousFeedError(f"event {uid} has an unreadable {name}", uid=uid)


@checked
def update(calendar: Calendar, previous: Iterable[Event], now: dt.datetime) -> Update:
    """``calendar`` (a freshly built feed) as the next version of the ``previous`` one."""
    return _update(calendar, previous, now)


@attrs.frozen(kw_only=True, eq=False)
class Previous:
    """A previous feed as an update against one new calendar reads it (:func:`read_previous_for`).

    ``events`` are :func:`read_previous`'s, but that the events of ``same``
    (unchanged in the new calendar, line for line) hold only UID, DTSTAMP,
    SEQUENCE, LAST-MODIFIED and STATUS: all that an update and the guards
    (``_guards``) read of an unchanged event.  ``calendar`` is the feed's
    calendar for :func:`~fastpath_ical.ics.check_same_program`: its own
    properties, and its events, those of ``same`` as in ``events``.
    """

    calendar: Calendar
    events: tuple[Event, ...]
    same: frozenset[str] = frozenset()
    #: The events that go, or may go, by UID: their stubs in ``events`` hold all but
    #: their long lines (``_carried``), which an update carries as they were.
    gone: Mapping[str, Carried] = attrs.field(factory=dict)
    #: The events of the calendar read for (those of ``same``, and the others with a UID of
    #: their own), each with its lines but its stamps, as written to compare them:
    #: :func:`update_bytes` writes only the stamps of those the update stamps and keeps.
    written: Mapping[str, tuple[Component, list[str]]] = attrs.field(factory=dict)


@checked
def read_previous_for(calendar: Calendar, data: bytes) -> Previous:
    """The previous feed ``data``, read for an update of ``calendar`` (a freshly built feed).

    Most events of a feed published again are as they were.  Such an event's
    lines in ``data`` are the lines ``calendar`` has for it, but for DTSTAMP,
    SEQUENCE and LAST-MODIFIED (:func:`as_before`), and icalendar reads
    equal lines as equal values: so the event is unchanged, and only those
    three lines of it are parsed, to carry them over; its STATUS, which the
    removal guard reads, is the new event's.  The rest of the feed is read as
    :func:`read_previous` reads it.  A feed this shortcut does not expect
    (events inside events, one UID twice, a line icalendar reads with an
    error) is read whole, and so is one that is not a feed to update from:
    its error is the one :func:`read_previous` gives.
    """
    found = as_before(calendar, data)
    if found is not None:
        stamps, rest, written, others = found
        present = {str(c.get("UID", "")) for c in calendar.subcomponents if c.name == "VEVENT"}
        read = read_rest(rest, present, others, stamps)
        if read is not None:
            parsed, events, gone = read
            for component in calendar.subcomponents:
                kept = stamps.get(str(component.get("UID", "")))
                if component.name == "VEVENT" and kept is not None and "STATUS" in component:
                    kept["STATUS"] = component["STATUS"]
            parsed.subcomponents.extend(stamps.values())
            return Previous(
                calendar=parsed,
                events=(*events, *stamps.values()),
                same=frozenset(stamps),
                gone=gone,
                written=written,
            )
    parsed = parse_calendar(data, PreviousFeedError)
    return Previous(calendar=parsed, events=previous_events(parsed))


def read_rest(
    rest: list[str],
    present: Collection[str],
    others: Sequence[tuple[int, int, str | None]],
    stamps: Collection[str],
) -> tuple[Calendar, tuple[Event, ...], dict[str, Carried]] | None:
    """The previous feed but its events found unchanged (``rest``, its content lines, and
    ``others``, where its events are among them, :func:`~._unchanged.as_before`'s), parsed
    with the long lines of the events whose UID is not ``present`` set aside
    (``_carried``): the calendar, its events and what is carried of them.  None where the
    feed is read whole instead: a line the parser reads with an error (reading it whole
    says so), an event of a UID of ``stamps`` (the UIDs of the events found)."""
    lines, gone = set_aside_gone(rest, present, others)
    try:
        parsed = parse_calendar(_joined(lines), PreviousFeedError)
        if not add_made_stubs(parsed, gone):  # the parser reads them, and says what is wrong
            gone = {}
            parsed = parse_calendar(_joined(rest), PreviousFeedError)
        events = previous_events(parsed)
    except PreviousFeedError:
        return None  # read whole, for read_previous's own error
    if gone and not complete_stubs(events, gone):
        gone = {}
        parsed = parse_calendar(_joined(rest), PreviousFeedError)  # read above, but stubs
        events = previous_events(parsed)
    if any(str(event["UID"]) in stamps for event in events):
        return None
    return parsed, events, gone


def _joined(lines: Sequence[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@checked
def update_previous(calendar: Calendar, previous: Previous, now: dt.datetime) -> Update:
    """``update(calendar, previous.events, now)``, for ``previous`` read for ``calendar``
    (:func:`read_previous_for`): its unchanged events are known to be so."""
    return _update(
        calendar,
        previous.events,
        now,
        same=previous.same,
        gone=previous.gone,
        written=previous.written,
    )


@checked
def update_from_feed(calendar: Calendar, data: bytes, now: dt.datetime) -> Update:
    """``update(calendar, read_previous(data), now)``: the same result, sooner
    (:func:`read_previous_for` reads only what changed)."""
    if now.utcoffset() is None:
        raise OptionsError("now must be an aware datetime")
    return update_previous(calendar, read_previous_for(calendar, data), now)


def _update(
    calendar: Calendar,
    previous: Iterable[Event],
    now: dt.datetime,
    *,
    same: frozenset[str] = frozenset(),
    gone: Mapping[str, Carried] | None = None,
    written: Mapping[str, tuple[Component, list[str]]] | None = None,
) -> Update:
    """:func:`update`; the events of ``same`` are known to be unchanged (their previous
    events need only UID, DTSTAMP, SEQUENCE and LAST-MODIFIED), those of ``gone`` are
    stubs of their lines (``_carried``), those of ``written`` were written already."""
    if now.utcoffset() is None:
        raise OptionsError("now must be an aware datetime")
    now = now.astimezone(dt.UTC)
    events = list(previous)
    stubs = gone or {}
    result = copy_component(calendar)
    before: dict[str, Event] = {}
    for event in events:
        before.setdefault(str(event["UID"]), event)
    fresh = [c for c in result.subcomponents if c.name == "VEVENT"]
    carried = _carry(fresh, before)
    for component in fresh:  # an orphan given to a new event is compared whole
        uid = str(component["UID"])
        if uid in stubs:
            before[uid] = read_whole(stubs[uid])
    typed: dict[tuple[str, object, object], Any] = {}
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    outcomes = {ADDED: added, CHANGED: changed, UNCHANGED: unchanged}
    for component in fresh:
        uid = str(component["UID"])
        old = before.get(uid)
        outcomes[restamp(component, old, now, typed, same=uid in same)].append(uid)
    present = {str(component["UID"]) for component in fresh}
    cancelled = []
    pending: list[tuple[Event, Carried]] = []
    for uid, old in before.items():
        if uid in present:
            continue
        kept, now_cancelled = cancel(old, now, typed)
        if now_cancelled:
            cancelled.append(uid)
        if uid in stubs:
            pending.append((kept, stubs[uid]))
        result.add_component(kept)
    times = [(kept.get("DTSTART"), kept.get("DTEND")) for kept, _ in pending]
    warnings: list[str] = []
    result = with_timezones(result, warnings)
    for (kept, _), (start, end) in zip(pending, times, strict=True):
        if kept.get("DTSTART") is not start or kept.get("DTEND") is not end:
            # with_timezones wrote a stub in UTC (its warning may compare it whole with
            # another): updated again, every event whole, as without stubs.
            whole = [_whole(event, stubs) for event in events]
            return _update(calendar, whole, now, same=same)
    return Update(
        draft=result,
        lines=as_written(result, calendar, written or {}),
        added=tuple(added),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        cancelled=tuple(cancelled),
        carried=carried,
        warnings=tuple(warnings),
        pending=tuple(pending),
        now=now,
    )


#: What :func:`restamp` found a new event to be.
ADDED, CHANGED, UNCHANGED = "added", "changed", "unchanged"


def restamp(
    component: Component,
    old: Mapping[str, Any] | None,
    now: dt.datetime,
    typed: dict[tuple[str, object, object], Any],
    *,
    same: bool = False,
) -> str:
    """Give a new event the stamps its update gives it, against its previous self ``old``
    (None: a new event), and say which it is (:data:`ADDED`, :data:`CHANGED`,
    :data:`UNCHANGED`); ``same``: known to be unchanged, not compared.  Where its
    content is not compared (new, or ``same``), ``component`` may stand in for the event
    holding none of its properties: only its stamps are set, as they would be on it; and
    ``old`` known ``same`` may be its stamps alone, by name (``_unchanged.stamp_values``)."""
    if old is None:
        stamp(component, now, sequence=0, typed=typed)
        return ADDED
    if not same:
        if not isinstance(old, Component):
            raise TypeError("a previous event of its stamps alone is one known unchanged")
        same = _content(component) == _content(old)
    if same:
        for name in ("DTSTAMP", "LAST-MODIFIED"):
            component.pop(name, None)
            if name in old:
                component[name] = old[name]
        component.pop("SEQUENCE", None)
        component["SEQUENCE"] = _typed(typed, "SEQUENCE", sequence(old))  # add's, typed
        return UNCHANGED
    stamp(component, now, sequence=sequence(old) + 1, previous=old, typed=typed)
    return CHANGED


def _whole(event: Event, stubs: Mapping[str, Carried]) -> Event:
    uid = str(event["UID"])
    return read_whole(stubs[uid]) if uid in stubs else event


#: What an event's previous version keeps however its content is: not compared.
def _carry(fresh: Sequence[Component], before: dict[str, Event]) -> tuple[tuple[str, str], ...]:
    """Give a new event the UID of its orphaned previous self (identity.py states the rule).

    Each new event is offered the first orphan, in the previous feed's order,
    that is the same item (:func:`_same_item`).  Every way to be the same
    item needs the same content key, the same start or the same title, so
    only the orphans that share one of those with the event are asked: the
    same answer as asking them all, without asking every orphan for every
    new event.
    """
    present = {str(event["UID"]) for event in fresh}
    news = [
        (index, _Orphan(event))
        for index, event in enumerate(fresh)
        if str(event["UID"]) not in before
    ]
    orphans = [_Orphan(old) for uid, old in before.items() if uid not in present]
    carried = []
    for index, old_uid in carry_pairs(news, orphans):
        event = fresh[index]
        uid = str(event["UID"])
        event.pop("UID")
        event.add("UID", old_uid)
        carried.append((uid, old_uid))
    return tuple(carried)


def carry_pairs(
    news: Sequence[tuple[int, _Orphan]], orphans: Sequence[_Orphan]
) -> list[tuple[int, str]]:
    """:func:`_carry`'s rule on what it compares: each new event (by its position, in feed
    order; those whose UID the previous feed has not) offered the first orphan, in the
    previous feed's order, that is the same item; (position, the orphan's UID) of each
    given one.  Worked out from the events' :class:`_Orphan` alone, so that an update
    made one event at a time (``_streamed``) need not keep the events."""
    by_key: dict[str, list[int]] = {}
    by_start: dict[object, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for index, orphan in enumerate(orphans):
        if orphan.key:
            by_key.setdefault(orphan.key, []).append(index)
        by_start.setdefault(orphan.start, []).append(index)
        by_title.setdefault(orphan.title, []).append(index)
    taken: set[int] = set()
    pairs = []
    for position, new in news:
        candidates = {
            *(by_key.get(new.key, ()) if new.key else ()),
            *by_start.get(new.start, ()),
            *by_title.get(new.title, ()),
        }
        for index in sorted(candidates - taken):
            old = orphans[index]
            if _same_item(new, old):
                taken.add(index)
                pairs.append((position, old.uid))
                break
    return pairs


class _Orphan:
    """What :func:`_same_item` compares of an event, worked out once."""

    def __init__(self, event: Component) -> None:
        self.uid = str(event["UID"])
        self.key = _content_key(event)
        self.start = instant(event.get("DTSTART"))
        self.title = _title(event)


def _same_item(new: _Orphan, old: _Orphan) -> bool:
    """The same key by the rule, else two of three: the same start, the same title, alike keys.

    The first test is what keeps a carried UID: the previous event's UID no
    longer says its key, but its content still does, so the talk is found
    again however it was moved or retitled since.
    """
    if new.key and new.key == old.key:
        return True
    votes = (new.start == old.start) + (new.title == old.title)
    # The keys' likeness (difflib) is asked only where it decides: one vote of the two.
    return votes == 2 or (votes == 1 and similar_keys(old.uid, new.uid))


def _content_key(event: Component) -> str:
    """The key the UID rule gives an event's content, before numbering.

    For a talk the speakers, which :func:`~fastpath_ical.ics.summary` puts
    after the last dash (``"A, B"`` slugs as ``a-b``, as the rule joins them);
    for anything else, and a talk whose title is its speakers, the SUMMARY.
    """
    text = str(event.get("SUMMARY", ""))
    kinds = [category.lower() for category in _categories(event)]
    if "talk" in kinds[1:] or not kinds:
        text = text.rsplit(DASH, 1)[-1]
    return "-".join(filter(None, (_slug(name) for name in text.split(", "))))


def _title(event: Component) -> str:
    """SUMMARY up to the speakers, which :func:`~fastpath_ical.ics.summary` puts after a dash."""
    return str(event.get("SUMMARY", "")).rsplit(DASH, 1)[0].strip()


def _values(event: Component, name: str) -> list[Any]:
    value = event.get(name)
    if value is None:
        return [_DEFAULTS[name]] if name in _DEFAULTS else []
    return list(value) if isinstance(value, list) else [value]


def _content(event: Component) -> tuple[object, ...]:
    """What a reader sees of ``event``, comparable across versions and time-zone forms."""
    out: list[object] = []
    for name in MEANINGFUL:
        for value in _values(event, name):
            if name in ("DTSTART", "DTEND"):
                out.append((name, instant(value), type(getattr(value, "dt", None)).__name__))
            elif name == "CATEGORIES":
                out.extend((name, str(category)) for category in getattr(value, "cats", [value]))
            else:
                parameters = getattr(value, "params", {}).items()
                params = sorted((k.upper(), str(v)) for k, v in parameters)
                raw = value.to_ical() if hasattr(value, "to_ical") else value
                text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
                out.append((name, text.upper() if name in _DEFAULTS else text, tuple(params)))
    return tuple(out)
