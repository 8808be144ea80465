"""A title and its speakers written on one line with a comma between them.

"Ann Lee (Harvard), Planning for good" is a speaker, then the title;
"Welcome and logistics, Ann Lee and Bo Ray." a title, then two people or more.
One name after a comma is left in the title: "Lunch, Main Hall" is a place.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ._affiliations import is_organisation
from ._name_split import is_full_name
from ._name_words import looks_like_names
from ._separators import ANY, split_outside
from ._title_text import norm_part

__all__ = ["name_then_title", "names_after_comma", "names_and_where_after_comma"]


#: The last comma before a list of names: "Welcome and Logistics, Yue Ning and Lijing Wang."
_LAST_COMMA_LIST = lazy_compile(
    r"^(?P<title>[^,]+?),\s+(?P<names>[A-Z][^,]*(?:,\s*[A-Z][^,]*)*?)\.?$"
)


#: "Milind Tambe (Harvard), AI for Social Impact": a name with its organisation, a comma,
#: the title.
_NAME_COMMA_TITLE = lazy_compile(r"^(?P<names>[^,()]+\([^()]+\)),\s+(?P<title>\S.*)$")


def name_then_title(text: str) -> tuple[str, str] | None:
    found = _NAME_COMMA_TITLE.match(text.strip())
    if found is None or not looks_like_names(found["names"]):
        return None
    title = norm_part(found["title"])
    if not title or looks_like_names(title):
        return None
    return title, found["names"].strip()


def names_after_comma(text: str) -> tuple[str, str] | None:
    """ "Welcome and Logistics, Yue Ning and Lijing Wang.": a title, a comma, then two
    people or more. One name after a comma is left alone: "Lunch, Main Hall" is a place."""
    found = _LAST_COMMA_LIST.match(text.strip())
    if found is None:
        return None
    names = found["names"].strip().rstrip(".")
    title = norm_part(found["title"])
    if not title or len(split_outside(names, ANY)) < 2:
        return None
    if looks_like_names(title) or not looks_like_names(names):
        return None
    return title, names


#: Between two people who work in one place: "Daniel Kang and Deepti Raghavan".
_AND = lazy_compile(r"\s+(?:and|&)\s+")


def names_and_where_after_comma(text: str, *, after_label: bool) -> tuple[str, str] | None:
    """ "Accelerated Computing for AI, Bryan Catanzaro, NVIDIA": a title, then its speakers
    and where they work, after the last two commas; the names as the people reader takes
    them ("Bryan Catanzaro (NVIDIA)"). The place must be an organisation's name, or, after
    a kind's label ("Contributed Talk: ..."), any short capitalised words ("Julia
    Computing"): the label says a talk and its speakers follow."""
    parts = [part.strip() for part in text.strip().rstrip(".").rsplit(",", 2)]
    if len(parts) != 3 or not all(parts):
        return None
    title, who, where = norm_part(parts[0]), parts[1], parts[2].rstrip(" :;")
    names = _AND.split(who)
    if not title or looks_like_names(title):
        return None
    if not all(is_full_name(name) and looks_like_names(name) for name in names):
        return None
    if any(is_full_name(part.strip()) for part in title.split(",")[1:]) or re.search(
        r"\s[-–—:]\s", where
    ):
        # "Winners talk: Ann Lee, Bo Ray, Cy Dunn, DMX – Decoupled Memory": more names
        # before them, and a title after them; no one line of a title and its speakers.
        return None
    words = where.split()
    loosely = (
        after_label
        and len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not re.search(r"\d", where)
    )
    if not (is_organisation(where, weak=False) or loosely):
        return None
    return title, "; ".join(f"{name} ({where})" for name in names)
