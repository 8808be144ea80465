"""The program as typed, immutable values.

Everything downstream (the feed, the agenda, the checks) reads these classes
and nothing else, so the invariants live here, at construction: an item that
ends before it starts, items out of order, or a link that is not http(s)
cannot exist.  Items may overlap: real programs run parallel tracks, and
which overlaps a page may hold is the page reader's judgement, not the
model's.  Change a value with :func:`attrs.evolve`, which re-runs the
validators (``_validators``: one per invariant, each a ``ProgramError`` naming
the field).

Instants are compared in UTC on purpose: Python compares two datetimes that
share a ``tzinfo`` by wall clock, which is wrong across a DST change.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from zoneinfo import ZoneInfo

import attrs

from ._validators import (
    MAX_YEAR,
    MIN_YEAR,
    a_date,
    as_pairs,
    as_tuple,
    aware,
    header_and_text,
    http_url,
    iana_zone,
    instance_of,
    is_a,
    member_of,
    non_blank,
    optional_http_url,
    optional_line,
    optional_prose,
    prose,
    tuple_of,
)
from .errors import ProgramError

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Conference",
    "Item",
    "ItemKind",
    "Link",
    "LinkKind",
    "Paper",
    "Person",
    "Program",
    "Span",
]

UTC = dt.UTC


class LinkKind(enum.Enum):
    """What a link points at; it decides how the feed presents it."""

    SLIDES = "slides"
    VIDEO = "video"
    PROFILE = "profile"
    OTHER = "other"


class ItemKind(enum.Enum):
    """What an item on the program is.

    Real programs say more than "talk": a keynote, an invited or a
    contributed talk, a panel, a poster session, a session that holds papers.
    The kind is what a feed's CATEGORIES and an agenda say, and it decides
    how an item is named (:attr:`has_speakers`) and whether it blocks time.
    """

    TALK = "talk"
    KEYNOTE = "keynote"
    INVITED = "invited"
    CONTRIBUTED = "contributed"
    PANEL = "panel"
    POSTERS = "posters"
    SESSION = "session"
    REMARKS = "remarks"
    BREAK = "break"
    SOCIAL = "social"
    ACTIVITY = "activity"

    @property
    def label(self) -> str:
        """``Talk``, ``Invited talk``: how feeds (CATEGORIES) and agendas name the kind."""
        return _KIND_LABELS[self]

    @property
    def has_speakers(self) -> bool:
        """Whether the item is someone's talk: its people name it (SUMMARY, UID).

        Remarks, breaks and sessions have people too (organizers, a chair),
        but they are not what the item is about.
        """
        return self in _SPEAKING


_KIND_LABELS = {
    ItemKind.TALK: "Talk",
    ItemKind.KEYNOTE: "Keynote",
    ItemKind.INVITED: "Invited talk",
    ItemKind.CONTRIBUTED: "Contributed talk",
    ItemKind.PANEL: "Panel",
    ItemKind.POSTERS: "Poster session",
    ItemKind.SESSION: "Session",
    ItemKind.REMARKS: "Remarks",
    ItemKind.BREAK: "Break",
    ItemKind.SOCIAL: "Social",
    ItemKind.ACTIVITY: "Activity",
}


_SPEAKING = frozenset(
    {ItemKind.TALK, ItemKind.KEYNOTE, ItemKind.INVITED, ItemKind.CONTRIBUTED, ItemKind.PANEL}
)


def _link_kind(value: LinkKind | str) -> LinkKind:
    """A :class:`LinkKind`, or its value ("slides"); anything else is left for the validator."""
    return member_of(LinkKind, value)


def _item_kind(value: ItemKind | str) -> ItemKind:
    """An :class:`ItemKind`, or its value ("talk"); anything else is left for the validator."""
    return member_of(ItemKind, value)


@attrs.frozen(kw_only=True)
class Link:
    """A URL and what it is."""

    kind: LinkKind = attrs.field(converter=_link_kind, validator=instance_of(LinkKind))
    url: str = attrs.field(validator=http_url)


@attrs.frozen(kw_only=True)
class Person:
    """A speaker or organizer, as the page names them."""

    name: str = attrs.field(validator=non_blank)
    affiliation: str | None = attrs.field(default=None, validator=optional_line)
    profile: str | None = attrs.field(default=None, validator=optional_http_url)


@attrs.frozen(kw_only=True)
class Paper:
    """A paper presented in a session, listed under the session's row without a time of its own."""

    title: str = attrs.field(validator=non_blank)
    people: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Person))
    )
    links: tuple[Link, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Link))
    )


@attrs.frozen(kw_only=True)
class Conference:
    """The conference a workshop is held with."""

    name: str = attrs.field(validator=non_blank)
    url: str | None = attrs.field(default=None, validator=optional_http_url)


class Span:
    """Something with an aware start and end: its instants in UTC and its true length.

    Aware datetimes that share a tzinfo subtract by wall clock, an hour off
    across a DST change; these are computed in UTC.
    """

    start: dt.datetime
    end: dt.datetime

    @property
    def start_utc(self) -> dt.datetime:
        return self.start.astimezone(UTC)

    @property
    def end_utc(self) -> dt.datetime:
        return self.end.astimezone(UTC)

    @property
    def duration(self) -> dt.timedelta:
        """The true length, whatever the clocks do meanwhile."""
        return self.end_utc - self.start_utc


@attrs.frozen(kw_only=True)
class Item(Span):
    """One slot of the program: a talk, opening or closing remarks, or a break."""

    start: dt.datetime = attrs.field(validator=aware)
    end: dt.datetime = attrs.field(validator=aware)
    kind: ItemKind = attrs.field(converter=_item_kind, validator=instance_of(ItemKind))
    title: str = attrs.field(validator=non_blank)
    people: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Person))
    )
    links: tuple[Link, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Link))
    )
    session: str | None = attrs.field(default=None, validator=optional_line)
    abstract: str | None = attrs.field(default=None, validator=optional_prose)
    #: Who chairs the item's session, when the page names one.
    chair: str | None = attrs.field(default=None, validator=optional_line)
    #: Cells of columns the reader does not know, as (header, text), so nothing is lost.
    extra: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=as_pairs, validator=tuple_of(header_and_text)
    )
    #: The papers of a session, in page order, when the page lists them under it untimed.
    papers: tuple[Paper, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Paper))
    )

    # An item's instants are asked for many times over (ordering, overlap, every feed and
    # agenda row: about eight times per item in a build), and astimezone is not free. Worked
    # out once per instance: attrs keeps a cached_property in a slot of its own, outside the
    # fields (eq, repr, hash, fields()), and evolve makes a new instance, so never stale.
    @functools.cached_property
    def start_utc(self) -> dt.datetime:
        return self.start.astimezone(UTC)

    @functools.cached_property
    def end_utc(self) -> dt.datetime:
        return self.end.astimezone(UTC)

    def __attrs_post_init__(self) -> None:
        if self.end_utc <= self.start_utc:
            raise ProgramError(
                f"item {self.title!r} must end after it starts "
                f"({self.start.isoformat()} to {self.end.isoformat()})"
            )

    def links_of(self, kind: LinkKind) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.kind is kind)


@attrs.frozen(kw_only=True)
class Program:
    """A workshop program: what it is, where and when, and its items in order of start.

    Items may run side by side (parallel tracks); they are never out of order.
    """

    title: str = attrs.field(validator=non_blank)
    short_name: str = attrs.field(validator=non_blank)
    date: dt.date = attrs.field(validator=a_date)
    timezone: str = attrs.field(validator=iana_zone)
    #: Where it is held, as the page (or the caller) says; ``None`` when nobody said.
    location: str | None = attrs.field(default=None, validator=optional_line)
    #: Whether it is held online; never assumed: ``False`` unless said.
    virtual: bool = attrs.field(default=False, validator=instance_of(bool))
    home_page: str | None = attrs.field(default=None, validator=optional_http_url)
    recording: str | None = attrs.field(default=None, validator=optional_http_url)
    conference: Conference | None = attrs.field(
        default=None, validator=instance_of(Conference, type(None))
    )
    organizers: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Person))
    )
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=as_tuple, validator=tuple_of(is_a(Item))
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=tuple_of(prose))

    def __attrs_post_init__(self) -> None:
        for before, after in zip(self.items, self.items[1:], strict=False):
            if after.start_utc < before.start_utc:
                raise ProgramError(
                    f"items out of order: {after.title!r} at {after.start.isoformat()} "
                    f"comes after {before.title!r} at {before.start.isoformat()}"
                )
        zone = self.zone
        for item in self.items:
            for moment in (item.start, item.end):
                if moment.utcoffset() != moment.astimezone(zone).utcoffset():
                    raise ProgramError(
                        f"item {item.title!r} is written at {moment.isoformat()}, which is not "
                        f"the clock of {self.timezone} at that instant: the items' times must "
                        "be in the program's time zone"
                    )
        if self.items and self.date != self.dates[0]:
            raise ProgramError(
                f"date {self.date.isoformat()} is not the program's first day "
                f"({self.dates[0].isoformat()}, the day of its first item in {self.timezone})"
            )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def dates(self) -> tuple[dt.date, ...]:
        """Every local day the program has items on, in order."""
        days = sorted({item.start.astimezone(self.zone).date() for item in self.items})
        return tuple(days) or (self.date,)

    @property
    def start(self) -> dt.datetime | None:
        return self.items[0].start if self.items else None

    @property
    def end(self) -> dt.datetime | None:
        last = max(self.items, key=lambda item: item.end_utc, default=None)
        return last.end if last else None

    def talks(self) -> tuple[Item, ...]:
        """The items that are someone's talk (:attr:`ItemKind.has_speakers`)."""
        return tuple(item for item in self.items if item.kind.has_speakers)
