"""The plain-text DESCRIPTION as HTML, for X-ALT-DESC;FMTTYPE=text/html.

Made from the plain text itself, so the two never say different things, and
every ``<``, ``>`` and (in an attribute) ``"`` is escaped: titles and names
come from a web page and may hold markup.  Only http(s) URLs become links.

An ``&`` is written bare wherever HTML reads a bare ``&`` as itself (no
character reference can start after it: ``?v=1&list=x``), and as ``&amp;``
only where one could.  The ``;`` of every entity is escaped as ``\\;`` in the
iCalendar TEXT value, and icalendar, ical.js and sabre/vobject 2 hand an
X- property back without unescaping it, with a stray backslash
(``&amp\\;``); fewer entities mean fewer such places, and the property
also says ``VALUE=TEXT``, so that those readers unescape it at all.
"""

from __future__ import annotations

import html
import html.entities
import re

__all__ = ["html_description"]

_URL = re.compile(r"https?://\S+")
#: Every name a character reference can have, with and without its ";".
_NAMES = tuple(html.entities.html5)
_UNKNOWN_REFERENCE = re.compile(r"[A-Za-z0-9]+;")


def _may_start_a_reference(rest: str) -> bool:
    """Whether HTML could read ``&`` followed by ``rest`` as something other than ``&``."""
    return (
        rest.startswith("#")
        or rest.startswith(_NAMES)
        or _UNKNOWN_REFERENCE.match(rest) is not None
    )


def _escape(text: str, *, attribute: bool = False) -> str:
    """``text`` as HTML text (or a double-quoted attribute), with as few entities as can be."""
    first, *rest = text.split("&")
    out = [_markup(first, attribute)]
    for piece in rest:
        out.append("&amp;" if _may_start_a_reference(piece) else "&")
        out.append(_markup(piece, attribute))
    return "".join(out)


def _markup(text: str, attribute: bool) -> str:
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text


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
