"""Updates clients notice, and only then: a new feed built against the previous one.

A subscribed client keeps its copy of an event until SEQUENCE (and, for
some, DTSTAMP or LAST-MODIFIED) says there is a newer one; a client that
imported a file keeps it until it sees the same UID again.  So, given the
feed published last time:

* an event whose content changed gets SEQUENCE + 1, LAST-MODIFIED and
  DTSTAMP ``now``: without the bump, Outlook and Apple Calendar keep the old
  time; never at or before the previous ones, though (:func:`_after`);
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
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from icalendar import Calendar, Component, Event

from ..errors import OptionsError, PreviousFeedError
from ._identity import similar_keys, slug
from ._parse import categories, parse_calendar
from ._vtimezone import with_timezones
from ._wording import DASH

__all__ = ["MEANINGFUL", "PreviousFeedError", "Update", "read_previous", "update"]

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


@attrs.frozen(kw_only=True, eq=False)
class Update:
    """The updated calendar, and what happened to each UID (in feed order)."""

    calendar: Calendar
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    #: (UID by the rule, previous UID it was given instead).
    carried: tuple[tuple[str, str], ...] = ()
    #: Events written in UTC because no VTIMEZONE could hold them (:func:`with_timezones`).
    warnings: tuple[str, ...] = ()


def read_previous(data: bytes) -> tuple[Event, ...]:
    """The events of a previously published feed; every one must have a UID and a DTSTART.

    It must be UTF-8 (RFC 5545, 3.1.4): read any other way, a name would be
    compared wrongly and every talk with an accent would look changed.
    """
    calendar = parse_calendar(data, PreviousFeedError)
    events = []
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event:
            continue
        uid = str(event.get("UID", "")).strip()
        if not uid:
            raise PreviousFeedError("an event has no UID, so it cannot be matched")
        try:
            start = event.get("DTSTART").dt
        except (AttributeError, ValueError):
            start = None
        if not isinstance(start, dt.date):
            raise PreviousFeedError(f"event {uid} has no readable DTSTART", uid=uid)
        for name in _DATED:
            if name in event and _instant(event.get(name)) is None:
                # icalendar keeps a broken value and raises when it is read, later.
                raise PreviousFeedError(f"event {uid} has an unreadable {name}", uid=uid)
        if isinstance(event, Event):
            events.append(event)
    return tuple(events)


def update(calendar: Calendar, previous: Iterable[Event], now: dt.datetime) -> Update:
    """``calendar`` (a freshly built feed) as the next version of the ``previous`` one."""
    if now.utcoffset() is None:
        raise OptionsError("now must be an aware datetime")
    now = now.astimezone(dt.UTC)
    result = Calendar.from_ical(calendar.to_ical())
    before: dict[str, Event] = {}
    for event in previous:
        before.setdefault(str(event["UID"]), event)
    fresh = [c for c in result.subcomponents if c.name == "VEVENT"]
    carried = _carry(fresh, before)
    added, changed, unchanged = [], [], []
    for component in fresh:
        uid = str(component["UID"])
        old = before.get(uid)
        if old is None:
            _stamp(component, now, sequence=0)
            added.append(uid)
        elif _content(component) == _content(old):
            for name in ("DTSTAMP", "LAST-MODIFIED"):
                component.pop(name, None)
                if name in old:
                    component[name] = old[name]
            component.pop("SEQUENCE", None)
            component.add("SEQUENCE", _sequence(old))
            unchanged.append(uid)
        else:
            _stamp(component, now, sequence=_sequence(old) + 1, previous=old)
            changed.append(uid)
    present = {str(component["UID"]) for component in fresh}
    cancelled = []
    for uid, old in before.items():
        if uid in present:
            continue
        gone = Event.from_ical(old.to_ical())
        if str(gone.get("STATUS", "")).upper() != "CANCELLED":
            gone.pop("STATUS", None)
            gone.add("STATUS", "CANCELLED")
            gone.subcomponents[:] = [c for c in gone.subcomponents if c.name != "VALARM"]
            _stamp(gone, now, sequence=_sequence(old) + 1, previous=old)
            cancelled.append(uid)
        result.add_component(gone)
    warnings: list[str] = []
    result = with_timezones(result, warnings)
    return Update(
        calendar=result,
        added=tuple(added),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        cancelled=tuple(cancelled),
        carried=carried,
        warnings=tuple(warnings),
    )


def _carry(fresh: Sequence[Component], before: dict[str, Event]) -> tuple[tuple[str, str], ...]:
    """Give a new event the UID of its orphaned previous self (identity.py states the rule)."""
    present = {str(event["UID"]) for event in fresh}
    orphans = [old for uid, old in before.items() if uid not in present]
    carried = []
    for event in fresh:
        uid = str(event["UID"])
        if uid in before:
            continue
        for old in orphans:
            if _same_item(event, old):
                orphans.remove(old)
                event.pop("UID")
                event.add("UID", str(old["UID"]))
                carried.append((uid, str(old["UID"])))
                break
    return tuple(carried)


def _same_item(new: Component, old: Component) -> bool:
    """The same key by the rule, else two of three: the same start, the same title, alike keys.

    The first test is what keeps a carried UID: the previous event's UID no
    longer says its key, but its content still does, so the talk is found
    again however it was moved or retitled since.
    """
    key = _content_key(new)
    if key and key == _content_key(old):
        return True
    votes = (
        _instant(new.get("DTSTART")) == _instant(old.get("DTSTART")),
        _title(new) == _title(old),
        similar_keys(str(old["UID"]), str(new["UID"])),
    )
    return sum(votes) >= 2


def _content_key(event: Component) -> str:
    """The key the UID rule gives an event's content, before numbering.

    For a talk the speakers, which :func:`~fastpath_ical.ics.summary` puts
    after the last dash (``"A, B"`` slugs as ``a-b``, as the rule joins them);
    for anything else, and a talk whose title is its speakers, the SUMMARY.
    """
    text = str(event.get("SUMMARY", ""))
    kinds = [category.lower() for category in categories(event)]
    if "talk" in kinds[1:] or not kinds:
        text = text.rsplit(DASH, 1)[-1]
    return "-".join(filter(None, (slug(name) for name in text.split(", "))))


def _title(event: Component) -> str:
    """SUMMARY up to the speakers, which :func:`~fastpath_ical.ics.summary` puts after a dash."""
    return str(event.get("SUMMARY", "")).rsplit(DASH, 1)[0].strip()


#: The date-time properties of a previous event that an update reads.
_DATED = ("DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED")


def _instant(prop: Any) -> object:
    try:
        value = prop.dt
        if isinstance(value, dt.datetime) and value.utcoffset() is not None:
            return value.astimezone(dt.UTC)
    except (AttributeError, ValueError, OverflowError):
        return None
    return value


def _sequence(event: Component) -> int:
    try:
        return int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _after(old: Component, name: str, now: dt.datetime) -> dt.datetime:
    """``now``, unless the previous ``name`` (DTSTAMP, LAST-MODIFIED) is not earlier: then one
    second after it.  The default DTSTAMP is the program's first day, usually after the
    clock, as is a ``--stamp`` in the past; a client takes an update whose stamp does not
    move forward for an old copy and may keep what it has."""
    latest = _instant(old.get(name))
    if not isinstance(latest, dt.datetime) or latest.utcoffset() is None or latest < now:
        return now
    return latest + dt.timedelta(seconds=1)


def _stamp(
    event: Component, now: dt.datetime, *, sequence: int, previous: Component | None = None
) -> None:
    """DTSTAMP ``now`` and SEQUENCE; for a change to a ``previous`` event, LAST-MODIFIED too,
    both one moment moved forward past the previous DTSTAMP and LAST-MODIFIED
    (:func:`_after`)."""
    for name in ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED"):
        event.pop(name, None)
    if previous is None:
        event.add("DTSTAMP", now)
        event.add("SEQUENCE", sequence)
        return
    # One moment for both: past each previous one, and LAST-MODIFIED never after DTSTAMP
    # (a --stamp before the program's first day, the default DTSTAMP, made it earlier).
    moment = max(_after(previous, "DTSTAMP", now), _after(previous, "LAST-MODIFIED", now))
    event.add("DTSTAMP", moment)
    event.add("SEQUENCE", sequence)
    event.add("LAST-MODIFIED", moment)


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
                out.append((name, _instant(value), type(getattr(value, "dt", None)).__name__))
            elif name == "CATEGORIES":
                out.extend((name, str(category)) for category in getattr(value, "cats", [value]))
            else:
                parameters = getattr(value, "params", {}).items()
                params = sorted((k.upper(), str(v)) for k, v in parameters)
                raw = value.to_ical() if hasattr(value, "to_ical") else value
                text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
                out.append((name, text.upper() if name in _DEFAULTS else text, tuple(params)))
    return tuple(out)
