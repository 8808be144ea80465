"""A cell's or a line's markup read as text, links and the emphasis people use as labels.

Markdown inline markup goes through markdown-it (CommonMark, so links with
parentheses in their URL, reference-style links, escapes, entities and
autolinks are read as every renderer reads them); HTML goes through an HTML
parser.  Both end in one walk (``_html_walk``; the common Markdown cells are
walked on markdown-it's tokens, ``_token_walk``, as their HTML would be), so a
cell means the same whether the page wrote ``**A**`` or ``<b>A</b>``.

What the walk keeps: the text line by line (``<br>`` and block elements break
lines), the links with their labels, the runs of text with their emphasis
(``**Invited Talk**: Jane Doe`` is a bold label and a name), and what a page
hides from its readers until they ask (``<details>``, ``display: none``),
which is an abstract, not part of the title.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from markdown_it import MarkdownIt

from .._patterns import lazy_compile
from ..text import clean_text
from ._html_walk import BRACKETED, from_node, inline_of
from ._quick_inline import PLAIN_URL, lone_link, quick_tokens
from ._runs import EMPTY, Inline, Run
from ._token_walk import ASCII_SPACES, walk_tokens

__all__ = [
    "EMPTY",
    "Inline",
    "Run",
    "from_html",
    "from_markdown",
    "from_node",
    "markdown_parser",
    "walk_tokens",
]


def markdown_parser() -> MarkdownIt:
    """CommonMark with GFM tables, strikethrough and bare-URL links, raw HTML allowed.

    Every link is a link, whatever its scheme: markdown-it leaves ``[more](javascript:…)``
    as literal text (its renderer's safety rule), which would put the Markdown into a
    title unsaid. The reader never renders HTML from these tokens; it drops such a link
    and says so (``cell_links``).
    """
    return _EveryLink("commonmark", {"html": True, "linkify": True}).enable(
        ["table", "strikethrough", "linkify"]
    )


class _EveryLink(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        return True

    def normalizeLink(self, url: str) -> str:
        """The URL as markdown-it writes it (percent-encoded, the host in punycode).

        A URL of ASCII letters, digits and the characters a URL may hold as they
        are comes out unchanged (held so by a property test): it is not parsed,
        punycoded and written again, which was an eighth of reading a page of links.
        """
        if _PLAIN_URL.fullmatch(url):
            return url
        return super().normalizeLink(url)


_PLAIN_URL = PLAIN_URL


_MARKDOWN = markdown_parser()


_LINK_MARKS = lazy_compile(r"[./:@]")


def _may_link(text: str) -> bool:
    """Whether linkify might find a link in ``text`` (its quick, cautious pretest).

    ASCII text with no dot, slash, colon or at sign holds no link linkify finds (a
    host needs a dot before its top-level domain, a scheme ``:``, a scheme-less link
    ``//``, an e-mail address ``@``): it is not held to the pretest, whose pattern
    takes a hundredth of a second to compile, at start-up.
    """
    if text.isascii() and not _LINK_MARKS.search(text):
        return False
    linkify = _MARKDOWN.linkify
    return True if linkify is None else bool(linkify.pretest(text))


#: Text with none of these is plain: no Markdown, HTML, entity, escape or URL in it.
_MARKUP = lazy_compile(r"[*_\[\]<>&\\`~!|]|https?:|www\.", re.IGNORECASE)


def from_markdown(raw: str, references: Mapping[str, Any] | None = None) -> Inline:
    """Inline Markdown (a table cell, a heading, a line) as text and links.

    ``references`` are the page's link reference definitions (``[s]: url``),
    as markdown-it collected them, so that ``[Slides][s]`` is a link.
    """
    source = raw.strip()
    if not source:
        return EMPTY
    read = _without_markdown_it(source)
    if read is not None:
        return read
    env: dict[str, Any] = {"references": dict(references or {})}
    tokens = _MARKDOWN.parseInline(source, env)
    walk = walk_tokens(tokens[0].children or []) if tokens else None
    if walk is not None:
        return inline_of(walk)
    return from_html(_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, env))


@functools.lru_cache(maxsize=4096)
def _without_markdown_it(source: str) -> Inline | None:
    """``source`` (stripped, not empty) read without markdown-it: plain text, or the shapes
    :func:`quick_tokens` knows; None when markdown-it must read it.

    Neither reading looks at the page's link references (a reference-style link is
    left to markdown-it), so it depends on the text alone, and a table repeats the
    same cells (its times, its affiliations, "Break"): each is read once.  An
    :class:`Inline` is frozen, so cells that say the same may share one.
    """
    if not _MARKUP.search(source):
        text = clean_text(source)
        return Inline(text=text, lines=(text,) if text else (), runs=(Run(text),))
    link = lone_link(source, _may_link)
    if link is not None:
        read = _one_link(*link)
        if read is not None:
            return read
    quick = quick_tokens(source, _may_link)
    if quick is not None:
        walked = walk_tokens(quick)
        if walked is not None:
            return inline_of(walked)
    return None


def _one_link(label: str, url: str, strong: bool) -> Inline | None:
    """What :func:`walk_tokens` and :func:`inline_of` make of one link around one text,
    bold or not, made directly: most cells of a program are one (a linked speaker, the
    slides, the video).  None where the walk gives up (a bracketed label).

    Each step is the walk's for these tokens: the link's text is one string, its
    whitespace alone collapsed to a space; the link's label is that string cleaned;
    the run is that string cleaned with its outer spaces kept; the line is the run
    cleaned; it is emphasized when it is bold and shows anything.  A test holds this
    to the walk for cells of every kind.
    """
    text = label if label.strip(ASCII_SPACES) else ("\n" if "\n" in label else " ")
    link_label = clean_text(text)
    if BRACKETED.fullmatch(link_label):
        return None
    shown = link_label if text.strip() else " "  # clean_text(text), made above
    if text[:1].isspace() and shown != " ":
        shown = " " + shown
    if text[-1:].isspace() and shown != " ":
        shown += " "
    line = clean_text(shown)
    lines = (line,) if line else ()
    runs = (Run(shown, 0, strong, False, url),) if shown.strip() else ()
    return Inline(
        text=" ".join(lines),
        links=((link_label, url),),
        emphasized=bool(runs) and strong,
        lines=lines,
        runs=runs,
    )


def from_html(fragment: str) -> Inline:
    """An HTML fragment as text and links."""
    from bs4 import BeautifulSoup

    return from_node(BeautifulSoup(fragment, "html.parser"))
