"""What the marks of a title cell say about its parts, besides their words.

A colon inside the italics that set a name apart ("<em>Ann Lee:</em> Title"), a
link drawn around the whole cell whose anchor spells it, a link to where papers
are, a label in bold with its dash against it, how someone takes part in brackets
after their name ("(online)"), a title not known yet ("TBA"): each decides a
reading the words alone leave open (``_titles`` asks).
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ._inline import Inline
from ._kind_labels import KIND_LABEL, kind_of_label
from ._name_words import looks_like_names
from ._title_parts import Split
from ._title_text import norm_part

__all__ = [
    "a_papers_link",
    "cancelled",
    "label_apart",
    "name_introduced",
    "names_inside_one_link",
    "without_attendance",
]

#: Where papers are, not people: a link there is a paper's title, not a speaker's name.
_PAPER_URL = lazy_compile(
    r"https?://(?:[\w.-]*\.)?(?:openreview\.net|arxiv\.org|aclanthology\.org|doi\.org|"
    r"proceedings\.\w+|papers\.nips\.cc|dl\.acm\.org|ieeexplore\.ieee\.org)/|\.pdf(?:$|[?#])",
    re.IGNORECASE,
)


def a_papers_link(content: Inline, names: str) -> bool:
    """Whether the names cut from a cell are the label of one link to a paper."""
    return any(
        " ".join(label.split()) == names.strip() and _PAPER_URL.search(url)
        for label, url in content.links
    )


#: A cell struck through whole ("~~Title~~", "<del>Title</del>"), with a note after it or
#: none, and a note that the item is off ("(Cancelled)", "CANCELLED:", "(postponed)").
_STRUCK = lazy_compile(
    r"\s*(?:~~[^~]+~~|<(?P<tag>del|s|strike)\b[^>]*>.+</(?P=tag)\s*>)\s*"
    r"(?P<note>[(\[]?\s*[^()\[\]]{0,40}[)\]]?)\s*",
    re.IGNORECASE | re.DOTALL,
    needs="~~ </",
)
_CALLED_OFF = lazy_compile(
    r"(?:^\W*|[(\[\s-]\s*)(?:cancell?ed|postponed|withdrawn|called\s+off)\b\W*(?:$|:)",
    re.IGNORECASE,
    needs="cancel postponed withdrawn called",
)


def cancelled(raw: str) -> str | None:
    """How a title cell says its item is off ("struck through", "marked cancelled"), or
    ``None``: a struck title is a talk that no longer happens, kept on the page to be seen."""
    struck = _STRUCK.fullmatch(raw)
    if struck is not None and (not struck["note"] or _CALLED_OFF.search(struck["note"])):
        return "struck through" + (f" {struck['note'].strip()}" if struck["note"] else "")
    called_off = _CALLED_OFF.search(raw)
    if called_off is not None:
        return f"marked {called_off.group(0).strip(' ()[]:-')!r}"
    return None


#: How someone takes part, in brackets after their name ("(online)", "(remote)"), or as a
#: sentence of its own at the end ("Ann Lee, Bo Ray. In-person").
_ATTENDANCE = lazy_compile(
    r"(?:\s*\((?:online|remote(?:ly)?|virtual(?:ly)?|in[- ]person|pre-?recorded|"
    r"recorded|via\s+zoom|on\s+zoom)\)|(?<=\.)\s*(?:online|remote|virtual|in[- ]person))"
    r"\s*(?=[.*_]*$)",
    re.IGNORECASE,
)


def without_attendance(line: str) -> str:
    """The line without how someone takes part at its end ("(online)", ". In-person") or
    at its start ('(online) "Title", Ann Lee')."""
    line = _ATTENDANCE.sub("", line) or line
    if not line.lstrip().startswith("("):
        return line
    return _ATTENDANCE_FIRST.sub("", line) or line


#: "(online) ", "(virtual) " before the rest of a line.
_ATTENDANCE_FIRST = lazy_compile(
    r"^\s*\((?:online|remote|virtual|in[- ]person|hybrid|pre-?recorded)\)\s+(?=\S)",
    re.IGNORECASE,
    needs="online remote virtual person hybrid recorded",
)


def label_apart(line: str, marked: set[str]) -> str:
    """ "**Contributed Talk**- Ann Lee: *Title*": a label in bold with its dash against it,
    set apart as a dash between spaces is."""
    for written in sorted(marked, key=len, reverse=True):
        if kind_of_label(written) is not None and re.match(re.escape(written) + r"[-–—]\s", line):
            return f"{written} {line[len(written) :]}"
    return line


def name_introduced(content: Inline) -> Split | None:
    """ "<em>Ann Lee:</em> Fair Termination": names set apart with their colon, then the
    title; whatever the title's words look like, the colon in the italics introduces it."""
    runs = [run for run in content.runs if run.text.strip()]
    if len(runs) < 2 or not (runs[0].emphasis or runs[0].strong) or runs[0].href:
        return None
    first = runs[0].text.strip()
    rest = " ".join(run.text.strip() for run in runs[1:])
    if not first.endswith(":") or any(run.emphasis or run.strong for run in runs[1:]):
        return None
    names = first.removesuffix(":").strip()
    if (
        not looks_like_names(names)
        or KIND_LABEL.search(names)
        or _EVENT_WORDS.search(names)
        or not rest
    ):
        return None
    if looks_like_names(rest) and (
        len(rest.split()) < 4 or _LIST_SEPARATOR.search(rest) or _LIST_SEPARATOR.search(names)
    ):
        # "*Lightning Round:* Ann Lee and Bo Ray": names on both sides; the older rules
        # decide (the italics there are a label's).
        return None
    return Split(title=norm_part(rest), names=names)


#: Words of an event's label, never of a name: "*Social Event:* Boat Trip".
_EVENT_WORDS = lazy_compile(
    r"\b(?:event|social|trip|tour|excursion|round|chat|ceremony|awards?|session|break|"
    r"lunch|dinner|reception|keynote|panel|tutorial|posters?|demos?|opening|closing|"
    r"remarks|welcome|discussion|q&a)\b",
    re.IGNORECASE,
)
#: What joins the names of a list: "Ann Lee and Bo Ray", "Ann Lee, Bo Ray".
_LIST_SEPARATOR = lazy_compile(r",|&|\band\b")


def names_inside_one_link(content: Inline, split: Split) -> bool:
    """Whether the names cut from the front of a title are words of the one link that is
    the whole cell, which a page writes around a title, never around a speaker and it."""
    if len(content.links) != 1 or split.label is not None or not split.names:
        return False
    label, url = content.links[0]
    label = " ".join(label.split())
    if label != " ".join(content.text.split()) or not label.startswith(split.names):
        return False
    # "[Mailbox Types: From Processes to Programming](invited#mailbox-types-from-...)": the
    # anchor spells the whole label, the title's; "#lee" names the speaker's part only.
    _, _, anchor = url.partition("#")
    return bool(anchor) and _letters(anchor) == _letters(label)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
