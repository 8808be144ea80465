"""What varies between feeds of the same program: :class:`FeedOptions`."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._arguments import checked
from ..errors import OptionsError
from ..model import Program
from ._identity import DEFAULT_UID_DOMAIN

__all__ = ["FeedOptions", "default_stamp"]


def _positive(_: object, attribute: attrs.Attribute[dt.timedelta], value: object) -> None:
    if not isinstance(value, dt.timedelta) or value <= dt.timedelta(0):
        raise OptionsError(f"{attribute.name} must be a positive duration, got {value!r}")


def _flag(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):  # "no" is true
        raise OptionsError(f"{attribute.name} must be True or False, got {value!r}")


def _domain(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    # It ends every UID: a space or a line break would make the UID icalendar writes
    # differ from the one uids() gives, and no client could match them again.
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9.-]+", value):
        raise OptionsError(
            f"{attribute.name} must be a domain name (letters, digits, dots, hyphens), "
            f"got {value!r}"
        )


def _lead(_: object, attribute: attrs.Attribute[dt.timedelta | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.timedelta) or value < dt.timedelta(0)):
        raise OptionsError(f"{attribute.name} must be a duration of zero or more")


def _utc_stamp(_: object, attribute: attrs.Attribute[dt.datetime | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.datetime) or value.utcoffset() is None):
        raise OptionsError(f"{attribute.name} must be an aware datetime")


@attrs.frozen(kw_only=True)
class FeedOptions:
    """What varies between feeds of the same program.

    ``stamp`` is the DTSTAMP of every event; by default it is 00:00 UTC on the
    program's first day, so that the feed is a function of the page alone and
    a rebuild never looks like an update to a client.

    The rest is off by default because not every reader wants it: ``alarm``
    (a DISPLAY reminder that long before each talk and remarks, not breaks:
    a reminder for lunch is noise), ``all_day`` (one all-day event for the
    whole workshop, transparent so it blocks nothing), ``html`` (an
    X-ALT-DESC HTML rendering of DESCRIPTION, which Outlook shows with
    clickable links).
    """

    breaks: bool = attrs.field(default=True, validator=_flag)
    utc: bool = attrs.field(default=False, validator=_flag)
    stamp: dt.datetime | None = attrs.field(default=None, validator=_utc_stamp)
    uid_domain: str = attrs.field(default=DEFAULT_UID_DOMAIN, validator=_domain)
    refresh: dt.timedelta = attrs.field(default=dt.timedelta(days=1), validator=_positive)
    alarm: dt.timedelta | None = attrs.field(default=None, validator=_lead)
    all_day: bool = attrs.field(default=False, validator=_flag)
    html: bool = attrs.field(default=False, validator=_flag)


@checked
def default_stamp(program: Program) -> dt.datetime:
    """00:00 UTC on the program's first day: stable, and needs no clock."""
    first = program.dates[0]
    return dt.datetime(first.year, first.month, first.day, tzinfo=dt.UTC)
