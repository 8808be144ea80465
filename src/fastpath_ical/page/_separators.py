"""Where a cell's list of names or affiliations is cut: at separators outside brackets.

"Ann Lee (MIT, CSAIL), Bob Ray" is two people, not three: a comma inside the
brackets belongs to the affiliation.  The people reader, the affiliations
and the title cells cut their lists the same way, with these separators.
"""

from __future__ import annotations

import re

__all__ = ["AND", "ANY", "COMMA", "SEMICOLON", "split_outside"]


SEMICOLON = re.compile(r"\s*;\s*")

#: Any separator of a list of names. "&" (and a middle dot or bullet: "Ann Lee · Bob Ray")
#: separates only with spaces around it: "Texas A&M University" is one name.
ANY = re.compile(r"\s*(?:,|;|\s[&·•]\s|\band\b|\+)\s*", re.IGNORECASE)

AND = re.compile(r"\s*(?:\s&\s|\band\b|\+)\s*", re.IGNORECASE)

COMMA = re.compile(r"\s*,\s*")


def split_outside(text: str, separator: re.Pattern[str], *, brackets: str = "()[]") -> list[str]:
    """``text`` cut at ``separator`` wherever it stands outside ``brackets`` (pairs of
    opening and closing characters, "()[]" by default)."""
    opening, closing = brackets[0::2], brackets[1::2]
    parts: list[str] = []
    depth = 0
    start = 0
    position = 0
    while position < len(text):
        ch = text[position]
        if ch in opening:
            depth += 1
        elif ch in closing:
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separator.match(text, position)
            if match and match.end() > position:
                parts.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts
