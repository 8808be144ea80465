"""Zone names as pages write them: abbreviations, words and their IANA zones.

"EST", "US Eastern Time", "AoE": the table of names a page may state
(:data:`ZONE_NAMES`), the names that mean several zones and are refused
(:data:`AMBIGUOUS`), and :func:`resolve_zone`, which turns any of them, an
IANA name or a whole-hour UTC offset into a :class:`~fastpath_ical.zones.StatedZone`.
Re-exported by :mod:`fastpath_ical.zones`; the instants themselves are that
module's job.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from ._arguments import checked
from ._zone_core import StatedZone, fixed_offset_zone, is_portable_zone, zone_database_names
from .errors import ZoneError

__all__ = [
    "AMBIGUOUS",
    "AMBIGUOUS_ZONES",
    "ZONE_NAMES",
    "abbreviation_offset",
    "resolve_ambiguous",
    "resolve_zone",
]


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
    # The German names of the same two clocks, checked as the names the zone keeps.
    add("Europe/Berlin", "MEZ", "Mitteleuropäische Zeit", abbreviation="CET")
    add("Europe/Berlin", "MESZ", "Mitteleuropäische Sommerzeit", abbreviation="CEST")
    add("Europe/London", "BST", "British Summer Time", abbreviation="BST")
    add("Europe/London", "UK Time", "UK")
    add("Europe/Lisbon", "WET", abbreviation="WET")
    add("Europe/Lisbon", "WEST", abbreviation="WEST")
    add("Europe/Helsinki", "EET", abbreviation="EET")
    add("Europe/Helsinki", "EEST", abbreviation="EEST")
    # "Eastern European Standard Time (Tallinn Time)": Europe's, never the US "Eastern".
    add(
        "Europe/Helsinki",
        "Eastern European Time",
        "Eastern European Standard Time",
        abbreviation="EET",
    )
    add("Europe/Helsinki", "Eastern European Summer Time", abbreviation="EEST")
    add(
        "Europe/Lisbon",
        "Western European Time",
        "Western European Standard Time",
        abbreviation="WET",
    )
    add("Europe/Lisbon", "Western European Summer Time", abbreviation="WEST")
    add("Europe/Berlin", "Central European Standard Time", abbreviation="CET")
    add("Asia/Tokyo", "JST", abbreviation="JST")
    add("Asia/Seoul", "KST", abbreviation="KST")
    add("Asia/Kolkata", "India Standard Time", "Indian Standard Time", abbreviation="IST")
    add("America/Anchorage", "AKDT", abbreviation="AKDT")
    add("America/Anchorage", "AKST", abbreviation="AKST")
    add("Pacific/Honolulu", "HST", "Hawaii Time", abbreviation="HST")
    add("America/Halifax", "ADT", "Atlantic Daylight Time", abbreviation="ADT")
    add("America/St_Johns", "NDT", abbreviation="NDT")
    add("America/St_Johns", "NST", abbreviation="NST")
    add("America/Sao_Paulo", "BRT", "Brasilia Time", abbreviation="-03")
    # Australia's clocks by their names: "Australian Eastern Standard Time" had been read
    # as the US "Eastern Standard Time" in it, fourteen to sixteen hours off.
    add(
        "Australia/Sydney",
        "AEST",
        "Australian Eastern Standard Time",
        "AUS Eastern Standard Time",
        abbreviation="AEST",
    )
    add("Australia/Sydney", "AEDT", "Australian Eastern Daylight Time", abbreviation="AEDT")
    add("Australia/Sydney", "Australian Eastern Time")
    add("Australia/Perth", "AWST", "Australian Western Standard Time", abbreviation="AWST")
    add("Australia/Perth", "Australian Western Time")
    add("Pacific/Auckland", "NZST", abbreviation="NZST")
    add("Pacific/Auckland", "NZDT", abbreviation="NZDT")
    add("Asia/Singapore", "SGT", abbreviation="+08")
    add("Asia/Hong_Kong", "HKT", abbreviation="HKT")
    add("Europe/Moscow", "MSK", abbreviation="MSK")
    add("Africa/Johannesburg", "SAST", "South Africa Standard Time", abbreviation="SAST")
    add("Africa/Nairobi", "EAT", "East Africa Time", abbreviation="EAT")
    add("Africa/Maputo", "CAT", "Central Africa Time", abbreviation="CAT")
    add("Africa/Lagos", "WAT", "West Africa Time", abbreviation="WAT")
    add("Australia/Adelaide", "ACST", "Australian Central Standard Time", abbreviation="ACST")
    add("Australia/Adelaide", "ACDT", "Australian Central Daylight Time", abbreviation="ACDT")
    add("Australia/Adelaide", "Australian Central Time")
    add("Asia/Jakarta", "WIB", abbreviation="WIB")
    add("Asia/Karachi", "PKT", "Pakistan Standard Time", abbreviation="PKT")
    add("Asia/Bangkok", "ICT", "Indochina Time", abbreviation="+07")
    add("Asia/Jerusalem", "IDT", "Israel Daylight Time", abbreviation="IDT")
    add("America/Argentina/Buenos_Aires", "ART", "Argentina Time", abbreviation="-03")
    add("Europe/Dublin", "Irish Standard Time")
    add("Europe/Berlin", "Central European Time (CET)", "Central Europe", "Central European")
    # "GMT Standard Time" is Windows' name for London's clock; "Greenwich Mean Time" is
    # GMT, the same all year as "GMT" (a page meaning London's summer time says BST).
    add("Europe/London", "GMT Standard Time", "UK time", "London time")
    add(
        "UTC",
        "UTC",
        "GMT",
        "Z",
        "UTC/GMT",
        "GMT/UTC",
        "Coordinated Universal Time",
        "Greenwich Mean Time",
    )
    add("Etc/GMT+12", "AoE", "Anywhere on Earth")
    return table


#: Names that mean several zones: :func:`resolve_zone` asks for an IANA
#: name instead of guessing.
AMBIGUOUS = {
    "IST": "India, Ireland or Israel",
    "CST": "US Central, China or Cuba",
    "AST": "Atlantic or Arabia",
    "BT": "several zones",
    "SST": "Samoa or Singapore",
    "ECT": "Ecuador or Eastern Caribbean",
    "GST": "Gulf or South Georgia",
}

#: The zones each ambiguous name may mean, most common first: the error names
#: them, and an offset written beside the name ("IST (UTC+05:30)") picks one.
AMBIGUOUS_ZONES = {
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "CST": ("America/Chicago", "Asia/Shanghai", "America/Havana"),
    "AST": ("America/Halifax", "Asia/Riyadh"),
    "BT": ("Asia/Baghdad", "Asia/Thimphu"),
    "SST": ("Pacific/Pago_Pago", "Asia/Singapore"),
    "ECT": ("America/Guayaquil", "America/Port_of_Spain"),
    "GST": ("Asia/Dubai", "Atlantic/South_Georgia"),
}


def _such_as(zones: tuple[str, ...]) -> str:
    return ", ".join(zones[:-1]) + f" or {zones[-1]}" if len(zones) > 1 else zones[0]


@checked
def resolve_ambiguous(name: str, offset: dt.timedelta, day: dt.date | None) -> StatedZone | None:
    """The one zone an ambiguous name ("IST") means when an offset is written beside it.

    "IST (UTC+05:30)" is India: of India, Ireland and Israel only Asia/Kolkata
    keeps +05:30 on the program day.  ``None`` unless exactly one candidate has
    the offset then (without a day: in January or in July).
    """
    key = _key(name)
    days = [day] if day is not None else [dt.date(2020, 1, 15), dt.date(2020, 7, 15)]
    found = []
    for iana in AMBIGUOUS_ZONES.get(key, ()):
        zone = ZoneInfo(iana)
        if any(
            dt.datetime.combine(d, dt.time(12), tzinfo=zone).utcoffset() == offset for d in days
        ):
            found.append(iana)
    if len(found) != 1:
        return None
    return StatedZone(found[0], key)


def _key(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name).strip().upper()


#: Zone names a page may state, by normalised key (upper case, single spaces).
ZONE_NAMES: dict[str, StatedZone] = _table()


@checked
def resolve_zone(name: str) -> StatedZone:
    """Resolve a zone as a page states it: an IANA name, an abbreviation in the table,
    or a whole-hour UTC offset."""
    cleaned = name.strip()
    if "/" in cleaned and cleaned in zone_database_names() and is_portable_zone(cleaned):
        return StatedZone(cleaned)
    key = _key(cleaned)
    if key in AMBIGUOUS:
        raise ZoneError(
            f"time zone {cleaned!r} is ambiguous ({AMBIGUOUS[key]}); "
            f"give an IANA name such as {_such_as(AMBIGUOUS_ZONES[key])}",
            text=cleaned,
        )
    if key in ZONE_NAMES:
        return ZONE_NAMES[key]
    fixed = fixed_offset_zone(cleaned)
    if fixed is not None:
        return fixed
    if not is_portable_zone(cleaned):
        raise ZoneError(
            f"unknown time zone {cleaned!r}; give an IANA name such as Europe/Zurich",
            text=cleaned,
        )
    return StatedZone(cleaned)


@checked
def abbreviation_offset(
    day: dt.date, time: dt.time, zone: ZoneInfo, abbreviation: str
) -> dt.timedelta | None:
    """The UTC offset ``zone`` has at that wall-clock time when it goes by ``abbreviation``.

    zoneinfo knows which abbreviation each reading of a wall-clock time
    carries (EDT before the clocks go back, EST after), so "1:30 EST" picks
    the second 1:30 without any offset written by hand.  A fixed offset
    (``Etc/GMT+7``) goes by an abbreviation whose own zone keeps that offset
    then ("PDT" in June).  ``None`` when neither reading carries that abbreviation.
    """
    naive = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0))
    wanted = abbreviation.strip().upper()
    for fold in (0, 1):
        moment = naive.replace(tzinfo=zone, fold=fold)
        if (moment.tzname() or "").upper() == wanted:
            return moment.utcoffset()
    stated = ZONE_NAMES.get(_key(abbreviation))
    if stated is not None and stated.abbreviation and stated.abbreviation != abbreviation:
        return abbreviation_offset(day, time, zone, stated.abbreviation)
    if stated is not None and zone.key.startswith("Etc/"):
        # "All times are UTC -7 (Pacific Daylight Time)", then "11:30 - 2:00 PM PDT": a
        # fixed offset has no abbreviation of its own; one whose clocks keep that offset
        # then says the same time.
        own = naive.replace(tzinfo=ZoneInfo(stated.iana)).utcoffset()
        if own is not None and own == naive.replace(tzinfo=zone).utcoffset():
            return own
    return None
