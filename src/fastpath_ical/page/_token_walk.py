"""The reading of ``_html_walk``, done on markdown-it's inline tokens instead of HTML."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from markdown_it.token import Token

from ..text import clean_text
from ._html_walk import BRACKETED, Walk
from ._quick_inline import QuickToken
from ._runs import Run

__all__ = ["walk_tokens"]


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
_INLINE_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: What BeautifulSoup counts as whitespace when it collapses a string of it.
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"


@attrs.define
class _TokenWalk:
    walk: Walk = attrs.Factory(Walk)
    strong: int = 0
    emphasis: int = 0
    href: str | None = None
    pending: list[str] = attrs.Factory(list)
    #: The strings inside the open link, for its label; None outside a link.
    label: list[str] | None = None

    def flush(self) -> None:
        """The text since the last tag, as one string (BeautifulSoup's ``endData``)."""
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending.clear()
        if not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        self.walk.runs.append(
            Run(text, self.walk.line, self.strong > 0, self.emphasis > 0, self.href)
        )
        if self.label is not None:
            self.label.append(text)


def walk_tokens(tokens: Sequence[Token] | Sequence[QuickToken]) -> Walk | None:
    """The walk of the HTML these inline tokens render to; None when the HTML way must read it."""
    state = _TokenWalk()
    outer: str | None = None
    opened = -1  # the index in walk.links of the open link, -1 when its href is empty
    for token in tokens:
        kind = token.type
        if kind == "text":
            if token.content:
                state.pending.append(token.content)
            continue
        if kind == "softbreak":
            state.pending.append("\n")
            continue
        state.flush()
        if kind == "hardbreak":
            state.walk.line += 1
            state.pending.append("\n")
        elif kind == "html_inline":
            if not _INLINE_BR.fullmatch(token.content):
                return None
            state.walk.line += 1
        elif kind == "strong_open":
            state.strong += 1
        elif kind == "strong_close":
            state.strong -= 1
        elif kind == "em_open":
            state.emphasis += 1
        elif kind == "em_close":
            state.emphasis -= 1
        elif kind == "code_inline":
            if token.content:
                state.pending.append(token.content)
                state.flush()
        elif kind == "link_open":
            if state.label is not None:
                return None
            state.label = []
            outer = state.href
            href = str(token.attrGet("href") or "")
            opened = -1
            if href:
                state.href = href.strip()
                opened = len(state.walk.links)
                state.walk.links.append(("", state.href))
        elif kind == "link_close":
            if state.label is None:
                return None
            if opened >= 0:
                label = clean_text(" ".join(state.label))
                if BRACKETED.fullmatch(label):
                    return None
                state.walk.links[opened] = (label, state.walk.links[opened][1])
            state.label = None
            state.href = outer
        elif kind not in _CONTAINERS:
            return None
    state.flush()
    return state.walk
