"""The tokens markdown-it makes of the cells most pages are made of, made without it.

A program's rows hold the same few shapes over and over: a linked speaker in
bold (``**[Ana Klimovic](https://…)**``), a link (``[Slides](https://…)``),
names or affiliations one under the other (``INRIA <br> ETH Zurich``), a bold
label.  markdown-it's inline parser reads them right, at a cost of a fifth of
a millisecond a cell, most of a large page's reading.  Here those shapes, and
only those, are recognised by a regular expression and turned into the tokens
markdown-it would make (strong, link, text, ``<br>``); anything outside them
(an escape, an entity, an underscore, a parenthesis, a colon, text a linkify
rule might turn into a link, a bold run not set off by spaces) is ``None``,
and markdown-it reads it.  A property test holds the two to the same reading.

Why these exclusions: each is a character some inline rule of CommonMark or
linkify acts on (``\\`` escapes, ``&`` entities, ``_`` and ``*`` emphasis,
``()`` link destinations, ``:`` and ``@`` links in text, ``!`` images, ``~``
strikethrough, `````` code, ``<`` raw HTML and autolinks).  ``**`` opens and
closes only where CommonMark's flanking rules cannot say otherwise: after the
start or a space, before the end or a space.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .._patterns import lazy_compile

__all__ = ["PLAIN_URL", "QuickToken", "lone_link", "quick_tokens"]

#: A URL markdown-it's ``normalizeLink`` leaves as it is: http(s), an ASCII host, a port,
#: and a path, query and fragment with nothing to percent-encode (no ``%`` either).
PLAIN_URL = lazy_compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][A-Za-z0-9\-._~/?#=&+,;:@!$*'()]*)?"
)


class QuickToken(NamedTuple):
    """The part of a markdown-it ``Token`` the token walk reads."""

    type: str
    content: str = ""
    href: str | None = None

    def attrGet(self, name: str) -> str | None:  # markdown-it's name
        return self.href if name == "href" else None


#: Text no inline rule acts on (see the module's docstring), one line of it.
_TEXT = r"[^*_\[\]<>&\\`~!|():@\x00-\x1f\x7f]"
#: A link destination as written and as markdown-it keeps it: ``PLAIN_URL`` without the
#: characters it reads in a destination (parentheses, an entity's ``&``).
_URL = r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][A-Za-z0-9\-._~/?#=+,;:@!$*']*)?"
_LINK = rf"\[(?P<{{0}}label>{_TEXT}+)\]\((?P<{{0}}url>{_URL})\)"
_PIECE = lazy_compile(
    r"(?P<br><br>|<br/>|<br />)"
    rf"|\*\*(?:{_LINK.format('s')}|(?P<bold>[^\s*_\[\]<>&\\`~!|():@]|[^\s*_\[\]<>&\\`~!|():@]"
    rf"{_TEXT}*[^\s*_\[\]<>&\\`~!|():@]))\*\*"
    rf"|{_LINK.format('')}"
    rf"|(?P<text>{_TEXT}+)"
)


def quick_tokens(source: str, may_link: Callable[[str], bool]) -> list[QuickToken] | None:
    """The inline tokens of ``source`` (stripped, one line), or None when markdown-it must
    read it.  ``may_link`` is linkify's pretest: text it may turn into a link is not read here.
    """
    tokens: list[QuickToken] = []
    at = 0
    end = len(source)
    while at < end:
        found = _PIECE.match(source, at)
        if found is None:
            return None
        if found.group("br"):
            tokens.append(QuickToken("html_inline", found.group("br")))
        elif found.group("text") is not None:
            text = found.group("text")
            if may_link(text):
                return None
            tokens.append(QuickToken("text", text))
        elif found.group("url") is not None:
            if not _link(tokens, found.group("label"), found.group("url"), may_link):
                return None
        else:
            # ``**…**``: set off by the start or a space on each side, as flanking needs.
            if (at and source[at - 1] != " ") or (found.end() < end and source[found.end()] != " "):
                return None
            tokens.append(QuickToken("strong_open"))
            if found.group("surl") is not None:
                if not _link(tokens, found.group("slabel"), found.group("surl"), may_link):
                    return None
            else:
                bold = found.group("bold")
                if may_link(bold):
                    return None
                tokens.append(QuickToken("text", bold))
            tokens.append(QuickToken("strong_close"))
        at = found.end()
    return tokens


def _link(tokens: list[QuickToken], label: str, url: str, may_link: Callable[[str], bool]) -> bool:
    if may_link(label):
        return False
    tokens += [
        QuickToken("link_open", href=url),
        QuickToken("text", label),
        QuickToken("link_close"),
    ]
    return True


#: A cell that is one link and nothing else, bold or not (``**[Ana Lee](https://…)**``,
#: ``[Slides](https://…)``): the pieces :data:`_PIECE` reads, the whole of ``source``.
_LONE_LINK = lazy_compile(rf"(?P<strong>\*\*)?{_LINK.format('')}(?(strong)\*\*)")


def lone_link(source: str, may_link: Callable[[str], bool]) -> tuple[str, str, bool] | None:
    """(label, URL, bold) of a cell that is one link, as :func:`quick_tokens` reads it (its
    tokens: a link around one text, inside ``strong`` when bold); None for any other cell,
    and for one whose label linkify might read (``may_link``)."""
    found = _LONE_LINK.fullmatch(source)
    if found is None or may_link(found.group("label")):
        return None
    return found.group("label"), found.group("url"), found.group("strong") is not None
