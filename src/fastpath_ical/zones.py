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
    "AMBIGUOUS",
    "AMBIGUOUS_ZONES",
    "PLACES",
    "ZONE_NAMES",
    "StatedZone",
    "abbreviation_offset",
    "fixed_offset_zone",
    "format_offset",
    "is_portable_zone",
    "is_repeated",
    "load_zone",
    "localize",
    "resolve_ambiguous",
    "resolve_zone",
    "zone_label",
    "zone_of_place",
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
    add("America/Anchorage", "AKDT", abbreviation="AKDT")
    add("America/Anchorage", "AKST", abbreviation="AKST")
    add("Pacific/Honolulu", "HST", "Hawaii Time", abbreviation="HST")
    add("America/Halifax", "ADT", "Atlantic Daylight Time", abbreviation="ADT")
    add("America/St_Johns", "NDT", abbreviation="NDT")
    add("America/St_Johns", "NST", abbreviation="NST")
    add("America/Sao_Paulo", "BRT", "Brasilia Time", abbreviation="-03")
    add("Australia/Sydney", "AEST", abbreviation="AEST")
    add("Australia/Sydney", "AEDT", abbreviation="AEDT")
    add("Australia/Perth", "AWST", abbreviation="AWST")
    add("Pacific/Auckland", "NZST", abbreviation="NZST")
    add("Pacific/Auckland", "NZDT", abbreviation="NZDT")
    add("Asia/Singapore", "SGT", abbreviation="+08")
    add("Asia/Hong_Kong", "HKT", abbreviation="HKT")
    add("Europe/Moscow", "MSK", abbreviation="MSK")
    add("Europe/Dublin", "Irish Standard Time")
    add("Europe/Berlin", "Central European Time (CET)", "Central Europe", "Central European")
    add("Europe/London", "Greenwich Mean Time", "UK time", "London time")
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


#: Names zoneinfo can load that are not portable IANA TZIDs: a calendar
#: application elsewhere would not know them (``localtime`` is this machine's
#: zone, ``posix/`` and ``right/`` are copies with other leap-second rules,
#: ``Factory`` is a placeholder).
_NOT_PORTABLE = re.compile(r"^(?:localtime|factory|posixrules|(?:posix|right)(?:/.*)?)$", re.I)

_FIXED_OFFSET = re.compile(
    r"(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?", re.I
)


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


def is_repeated(local: dt.datetime) -> bool:
    """Whether the clocks show ``local``'s wall-clock time twice that day (they go back)."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


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


def fixed_offset_zone(text: str) -> StatedZone | None:
    """The IANA fixed zone a written UTC offset means ("UTC-7", "GMT+2", "UTC−07:00").

    A page that states an offset means a zone that never changes it, which is
    what the ``Etc/GMT`` zones are; their sign is inverted by POSIX convention,
    so UTC-7 is ``Etc/GMT+7``.  An offset with minutes (UTC+5:30) has no such
    zone: that is an error asking for the IANA name of the place.  ``None``
    when ``text`` is not an offset.
    """
    match = _FIXED_OFFSET.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    west = match.group("sign") in "-−"
    if minutes or hours > (12 if west else 14):
        what = "has minutes" if minutes else "is beyond the offsets any zone uses"
        raise ZoneError(
            f"time zone {text.strip()!r} {what}, so no fixed IANA zone matches it; "
            "give an IANA name such as Asia/Kolkata",
            text=text.strip(),
        )
    if hours == 0:
        return StatedZone("UTC")
    return StatedZone(f"Etc/GMT{'+' if west else '-'}{hours}")


def resolve_zone(name: str) -> StatedZone:
    """Resolve a zone as a page states it: an IANA name, an abbreviation in the table,
    or a whole-hour UTC offset."""
    cleaned = name.strip()
    if "/" in cleaned and cleaned in available_timezones() and is_portable_zone(cleaned):
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
    label = f"{naive:%Y-%m-%d %H:%M} {zone.key}"
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        if offset is not None and offset in (early.utcoffset(), late.utcoffset()):
            # The page names the instant ("02:30 -05:00", the clock not yet moved on).
            return (naive - offset).replace(tzinfo=UTC).astimezone(zone)
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
            f"UTC{_offset(early)}, not the stated UTC{format_offset(offset)}",
            item=what,
            local=label,
            zone=zone.key,
        )
    return early


def _offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    return format_offset(offset)


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


def format_offset(offset: dt.timedelta) -> str:
    """``+05:30``, ``-04:00``: an offset as ISO 8601 and the messages write it."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def abbreviation_offset(
    day: dt.date, time: dt.time, zone: ZoneInfo, abbreviation: str
) -> dt.timedelta | None:
    """The UTC offset ``zone`` has at that wall-clock time when it goes by ``abbreviation``.

    zoneinfo knows which abbreviation each reading of a wall-clock time
    carries (EDT before the clocks go back, EST after), so "1:30 EST" picks
    the second 1:30 without any offset written by hand.  ``None`` when neither
    reading carries that abbreviation.
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
    return None


#: The areas of the zone database whose last part names a city or an island.
_PLACE_AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


def _links() -> dict[str, str]:
    """Link name to target in the zone database ("Asia/Istanbul" to "Europe/Istanbul"), read
    from the tzdata package's ``tzdata.zi`` (or the system's); empty if neither is there."""
    text = ""
    try:
        from importlib.resources import files

        text = files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        try:
            with open("/usr/share/zoneinfo/tzdata.zi", encoding="utf-8") as handle:
                text = handle.read()
        except OSError:
            return {}
    links: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "L":
            links[parts[2]] = parts[1]
    return links


def _iana_cities() -> dict[str, set[str]]:
    """Every city of the zone database (the last part of a name, "_" as a space), with its
    zones: a city written as a link and as a zone ("Asia/Istanbul", "Europe/Istanbul")
    is the zone; a link alone ("Europe/Oslo") keeps its own name."""
    links = _links()
    cities: dict[str, set[str]] = {}
    for name in available_timezones():
        area, _, city = name.partition("/")
        if area not in _PLACE_AREAS or not city:
            continue
        cities.setdefault(name.rpartition("/")[2].replace("_", " ").upper(), set()).add(name)
    for city, names in cities.items():
        zones = {name for name in names if name not in links}
        if (
            len(names) > 1
            and len(zones) == 1
            and all(links.get(name, name) in zones for name in names)
        ):
            cities[city] = zones
    return cities


def _places() -> dict[str, str]:
    """Upper-cased place name to its one zone: the hand-written table first (``Davis`` is
    in California, not Antarctica), then every city of the zone database."""
    places: dict[str, set[str]] = {}
    for zone, names in _PLACE_ZONES.items():
        for place in names:
            places.setdefault(place.upper(), set()).add(zone)
    for city, zones in _iana_cities().items():
        places.setdefault(city, zones)
    for place in _AMBIGUOUS_PLACES:
        places[place.upper()] = {"?", "??"}
    return {place: next(iter(zones)) for place, zones in places.items() if len(zones) == 1}


#: Cities, US states and countries with one zone, for pages that state a place but no zone.
#: A place with several zones (Portland, Cambridge, USA) is left out on purpose.
_PLACE_ZONES: dict[str, tuple[str, ...]] = {
    "America/New_York": (
        "Raleigh",
        "Durham",
        "Chapel Hill",
        "Boston",
        "Washington DC",
        "Washington, DC",
        "DC",
        "Pittsburgh",
        "Philadelphia",
        "Baltimore",
        "Atlanta",
        "Miami",
        "Orlando",
        "Tampa",
        "Charlotte",
        "Providence",
        "Ithaca",
        "Princeton",
        "Newark",
        "Ann Arbor",
        "Columbus",
        "Cleveland",
        "New Haven",
        "Yorktown Heights",
        "Amherst",
        "Rochester, NY",
        "NY",
        "NJ",
        "NC",
        "SC",
        "GA",
        "VA",
        "WV",
        "MD",
        "DE",
        "PA",
        "CT",
        "RI",
        "MA",
        "VT",
        "NH",
        "ME",
        "OH",
        "New York",
        "New Jersey",
        "North Carolina",
        "South Carolina",
        "Georgia",
        "Virginia",
        "West Virginia",
        "Maryland",
        "Delaware",
        "Pennsylvania",
        "Connecticut",
        "Rhode Island",
        "Massachusetts",
        "Vermont",
        "New Hampshire",
        "Maine",
        "Ohio",
    ),
    "America/Chicago": (
        "Houston",
        "Dallas",
        "Austin",
        "San Antonio",
        "Minneapolis",
        "Saint Paul",
        "St. Paul",
        "Madison",
        "Milwaukee",
        "New Orleans",
        "Nashville",
        "Memphis",
        "St. Louis",
        "Saint Louis",
        "Kansas City",
        "Urbana",
        "Champaign",
        "Evanston",
        "Iowa City",
        "IL",
        "WI",
        "MN",
        "IA",
        "MO",
        "AR",
        "LA",
        "MS",
        "AL",
        "OK",
        "Illinois",
        "Wisconsin",
        "Minnesota",
        "Iowa",
        "Missouri",
        "Arkansas",
        "Louisiana",
        "Mississippi",
        "Alabama",
        "Oklahoma",
    ),
    "America/Denver": (
        "Boulder",
        "Salt Lake City",
        "Albuquerque",
        "Colorado",
        "Utah",
        "CO",
        "UT",
        "NM",
        "WY",
        "MT",
        "Montana",
        "Wyoming",
        "New Mexico",
    ),
    "America/Phoenix": ("Tucson", "Arizona", "AZ", "Tempe", "Scottsdale"),
    "America/Los_Angeles": (
        "San Francisco",
        "San Jose",
        "San Diego",
        "Santa Clara",
        "Palo Alto",
        "Stanford",
        "Berkeley",
        "Mountain View",
        "Sunnyvale",
        "Menlo Park",
        "Seattle",
        "Redmond",
        "Bellevue",
        "Las Vegas",
        "Irvine",
        "Santa Barbara",
        "Sacramento",
        "Davis",
        "California",
        "Washington State",
        "Nevada",
        "CA",
        "WA",
        "NV",
        "Portland, OR",
        "Oregon",
        "OR",
    ),
    "Pacific/Honolulu": ("Hawaii", "HI", "Waikiki"),
    "Europe/London": (
        "UK",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Edinburgh",
        "Glasgow",
        "Manchester",
        "Oxford",
        "Cambridge, UK",
        "Cardiff",
        "Bristol",
    ),
    "Europe/Dublin": ("Ireland",),
    "Europe/Berlin": (
        "Germany",
        "Munich",
        "München",
        "Hamburg",
        "Frankfurt",
        "Cologne",
        "Köln",
        "Stuttgart",
        "Dresden",
        "Darmstadt",
        "Karlsruhe",
        "Saarbrücken",
        "Saarbrucken",
        "Aachen",
        "Heidelberg",
        "Potsdam",
        "Bonn",
    ),
    "Europe/Zurich": (
        "Switzerland",
        "Lausanne",
        "Geneva",
        "Genève",
        "Bern",
        "Basel",
        "Lugano",
        "Zürich",
        "ETH Zurich",
        "EPFL",
    ),
    "Europe/Paris": (
        "France",
        "Lyon",
        "Grenoble",
        "Nice",
        "Toulouse",
        "Sophia Antipolis",
        "Marseille",
        "Rennes",
        "Bordeaux",
    ),
    "Europe/Rome": (
        "Italy",
        "Milan",
        "Milano",
        "Florence",
        "Firenze",
        "Turin",
        "Torino",
        "Pisa",
        "Naples",
        "Venice",
        "Bologna",
    ),
    "Europe/Madrid": ("Spain", "Barcelona", "Valencia", "Seville", "Sevilla", "Granada"),
    "Europe/Amsterdam": (
        "Netherlands",
        "The Netherlands",
        "Delft",
        "Eindhoven",
        "Utrecht",
        "Rotterdam",
        "Leiden",
    ),
    "Europe/Brussels": ("Belgium", "Leuven", "Ghent", "Gent"),
    "Europe/Vienna": ("Austria", "Graz", "Innsbruck", "Wien"),
    "Europe/Stockholm": ("Sweden", "Gothenburg", "Göteborg", "Lund"),
    "Europe/Copenhagen": ("Denmark", "Aarhus"),
    "Europe/Oslo": ("Norway", "Trondheim"),
    "Europe/Helsinki": ("Finland", "Espoo"),
    "Europe/Warsaw": ("Poland", "Kraków", "Krakow", "Wrocław", "Wroclaw", "Poznań", "Gdańsk"),
    "Europe/Prague": ("Czech Republic", "Czechia", "Brno"),
    "Europe/Lisbon": ("Portugal", "Porto"),
    "Europe/Athens": ("Greece", "Thessaloniki"),
    "Europe/Budapest": ("Hungary",),
    "Asia/Tokyo": ("Japan", "Kyoto", "Osaka"),
    "Asia/Seoul": ("Korea", "South Korea", "Daejeon", "Busan"),
    "Asia/Shanghai": ("China", "Beijing", "Shenzhen", "Hangzhou", "Nanjing"),
    "Asia/Singapore": ("Singapore",),
    "Asia/Kolkata": (
        "India",
        "Bangalore",
        "Bengaluru",
        "Mumbai",
        "Delhi",
        "New Delhi",
        "Chennai",
        "Hyderabad",
    ),
    "Asia/Jerusalem": ("Israel", "Haifa", "Tel Aviv"),
    "America/Vancouver": ("Vancouver, BC", "British Columbia", "BC"),
    "America/Toronto": ("Toronto", "Montreal", "Montréal", "Ottawa", "Quebec", "Québec"),
    "Pacific/Auckland": ("New Zealand", "Wellington"),
}

#: Places that name more than one zone, so that a page naming only them is asked for ``--tz``.
_AMBIGUOUS_PLACES = (
    "Portland",
    "Cambridge",
    "Rochester",
    "Birmingham",
    "Columbia",
    "Springfield",
    "USA",
    "US",
    "United States",
    "Canada",
    "Australia",
    "Brazil",
    "Mexico",
    "Russia",
    "Virtual",
    "Online",
)

#: Upper-cased place name to IANA zone; see :func:`zone_of_place`.
PLACES: dict[str, str] = _places()


def zone_of_place(place: str) -> str | None:
    """The one IANA zone a place names ("Raleigh, NC", "-- Chicago", "Lausanne, Switzerland").

    The whole text is tried first, then each comma-separated part; the place
    names a zone only when every part that names one names the same zone.
    ``None`` when nothing (or more than one zone) is named.
    """
    cleaned = re.sub(r"\s+", " ", place.strip(" -–—.,()*")).upper()
    if not cleaned:
        return None
    if cleaned in PLACES:
        return PLACES[cleaned]
    found: set[str] = set()
    for part in re.split(r"[,;/()]|\s[-–—]\s", cleaned):
        key = part.strip(" .")
        if key in PLACES:
            found.add(PLACES[key])
    return found.pop() if len(found) == 1 else None
