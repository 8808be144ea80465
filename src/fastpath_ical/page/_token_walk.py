"""The reading of ``_html_walk``, done on markdown-it's inline tokens instead of HTML."""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

from .._patterns import lazy_compile
from ..text import clean_text
from ._html_walk import BRACKETED, Walk
from ._quick_inline import QuickToken
from ._runs import Run

__all__ = ["ASCII_SPACES", "walk_tokens"]


# -- the same walk over markdown-it's tokens ---------------------------------------------
#
# Most cells are text, links, bold and ``<br>``: rendering their tokens as HTML and parsing
# that HTML back with BeautifulSoup, only to walk it, was half of reading a large table.
# These tokens are walked as the HTML they render to would be walked, down to what
# BeautifulSoup does with text between two tags (one string, whitespace alone collapsed to
# one space or newline).  Anything else (raw HTML other than ``<br>``, images, a bracketed
# link label, which :class:`_Walk` rewrites) goes the HTML way, so there is one meaning.

#: Token types whose HTML the walk treats as a plain container of text.
_CONTAINERS = frozenset({"s_open", "s_close"})
_INLINE_BR = lazy_compile(r"<br\s*/?>", re.IGNORECASE)
#: What BeautifulSoup counts as whitespace when it collapses a string of it.
ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"


def walk_tokens(tokens: Sequence[Token] | Sequence[QuickToken]) -> Walk | None:
    """The walk of the HTML these inline tokens render to; None when the HTML way must read it.

    The walk's state is held in local names, not in an object: this runs once for
    nearly every cell of a page.
    """
    walk = Walk()
    runs = walk.runs
    links = walk.links
    line = 0
    strong = 0
    emphasis = 0
    href: str | None = None
    outer: str | None = None
    # The text since the last tag, joined into one string when a tag comes
    # (BeautifulSoup's ``endData``).
    pending: list[str] = []
    # The strings inside the open link, for its label; None outside a link.
    label: list[str] | None = None
    opened = -1  # the index in walk.links of the open link, -1 when its href is empty
    for token in tokens:
        kind = token.type
        if kind == "text":
            if token.content:
                pending.append(token.content)
            continue
        if kind == "softbreak":
            pending.append(" ")  # a line break in the source is a space where it is shown
            continue
        if pending:
            text = "".join(pending)
            pending.clear()
            if not text.strip(ASCII_SPACES):
                text = "\n" if "\n" in text else " "
            runs.append(Run(text, line, strong > 0, emphasis > 0, href))
            if label is not None:
                label.append(text)
        if kind == "hardbreak":
            line += 1
            pending.append(" ")
        elif kind == "html_inline":
            if not _INLINE_BR.fullmatch(token.content):
                return None
            line += 1
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "code_inline":
            text = token.content
            if text:
                if not text.strip(ASCII_SPACES):
                    text = "\n" if "\n" in text else " "
                runs.append(Run(text, line, strong > 0, emphasis > 0, href))
                if label is not None:
                    label.append(text)
        elif kind == "link_open":
            if label is not None:
                return None
            label = []
            outer = href
            written = str(token.attrGet("href") or "")
            opened = -1
            if written:
                href = written.strip()
                opened = len(links)
                links.append(("", href))
        elif kind == "link_close":
            if label is None:
                return None
            if opened >= 0:
                text = clean_text(" ".join(label))
                if BRACKETED.fullmatch(text):
                    return None
                links[opened] = (text, links[opened][1])
            label = None
            href = outer
        elif kind not in _CONTAINERS:
            return None
    if pending:
        text = "".join(pending)
        if not text.strip(ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        runs.append(Run(text, line, strong > 0, emphasis > 0, href))
    walk.line = line
    return walk
