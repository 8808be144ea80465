"""Towns of the world and their zones, for a page that names its town but no zone.

The hand-written gazetteer (``_place_names``) and the zone database's cities know the
places pages name most, but a workshop is held in Bergamo, Oklahoma City or Brixen as
often.  GeoNames lists every town of 15,000 people or more with its zone; the table
(``data/towns.tsv.gz``, written by ``tools/make_towns.py``) is read on the first look-up,
never at import, since a page stating its zone never needs it.

A town names a zone only when the page leaves no doubt which town it is: the name is a
whole part of the place ("Trottier Bldg, Montreal, QC"), or follows "in"; a country or a
US state beside it picks among towns of one name ("Paris, TX"); and otherwise the most
populous town of that name must be ten times larger than any other town of that name in
another zone (Paris, France over Paris, Texas; not Portland, Oregon over Portland, Maine).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from ._arguments import checked
from ._patterns import lazy_compile

__all__ = ["names_a_country", "zone_of_town"]

#: How much larger the most populous town of a name must be than one in another zone.
_CLEAR_LEAD = 10


@attrs.frozen
class _Town:
    zone: str
    country: str
    people: int
    state: str = ""
    alias: bool = False


@attrs.frozen
class _Table:
    towns: dict[str, tuple[_Town, ...]]
    countries: dict[str, str]
    states: dict[str, str]


def fold(name: str) -> str:
    """Upper case without accents, as the table's names are written ("Montréal", "MONTREAL")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


@functools.cache
def _table() -> _Table:
    import gzip  # with the table: a page stating its zone never reads it
    from importlib.resources import files

    raw = files("fastpath_ical.data").joinpath("towns.tsv.gz").read_bytes()
    towns: dict[str, tuple[_Town, ...]] = {}
    countries: dict[str, str] = {}
    states: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, _, entries = line.partition("\t")
        if name == "@country":
            code, _, written = entries.partition("\t")
            countries[written] = code
        elif name == "@state":
            code, _, written = entries.partition("\t")
            states[written] = code
        else:
            towns[name] = tuple(_town(entry) for entry in entries.split(";"))
    return _Table(towns, countries, states)


def _town(entry: str) -> _Town:
    alias = entry.startswith("~")
    zone, country, people, *state = entry.lstrip("~").split(",")
    return _Town(zone, country, int(people), state[0] if state else "", alias)


#: Where a place's parts part: commas, brackets, bars, dashes between words, and the end of
#: a sentence ("..., 1117 Budapest. Lectures will be in room 0.83"; not "St. Louis").
_PARTS = lazy_compile(r"[,;()\[\]|/]|\s[-–—]\s|[–—]|(?<=[^\W\d_]{4})\.\s+(?=[^\W\d_])")

#: "in Paris" at the end of a part: the town the sentence names.
_AFTER_IN = lazy_compile(r"\bin\s+(?P<town>[^\W\d_][\w'’. -]*)$")


@checked
def zone_of_town(place: str) -> str | None:
    """The one IANA zone of the town ``place`` names, or ``None`` (see the module's rule).

    >>> zone_of_town("Bergamo – October 6,7 2025")
    'Europe/Rome'
    >>> zone_of_town("Paris, TX"), zone_of_town("Portland") is None
    ('America/Chicago', True)
    """
    table = _table()
    as_written = [_BRACKETS.sub("", part).strip(" .*_\t") for part in _PARTS.split(place)]
    parts = [(part, fold(part), _state_key(part)) for part in map(_clean, as_written)]
    parts = [(part, key, state) for part, key, state in parts if part]
    countries = {table.countries[key] for _, key, _ in parts if key in table.countries}
    countries |= {
        country
        for part in as_written
        for shape, country in _POSTCODE_COUNTRIES
        if shape.search(part)
    }
    states = {table.states[state] for _, _, state in parts if state in table.states}
    if states:
        countries.add("US")
    if "CN" in countries:
        # "The Venetian Macao, Macau, China", "Kowloon, Hong Kong, China": the special
        # regions keep zones (and country codes) of their own.
        countries |= {"HK", "MO"}
    zones: set[str] = set()
    for part, key, state in parts:
        if key in table.countries or state in table.states:
            continue
        after_in = _AFTER_IN.search(part)
        for written in (key, fold(after_in.group("town")) if after_in else None):
            if written is None or written not in table.towns:
                continue
            zone = _one_zone(table.towns[written], countries, states)
            if zone is None:
                return None
            zones.add(zone)
            break
    return zones.pop() if len(zones) == 1 else None


def names_a_country(name: str) -> bool:
    """Whether ``name`` is a country as the table writes them ("Estonia", "Deutschland")."""
    return fold(name.strip(" .")) in _table().countries


#: A note in brackets after a place ("(use buzzer no. 4)"), and a postcode around a town's
#: name: "Norwich NR2 1JN", "10115 Berlin", "75005 Paris", "Toronto ON M5S 1A1".
_BRACKETS = lazy_compile(r"\s*\([^()]*\)")
_UK_POSTCODE = r"\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$"
_CA_POSTCODE = r"\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$"
_POSTCODE = lazy_compile(
    _UK_POSTCODE + "|" + _CA_POSTCODE + r"|^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?=[^\W\d])"
)
#: The country a postcode's shape names: a British or a Canadian one is unmistakable.
_POSTCODE_COUNTRIES = ((lazy_compile(_UK_POSTCODE), "GB"), (lazy_compile(_CA_POSTCODE), "CA"))


def _clean(part: str) -> str:
    """A part without its house number, postcode, a note in brackets, stops and markup
    around it ("3630 University St", "Norwich NR2 1JN (use buzzer no. 4)")."""
    part = _BRACKETS.sub("", part).strip(" .*_\t")
    part = _POSTCODE.sub("", part)
    part = re.sub(r"^\d+[\w-]*\s+", "", part)
    return re.sub(r"\s+", " ", part)


def _state_key(part: str) -> str:
    """A US state as the table writes it: its name, or its two capitals ("FL", "NY 10027")."""
    words = part.split()
    if (
        words
        and len(words[0]) == 2
        and words[0].isupper()
        and all(w[0].isdigit() for w in words[1:])
    ):
        return words[0]
    return fold(part)


def _one_zone(towns: Sequence[_Town], countries: set[str], states: set[str]) -> str | None:
    """The zone of the town a name means, given the countries and states beside it."""
    if countries:
        towns = [town for town in towns if town.country in countries]
    if states:
        towns = [town for town in towns if town.country != "US" or town.state in states]
    if not all(town.alias for town in towns):
        towns = [town for town in towns if not town.alias]
    if not towns:
        return None
    first = towns[0]
    rivals = [town for town in towns[1:] if town.zone != first.zone]
    if any(town.people * _CLEAR_LEAD > first.people for town in rivals):
        return None
    return first.zone
