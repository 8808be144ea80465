"""The program as typed, immutable values.

Everything downstream (the feed, the agenda, the checks) reads these classes
and nothing else, so the invariants live here, at construction: an item that
ends before it starts, items that overlap, or a link that is not http(s)
cannot exist.  Change a value with :func:`attrs.evolve`, which re-runs the
validators.

Instants are compared in UTC on purpose: Python compares two datetimes that
share a ``tzinfo`` by wall clock, which is wrong across a DST change.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import attrs

from .errors import ProgramError
from .zones import is_portable_zone

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Conference",
    "Item",
    "ItemKind",
    "Link",
    "LinkKind",
    "Person",
    "Program",
]

UTC = dt.UTC


class LinkKind(enum.Enum):
    """What a link points at; it decides how the feed presents it."""

    SLIDES = "slides"
    VIDEO = "video"
    PROFILE = "profile"
    OTHER = "other"


class ItemKind(enum.Enum):
    """What an item on the program is."""

    TALK = "talk"
    REMARKS = "remarks"
    BREAK = "break"


def _require_http_url(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProgramError(f"{attribute.name} must be an http or https URL, got {value!r}")
    if any(ch.isspace() for ch in value):
        raise ProgramError(f"{attribute.name} must not contain white space, got {value!r}")


def _optional_http_url(obj: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _require_http_url(obj, attribute, value)


def _non_blank(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise ProgramError(f"{attribute.name} must not be blank")


#: The years a program may fall in.  Feeds, time zone rules and calendar
#: applications all work a little past an item (the next day, a VTIMEZONE's
#: transitions), which overflows near ``datetime.MAXYEAR``; a page that says
#: "0001" or "9999" is a typo, not a workshop.
MIN_YEAR = 1900
MAX_YEAR = 9000


def _in_years(attribute: attrs.Attribute[Any], value: dt.date) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ProgramError(
            f"{attribute.name} must fall in the years {MIN_YEAR} to {MAX_YEAR}, got {value.year}"
        )


def _sane_date(_: object, attribute: attrs.Attribute[Any], value: dt.date) -> None:
    if not isinstance(value, dt.date):
        raise ProgramError(f"{attribute.name} must be a date, got {value!r}")
    _in_years(attribute, value)


def _aware(_: object, attribute: attrs.Attribute[Any], value: dt.datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ProgramError(f"{attribute.name} must be a time-zone aware datetime, got {value!r}")
    _in_years(attribute, value)


def _iana_zone(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    # Only names another calendar can load: not a tzdata folder ("Europe"), not this
    # machine's "localtime", not the "posix/" and "right/" copies.
    if not isinstance(value, str) or not is_portable_zone(value):
        raise ProgramError(f"{attribute.name} must be an IANA time zone, got {value!r}")


def _tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Link:
    """A URL and what it is."""

    kind: LinkKind = attrs.field(validator=attrs.validators.instance_of(LinkKind))
    url: str = attrs.field(validator=_require_http_url)


@attrs.frozen(kw_only=True)
class Person:
    """A speaker or organizer, as the page names them."""

    name: str = attrs.field(validator=_non_blank)
    affiliation: str | None = None
    profile: str | None = attrs.field(default=None, validator=_optional_http_url)


@attrs.frozen(kw_only=True)
class Conference:
    """The conference a workshop is held with."""

    name: str = attrs.field(validator=_non_blank)
    url: str | None = attrs.field(default=None, validator=_optional_http_url)


@attrs.frozen(kw_only=True)
class Item:
    """One slot of the program: a talk, opening or closing remarks, or a break."""

    start: dt.datetime = attrs.field(validator=_aware)
    end: dt.datetime = attrs.field(validator=_aware)
    kind: ItemKind = attrs.field(validator=attrs.validators.instance_of(ItemKind))
    title: str = attrs.field(validator=_non_blank)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    session: str | None = None
    abstract: str | None = None
    #: Who chairs the item's session, when the page names one.
    chair: str | None = None
    #: Cells of columns the reader does not know, as (header, text), so nothing is lost.
    extra: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        if self.end_utc <= self.start_utc:
            raise ProgramError(
                f"item {self.title!r} must end after it starts "
                f"({self.start.isoformat()} to {self.end.isoformat()})"
            )

    @property
    def start_utc(self) -> dt.datetime:
        return self.start.astimezone(UTC)

    @property
    def end_utc(self) -> dt.datetime:
        return self.end.astimezone(UTC)

    @property
    def duration(self) -> dt.timedelta:
        """The true length, across a DST change too (wall-clock subtraction is not)."""
        return self.end_utc - self.start_utc

    def links_of(self, kind: LinkKind) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.kind is kind)


@attrs.frozen(kw_only=True)
class Program:
    """A workshop program: what it is, where and when, and its items in order."""

    title: str = attrs.field(validator=_non_blank)
    short_name: str = attrs.field(validator=_non_blank)
    date: dt.date = attrs.field(validator=_sane_date)
    timezone: str = attrs.field(validator=_iana_zone)
    location: str = "Virtual"
    virtual: bool = True
    home_page: str | None = attrs.field(default=None, validator=_optional_http_url)
    recording: str | None = attrs.field(default=None, validator=_optional_http_url)
    conference: Conference | None = None
    organizers: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    items: tuple[Item, ...] = attrs.field(default=(), converter=_tuple)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        for before, after in zip(self.items, self.items[1:], strict=False):
            if after.start_utc < before.start_utc:
                raise ProgramError(
                    f"items out of order: {after.title!r} at {after.start.isoformat()} "
                    f"comes after {before.title!r} at {before.start.isoformat()}"
                )
            if after.start_utc < before.end_utc:
                raise ProgramError(
                    f"items overlap: {before.title!r} ends {before.end.isoformat()} "
                    f"but {after.title!r} starts {after.start.isoformat()}"
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
        return tuple(item for item in self.items if item.kind is ItemKind.TALK)
