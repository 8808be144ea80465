"""The towns of the street addresses a page gives, for a page that states no zone and no
place of its own.

A person who reads "219 Example Avenue, Pittsburgh PA" beside the reception knows which
clocks the program keeps, though no line says so.  The reader does the same, and says so
in a warning, when every town the page's addresses name lies in one zone; towns of two
zones are no answer, and a page that says it is held online names no place its times are
kept in.

Only an address counts: a house number and a street, then the town (and its state or
country, "Pittsburgh PA", "Athens, GA").  A town named in passing ("See you in
Seattle!", "Bus from Utrecht to Den Haag") is not read: in a bio ("a researcher at
Mila"), a title ("Introduction to Julia", "Events in Time") or a past edition's line, the
words after "at", "in", "to" and "from" name towns where no one meant one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..zones import zone_of_place
from ._zone_names import a_regions_zone, zone_in_place

__all__ = ["Mention", "town_in_event_name", "towns_named"]


@attrs.frozen
class Mention:
    """The town a street address on the page names, its line, and its zone."""

    line: int
    place: str
    zone: str


#: "219 Example Avenue, Pittsburgh PA": a street address, then its town.
_STREET = lazy_compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|"
    r"Sq|Parkway|Pkwy|Court|Ct|Straße|Strasse|Str|Gasse|Weg|Platz)\.?,\s*(?P<rest>[^;|<>]+)",
)
#: "held online", "a virtual workshop", "on Zoom": times kept in no one place.
_ONLINE = lazy_compile(
    r"\b(?:virtual|online|remote)\s+(?:only\s+)?(?:event|workshop|meeting|conference|"
    r"symposium|get[- ]together|format|edition|school|seminar|hackathon)\b"
    r"|\bheld\s+(?:virtually|online|remotely)\b|\bfully\s+(?:virtual|online|remote)\b"
    r"|\b(?:on|via)\s+zoom\b|\bwebinar\b|\btakes?\s+place\s+(?:virtually|online)\b"
    r"|\bis\s+(?:virtual|online)\b|\bgather\.town\b"
    # "June 3, 2025, online": the date line's place.
    r"|,\s*(?:online|virtual)\b(?:\s*\([^()]*\))?\W*$|\((?:online|virtual)\)",
    re.IGNORECASE,
    needs="gather held fully is on online place remote via virtual webinar zoom",
)
#: A sentence about a deadline or an earlier edition: its places are not the event's.
_ELSEWHERE = lazy_compile(
    r"\b(?:deadlines?|submi\w+|due|notifications?|camera[- ]ready|last\s+year|previous|"
    r"past|was\s+held|were\s+held|took\s+place|editions?)\b",
    re.IGNORECASE,
    needs=(
        "camera deadline due edition held last notification past place previous submi took was were"
    ),
)
#: A line of an address that letters go to, not the event: "Postal address", "Impressum".
_POSTAL = lazy_compile(
    r"\b(?:postal|mailing|postanschrift|imprint|impressum|invoices?|billing|"
    r"registered\s+office|headquarters)\b",
    re.IGNORECASE,
    needs="billing headquarters imprint impressum invoice mailing postal postanschrift registered",
)
_LINK = lazy_compile(r"!?\[(?P<label>[^\]]*)\]\([^)]*\)")
_TAG = lazy_compile(r"<[^>]+>")
_MARKS = lazy_compile(r"[*_`#>|]+")


def _plain(line: str) -> list[str]:
    """A line's text without links' targets, tags and emphasis, cut at line breaks and
    table cells (an address ends at either)."""
    line = _LINK.sub(lambda found: found["label"], line)
    pieces = re.split(r"<br\s*/?>|\|", line, flags=re.IGNORECASE)
    return [" ".join(_MARKS.sub(" ", _TAG.sub(" ", piece)).split()) for piece in pieces]


#: "Physics Bldg, College Park, MD 20740": a US town, its state and its ZIP code, an address
#: with no street; the town is a whole part of it.
_ZIP = lazy_compile(
    r"(?:^|,\s*)(?P<town>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})),?\s+"
    r"(?P<state>(?-i:[A-Z]{2}))\s+\d{5}(?:-\d{4})?\b",
)


#: "Deutscher Platz 5, 04103 Leipzig", "Kruislaan 403, 1098 XG Amsterdam": a street, its
#: house number, then a postcode before the town, as addresses in Europe are written. A
#: four-digit number that may be a year ("June 5, 2024 Berlin") is no postcode here.
_POSTCODE = lazy_compile(
    r"\b(?-i:[A-ZÄÖÜÅØÆ])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s+\d{1,4}[A-Za-z]?,\s*"
    r"(?:[A-Z]{1,2}-)?(?:\d{3}\s\d{2}|\d{5}|(?!(?:19|20)\d\d\b)\d{4}(?:\s?[A-Z]{2}\b)?)\s+"
    r"(?P<town>(?-i:[A-ZÄÖÜÅØÆ])[\w'’-]*(?:[\s-](?-i:[A-ZÄÖÜÅØÆ])[\w'’-]*){0,2})",
)


#: "77 avenue de Ségur, 75015 Paris", "12 bis rue Monge, 75005 Paris": the house number,
#: then the street's kind and name, as French addresses are written, then the postcode.
_NUMBER_FIRST = lazy_compile(
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|quai|chemin|"
    r"all[ée]e|impasse|cours|route|esplanade)\s+[^,;|()]{1,50}?,\s*(?:F-)?\d{5}\s+"
    r"(?P<town>[A-ZÀ-Ý][\w'’-]*(?:[\s-][A-ZÀ-Ý][\w'’-]*){0,2})",
)


#: "Z6, Am Hubland, 97074 Würzburg": a five-digit postcode and its town, the last part
#: of a line of an address whose street has no house number.
_POSTCODE_LAST = lazy_compile(
    r",\s*(?:[A-Z]{1,2}-)?\d{5}\s+"
    r"(?P<town>(?-i:[A-ZÄÖÜÅØÆ])[\w'’-]*(?:[\s-](?-i:[A-ZÄÖÜÅØÆ])[\w'’-]*){0,2})\W*$",
)


def _address_towns(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    places = [match["rest"].strip(" .") for match in _STREET.finditer(text)]
    places += [f"{match['town']} {match['state']}" for match in _ZIP.finditer(text)]
    places += [match["town"] for match in _POSTCODE.finditer(text)]
    if not places:
        places += [match["town"] for match in _POSTCODE_LAST.finditer(text)]
    places += [match["town"] for match in _NUMBER_FIRST.finditer(text)]
    for place in places:
        # "Pittsburgh PA": the state after the town, as the table knows it after a comma.
        rest = re.sub(r"\s+([A-Z]{2})$", r", \1", place)
        zone = zone_in_place(rest)
        if zone is not None:
            found.append((rest, zone))
    return found


def towns_named(lines: Sequence[str]) -> list[Mention] | None:
    """The towns of the street addresses the page's ``lines`` give, in page order; ``None``
    when the page says it is held online (its addresses are where people are, not its
    clocks)."""
    if any(_ONLINE.search(line) for line in lines):
        return None
    return [
        Mention(number, place, zone)
        for number, line in enumerate(lines, 1)
        # "Submissions are due in Paris time": a deadline's place, not the event's; a postal
        # address or an imprint's is where letters go.
        if not _ELSEWHERE.search(line) and not _POSTAL.search(line)
        for piece in _plain(line)
        for place, zone in _address_towns(piece)
    ]


#: What an event calls itself beside its town: "Hackathon Prague 2019", "Beijing Meetup".
_EVENT_WORD = (
    r"(?:meetup|meet-up|hackathon|hack\s+day|summit|conference|workshop|symposium|summer\s+school|"
    r"winter\s+school|school|camp|sprint|festival|forum|retreat|days?)"
)
#: A town's words, one or two capitalised ("Prague", "New York").
_TOWN = r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
_TOWN_IN_NAME = lazy_compile(
    r"\b" + _EVENT_WORD + r"\s+(?P<after>" + _TOWN + r")(?=\s+(?:19|20)\d\d\b|\s*$|\s*[:|–—(-])"
    # "TOAST workshop and hackathon at UC San Diego": where it is held, its name's end.
    r"|\b" + _EVENT_WORD + r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*\s+)?"
    r"(?P<held>" + _TOWN + r")(?=\s+(?:19|20)\d\d\b|\s*$|\s*[:|–—(-])"
    r"|\b(?P<before>" + _TOWN + r")\s+(?:(?:19|20)\d\d\b|" + _EVENT_WORD + r"\b)",
    re.IGNORECASE,
    needs=(
        "19 20 camp conference day festival forum hack meet retreat school sprint summer "
        "summit symposium winter workshop"
    ),
)


#: Last words of a building's or an organisation's name, never a town's.
_VENUE_WORDS = frozenset(
    {"center", "centre", "hall", "campus", "building", "institute", "university", "college",
     "lab", "labs", "library", "museum", "hotel", "park", "office", "headquarters", "hq"}
)  # fmt: skip


#: "SPE-R timetable (Tartu, Estonia, 1 to 5 June 2026)": a town and its country, a part
#: of the event's name between brackets, commas or dashes.
_TOWN_AND_COUNTRY = lazy_compile(
    r"(?:^|[(\[,–—|]|\s-)\s*(?P<town>" + _TOWN + r")\s*,\s*(?P<country>(?-i:[A-Z])[\w'’. -]*?)"
    r"\s*(?=[)\],–—|]|\s-\s|\s+\d|$)"
)


def _town_and_its_country(title: str) -> Mention | None:
    """The town an event's name places in a country it names ("(Tartu, Estonia, 1 to 5
    June 2026)"): the country picks among towns of one name, so the towns of the world
    are asked."""
    from .._towns import names_a_country
    from ..zones import zone_of_town

    for found in _TOWN_AND_COUNTRY.finditer(title):
        if not names_a_country(found["country"]):
            continue
        place = f"{found['town']}, {found['country'].strip()}"
        zone = zone_of_town(place)
        if zone is not None:
            return Mention(0, place, zone)
    return None


def town_in_event_name(title: str, lines: Sequence[str]) -> Mention | None:
    """The town the event's name holds ("Aeternity Hackathon Prague 2019", "Apache OpenDAL
    Beijing Meetup"), when the place table knows it as one zone, the town stands next to
    the year or a word for the event, and no line says the event is held online.

    Only the table of places pages name most and the zone database's cities are asked,
    never the table of every town: a title's capitalised words name towns too often
    ("Julia Workshop 2024")."""
    if any(_ONLINE.search(line) for line in (title, *lines)):
        return None
    for match in _TOWN_IN_NAME.finditer(title):
        town = match["after"] or match["before"] or match["held"]
        words = town.split()
        if match["held"] and words[-1].lower() in _VENUE_WORDS:
            continue  # "Workshop at the Lincoln Center": a building, whatever zone has its name
        candidates = (
            (town, words[-1], words[0]) if len(words) > 1 and not match["held"] else (town,)
        )
        for candidate in candidates:
            if not candidate[:1].isupper():
                continue
            zone = zone_of_place(candidate)
            if zone is not None and not a_regions_zone(zone, candidate):
                return Mention(0, candidate, zone)
    return _town_and_its_country(title)
