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
import re
from collections.abc import Callable, Iterable
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


#: C0 and C1 control characters (DEL too) and lone surrogates: strict calendar
#: parsers reject a feed that carries them.  Multi-line text may keep tab and
#: line feed.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_PROSE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_text(name: str, value: object, *, multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise ProgramError(f"{name} must be text, got {value!r}")
    bad = (_PROSE_CONTROL if multiline else _CONTROL).search(value)
    if bad is not None:
        raise ProgramError(
            f"{name} must not contain the control character {bad.group()!r}, got {value!r}"
        )
    return value


def _line(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_text(attribute.name, value)


def _optional_line(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(attribute.name, value)


def _optional_prose(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(attribute.name, value, multiline=True)


def _check_url(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}")
    if any(ch.isspace() or _CONTROL.match(ch) for ch in value):
        raise ProgramError(
            f"{name} must not contain white space or control characters, got {value!r}"
        )
    try:
        parts = urlsplit(value)
    except ValueError as error:
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}: {error}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}")


def _require_http_url(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_url(attribute.name, value)


def _optional_http_url(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_url(attribute.name, value)


def _non_blank(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not _check_text(attribute.name, value).strip():
        raise ProgramError(f"{attribute.name} must not be blank")


def _instance(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is one of ``kinds`` (``type(None)`` for optional)."""
    names = " or ".join("None" if kind is type(None) else kind.__name__ for kind in kinds)

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # bool is an int, but a flag is not a number and a number is not a flag.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise ProgramError(f"{attribute.name} must be {names}, got {value!r}")

    return check


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


def _sane_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A datetime is a date too, but a program's date is a day, not an instant.
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ProgramError(f"{attribute.name} must be a date (not a datetime), got {value!r}")
    _in_years(attribute, value)


def _aware(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise ProgramError(f"{attribute.name} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ProgramError(f"{attribute.name} must be a time-zone aware datetime, got {value!r}")
    _in_years(attribute, value)


def _iana_zone(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Only names another calendar can load: not a tzdata folder ("Europe"), not this
    # machine's "localtime", not the "posix/" and "right/" copies.
    if not isinstance(value, str) or not is_portable_zone(value):
        raise ProgramError(f"{attribute.name} must be an IANA time zone, got {value!r}")


def _tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """A collection as a tuple; anything else is left for the validator to reject.

    A string is iterable but is not a collection of people or notes: splitting
    "Bob" into ("B", "o", "b") would hide the caller's mistake.
    """
    if isinstance(values, str | bytes | bytearray | memoryview) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]  # the validator names the field
    return tuple(values)


def _pairs(values: Iterable[Any]) -> tuple[Any, ...]:
    """:func:`_tuple`, and each (header, text) pair as a tuple too."""
    outer = _tuple(values)
    return tuple(_tuple(pair) for pair in outer) if isinstance(outer, tuple) else outer


def _tuple_of(
    check: Callable[[str, object], None],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: a tuple whose every element passes ``check(name, element)``."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ProgramError(f"{attribute.name} must be a list or tuple, got {value!r}")
        for index, element in enumerate(value):
            check(f"{attribute.name}[{index}]", element)

    return validate


def _is(kind: type) -> Callable[[str, object], None]:
    article = "an" if kind.__name__[0] in "AEIOU" else "a"

    def check(name: str, value: object) -> None:
        if not isinstance(value, kind):
            raise ProgramError(f"{name} must be {article} {kind.__name__}, got {value!r}")

    return check


def _prose(name: str, value: object) -> None:
    _check_text(name, value, multiline=True)


def _header_and_text(name: str, value: object) -> None:
    if not isinstance(value, tuple) or len(value) != 2:
        raise ProgramError(f"{name} must be a (header, text) pair, got {value!r}")
    _check_text(f"{name} header", value[0])
    _check_text(f"{name} text", value[1], multiline=True)


def _link_kind(value: LinkKind | str) -> LinkKind:
    """A :class:`LinkKind`, or its value ("slides"); anything else is left for the validator."""
    if isinstance(value, str):
        try:
            return LinkKind(value)
        except ValueError:
            raise ProgramError(
                f"kind must be one of {', '.join(kind.value for kind in LinkKind)}, got {value!r}"
            ) from None
    return value


def _item_kind(value: ItemKind | str) -> ItemKind:
    """An :class:`ItemKind`, or its value ("talk"); anything else is left for the validator."""
    if isinstance(value, str):
        try:
            return ItemKind(value)
        except ValueError:
            raise ProgramError(
                f"kind must be one of {', '.join(kind.value for kind in ItemKind)}, got {value!r}"
            ) from None
    return value


@attrs.frozen(kw_only=True)
class Link:
    """A URL and what it is."""

    kind: LinkKind = attrs.field(converter=_link_kind, validator=_instance(LinkKind))
    url: str = attrs.field(validator=_require_http_url)


@attrs.frozen(kw_only=True)
class Person:
    """A speaker or organizer, as the page names them."""

    name: str = attrs.field(validator=_non_blank)
    affiliation: str | None = attrs.field(default=None, validator=_optional_line)
    profile: str | None = attrs.field(default=None, validator=_optional_http_url)


@attrs.frozen(kw_only=True)
class Paper:
    """A paper presented in a session, listed under the session's row without a time of its own."""

    title: str = attrs.field(validator=_non_blank)
    people: tuple[Person, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Person))
    )
    links: tuple[Link, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Link))
    )


@attrs.frozen(kw_only=True)
class Conference:
    """The conference a workshop is held with."""

    name: str = attrs.field(validator=_non_blank)
    url: str | None = attrs.field(default=None, validator=_optional_http_url)


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

    start: dt.datetime = attrs.field(validator=_aware)
    end: dt.datetime = attrs.field(validator=_aware)
    kind: ItemKind = attrs.field(converter=_item_kind, validator=_instance(ItemKind))
    title: str = attrs.field(validator=_non_blank)
    people: tuple[Person, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Person))
    )
    links: tuple[Link, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Link))
    )
    session: str | None = attrs.field(default=None, validator=_optional_line)
    abstract: str | None = attrs.field(default=None, validator=_optional_prose)
    #: Who chairs the item's session, when the page names one.
    chair: str | None = attrs.field(default=None, validator=_optional_line)
    #: Cells of columns the reader does not know, as (header, text), so nothing is lost.
    extra: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_pairs, validator=_tuple_of(_header_and_text)
    )
    #: The papers of a session, in page order, when the page lists them under it untimed.
    papers: tuple[Paper, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Paper))
    )

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
    """A workshop program: what it is, where and when, and its items in order."""

    title: str = attrs.field(validator=_non_blank)
    short_name: str = attrs.field(validator=_non_blank)
    date: dt.date = attrs.field(validator=_sane_date)
    timezone: str = attrs.field(validator=_iana_zone)
    location: str = attrs.field(default="Virtual", validator=_line)
    virtual: bool = attrs.field(default=True, validator=_instance(bool))
    home_page: str | None = attrs.field(default=None, validator=_optional_http_url)
    recording: str | None = attrs.field(default=None, validator=_optional_http_url)
    conference: Conference | None = attrs.field(
        default=None, validator=_instance(Conference, type(None))
    )
    organizers: tuple[Person, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Person))
    )
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_is(Item))
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(_prose))

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
