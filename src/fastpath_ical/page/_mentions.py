"""The towns a page names anywhere, for a page that states no zone and no place.

A person who reads "Bus from Utrecht to Den Haag" in a row, "219 Parkman Avenue,
Pittsburgh PA" beside the reception, or "See you in Seattle!" at the end of the page
knows which clocks the program keeps, though no line says so.  The reader does the
same, and says so in a warning, when every town the page names this way lies in one
zone; towns of two zones (a speaker's home beside the venue) are no answer, and a page
that says it is held online names no place its times are kept in.

A town counts only where the page writes it as a place: after "in", "at", "to" or
"from" (capitalised words, the whole run a town: "in Seattle", not "in Reading
Comprehension"), after a street address's number and street ("219 Parkman Avenue,
Pittsburgh PA"); not in a line that is a place alone, which may be a speaker's
affiliation ("Example Lab, Ghent (Belgium)").  Months and weekdays are no towns ("in
March").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ._date_words import month_number, weekday_number
from ._zone_names import zone_in_place, zone_of_place_or_town

__all__ = ["Mention", "towns_named"]


@attrs.frozen
class Mention:
    """A town the page names, where, and its zone."""

    line: int
    place: str
    zone: str


#: "in Seattle", "from Utrecht to Den Haag", "at Inverness 2014": capitalised words after
#: a word that places something, the whole run (up to three words) a town.
_AFTER_WORD = lazy_compile(
    r"\b(?:in|at|to|from)\s+(?:the\s+)?"
    r"(?P<town>[A-Z][\w'’.-]+(?:\s+(?:de|den|la|le|am|upon|on)?\s*[A-Z][\w'’.-]+){0,2})"
    r"(?![\w'’-])(?!\s+[A-Z])",
    needs="at from in to",
)
#: "219 Parkman Avenue, Pittsburgh PA": a street address, then its town.
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
    r"|\b(?:on|via)\s+zoom\b|\bwebinar\b",
    re.IGNORECASE,
    needs="held fully on online remote via virtual webinar zoom",
)
#: A sentence about a deadline or an earlier edition: its places are not the event's.
_ELSEWHERE = lazy_compile(
    r"\b(?:deadlines?|submi\w+|due|notifications?|camera[- ]ready|last\s+year|previous|"
    r"past|was\s+held|were\s+held)\b",
    re.IGNORECASE,
    needs="camera deadline due held last notification past previous submi was were",
)
_LINK = lazy_compile(r"!?\[(?P<label>[^\]]*)\]\([^)]*\)")
_TAG = lazy_compile(r"<[^>]+>")
_MARKS = lazy_compile(r"[*_`#>|]+")


def _plain(line: str) -> list[str]:
    """A line's text without links' addresses, tags and emphasis, cut at line breaks and
    table cells (each of which may be a place alone)."""
    line = _LINK.sub(lambda found: found["label"], line)
    pieces = re.split(r"<br\s*/?>|\|", line, flags=re.IGNORECASE)
    return [" ".join(_MARKS.sub(" ", _TAG.sub(" ", piece)).split()) for piece in pieces]


#: Words that name towns somewhere ("University", Florida) but, after "at" or "in",
#: name a building or a body: "at University College", "in Union Hall".
_GENERIC = frozenset(
    {
        "university", "college", "hall", "center", "centre", "union", "library", "home",
        "main", "central", "city", "town", "village", "campus", "school", "institute",
        "museum", "hotel", "lunch", "dinner", "breakfast", "coffee",
    }
)  # fmt: skip


def _not_a_town(word: str) -> bool:
    first = word.split()[0]
    return (
        month_number(first) is not None
        or weekday_number(first) is not None
        or first.lower() in _GENERIC
    )


def _in(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for match in _AFTER_WORD.finditer(text):
        town = match["town"].rstrip(".")
        if _not_a_town(town):
            continue
        zone = zone_of_place_or_town(town)
        if zone is not None:
            found.append((town, zone))
    for match in _STREET.finditer(text):
        # "Pittsburgh PA": the state after the town, as the table knows it after a comma.
        rest = re.sub(r"\s+([A-Z]{2})$", r", \1", match["rest"].strip(" ."))
        zone = zone_in_place(rest)
        if zone is not None:
            found.append((rest, zone))
    return found


def towns_named(lines: Sequence[str]) -> list[Mention] | None:
    """Every town the page's ``lines`` name as a place, in page order; ``None`` when the
    page says it is held online (its towns are where people are, not its clocks)."""
    if any(_ONLINE.search(line) for line in lines):
        return None
    return [
        Mention(number, place, zone)
        for number, line in enumerate(lines, 1)
        # "Submissions are due in Paris time": a deadline's place, not the event's.
        if not _ELSEWHERE.search(line)
        for piece in _plain(line)
        for place, zone in _in(piece)
    ]
