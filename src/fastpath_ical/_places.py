"""Places as pages name them, and the one IANA zone each names.

A page that states no zone may still say where it happens ("Raleigh, NC",
"Lausanne, Switzerland"); :func:`zone_of_place` turns that into a zone when
exactly one fits.  The gazetteer is data: a hand-written table of cities,
states and countries (``_place_names``), then every city of the zone database, built
on first use.  Re-exported by :mod:`fastpath_ical.zones`.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import zoneinfo
from collections.abc import Iterator, Mapping

from ._arguments import checked
from ._place_names import AMBIGUOUS_PLACES, PLACE_ZONES
from ._zone_core import zone_database_names

__all__ = ["PLACES", "zone_country", "zone_of_place"]


@checked
def zone_of_place(place: str) -> str | None:
    """The one IANA zone a place names ("Raleigh, NC", "-- Chicago", "Lausanne, Switzerland").

    The whole text is tried first, then each comma-separated part; the place
    names a zone only when every part that names one names the same zone.
    ``None`` when nothing (or more than one zone) is named.
    """
    cleaned = re.sub(r"\s+", " ", place.strip(" -–—.,()*")).upper()
    if not cleaned:
        return None
    keys = [part.strip(" .") for part in re.split(r"[,;/()]|\s[-–—]\s", cleaned)]
    if not _could_be_a_place(cleaned) and not any(_could_be_a_place(key) for key in keys):
        return None  # "Virtual": surely not in the gazetteer, so it need not be built
    places = _gazetteer()
    if cleaned in places:
        return places[cleaned]
    found: set[str] = set()
    for key in keys:
        if key in places:
            found.add(places[key])
    return found.pop() if len(found) == 1 else None


class _Gazetteer(Mapping[str, str]):
    """Upper-cased place name to IANA zone, built on the first lookup."""

    def __getitem__(self, place: str) -> str:
        return _gazetteer()[place]

    def __contains__(self, place: object) -> bool:
        if isinstance(place, str) and not _could_be_a_place(place):
            return False
        return place in _gazetteer()

    def __iter__(self) -> Iterator[str]:
        return iter(_gazetteer())

    def __len__(self) -> int:
        return len(_gazetteer())

    def __repr__(self) -> str:
        return f"<PLACES: {len(self)} places>"


#: Upper-cased place name to IANA zone; see :func:`zone_of_place`.
PLACES: Mapping[str, str] = _Gazetteer()


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Upper-cased place name to its one zone: the hand-written table first (``Davis`` is
    in California, not Antarctica), then every city of the zone database.

    Built on the first lookup, not at import: it walks the zone database and
    reads its links, which a program that never names a place need not pay for."""
    places: dict[str, set[str]] = {}
    for zone, names in PLACE_ZONES.items():
        for place in names:
            places.setdefault(place.upper(), set()).add(zone)
    for city, zones in _iana_cities().items():
        places.setdefault(city, zones)
    for place in AMBIGUOUS_PLACES:
        places[place.upper()] = {"?", "??"}
    return {place: next(iter(zones)) for place, zones in places.items() if len(zones) == 1}


def _could_be_a_place(key: str) -> bool:
    """Whether ``key`` may be in the gazetteer; ``False`` only when it surely is not.

    A page's date line names "Virtual" or "Online", and telling that it names no
    place took the whole gazetteer, whose zone database listing opens every file of
    the system's zoneinfo folder (some 15 ms of a 0.2 s build, issue 13).  The
    names below are a superset of its keys, listed without opening a file."""
    if _gazetteer.cache_info().currsize:
        return key in _gazetteer()
    names = _possible_names()
    return names is None or key in names


@functools.cache
def _possible_names() -> frozenset[str] | None:
    """Every key the gazetteer could hold, and some it does not: the hand-written table's
    places and the last part of every file name :func:`zoneinfo.available_timezones` could
    list in a place area (the tzdata package's list of zones, then the files under each
    ``TZPATH`` folder, unopened); ``None`` when the tzdata package's list cannot be read."""
    names = {place.upper() for places in PLACE_ZONES.values() for place in places}
    cities: set[str] = set()
    spec = importlib.util.find_spec("tzdata")
    if spec is not None:  # else available_timezones lists no tzdata package's zones either
        if spec.origin is None:
            return None
        try:
            with open(os.path.join(os.path.dirname(spec.origin), "zones"), encoding="utf-8") as f:
                cities.update(line.strip().rpartition("/")[2] for line in f)
        except (OSError, ValueError):
            return None  # installed, but not as files (a zip): cannot tell
    for root in zoneinfo.TZPATH:
        for area in _PLACE_AREAS:
            for _folder, _folders, files in os.walk(os.path.join(root, area)):
                cities.update(files)
    names.update(city.replace("_", " ").upper() for city in cities)
    return frozenset(names)


def _iana_cities() -> dict[str, set[str]]:
    """Every city of the zone database (the last part of a name, "_" as a space), with its
    zones: a city written as a link and as a zone ("Asia/Istanbul", "Europe/Istanbul")
    is the zone; a link alone ("Europe/Oslo") keeps its own name."""
    links = _links()
    cities: dict[str, set[str]] = {}
    for name in sorted(zone_database_names()):
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


def _zone_database_file(name: str) -> str:
    """A text file of the zone database (``tzdata.zi``, ``zone.tab``): the tzdata package's,
    or the system's; empty if neither is there."""
    try:
        from importlib.resources import files

        return files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        try:
            with open(f"/usr/share/zoneinfo/{name}", encoding="utf-8") as handle:
                return handle.read()
        except OSError:
            return ""


def _links() -> dict[str, str]:
    """Link name to target in the zone database ("Asia/Istanbul" to "Europe/Istanbul"), read
    from ``tzdata.zi``."""
    links: dict[str, str] = {}
    for line in _zone_database_file("tzdata.zi").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "L":
            links[parts[2]] = parts[1]
    return links


@functools.cache
def _countries() -> dict[str, str]:
    """Each zone's country, as the zone database's ``zone.tab`` gives it."""
    out: dict[str, str] = {}
    for line in _zone_database_file("zone.tab").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            out[fields[2]] = fields[0]
    return out


@checked
def zone_country(iana: str) -> str | None:
    """The country code of a zone ("America/Phoenix": "US"); ``None`` for a zone of no one
    country ("UTC", "Etc/GMT+5") or a link."""
    return _countries().get(iana)


#: The areas of the zone database whose last part names a city or an island.
_PLACE_AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
