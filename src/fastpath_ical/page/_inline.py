"""A cell's or a line's markup read as text, links and the emphasis people use as labels.

Markdown inline markup goes through markdown-it (CommonMark, so links with
parentheses in their URL, reference-style links, escapes, entities and
autolinks are read as every renderer reads them) and comes out as HTML; HTML
goes through an HTML parser.  Both end here, in one walk over the HTML tree,
so a cell means the same whether the page wrote ``**A**`` or ``<b>A</b>``.

What the walk keeps: the text line by line (``<br>`` and block elements break
lines), the links with their labels, the runs of text with their emphasis
(``**Invited Talk**: Jane Doe`` is a bold label and a name), and what a page
hides from its readers until they ask (``<details>``, ``display: none``),
which is an abstract, not part of the title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..text import clean_text
from ._quick_inline import PLAIN_URL, QuickToken, quick_tokens

if TYPE_CHECKING:
    # Beautiful Soup (a tenth of a second to import, with the builders it finds) is loaded
    # by the functions that parse HTML, when a page has HTML the token walk leaves to it.
    from bs4 import BeautifulSoup, Tag

__all__ = ["Inline", "Run", "from_html", "from_markdown", "from_node", "markdown_parser"]


@attrs.frozen
class Run:
    """A piece of text as written: on which line of the cell, bold or italic, inside a link."""

    text: str
    line: int = 0
    strong: bool = False
    emphasis: bool = False
    href: str | None = None


@attrs.frozen
class Inline:
    """A run of inline markup read as text.

    ``text`` is the lines joined by a space; ``lines`` keeps them apart (a
    cell's ``<br>``).  ``emphasized`` is true when every word is bold or
    italic, which pages use to set a label apart ("*Opening Remarks*").
    ``links`` holds ``(label, url)`` in the order written, whatever the URL's
    scheme: the reader decides which it keeps and says which it drops.
    ``hidden`` is what the page folds away (``<details>``): an abstract;
    ``items`` the entries of a list inside it (a session's papers).
    """

    text: str
    links: tuple[tuple[str, str], ...] = ()
    emphasized: bool = False
    lines: tuple[str, ...] = ()
    runs: tuple[Run, ...] = ()
    hidden: str = ""
    #: The items of a list inside the cell ("<ul><li>Paper A</li>...</ul>"), apart from its text.
    items: tuple[Inline, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.text and not self.links


EMPTY = Inline(text="")


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


_LINK_MARKS = re.compile(r"[./:@]")


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
_MARKUP = re.compile(r"[*_\[\]<>&\\`~!|]|https?:|www\.", re.IGNORECASE)


def from_markdown(raw: str, references: Mapping[str, Any] | None = None) -> Inline:
    """Inline Markdown (a table cell, a heading, a line) as text and links.

    ``references`` are the page's link reference definitions (``[s]: url``),
    as markdown-it collected them, so that ``[Slides][s]`` is a link.
    """
    source = raw.strip()
    if not source:
        return EMPTY
    if not _MARKUP.search(source):
        text = clean_text(source)
        return Inline(text=text, lines=(text,) if text else (), runs=(Run(text),))
    quick = quick_tokens(source, _may_link)
    if quick is not None:
        walked = _walk_tokens(quick)
        if walked is not None:
            return _inline_of(walked)
    env: dict[str, Any] = {"references": dict(references or {})}
    tokens = _MARKDOWN.parseInline(source, env)
    walk = _walk_tokens(tokens[0].children or []) if tokens else None
    if walk is not None:
        return _inline_of(walk)
    return from_html(_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, env))


def from_html(fragment: str) -> Inline:
    """An HTML fragment as text and links."""
    from bs4 import BeautifulSoup

    return from_node(BeautifulSoup(fragment, "html.parser"))


#: Elements that start a line of their own inside a cell.
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd"}
)
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "u", "cite"})
_DROP = frozenset({"script", "style", "template", "noscript", "iframe", "img", "svg", "button"})


def _hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return (
        tag.name == "details"
        or "display:none" in style
        or tag.has_attr("hidden")
        or "modal" in " ".join(tag.get_attribute_list("class") or [])
    )


@attrs.define
class _Walk:
    runs: list[Run] = attrs.Factory(list)
    links: list[tuple[str, str]] = attrs.Factory(list)
    hidden: list[str] = attrs.Factory(list)
    items: list[Inline] = attrs.Factory(list)
    line: int = 0

    def _unbracket(self, first: int, link: Tag) -> None:
        """Drop the brackets around a link's label from its text nodes, before the walk."""
        from bs4 import Comment

        strings = [s for s in link.find_all(string=True) if not isinstance(s, Comment)]
        if strings:
            strings[0].replace_with(str(strings[0]).replace("[", "", 1))
            last = [s for s in link.find_all(string=True) if not isinstance(s, Comment)][-1]
            text = str(last)
            at = text.rfind("]")
            if at >= 0:
                last.replace_with(text[:at] + text[at + 1 :])

    def text(
        self, node: Tag | BeautifulSoup, strong: bool, emphasis: bool, href: str | None
    ) -> None:
        from bs4 import Comment, Tag
        from bs4.element import NavigableString

        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                text = str(child)
                if text:
                    self.runs.append(Run(text, self.line, strong, emphasis, href))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _DROP:
                continue
            if name == "br":
                self.line += 1
                continue
            if name == "sup" and _SUPERSCRIPT_MARK.fullmatch(child.get_text()):
                # "Ann Lee<sup>1</sup>": shown raised, read as the mark it is ("Ann Lee¹").
                text = child.get_text().strip().translate(_SUPERSCRIPTS)
                self.runs.append(Run(text, self.line, strong, emphasis, href))
                continue
            if name == "summary":
                self.text(child, strong, emphasis, href)
                self.line += 1
                continue
            if _hidden(child):
                summary = child.find("summary") if name == "details" else None
                if isinstance(summary, Tag):
                    self.text(summary, strong, emphasis, href)
                    self.line += 1
                self.hidden.append(_hidden_text(child))
                continue
            if name in ("ul", "ol") and self.runs:
                # A list after the cell's own text: its entries, kept apart.
                self.items.extend(
                    from_node(entry)
                    for entry in child.find_all("li", recursive=False)
                    if isinstance(entry, Tag)
                )
                continue
            block = name in _BLOCKS
            if block:
                self.line += 1
            target = href
            first = len(self.runs)
            if name == "a" and child.get("href"):
                target = str(child.get("href")).strip()
                label = clean_text(child.get_text(" "))
                if _BRACKETED.fullmatch(label):
                    label = label[1:-1].strip()  # "[[slides]](url)": brackets set it apart
                    self._unbracket(first, child)
                self.links.append((label, target))
            self.text(
                child,
                strong or name in _STRONG,
                emphasis or name in _EMPHASIS,
                target,
            )
            if block:
                self.line += 1


_BRACKETED = re.compile(r"\[[^\[\]]*\]")

#: A ``<sup>`` that is a footnote or affiliation mark: digits, commas, a star or dagger.
_SUPERSCRIPT_MARK = re.compile(r"\s*[0-9,*†‡§¶]{1,6}\s*")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", ",")


def _hidden_text(tag: Tag) -> str:
    """What a folded element says, beyond its ``<summary>``, as lines of text."""
    from bs4 import Tag

    parts: list[str] = []
    for child in tag.children:
        if isinstance(child, Tag) and child.name == "summary":
            continue
        text = child.get_text("\n") if isinstance(child, Tag) else str(child)
        parts.append(text)
    lines = (clean_text(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def from_node(node: Tag | BeautifulSoup) -> Inline:
    """A parsed HTML element's content as an :class:`Inline`."""
    walk = _Walk()
    walk.text(node, False, False, None)
    return _inline_of(walk)


def _inline_of(walk: _Walk) -> Inline:
    """What a walk found, as an :class:`Inline`: the same whether HTML or tokens were walked."""
    runs: list[Run] = []
    by_line: dict[int, list[str]] = {}  # each line's texts, lines in the order first seen
    for run in walk.runs:
        text = clean_text(run.text) if run.text.strip() else " "
        if run.text[:1].isspace() and text != " ":
            text = " " + text
        if run.text[-1:].isspace() and text != " ":
            text += " "
        if text != run.text:
            run = Run(text, run.line, run.strong, run.emphasis, run.href)
        runs.append(run)
        by_line.setdefault(run.line, []).append(text)
    joined = (clean_text("".join(texts)) for texts in by_line.values())
    lines = tuple(line for line in joined if line)
    visible = [run for run in runs if run.text.strip()]
    emphasized = (
        bool(visible)
        and all(run.strong or run.emphasis or not re.search(r"\w", run.text) for run in visible)
        and any(run.strong or run.emphasis for run in visible)
    )
    return Inline(
        text=" ".join(lines),
        links=tuple(walk.links),
        emphasized=emphasized,
        lines=lines,
        runs=tuple(run for run in runs if run.text.strip()),
        hidden="\n\n".join(part for part in walk.hidden if part),
        items=tuple(item for item in walk.items if not item.is_empty),
    )




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
    walk: _Walk = attrs.Factory(_Walk)
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


def _walk_tokens(tokens: Sequence[Token] | Sequence[QuickToken]) -> _Walk | None:
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
                if _BRACKETED.fullmatch(label):
                    return None
                state.walk.links[opened] = (label, state.walk.links[opened][1])
            state.label = None
            state.href = outer
        elif kind not in _CONTAINERS:
            return None
    state.flush()
    return state.walk
