"""Zone names in a page's text: IANA names, abbreviations, offsets, places' times.

"All times US EDT", "Europe/Zurich", "UTC-7", "IST (UTC+05:30)", "CET/CEST",
"New York time", "local time (Vancouver)": each is found with where it
stands, resolved to one IANA zone by ``zones``, or kept as the error that
says why it cannot be (an ambiguous or unknown name), so that the page can
be told exactly which name to replace.  Whether a name states the zone of
the program's times is ``_zone_statements``'s question.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from .._patterns import LazyPattern, lazy_compile
from ..errors import ZoneError
from ..zones import (
    AMBIGUOUS,
    ZONE_NAMES,
    StatedZone,
    resolve_ambiguous,
    resolve_zone,
    zone_of_place,
)
from ._clock import parse_offset, zone_written_here

__all__ = [
    "PLACE_AFTER_OFFSET",
    "ZONE_TOKEN",
    "a_regions_zone",
    "is_a_place",
    "is_aoe",
    "noon_offset",
    "offset_beside",
    "place_time",
    "standard_offset",
    "the_places_own",
    "venue_with_town",
    "zone_candidates",
    "zone_in_place",
    "zone_of_place_or_town",
]


def _zone_token_pattern() -> LazyPattern:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    # "Western European Time-series groups": a word joined on by a hyphen is no zone's.
    return lazy_compile(r"(?<![\w/])(?:" + alternatives + r")(?![\w/]|-\w)", re.IGNORECASE)


ZONE_TOKEN = _zone_token_pattern()


_OFFSET_TOKEN = lazy_compile(
    r"(?<![\w/])(?:UTC|GMT|Greenwich\s+Mean\s+Time)(?:\s*/\s*(?:UTC|GMT))?\s*[+\-−]\s*"
    r"\d{1,2}(?::?\d{2})?(?![\d:])",
    re.IGNORECASE,
)
#: "Greenwich Mean Time+2": GMT's name written out before an offset.
_GMT_WRITTEN_OUT = lazy_compile(r"Greenwich\s+Mean\s+Time", re.IGNORECASE)

#: "UTC/GMT-4": the two names of one offset.
_BOTH_NAMES = lazy_compile(r"(?:UTC|GMT)\s*/\s*(?=(?:UTC|GMT))", re.IGNORECASE)


_SHORT_TOKEN = lazy_compile(r"^[A-Za-z]{1,5}$")
#: "Z" as a zone: right after a time ("14:30 Z") or alone in brackets ("(Z)").
_ZULU = lazy_compile(r"(?:\d{1,2}[:.]?\d{2}\s?|\(\s*)Z$")


#: Words that name a US zone alone ("Eastern", "Pacific") and begin other regions' names.
_REGION_WORDS = frozenset({"eastern", "western", "central", "pacific", "mountain", "atlantic"})
#: A capitalised word after such a word that makes it another region ("Eastern Africa"),
#: or a region's code in capitals ("Pacific SA Standard Time", Windows' name for Chile's).
_ANOTHER_REGION = lazy_compile(
    r"\s+(?!(?:Time|Standard|Daylight|Summer|Zone|US|USA|ET|PT|CT|MT)\b)"
    r"(?:[A-Z][a-z]+|[A-Z]{2,3}\b)"
)
#: A word in small letters after a region's word in small letters: the noun it describes
#: ("eastern suburbs"), unless it says the clock ("eastern time", "pacific standard").
_A_NOUN_AFTER = lazy_compile(r"\s+(?!(?:time|standard|daylight|summer|zone)\b)[a-z]")
#: "the", "a", "its" right before it: the word describes a noun ("All times are pacific
#: unless noted" is a zone).
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|a|an|its|their|our|this|that)\s+$", re.IGNORECASE)
#: The same before it: "Canada Central Standard Time", "SA Pacific Standard Time",
#: "Central Pacific Standard Time" (Windows' names of Regina's, Bogotá's and
#: Guadalcanal's clocks), "Australian Eastern Time": the words of regions that name their
#: own clocks so, never the other words of a sentence ("9 AM Pacific Time", "ALL TIMES
#: ARE EASTERN TIME", "New York Eastern Time").
_REGION_BEFORE = lazy_compile(
    r"(?<![\w/])(?:Australian|Australia|AUS|Canada|Canadian|SA|Central|Pacific|Brazilian|"
    r"Brasilia|Mexican|Mexico|Cen|E|W|Atlantic|Alaskan|Greenland|Kazakhstan|Mongolia|Russia|"
    r"Russian|Yukon)\.?\s+$"
)


def zone_candidates(
    text: str, day: dt.date | None = None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """Zone names in ``text`` with their offsets: IANA names and names in the table.

    A short name must be written in capitals ("CET", not "cet" inside a word
    such as "et al."), and an ambiguous one is kept as its error, so the page
    can be told exactly which name to replace, unless an offset written right
    after it ("IST (UTC+05:30)") leaves only one of its zones on ``day``.
    """
    found: list[tuple[int, str, StatedZone | ZoneError]] = []
    for match in _OFFSET_TOKEN.finditer(text):
        # "UTC-7" is a zone of its own, not "UTC" followed by a stray number.
        try:
            stated = resolve_zone(_GMT_WRITTEN_OUT.sub("GMT", _BOTH_NAMES.sub("", match.group(0))))
            found.append((match.start(), match.group(0), stated))
        except ZoneError as exc:
            found.append((match.start(), match.group(0), exc))
    for match in re.finditer(
        r"\b(?!(?:UTC|GMT)/)[A-Z][A-Za-z_]+/[A-Za-z0-9_+-]+(?:/[A-Za-z_]+)?", text
    ):
        try:
            found.append((match.start(), match.group(0), resolve_zone(match.group(0))))
        except ZoneError:
            two = _two_zones(match.group(0))
            if two is not None:
                found.append((match.start(), match.group(0), two))
    for match in ZONE_TOKEN.finditer(text):
        name = match.group(0)
        if _SHORT_TOKEN.match(name) and not name.isupper() and name.lower() not in ("aoe",):
            continue
        if name == "Z" and not _ZULU.search(text, 0, match.end()):
            # "An exclusion process on Z": a letter; UTC only by a time or in brackets.
            continue
        if not zone_written_here(text, match.start(), match.end()):
            # "the ICT Building", "CAT scan reading", "11:00 ART session": words, not zones.
            continue
        if (
            name.islower()
            and name in _REGION_WORDS
            and _A_NOUN_AFTER.match(text, match.end())
            and _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            # "in the eastern suburbs of Portland", "the central campus": a word of a
            # sentence, no zone ("9am eastern" and "eastern time" still are).
            continue
        if name.lower().split()[-1] in _REGION_WORDS and _ANOTHER_REGION.match(text, match.end()):
            # "Eastern Africa Time", "Eastern Caribbean Time", "Central Asia": another
            # region's clock, never the US one the word alone names.
            continue
        if name.lower().split()[0] in _REGION_WORDS and _REGION_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "Canada Central Standard Time": another region's clock
        try:
            zone: StatedZone | ZoneError = resolve_zone(name)
        except ZoneError as exc:
            zone = exc
        beside = _PLACE_BESIDE.match(text, match.end())
        if beside is not None and isinstance(zone, StatedZone):
            # "Mountain Standard Time (Arizona)", "Central Time (Saskatchewan)": a place
            # that keeps another clock than the name's is an error, never a choice.
            disagree = _place_disagrees(name, zone, beside["place"], day)
            if disagree is not None:
                found.append((match.start(), text[match.start() : beside.end()], disagree))
                continue
        found.append((match.start(), name, zone))
    found.sort(key=lambda entry: (entry[0], -len(entry[1])))
    kept: list[tuple[int, str, StatedZone | ZoneError]] = []
    end = -1
    for start, name, zone in found:
        if start >= end:
            kept.append((start, name, zone))
            end = start + len(name)
    return _settle_ambiguous(_outlook_labels(kept, text), text, day)


#: "(UTC-05:00) Eastern Time (US & Canada)", "(UTC+02:00) Athens, Bucharest": how Outlook
#: and Windows label a zone, by its standard offset whatever the day.
_OUTLOOK_LABEL = lazy_compile(r"\((?:UTC|GMT)[+\-−]\d{2}:\d{2}\)\s+(?=[A-Z])")


#: The first place of an Outlook label's list: "Beijing" of "Beijing, Chongqing, ...".
_FIRST_PLACE = lazy_compile(r"(?P<place>[A-Z][^\W\d_]*(?:[ .'-][A-Z][^\W\d_]*){0,2})")


def standard_offset(zone: StatedZone) -> dt.timedelta | None:
    """A zone's standard offset: the lesser of January's and July's."""
    offsets = [noon_offset(zone, dt.date(2020, month, 15)) for month in (1, 7)]
    known = [offset for offset in offsets if offset is not None]
    return min(known) if known else None


def _outlook_labels(
    found: list[tuple[int, str, StatedZone | ZoneError]], text: str
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """Outlook's label of a zone is its name, not its offset: the offset is the zone's
    standard one, which is not its clock in summer.  With a zone's name after it whose
    standard offset it is, the name is read; with places after it ("Athens, Bucharest"),
    the first place's zone when that is its standard offset; else an error, since the
    offset alone would be an hour off half the year in a zone that keeps summer time."""
    out: list[tuple[int, str, StatedZone | ZoneError]] = []
    for index, (start, name, zone) in enumerate(found):
        label = _OUTLOOK_LABEL.match(text, max(0, start - 1))
        if label is None or isinstance(zone, ZoneError) or label.start() != start - 1:
            out.append((start, name, zone))
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        written = noon_offset(zone, dt.date(2020, 1, 15))
        if (
            after is not None
            and after[0] == label.end()
            and isinstance(after[2], StatedZone)
            and standard_offset(after[2]) == written
        ):
            continue  # the name after it says the zone
        # "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi": the first place after it.
        place = _FIRST_PLACE.match(text, label.end())
        iana = zone_of_place(place["place"]) if place is not None else None
        if place is not None and iana is not None and standard_offset(StatedZone(iana)) == written:
            out.append((start, text[start : place.end("place")], StatedZone(iana)))
            continue
        out.append(
            (
                start,
                name,
                ZoneError(
                    f"{text[label.start() : label.end()].strip()!r} is Outlook's label of a "
                    "zone, its standard offset, which is not its clock in summer: give the "
                    "zone's IANA name",
                    text=name,
                ),
            )
        )
    return out


#: A place in brackets right after a zone's name: "Mountain Time (Arizona)".
_PLACE_BESIDE = lazy_compile(r"\s*\(\s*(?P<place>[A-Z][^()]{2,40}?)\s*\)")


#: Regions Windows names beside a US zone's name for a clock of their own, which the
#: gazetteer of towns does not hold: "Central Standard Time (Mexico)".
_REGIONS_BESIDE = {
    ("", "saskatchewan"): "America/Regina",
    ("", "arizona"): "America/Phoenix",
    ("", "mexico"): "America/Mexico_City",
    ("eastern", "mexico"): "America/Cancun",
    ("mountain", "mexico"): "America/Mazatlan",
    ("mst", "mexico"): "America/Mazatlan",
    ("pacific", "mexico"): "America/Tijuana",
}


def _place_disagrees(
    name: str, named: StatedZone, place: str, day: dt.date | None
) -> ZoneError | None:
    """The error when ``place`` keeps another clock than ``named``, the zone ``name`` says,
    on ``day`` (in January or July without one); ``None`` when it keeps the same, or is no
    place."""
    region = place.lower()
    iana = zone_in_place(place) or _REGIONS_BESIDE.get(
        (name.lower().split()[0], region), _REGIONS_BESIDE.get(("", region))
    )
    if iana is None or iana == named.iana:
        return None
    days = [day] if day is not None else [dt.date(2020, 1, 15), dt.date(2020, 7, 15)]
    theirs = StatedZone(iana)
    if all(noon_offset(named, on) == noon_offset(theirs, on) for on in days):
        return None
    return ZoneError(
        f"{name!r} ({named.iana}) and {place!r} beside it ({iana}) keep different clocks; "
        f"the times can be read in one only: give the IANA zone ({iana}?)",
        text=name,
    )


def _settle_ambiguous(
    found: list[tuple[int, str, StatedZone | ZoneError]], text: str, day: dt.date | None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """ "IST (UTC+05:30)": an ambiguous name with its offset beside it is the one zone
    of its candidates that has that offset; the offset is part of the name then."""
    out: list[tuple[int, str, StatedZone | ZoneError]] = []
    index = 0
    while index < len(found):
        start, name, zone = found[index]
        if isinstance(zone, ZoneError) and index + 1 < len(found):
            after, offset_text, _ = found[index + 1]
            between = text[start + len(name) : after]
            offset = parse_offset(offset_text)
            if offset is not None and re.fullmatch(r"\s*[(\[,=/]?\s*", between):
                settled = resolve_ambiguous(name, offset, day)
                if settled is not None:
                    whole = text[start : after + len(offset_text)]
                    closing = text[after + len(offset_text) :]
                    if between.strip() in ("(", "[") and closing[:1] in (")", "]"):
                        whole += closing[0]
                    out.append((start, whole, settled))
                    index += 2
                    continue
        out.append((start, name, zone))
        index += 1
    return out


def _two_zones(text: str) -> StatedZone | ZoneError | None:
    """ "EDT/PDT": two zones for one column of times, which the reader cannot choose between;
    "EET/EEST", "CET/CEST": the winter and summer names of one zone, which is that zone."""
    names = [name.strip() for name in text.split("/")]
    if len(names) != 2 or not all(_key_in_table(name) for name in names):
        return None
    try:
        first, second = resolve_zone(names[0]), resolve_zone(names[1])
        if first.iana == second.iana:
            return StatedZone(first.iana)
    except ZoneError:
        pass
    return ZoneError(
        f"{text!r} names two time zones, {names[0]} and {names[1]}; the times can be read "
        "in one only: state it (e.g. 'All times US EDT') or give the timezone argument",
        text=text,
    )


def _key_in_table(name: str) -> bool:
    return _SHORT_TOKEN.match(name) is not None and bool(ZONE_TOKEN.fullmatch(name))


def is_a_place(text: str) -> bool:
    """Whether ``text`` names a place, not only a zone: "London, UK" does, "US EDT" does not.

    A zone name inside a place ("UK", "Eastern") leaves the rest of it a place.
    """
    rest = text
    for start, name, _ in reversed(zone_candidates(text)):
        rest = rest[:start] + rest[start + len(name) :]
    rest = re.sub(r"\b(?:all\s+)?times?\b|\bzone\b|\bus\b", "", rest, flags=re.IGNORECASE)
    return bool(re.search(r"[^\W\d_]{2,}", rest))


#: "GMT+1 (Vienna Time)", "UTC-5 (New York time)": a place's time in brackets after an offset.
PLACE_AFTER_OFFSET = lazy_compile(r"\s*[(\[]\s*(?P<place>[^()\[\]]+?)\s+(?i:time)\s*[)\]]")


def the_places_own(
    zone: StatedZone,
    text: str,
    day: dt.date | None,
    name: str | None = None,
    *,
    place: tuple[int, str, StatedZone] | None = None,
) -> StatedZone:
    """ "Athens time (EET/EEST)": the place's zone, when it keeps the clocks the names say.

    EET/EEST are Helsinki's names as much as Athens's; the page named Athens.  ``place``
    is the place the caller found instead ("Vienna, CEST").
    """
    found = place or place_time(text)
    if found is None or found[2].iana == zone.iana:
        return zone
    on = day or dt.date(2000, 1, 1)
    seasons = [on + dt.timedelta(days=offset) for offset in (0, 91, 182, 273)]
    if all(
        noon_offset(found[2], season) == noon_offset(StatedZone(zone.iana), season)
        for season in seasons
    ):
        return StatedZone(found[2].iana, zone.abbreviation)
    if name is not None and name in _names_kept(found[2], seasons):
        # "the Ireland timezone (GMT)": the place's clock, named as it is in winter; in May
        # that is a name the place does not keep that day, which is said where it is read.
        return StatedZone(found[2].iana, name)
    return zone


def _names_kept(zone: StatedZone, days: Sequence[dt.date]) -> set[str | None]:
    """The abbreviations ``zone`` keeps at noon on ``days`` ("GMT" and "IST" in Dublin)."""
    return {
        dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(zone.iana)).tzname() for day in days
    }


def is_aoe(name: str) -> bool:
    return re.sub(r"\s+", " ", name).strip().lower() in ("aoe", "anywhere on earth")


#: "local time (Vancouver)", "All times are local (Vancouver)", "local time in Vancouver",
#: "All times are local to Sydney".
_LOCAL_PLACE = lazy_compile(
    r"\blocal(?:\s+time)?\s*(?:\(\s*(?P<a>[^()]+?)\s*\)|(?:in|at|to)\s+(?P<b>[^.;()]+))",
    re.IGNORECASE,
    needs="local",
)


#: "New York time", "Vancouver Time": a place followed by the word time.
_PLACE_THEN_TIME = lazy_compile(r"(?P<p>(?:[^\W\d_][\w.'’-]*,?\s+){1,4})(?i:time(?:\s*zone)?)\b")


def zone_of_town(place: str) -> str | None:
    """:func:`fastpath_ical.zones.zone_of_town`, its module imported on the first town looked
    up: a page that states its zone or names a known place (the shipped page) never needs
    the towns' table nor its classes (issue 13)."""
    from ..zones import zone_of_town as of_town

    return of_town(place)


def zone_of_place_or_town(place: str) -> str | None:
    """The zone of a place in the gazetteer, else of a town of the world ("in Bergamo"),
    also of a town's centre ("in Central London")."""
    found = zone_of_place(place) or zone_of_town(place)
    if found is None and (centre := _CENTRE.fullmatch(place.strip())) is not None:
        return zone_of_place(centre["town"]) or zone_of_town(centre["town"])
    return found


#: A town's centre or its area, named by the town: "Central London", "Downtown Chicago",
#: "Greater Boston" (not a compass point: "West Lafayette" is a town of its own).
_CENTRE = lazy_compile(r"(?:central|downtown|greater|inner)\s+(?P<town>\S.*)", re.IGNORECASE)
_REGION_ZONES = frozenset({"Australia", "Canada", "US", "Brazil", "Mexico", "Chile"})


def a_regions_zone(zone: str, name: str) -> bool:
    """Whether ``zone`` is a state's or province's old name for its clocks, as the zone
    database keeps them ("Australia/Victoria", "Australia/North"), reached by that name:
    "Retreat in Victoria" may be in British Columbia, "North Campus" is no place."""
    region, _, last = zone.partition("/")
    return region in _REGION_ZONES and last.replace("_", " ") == name


_UNIVERSITY_OF = lazy_compile(
    r"(?:the\s+)?universit(?:y|é|à|at|ät)\s+(?:of|de|di|von)\s+(?P<town>(?-i:[A-Z])[^,()]*?)",
    re.IGNORECASE,
    needs="universit",
)
_CAMPUS = lazy_compile(
    r"(?:the\s+)?(?P<town>(?-i:[A-Z])[^,]*?)\s+campus", re.IGNORECASE, needs="campus"
)


#: "horario de Guatemala", "hora de Madrid", "heure de Paris", "ora di Roma": the time of
#: a place, as Spanish, Portuguese, French and Italian write it.
_TIME_OF_PLACE = lazy_compile(
    r"\b(?i:hora(?:rio)?|horário|heure|ora)\s+(?i:de|d['’]|di|do|da)\s*"
    r"(?P<p>[^\W\d_a-z][\w'’.-]*(?:\s+[^\W\d_a-z][\w'’.-]*){0,2})",
    needs="hora horário heure ora",
)


def place_time(text: str) -> tuple[int, str, StatedZone] | None:
    """ "all times are in New York time", "local time (Vancouver)": the zone of a place the
    page's times are said to be in, when the place names one zone."""
    for match in _LOCAL_PLACE.finditer(text):
        group = "a" if match.group("a") else "b"
        place = match.group(group).strip(" ,")
        iana = zone_of_place_or_town(place)
        if iana is not None:
            return match.start(group), match.group(0).strip(), StatedZone(iana)
    for match in _TIME_OF_PLACE.finditer(text):
        place = match.group("p").strip(" ,")
        iana = zone_of_place(place)
        if iana is not None:
            return match.start(), match.group(0).strip(), StatedZone(iana)
    for match in _PLACE_THEN_TIME.finditer(text):
        words = match.group("p").split()
        for first in range(len(words)):
            if not words[first][:1].isupper():
                continue
            place = " ".join(words[first:]).strip(" ,")
            iana = zone_of_place(place)
            if iana is not None and place.lower() not in ("local",):
                at = match.start("p") + match.group("p").find(words[first])
                return at, text[at : match.end()], StatedZone(iana)
    return None


def offset_beside(
    text: str, end: int, after: Sequence[tuple[int, str, StatedZone | ZoneError]]
) -> tuple[int, str, StatedZone] | None:
    """The UTC offset written right after a zone name, "(UTC-7)" in "Pacific Time (UTC-7)"."""
    if not after:
        return None
    start, name, zone = after[0]
    if isinstance(zone, ZoneError) or not re.fullmatch(r"\s*[(,/]?\s*", text[end:start]):
        return None
    if not re.match(r"(?:UTC|GMT)\s*[+\-−]", name, re.IGNORECASE):
        return None
    return start, name, zone


def noon_offset(zone: StatedZone, day: dt.date) -> dt.timedelta | None:
    return dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(zone.iana)).utcoffset()


#: "Paris Convention Center": a town, then the kind of hall a conference meets in.
_TOWN_VENUE = lazy_compile(
    r"(?:the\s+)?(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:International\s+)?"
    r"(?:Convention|Conference|Congress|Exhibition|Exposition|Expo)\s+(?:Center|Centre|Hall)",
    needs="Center Centre Hall",
)


#: "... Convention Centre WTC Rotterdam": a venue's name of three words or more, a hall's
#: or a hotel's word among them, then one or two capitalised words that may be its city.
_VENUE_TOWN = lazy_compile(
    r"(?:[^,]*\s)?(?:Hotel|Hall|Center|Centre|Congress|Kongress|Messe|Hilton|Hyatt|Marriott|"
    r"Sheraton|Westin|Regency|WTC|"
    # "Zentralbibliothek Zürich", "Kongresshalle Augsburg": a German compound of a hall's.
    r"[A-ZÄÖÜ]\w*(?:bibliothek|halle|saal|zentrum|universität))"
    r"\s+(?:[^,]*\s)?(?P<town>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)",
    needs="Center Centre Congress Hall Hilton Hotel Hyatt Kongress Marriott Messe Regency Sheraton "
    "Westin WTC bibliothek halle saal zentrum universität",
)


#: "Berlin-Kreuzberg": a city, a hyphen, one capitalised word (its district).
_CITY_DISTRICT = lazy_compile(r"(?P<city>[A-Z][^\W\d_]{2,})-(?P<district>[A-Z][^\W\d_]{2,})")

#: A hotel of a chain and the town it is named for, before the chain's name or after it.
_CHAINS = (
    r"(?:Marriott|Hilton|Hyatt(?:\s+Regency)?|Sheraton|Westin|Radisson(?:\s+Blu)?|Novotel|"
    r"Renaissance|Crowne\s+Plaza|Holiday\s+Inn|InterContinental|Mövenpick|Steigenberger)"
)
_TOWN_WORDS = r"(?P<town>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
_CHAIN_HOTEL = lazy_compile(
    r"(?:.*\s)?(?:"
    + _TOWN_WORDS
    + r"\s+"
    + _CHAINS
    + r"(?:\s+Hotel)?|"
    + _CHAINS
    + r"\s+"
    + r"(?!Hotel\b)"
    + _TOWN_WORDS.replace("town", "town2")
    + r"(?:\s+Hotel)?)",
    needs="Marriott Hilton Hyatt Sheraton Westin Radisson Novotel Renaissance Crowne Holiday "
    "InterContinental Mövenpick Steigenberger",
)


#: A town's council or hall, in the languages pages are written in.
_MUNICIPALITY = lazy_compile(
    r"(?:.*\s)?(?:(?:Municipalidad|Municipio|Ayuntamiento|Prefeitura|Comune|Mairie)\s+"
    r"(?:de\s+la\s+|de|di|do|da|du)?|(?:City|Town)\s+of|Stadt|Gemeente)"
    r"\s*(?P<town>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)",
    needs="Municipalidad Municipio Ayuntamiento Prefeitura Comune Mairie Stadt Gemeente City Town",
)


def venue_with_town(text: str) -> bool:
    """Whether ``text`` is a venue named with its city last ("Hotel Okura Kyoto", "the
    Hyatt Regency Vancouver"), a city of the gazetteer."""
    venue = _VENUE_TOWN.fullmatch(text.strip())
    return venue is not None and zone_of_place(venue["town"]) is not None


_OKINA = lazy_compile(r"(?<=[aeiou])[ʻ'’‘](?=[aeiou])", needs="ʻ ' ’ ‘")


#: A US state's code closing a place: "Delhi, NY", "Havana, IL." (USPS codes).
_US_STATE_AFTER = lazy_compile(
    r",\s*(?P<state>A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|"
    r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\W*$"
)


def zone_in_place(text: str) -> str | None:
    """The zone of a place, or of the town an address names ("88 Orchard Ave, Berkeley, CA").

    A text of parts asks the towns of the world first
    (:func:`~fastpath_ical.zones.zone_of_town`): the state or country beside a town picks
    among towns of one name ("Paris, TX", "London, Ontario"), which the gazetteer's cities
    do not. Then the whole text; then each "Town, Region" pair and each part between
    commas or brackets, from the end (the town follows the street); then, for a text of
    one part, the towns of the world. None when the parts name no zone, or two different
    ones.
    """
    # "Hawaiʻi Convention Center", "Hawai'i": the ʻokina between two vowels is in no
    # table's spelling of the name ("Hawaii"); "O'Hare" and "d'Ivoire" keep theirs.
    text = _OKINA.sub("", text)
    parted = "," in text
    town = zone_of_town(text) if parted else None
    if town is not None:
        return town
    whole = zone_of_place(text)
    if whole is not None:
        return whole
    state = _US_STATE_AFTER.search(text) if parted else None
    if state is not None and (in_state := zone_of_place(state["state"])) is not None:
        # "Delhi, NY", "Havana, IL": a town the towns' table does not hold, in a state of
        # one zone; never the namesake abroad (Delhi's, Havana's) that the town alone names.
        return in_state
    if (centre := _CENTRE.fullmatch(text.strip())) is not None and (
        zone := zone_of_place_or_town(centre["town"])
    ):
        return zone  # "Central London"
    parts = [
        part.strip(" .") for part in re.split(r"[,()\[\]|–—;]|\s·\s", text) if part.strip(" .")
    ]
    parts = [re.sub(r"^\d+[\w-]*\s+", "", part) for part in parts]
    # "University of California, San Diego campus": the town a campus is named for; "Hongo
    # Campus, The University of Tokyo": a university named for its town (or its state,
    # "University of Illinois"), as the places table knows them.
    parts += [
        named["town"]
        for part in parts[:]
        for pattern in (_CAMPUS, _UNIVERSITY_OF)
        if (named := pattern.fullmatch(part))
        and (zone := zone_of_place(named["town"])) is not None
        and not a_regions_zone(zone, named["town"])
    ]
    # "University of Wisconsin-Madison": a hyphen between two places of one zone names both
    # ("Hotel Berlin-Tokyo" names no one place; "Paris-Lodron University" no place at all).
    for part in parts[:]:
        pieces = re.split(r"(?<=[^\W\d_])-(?=[A-Z])", part)
        if len(pieces) < 2:
            continue
        last_words = [pieces[0].split()[-1], *pieces[1:]]
        zones = {zone_of_place(piece) for piece in last_words}
        if len(zones) == 1 and None not in zones:
            parts += last_words
    # "10999 Berlin-Kreuzberg", "München-Schwabing": a city and its district, in an address
    # (the district no place of another zone: "Hotel Berlin-Tokyo" names none).
    for part in parts[:]:
        district = _CITY_DISTRICT.fullmatch(part)
        city_zone = zone_of_place(district["city"]) if district is not None else None
        if (
            district is not None
            and city_zone is not None
            and zone_of_place_or_town(district["district"]) in (None, city_zone)
        ):
            parts.append(district["city"])
    # "Paris Convention Center", "Vancouver Convention Centre": the town a venue is named for.
    parts += [venue["town"] for part in parts[:] if (venue := _TOWN_VENUE.fullmatch(part))]
    # "Postillion Hotel & Convention Centre WTC Rotterdam", "Hyatt Regency Vancouver": a
    # venue named with its city last; a city of the gazetteer, no town of the world.
    parts += [
        venue["town"]
        for part in parts[:]
        if (venue := _VENUE_TOWN.fullmatch(part)) and zone_of_place(venue["town"])
    ]
    # "Frankfurt Marriott Hotel", "Hyatt Regency Long Beach Hotel": a hotel of a chain
    # named for its town (a town of the world's table: the chain's word says it is one).
    for index, part in enumerate(parts):
        hotel = _CHAIN_HOTEL.fullmatch(part)
        if hotel is None:
            continue
        # "Holiday Inn Perth, Ontario": the region beside the hotel picks among towns of one
        # name, as it does beside a town ("Paris, TX").
        rest = [other for at, other in enumerate(parts) if at != index]
        town = zone_of_town(", ".join([hotel["town"] or hotel["town2"], *rest]))
        if town is not None:
            return town
    # "Municipalidad de Pergamino", "City of Sunnyvale": a town's own government, named
    # for the town (a town of the world's table).
    for part in parts:
        if (municipal := _MUNICIPALITY.fullmatch(part)) and (
            town := zone_of_town(municipal["town"])
        ):
            return town
    pairs = [f"{a}, {b}" for a, b in itertools.pairwise(parts)]
    found = {
        iana
        for candidate in (*reversed(pairs), *reversed(parts))
        if len(candidate) > 2 and (iana := zone_of_place(candidate)) is not None
    }
    if not found:
        # "Bergamo – October 6": a town of GeoNames (a text of parts has been asked).
        return None if parted else zone_of_town(text)
    return found.pop() if len(found) == 1 else None
