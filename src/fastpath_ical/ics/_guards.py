"""Guards for subscribers: an update must not cancel talks by accident.

A feed reaches people who never see the page.  When a page is misread (a
blank line that ends the table, a time cell nobody can read) the talks it
drops are not missing from one file: :func:`~fastpath_ical.ics.update`
carries them as STATUS:CANCELLED, and every subscribed calendar deletes
them at its next refresh.  Two checks stand before that:

* :func:`check_same_program`: the previous feed is this program's.  One of
  another workshop shares no UID with the new feed, and has another
  calendar name or UID domain; merged in, all its events would be
  cancelled in this feed.
* :func:`check_removals`: one update cancels at most
  :func:`removal_allowance` of the events the previous feed published: two,
  or a quarter of them, whichever is more (rounded down: 11 published
  events allow 2, 12 allow 3, 100 allow 25).  More is an error that lists
  every talk it would cancel; a caller that means it says so
  (``fastpath-ical build --allow-removals``).

Both are pure functions of calendars and events; they read :class:`Update`
as :func:`~fastpath_ical.ics.update` made it and change nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from icalendar import Calendar, Component, Event

from .._arguments import checked
from ..errors import ForeignFeedError, RemovalError
from ._removal_limits import REMOVAL_FLOOR, REMOVAL_SHARE
from ._updates import Update

__all__ = [
    "REMOVAL_FLOOR",
    "REMOVAL_SHARE",
    "check_cancelled",
    "check_removals",
    "check_same_program",
    "removal_allowance",
    "said_of",
]


@checked
def removal_allowance(published: int) -> int:
    """How many of ``published`` live events one update may cancel: 2, or a quarter, at least."""
    if published < 0:
        raise ValueError(f"published must be a count (0 or more), got {published!r}")
    return max(REMOVAL_FLOOR, published // REMOVAL_SHARE)


@checked
def check_removals(result: Update, previous: Iterable[Event]) -> None:
    """Raise :class:`~fastpath_ical.errors.RemovalError` when ``result`` cancels too many.

    ``previous`` are the events the update was made against.  Published are
    those of them not cancelled already that the update kept (a feed of
    chosen talks is measured against the chosen ones); an event cancelled
    before is not cancelled again and is not counted.
    """
    written = set(result.uids)  # the calendar's, without reading the events that go whole
    live = [
        event
        for event in previous
        if _status(event) != "CANCELLED" and str(event.get("UID", "")) in written
    ]
    check_cancelled(result.cancelled, live)


def check_cancelled(
    cancelled: Sequence[str],
    live: Sequence[Component],
    unlisted: int = 0,
    said: Mapping[str, str] | None = None,
) -> None:
    """:func:`check_removals` of an update that cancels ``cancelled`` (UIDs), made against a
    feed whose published events are ``live``, ``unlisted`` more (an update made one event
    at a time keeps no event it keeps, ``_streamed``) and those of ``said``, each by what
    the error says of it (:func:`said_of`: that update keeps no event that goes either),
    none of them cancelled."""
    said = said or {}
    published = len(live) + unlisted + len(said)
    allowed = removal_allowance(published)
    if len(cancelled) <= allowed:
        return
    by_uid = {str(event.get("UID", "")): event for event in live}
    summaries = tuple(
        said[uid] if uid in said and uid not in by_uid else _said(by_uid.get(uid), uid)
        for uid in cancelled
    )
    raise RemovalError(
        f"the update would cancel {len(cancelled)} of the {published} events the "
        f"previous feed published, and one update may cancel at most {allowed} (two, or a "
        f"quarter, whichever is more): {'; '.join(summaries)}",
        cancelled=tuple(cancelled),
        summaries=summaries,
        published=published,
        allowed=allowed,
    )


@checked
def check_same_program(calendar: Calendar, previous: Calendar) -> None:
    """Raise :class:`~fastpath_ical.errors.ForeignFeedError` when ``previous`` is another's.

    It is when the two feeds share no UID and either their calendar names
    (X-WR-CALNAME, else NAME) differ or their UIDs' domains (after the
    ``@``) have none in common.  One UID in common is enough to be the same
    program: a retitled program keeps its UIDs.  A feed without a name, or
    without events, is not held against the other on what it lacks.
    """
    new = {str(event.get("UID", "")) for event in _events(calendar)} - {""}
    old = {str(event.get("UID", "")) for event in _events(previous)} - {""}
    if new & old:
        return
    name, previous_name = _name(calendar), _name(previous)
    domains, previous_domains = _domains(new), _domains(old)
    other_name = bool(name and previous_name and name != previous_name)
    other_domain = bool(domains and previous_domains and not domains & previous_domains)
    if not (other_name or other_domain):
        return
    said = []
    if other_name:
        said.append(f"it is {previous_name!r}, this is {name!r}")
    if other_domain:
        said.append(
            f"its UIDs are @{', @'.join(sorted(previous_domains))}, "
            f"these are @{', @'.join(sorted(domains))}"
        )
    raise ForeignFeedError(
        f"the previous feed is of another program ({'; '.join(said)}; no UID in common): "
        f"updated against it, its {len(old)} event(s) would be published as cancelled",
        name=name,
        previous_name=previous_name,
        domains=tuple(sorted(domains)),
        previous_domains=tuple(sorted(previous_domains)),
    )


def _events(calendar: Calendar) -> list[Component]:
    return [component for component in calendar.subcomponents if component.name == "VEVENT"]


def _status(event: Component) -> str:
    return str(event.get("STATUS", "")).strip().upper()


def _name(calendar: Calendar) -> str:
    for prop in ("X-WR-CALNAME", "NAME"):
        value = str(calendar.get(prop, "")).strip()
        if value:
            return value
    return ""


def _domains(uids: Iterable[str]) -> set[str]:
    return {uid.rsplit("@", 1)[1].lower() for uid in uids if "@" in uid}


def said_of(event: Component) -> str:
    """What the removal guard's error says of a published ``event`` that goes."""
    return _said(event, str(event.get("UID", "")))


def _said(event: Component | None, uid: str) -> str:
    """An event as its reader knows it: SUMMARY and start, else its UID."""
    if event is None:
        return uid
    summary = " ".join(str(event.get("SUMMARY", "")).split()) or uid
    start = getattr(event.get("DTSTART"), "dt", None)
    if isinstance(start, dt.datetime):
        return f"{summary} ({start:%Y-%m-%d %H:%M})"
    if isinstance(start, dt.date):
        return f"{summary} ({start:%Y-%m-%d})"
    return summary
