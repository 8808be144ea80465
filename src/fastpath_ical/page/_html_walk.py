"""The walk over an HTML tree that reads a cell: lines, links, emphasis, what is folded away.

``<br>`` and block elements break lines; ``<details>`` and ``display: none`` are
an abstract, not the title; a list after the cell's text is its entries (a
session's papers); a ``<sup>`` mark is read raised.  The token walk
(``_token_walk``) builds the same :class:`Walk` from markdown-it's tokens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from .._patterns import lazy_compile
from ..text import clean_text
from ._runs import Inline, Run

if TYPE_CHECKING:
    # Beautiful Soup (a tenth of a second to import, with the builders it finds) is loaded
    # by the functions that parse HTML, when a page has HTML the token walk leaves to it.
    from bs4 import BeautifulSoup, Tag

__all__ = ["BRACKETED", "TOGGLE", "Walk", "from_node", "inline_of"]


#: Elements that start a line of their own inside a cell.
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd"}
)
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "u", "cite"})
_DROP = frozenset({"script", "style", "template", "noscript", "iframe", "img", "svg", "button"})


#: Classes that hide an element until a reader asks (Bootstrap's and the themes'):
#: ``<div class="abstract hidden">``.
_HIDING_CLASSES = frozenset({"hidden", "d-none", "hide", "collapse"})


def _classes(tag: Tag) -> set[str]:
    """An element's classes, in lower case."""
    return {str(name).lower() for name in tag.get_attribute_list("class") or [] if name}


def _hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    classes = _classes(tag)
    return (
        tag.name == "details"
        or "display:none" in style
        or tag.has_attr("hidden")
        or "modal" in classes
        # "hidden sm:inline" shows it on a wider screen: hidden only with no such class.
        or (
            bool(classes & _HIDING_CLASSES)
            and "show" not in classes
            and not any(":" in name for name in classes)
        )
    )


def _a_button(tag: Tag) -> bool:
    """``<a class="abstract btn" role="button">(Lecture Abstract)</a>``: a control that
    shows what is hidden, no words of the cell (as a ``<button>`` is none)."""
    classes = _classes(tag)
    if str(tag.get("role") or "").lower() != "button" and "btn" not in classes:
        return False
    # Only a control that says it shows something ("(Lecture Abstract)", "Show details");
    # a talk's title may be a link styled as a button.
    said = tag.get_text(" ", strip=True).strip("()[] ")
    return bool(TOGGLE.fullmatch(said) or _NAMED_TOGGLE.fullmatch(said))


#: "Lecture Abstract", "Talk details": a word, then what a toggle shows.
_NAMED_TOGGLE = lazy_compile(
    r"[^\W\d_]+\s+(?:abstracts?|details?|bio(?:graphy)?|summary)", re.IGNORECASE
)


@attrs.define
class Walk:
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
                # A line break in HTML's source is a space where it is shown: "(newly
                # appointed professor)" is one affiliation, not two lines of one.
                text = str(child).replace("\r", " ").replace("\n", " ")
                if text:
                    self.runs.append(Run(text, self.line, strong, emphasis, href))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _DROP or _a_button(child):
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
                if not TOGGLE.fullmatch(child.get_text()):
                    self.text(child, strong, emphasis, href)
                    self.line += 1
                continue
            if _hidden(child):
                summary = child.find("summary") if name == "details" else None
                if isinstance(summary, Tag) and not TOGGLE.fullmatch(summary.get_text()):
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
                self.line += 1  # what follows the list starts a line of its own
                continue
            block = name in _BLOCKS
            if block:
                self.line += 1
            target = href
            first = len(self.runs)
            if name == "a" and child.get("href"):
                target = str(child.get("href")).strip()
                label = clean_text(child.get_text(" "))
                if BRACKETED.fullmatch(label):
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


BRACKETED = lazy_compile(r"\[[^\[\]]*\]")

#: "See abstract", "Bio", "Show details", "Read more": a ``<summary>`` that only says what
#: unfolds under it, no words of the item's (a title may be the summary, and then shows).
TOGGLE = lazy_compile(
    r"\W*(?:(?:see|show|view|read|click\s+(?:for|to\s+see))\s+(?:the\s+)?)?"
    r"(?:abstracts?|bio(?:graphy)?|details?|more|info|description|summary|resumen|r[ée]sum[ée])"
    r"(?:\s+(?:and|&)\s+bio(?:graphy)?)?\W*",
    re.IGNORECASE,
)

#: A ``<sup>`` that is a footnote or affiliation mark: digits, commas, a star or dagger.
_SUPERSCRIPT_MARK = lazy_compile(r"\s*[0-9,*†‡§¶]{1,6}\s*")
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
    walk = Walk()
    walk.text(node, False, False, None)
    return inline_of(walk)


_WORD = lazy_compile(r"\w")


def inline_of(walk: Walk) -> Inline:
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
        and all(run.strong or run.emphasis or not _WORD.search(run.text) for run in visible)
        and any(run.strong or run.emphasis for run in visible)
    )
    return Inline(
        text=" ".join(lines),
        links=tuple(walk.links),
        emphasized=emphasized,
        lines=lines,
        runs=tuple(visible),
        hidden="\n\n".join(part for part in walk.hidden if part),
        items=tuple(item for item in walk.items if not item.is_empty),
    )
