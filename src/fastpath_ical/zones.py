"""Time zones: from what a page says to an IANA zone, and from wall clock to instant.

Every instant in the project is made here, by :func:`localize`, with
``zoneinfo``; nothing adds hand-written offsets.  A wall-clock time that the
zone skips (clocks jump forward) or repeats (clocks go back) is an error that
names the item, unless the page gave an explicit UTC offset that picks one.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import attrs

from .errors import LocalTimeError, ZoneError

__all__ = [
    "ZONE_NAMES",
    "StatedZone",
    "localize",
    "resolve_zone",
]

UTC = dt.UTC


@attrs.frozen
class StatedZone:
    """What a zone name on a page means.

    ``abbreviation`` is set when the name is one that a zone only uses for half
    the year (EST, CEST), so that a page saying EST in July can be caught.
    """

    iana: str
    abbreviation: str | None = None


def _table() -> dict[str, StatedZone]:
    table: dict[str, StatedZone] = {}

    def add(zone: str, *names: str, abbreviation: str | None = None) -> None:
        for name in names:
            table[_key(name)] = StatedZone(zone, abbreviation)

    ny, chi = "America/New_York", "America/Chicago"
    den, la = "America/Denver", "America/Los_Angeles"
    add(ny, "EDT", "US EDT", "Eastern Daylight Time", abbreviation="EDT")
    add(ny, "EST", "US EST", "Eastern Standard Time", abbreviation="EST")
    add(ny, "ET", "US ET", "Eastern", "Eastern Time", "US Eastern", "US Eastern Time")
    add(chi, "CDT", "US CDT", "Central Daylight Time", abbreviation="CDT")
    add(chi, "US CST", "Central Standard Time", abbreviation="CST")
    add(chi, "CT", "US CT", "Central Time", "US Central", "US Central Time")
    add(den, "MDT", "US MDT", "Mountain Daylight Time", abbreviation="MDT")
    add(den, "MST", "US MST", "Mountain Standard Time", abbreviation="MST")
    add(den, "MT", "US MT", "Mountain Time", "US Mountain Time")
    add(la, "PDT", "US PDT", "Pacific Daylight Time", abbreviation="PDT")
    add(la, "PST", "US PST", "Pacific Standard Time", abbreviation="PST")
    add(la, "PT", "US PT", "Pacific", "Pacific Time", "US Pacific", "US Pacific Time")
    add("Europe/Berlin", "CET", "Central European Time", abbreviation="CET")
    add("Europe/Berlin", "CEST", "Central European Summer Time", abbreviation="CEST")
    add("Europe/London", "BST", "British Summer Time", abbreviation="BST")
    add("Europe/London", "UK Time", "UK")
    add("Europe/Lisbon", "WET", abbreviation="WET")
    add("Europe/Lisbon", "WEST", abbreviation="WEST")
    add("Europe/Helsinki", "EET", abbreviation="EET")
    add("Europe/Helsinki", "EEST", abbreviation="EEST")
    add("Asia/Tokyo", "JST", abbreviation="JST")
    add("Asia/Seoul", "KST", abbreviation="KST")
    add("Asia/Kolkata", "India Standard Time", abbreviation="IST")
    add("UTC", "UTC", "GMT", "Z", "UTC/GMT", "GMT/UTC", "Coordinated Universal Time")
    add("Etc/GMT+12", "AoE", "Anywhere on Earth")
    return table


#: Names that mean several zones: :func:`resolve_zone` asks for an IANA
#: name instead of guessing.
AMBIGUOUS = {
    "IST": "India, Ireland or Israel",
    "CST": "US Central, China or Cuba",
    "AST": "Atlantic or Arabia",
    "BT": "several zones",
}


def _key(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name).strip().upper()


#: Zone names a page may state, by normalised key (upper case, single spaces).
ZONE_NAMES: dict[str, StatedZone] = _table()


def resolve_zone(name: str) -> StatedZone:
    """Resolve a zone as a page states it: an IANA name or an abbreviation in the table."""
    cleaned = name.strip()
    if "/" in cleaned and cleaned in available_timezones():
        return StatedZone(cleaned)
    key = _key(cleaned)
    if key in AMBIGUOUS:
        raise ZoneError(
            f"time zone {cleaned!r} is ambiguous ({AMBIGUOUS[key]}); "
            "give an IANA name such as America/Chicago",
            text=cleaned,
        )
    if key in ZONE_NAMES:
        return ZONE_NAMES[key]
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise ZoneError(
            f"unknown time zone {cleaned!r}; give an IANA name such as Europe/Zurich",
            text=cleaned,
        ) from None
    return StatedZone(cleaned)


def localize(
    day: dt.date,
    time: dt.time,
    zone: ZoneInfo,
    *,
    what: str,
    offset: dt.timedelta | None = None,
) -> dt.datetime:
    """The instant at wall-clock ``time`` on ``day`` in ``zone``, or an error naming ``what``.

    ``offset`` is the UTC offset the page wrote beside the time, if any; it is
    the only way to pick one of two readings of a repeated wall-clock time.
    """
    naive = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0))
    early = naive.replace(tzinfo=zone, fold=0)
    late = naive.replace(tzinfo=zone, fold=1)
    label = f"{naive:%Y-%m-%d %H:%M} {zone.key}"
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise LocalTimeError(
            f"{what}: {naive:%H:%M} does not exist on {day.isoformat()} in {zone.key} "
            "(the clocks jump forward); move the item or give a UTC offset",
            item=what,
            local=label,
            zone=zone.key,
        )
    if early.utcoffset() != late.utcoffset():
        for candidate in (early, late):
            if offset is not None and candidate.utcoffset() == offset:
                return candidate
        raise LocalTimeError(
            f"{what}: {naive:%H:%M} happens twice on {day.isoformat()} in {zone.key} "
            f"(the clocks go back; UTC{_offset(early)} or UTC{_offset(late)}); "
            "write the offset beside the time",
            item=what,
            local=label,
            zone=zone.key,
        )
    if offset is not None and early.utcoffset() != offset:
        raise LocalTimeError(
            f"{what}: {naive:%H:%M} on {day.isoformat()} in {zone.key} is "
            f"UTC{_offset(early)}, not the stated UTC{_format_offset(offset)}",
            item=what,
            local=label,
            zone=zone.key,
        )
    return early


def _offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    return _format_offset(offset)


def _format_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"
