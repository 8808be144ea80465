"""Time zones: IANA zones by zoneinfo, and from wall clock to instant.

Every instant in the project is made here, by :func:`localize`, with
``zoneinfo``; nothing adds hand-written offsets.  A wall-clock time that the
zone skips (clocks jump forward) or repeats (clocks go back) is an error that
names the item, unless the page gave an explicit UTC offset that picks one.

The core (the record of a stated zone, loading, localizing, labels) is in
``_zone_core``, below the tables. What a page may write for a zone lives
beside this module: the abbreviations
and words ("EST", "US Eastern Time") in ``_abbreviations``, the places
("Raleigh, NC") in ``_places``, every town of GeoNames in ``_towns``.  Their
public names are importable from here as well; they are loaded on first use,
so that a module needing only the zoneinfo core (the model, the calendar
builder) does not load the tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._zone_core import (
    StatedZone,
    fixed_offset_zone,
    format_offset,
    is_portable_zone,
    is_repeated,
    load_zone,
    localize,
    zone_label,
)

if TYPE_CHECKING:
    from ._abbreviations import (
        AMBIGUOUS,
        AMBIGUOUS_ZONES,
        ZONE_NAMES,
        abbreviation_offset,
        resolve_ambiguous,
        resolve_zone,
    )
    from ._places import PLACES, zone_country, zone_of_place
    from ._towns import zone_of_town

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
    "zone_country",
    "zone_label",
    "zone_of_place",
    "zone_of_town",
]

#: The names re-exported from ``_abbreviations``; written out rather than read from its
#: ``__all__``, so that looking up any other name (the import system asks every module
#: for ``__path__`` on a ``from ... import``) imports nothing.
_ABBREVIATIONS = (
    "AMBIGUOUS",
    "AMBIGUOUS_ZONES",
    "ZONE_NAMES",
    "abbreviation_offset",
    "resolve_ambiguous",
    "resolve_zone",
)

if not TYPE_CHECKING:  # mypy reads the imports above, so a misspelt name stays an error

    def __getattr__(name: str) -> object:
        """A name re-exported from ``_abbreviations``, ``_places`` or ``_towns``, imported on
        first use."""
        if name in ("PLACES", "zone_country", "zone_of_place"):
            from . import _places as module
        elif name == "zone_of_town":
            from . import _towns as module
        elif name in _ABBREVIATIONS:
            from . import _abbreviations as module
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(module, name)
        globals()[name] = value
        return value
