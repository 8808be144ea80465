"""Where a cell's list of names or affiliations is cut: at separators outside brackets.

"Ann Lee (MIT, CSAIL), Bob Ray" is two people, not three: a comma inside the
brackets belongs to the affiliation.  The people reader, the affiliations
and the title cells cut their lists the same way, with these separators.
"""

from __future__ import annotations

import functools
import re

from .._patterns import LazyPattern, lazy_compile

__all__ = ["AND", "ANY", "COMMA", "SEMICOLON", "split_outside"]


SEMICOLON = lazy_compile(r"\s*;\s*")

#: Any separator of a list of names. "&" (and a middle dot or bullet: "Ann Lee · Bob Ray")
#: separates only with spaces around it: "Texas A&M University" is one name.
ANY = lazy_compile(r"\s*(?:,|;|\s[&·•]\s|\band\b|\+)\s*", re.IGNORECASE)

AND = lazy_compile(r"\s*(?:\s&\s|\band\b|\+)\s*", re.IGNORECASE)

COMMA = lazy_compile(r"\s*,\s*")


def split_outside(
    text: str, separator: re.Pattern[str] | LazyPattern, *, brackets: str = "()[]"
) -> list[str]:
    """``text`` cut at ``separator`` wherever it stands outside ``brackets`` (pairs of
    opening and closing characters, "()[]" by default).

    The text is not walked a character at a time: the separator is searched for,
    and so is the next bracket; what lies between is passed over, as a walk
    trying the separator at each character would pass over it (a search tries
    the same match at each character in turn, in C).
    """
    opening, closing = brackets[0::2], brackets[1::2]
    marks = _marks(brackets)
    parts: list[str] = []
    depth = 0
    start = 0
    position = 0
    end = len(text)
    while position < end:
        bracket = marks.search(text, position)
        at = bracket.start() if bracket is not None else end
        if depth == 0:
            match = separator.search(text, position)
            while match is not None and match.start() < at and match.end() == match.start():
                match = separator.search(text, match.start() + 1)  # an empty cut is none
            if match is not None and match.start() < at:
                parts.append(text[start : match.start()])
                start = position = match.end()
                continue
        if bracket is None:
            break
        if text[at] in opening:
            depth += 1
        elif text[at] in closing:
            depth = max(0, depth - 1)
        position = at + 1
    parts.append(text[start:])
    return parts


@functools.lru_cache(maxsize=8)
def _marks(brackets: str) -> re.Pattern[str]:
    """Any one of the bracket characters."""
    return re.compile("[" + re.escape(brackets) + "]")
