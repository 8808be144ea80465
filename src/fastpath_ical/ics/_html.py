"""The plain-text DESCRIPTION as HTML, for X-ALT-DESC;FMTTYPE=text/html.

Made from the plain text itself, so the two never say different things, and
every piece of it goes through :func:`html.escape`: titles and names come
from a web page and may hold ``<``, ``&`` or quotes.  Only http(s) URLs
become links.
"""

from __future__ import annotations

import html
import re

__all__ = ["html_description"]

_URL = re.compile(r"https?://\S+")


def _line(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def html_description(text: str) -> str:
    """Paragraphs at blank lines, line breaks within them, URLs as links."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(_line(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return f"<html><body>{body}</body></html>"
