"""What a push writes: the program's feed against what the calendar server holds.

Pure: the server's objects come in as :class:`Stored` records, the writes go
out as a :class:`Plan`; no I/O here.  The rule is the one of ``build
--previous`` (:func:`fastpath_ical.ics.update`), with the server's copy as the
previous feed:

* an item the server lacks is created, with ``If-None-Match: *``;
* an item whose content changed is written over its object, SEQUENCE + 1,
  with ``If-Match`` and the ETag just listed, so a copy someone changed in
  between is not overwritten blindly;
* a talk the page no longer has is written back as ``STATUS:CANCELLED``
  (clients that synced it drop it), or deleted (``delete_removed``);
* an unchanged item is not written at all, so a second push with no change
  makes no write.

Only objects of this program are touched: those whose UID has the program's
prefix and the UID domain (:mod:`fastpath_ical.ics._identity`); anything
else in the calendar is left alone.  Each object is one VEVENT with its own
VTIMEZONE and no METHOD (RFC 4791 4.1), named ``<talk id>.ics``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence

import attrs
from icalendar import Calendar, Event

from .._arguments import checked
from ..ics import (
    DEFAULT_UID_DOMAIN,
    calendar_bytes,
    key_of_uid,
    parse_calendar,
    single_event_calendar,
    update,
)
from ..ics._identity import program_prefix
from ..model import Program

__all__ = ["Action", "Plan", "Stored", "Write", "plan"]


@attrs.frozen(kw_only=True)
class Stored:
    """One calendar object the server holds: where, its ETag, its bytes."""

    href: str
    etag: str
    data: bytes


class Action(enum.Enum):
    """What a write does to an object."""

    CREATE = "create"
    UPDATE = "update"
    CANCEL = "cancel"
    DELETE = "delete"


@attrs.frozen(kw_only=True)
class Write:
    """One request of a push: PUT ``data`` (or DELETE) at ``href``, if ``etag`` still holds.

    ``etag`` is None for a new object (sent as ``If-None-Match: *``).
    """

    action: Action
    uid: str
    href: str
    etag: str | None = None
    data: bytes = b""


@attrs.frozen(kw_only=True)
class Plan:
    """The writes a push makes, in order, and what it leaves as it is."""

    writes: tuple[Write, ...] = ()
    unchanged: tuple[str, ...] = ()
    #: Sentences from building the objects (an event written in UTC, and why).
    warnings: tuple[str, ...] = ()

    def count(self, action: Action) -> int:
        return sum(write.action is action for write in self.writes)


def _ours(uid: str, program: Program, uid_domain: str) -> bool:
    local, _, domain = uid.rpartition("@")
    return domain == uid_domain and local.startswith(program_prefix(program) + "-")


@checked
def plan(
    calendar: Calendar,
    program: Program,
    stored: Sequence[Stored],
    now: dt.datetime,
    *,
    collection: str,
    uid_domain: str = DEFAULT_UID_DOMAIN,
    delete_removed: bool = False,
) -> Plan:
    """The writes that make the server's ``stored`` objects the ``calendar`` of ``program``.

    ``calendar`` is the freshly built feed; ``collection`` the calendar's path
    (ending in ``/``) that new objects are named under; ``now`` stamps what
    changes.
    """
    where: dict[str, Stored] = {}
    previous: list[Event] = []
    for item in stored:
        for event in parse_calendar(item.data).walk("VEVENT"):
            uid = str(event.get("UID", ""))
            if isinstance(event, Event) and _ours(uid, program, uid_domain) and uid not in where:
                where[uid] = item
                previous.append(event)
    result = update(calendar, previous, now)
    events = {str(e["UID"]): e for e in result.calendar.walk("VEVENT") if isinstance(e, Event)}
    writes: list[Write] = []
    taken = {item.href for item in stored}
    for uid in result.added:
        href = _new_href(collection, key_of_uid(uid, program), taken)
        writes.append(Write(action=Action.CREATE, uid=uid, href=href, data=_object(events[uid])))
    for uid in result.changed:
        old = where[uid]
        data = _object(events[uid])
        writes.append(Write(action=Action.UPDATE, uid=uid, href=old.href, etag=old.etag, data=data))
    gone = set(result.cancelled)
    if delete_removed:
        live = set(result.added + result.changed + result.unchanged)
        gone = {uid for uid in where if uid not in live}
    for uid in sorted(gone, key=lambda u: where[u].href):
        old = where[uid]
        if delete_removed:
            writes.append(Write(action=Action.DELETE, uid=uid, href=old.href, etag=old.etag))
        else:
            data = _object(events[uid])
            writes.append(
                Write(action=Action.CANCEL, uid=uid, href=old.href, etag=old.etag, data=data)
            )
    return Plan(writes=tuple(writes), unchanged=result.unchanged, warnings=result.warnings)


def _object(event: Event) -> bytes:
    return calendar_bytes(single_event_calendar(event, method=False))


def _new_href(collection: str, key: str, taken: set[str]) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", key) or "event"
    href = f"{collection}{name}.ics"
    number = 2
    while href in taken:
        href = f"{collection}{name}-{number}.ics"
        number += 1
    taken.add(href)
    return href
