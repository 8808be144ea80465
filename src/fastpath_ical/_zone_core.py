"""The zoneinfo core: what a zone is, and from wall clock to instant.

Apart from :mod:`fastpath_ical.zones` (which re-exports it with the tables of
names and places) so that the model's validators, the lowest floor that needs
a zone, import no table and nothing that imports them back.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import attrs

from ._arguments import checked, unchecked
from ._patterns import lazy_compile
from .errors import LocalTimeError, ZoneError

__all__ = [
    "UTC",
    "StatedZone",
    "fixed_offset_zone",
    "format_offset",
    "is_portable_zone",
    "is_repeated",
    "load_zone",
    "localize",
    "localize_unchecked",
    "zone_database_names",
    "zone_label",
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


#: Names zoneinfo can load that are not portable IANA TZIDs: a calendar
#: application elsewhere would not know them (``localtime`` is this machine's
#: zone, ``posix/`` and ``right/`` are copies with other leap-second rules,
#: ``Factory`` is a placeholder).
_NOT_PORTABLE = lazy_compile(
    r"^(?:localtime|factory|posixrules|(?:posix|right)(?:/.*)?)$",
    re.I,
    needs="localtime factory posix right",
)

_FIXED_OFFSET = lazy_compile(
    r"(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?", re.I
)


@functools.cache
def zone_database_names() -> frozenset[str]:
    """The zone database's names (``available_timezones``), listed once per process.

    Listing them walks the system's zoneinfo folder and opens every file in it,
    tens of milliseconds each time; reading a page asked for them two or three
    times (the page's zone, the places it names).
    """
    return frozenset(available_timezones())


@checked
def is_portable_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone another calendar can load too.

    zoneinfo opens any file under the tzdata folder, so a folder name
    ("Europe") fails with an ``OSError`` and a machine-specific name
    ("localtime", "posix/Europe/Zurich") loads here but nowhere else.
    """
    if not name or _NOT_PORTABLE.match(name) or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@checked
def is_repeated(local: dt.datetime) -> bool:
    """Whether the clocks show ``local``'s wall-clock time twice that day (they go back)."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


@checked
def load_zone(name: str) -> ZoneInfo:
    """The zone named ``name``, or a :class:`ZoneError` if it is not a portable IANA zone.

    ``ZoneInfo`` itself raises three kinds of error (and an ``OSError`` for
    a folder such as "Europe"), and loads names no other calendar knows.
    """
    if not isinstance(name, str) or not is_portable_zone(name):
        raise ZoneError(
            f"unknown time zone {name!r}; give an IANA name such as Europe/Zurich", text=str(name)
        )
    return ZoneInfo(name)


#: Offsets with minutes that one zone keeps all year and has kept for decades, with no
#: summer time: the zone gives the same instants as the offset on any day of a program.
#: The other zones with minutes change their clocks (St John's, Adelaide, Lord Howe,
#: Chatham) or did until lately (Tehran, 2022; Eucla's trials, 2009).
_KEPT_ALL_YEAR = {
    ("+", 5, 30): "Asia/Kolkata",  # since 1945 (Colombo's clocks too, since 2006)
    ("+", 5, 45): "Asia/Kathmandu",  # since 1986
    ("+", 4, 30): "Asia/Kabul",  # since 1945
    ("+", 6, 30): "Asia/Yangon",  # since 1945
    ("+", 9, 30): "Australia/Darwin",  # since 1944
    ("-", 9, 30): "Pacific/Marquesas",  # since 1912
}
#: Offsets with minutes that zones keep for part of the year, and one such zone each.
_KEPT_PART_OF_THE_YEAR = {
    ("-", 3, 30): "America/St_Johns",
    ("-", 2, 30): "America/St_Johns",
    ("+", 3, 30): "Asia/Tehran",
    ("+", 8, 45): "Australia/Eucla",
    ("+", 10, 30): "Australia/Adelaide",
    ("+", 12, 45): "Pacific/Chatham",
    ("+", 13, 45): "Pacific/Chatham",
}


@checked
def fixed_offset_zone(text: str) -> StatedZone | None:
    """The IANA fixed zone a written UTC offset means ("UTC-7", "GMT+2", "UTC−07:00").

    A page that states an offset means a zone that never changes it, which is
    what the ``Etc/GMT`` zones are; their sign is inverted by POSIX convention,
    so UTC-7 is ``Etc/GMT+7``.  An offset with minutes (UTC+5:30) has no such
    zone: it is the zone that keeps it all year (Asia/Kolkata), where one does
    (:data:`_KEPT_ALL_YEAR`), else an error asking for the IANA name of the place.
    ``None`` when ``text`` is not an offset.
    """
    match = _FIXED_OFFSET.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    west = match.group("sign") in "-−"
    kept = _KEPT_ALL_YEAR.get(("-" if west else "+", hours, minutes)) if minutes else None
    if kept is not None:
        return StatedZone(kept)
    if minutes or hours > (12 if west else 14):
        what = "has minutes" if minutes else "is beyond the offsets any zone uses"
        # "UTC-3:30": the zones that keep it do so for part of the year; the page's place
        # says which (St John's in winter, or Tehran before 2022).
        such = _KEPT_PART_OF_THE_YEAR.get(("-" if west else "+", hours, minutes), "Asia/Kolkata")
        raise ZoneError(
            f"time zone {text.strip()!r} {what}, so no fixed IANA zone matches it; "
            f"give an IANA name such as {such}",
            text=text.strip(),
        )
    if hours == 0:
        return StatedZone("UTC")
    return StatedZone(f"Etc/GMT{'+' if west else '-'}{hours}")


@checked
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
    the only way to pick one of two readings of a repeated wall-clock time,
    and it gives a time the clocks skip an instant too ("02:30 -05:00" on the
    night New York springs forward is 07:30 UTC, 03:30 EDT), if it is one of
    the two offsets around the jump.
    """
    naive = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0))
    early = naive.replace(tzinfo=zone, fold=0)
    late = naive.replace(tzinfo=zone, fold=1)
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        if offset is not None and offset in (early.utcoffset(), late.utcoffset()):
            # The page names the instant ("02:30 -05:00", the clock not yet moved on).
            return (naive - offset).replace(tzinfo=UTC).astimezone(zone)
        raise LocalTimeError(
            f"{what}: {naive:%H:%M} does not exist on {day.isoformat()} in {zone.key} "
            "(the clocks jump forward); move the item or give a UTC offset",
            item=what,
            local=f"{naive:%Y-%m-%d %H:%M} {zone.key}",
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
            local=f"{naive:%Y-%m-%d %H:%M} {zone.key}",
            zone=zone.key,
        )
    if offset is not None and early.utcoffset() != offset:
        raise LocalTimeError(
            f"{what}: {naive:%H:%M} on {day.isoformat()} in {zone.key} is "
            f"UTC{_offset(early)}, not the stated UTC{format_offset(offset)}",
            item=what,
            local=f"{naive:%Y-%m-%d %H:%M} {zone.key}",
            zone=zone.key,
        )
    return early


#: :func:`localize` without the argument check, for the page reader's own calls: it
#: localizes two times per row with arguments it made itself, and the check was about
#: half of each call (issue 13).
localize_unchecked = unchecked(localize)


def _offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    return format_offset(offset)


@checked
def zone_label(moment: dt.datetime) -> str:
    """``JST`` or ``UTC+09:00``: the abbreviation when tzdata has a real one, else the offset.

    tzdata writes "+09" where a zone has no abbreviation in use; a reader
    should see an offset named as one.
    """
    name = moment.tzname() or ""
    if name and name[0] not in "+-":
        return name
    offset = moment.utcoffset()
    assert offset is not None
    return f"UTC{format_offset(offset)}"


@checked
def format_offset(offset: dt.timedelta) -> str:
    """``+05:30``, ``-04:00``: an offset as ISO 8601 and the messages write it."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"
