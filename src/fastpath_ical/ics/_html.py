"""The plain-text DESCRIPTION as HTML, for X-ALT-DESC;FMTTYPE=text/html.

Made from the plain text itself, so the two never say different things, and
every ``<`` and ``>`` (and in a link ``"``) is escaped: titles and names come
from a web page and may hold markup.  Only http(s) URLs become links.

The HTML carries none of the characters iCalendar TEXT escapes (``,``, ``;``,
``\\``, line breaks), so its TEXT value has no escapes at all.  icalendar,
ical.js and sabre/vobject 2 hand an X- property back without unescaping it
(``&amp;`` came back as ``&amp\\;``, a comma as ``\\,``), and sabre 2 then
writes the backslashes back doubled; a value without escapes reads the same
everywhere.  So the markup has no ``;`` at all: an ``&`` is bare wherever
HTML reads a bare ``&`` as itself (``?v=1&list=x``) and ``&#38`` where a
reference could start; ``<``, ``>``, ``,``, ``;`` and ``\\`` in text are
decimal references that end without ``;``, as HTML 4 allows before a
character that cannot continue them (an empty comment ``<!---->`` follows
one where a digit comes next); in a link's address they are percent-encoded.
The property also says ``VALUE=TEXT``, so that readers which do unescape
know to.
"""

from __future__ import annotations

import html
import html.entities
import re

__all__ = ["html_description"]

_URL = re.compile(r"https?://\S+")
#: Every name a character reference can have, with and without its ";".
_NAMES = tuple(html.entities.html5)
_UNKNOWN_REFERENCE = re.compile(r"[A-Za-z][A-Za-z0-9]*;")


def _may_start_a_reference(rest: str) -> bool:
    """Whether HTML could read ``&`` followed by ``rest`` as something other than ``&``."""
    return (
        rest.startswith("#")
        or rest.startswith(_NAMES)
        or _UNKNOWN_REFERENCE.match(rest) is not None
    )


#: Characters written as decimal references in text: markup, and what TEXT escapes.
_REFERENCES = {"<": 60, ">": 62, ",": 44, ";": 59, "\\": 92}
#: The same, and the quote, in a link's address: percent-encoded.
_IN_URL = {"<": "%3C", ">": "%3E", '"': "%22", ",": "%2C", ";": "%3B", "\\": "%5C"}


def _escape(text: str, *, attribute: bool = False) -> str:
    """``text`` as HTML text (or a double-quoted attribute) without ``;``, ``,`` or ``\\``."""
    out = []
    for index, char in enumerate(text):
        following = text[index + 1 :]
        if char == "&":
            # "&#38" is followed by "#" or a letter here, never a digit that would continue it.
            out.append("&#38" if _may_start_a_reference(following) else "&")
        elif attribute and char in _IN_URL:
            out.append(_IN_URL[char])
        elif not attribute and char in _REFERENCES:
            guard = "<!---->" if following[:1].isdigit() else ""
            out.append(f"&#{_REFERENCES[char]}{guard}")
        else:
            out.append(char)
    return "".join(out)


def _line(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(_escape(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{_escape(url, attribute=True)}">{_escape(url)}</a>')
        last = match.end()
    out.append(_escape(text[last:]))
    return "".join(out)


def html_description(text: str) -> str:
    """Paragraphs at blank lines, line breaks within them, URLs as links."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(_line(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return f"<html><body>{body}</body></html>"
