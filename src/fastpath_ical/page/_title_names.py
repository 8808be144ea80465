"""A title and its speakers written on one line with a comma between them.

"Ann Lee (Harvard), Planning for good" is a speaker, then the title;
"Welcome and logistics, Ann Lee and Bo Ray." a title, then two people or more.
One name after a comma is left in the title: "Lunch, Main Hall" is a place.
"""

from __future__ import annotations

from .._patterns import lazy_compile
from ._name_words import looks_like_names
from ._separators import ANY, split_outside
from ._title_text import norm_part

__all__ = ["name_then_title", "names_after_comma"]


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
