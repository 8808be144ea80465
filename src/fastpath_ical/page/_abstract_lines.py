"""A title cell's last lines that are its abstract: "Title<br>by Ann Lee, MIT<br>In this talk ...".

Pages put a talk's title, its speaker and a sentence or two about it in one cell, a
line each.  Read as one title, the speaker and the abstract ran into it ("Title by Ann
Lee, MIT In this talk we ..."); read apart, the sentences are the item's description
and the lines above them split into the title and its speaker as any title cell does.
Only sentences are set apart (eight words or more, at least half of them in small
letters, a full stop at the end, no link), and only when the lines above them then name someone
the whole cell did not: a cell that read well before reads as it did.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ._blocks import Cell
from ._runs import Inline
from ._titles import one_person_and_where, split_title

__all__ = ["abstract_apart"]

#: A sentence's end: a full stop, a question or an exclamation mark, perhaps in quotes.
_SENTENCE_END = lazy_compile(r"[.!?…][\"'”’)\]]*\s*$")
#: A word in small letters, as a sentence's words are and a title's mostly are not.
_SMALL = lazy_compile(r"[a-z][a-z'’-]*[,;:]?")

#: A letter or a digit: what marks around a link ("[", "]", "|") do not hold.
_WORDS = lazy_compile(r"[^\W_]")

_FEWEST_WORDS = 8


def _a_sentence(line: str) -> bool:
    words = line.split()
    if len(words) < _FEWEST_WORDS or not _SENTENCE_END.search(line):
        return False
    small = sum(1 for word in words if _SMALL.fullmatch(word))
    return small * 2 >= len(words)


def _only_links(content: Inline, line: int) -> bool:
    """Whether the cell's line ``line`` holds links and nothing but marks around them."""
    runs = [run for run in content.runs if run.line == line and run.text.strip()]
    return bool(runs) and all(run.href or not _WORDS.search(run.text) for run in runs)


def _named(content: Inline) -> bool:
    split = split_title(content)
    return split is not None and bool(split.names.strip())


#: "by Ann Lee", "by [Ann Lee](url), Example University": a line that says who speaks.
_BY = lazy_compile(r"\W*by\s+\S", re.IGNORECASE, needs="by")


def _says_who(line: str) -> bool:
    """Whether the line above the sentences names the speaker as such a line does: after
    "by", or one full name and where they work ("Grand Ballroom" is no one)."""
    return bool(_BY.match(line)) or one_person_and_where(line.strip(" *_"))


def abstract_apart(cell: Cell) -> tuple[Cell, str]:
    """``cell`` without the sentences on its last lines, and those sentences; the cell
    itself and ``""`` when its lines are not so written."""
    content = cell.content
    lines = content.lines
    written = [index for index, line in enumerate(lines) if line.strip()]
    if len(written) < 2:
        return cell, ""
    linked = {run.line for run in content.runs if run.href}
    last = len(written)
    while last > 1 and _only_links(content, written[last - 1]):
        last -= 1  # "**[[Video](url)]**" under the abstract: the talk's material
    first = last
    while first > 1 and _a_sentence(lines[written[first - 1]]) and written[first - 1] not in linked:
        first -= 1
    if first == last:
        return cell, ""
    dropped = written[first:last]
    kept = set(written) - set(dropped)
    runs = tuple(run for run in content.runs if run.line in kept)
    shorter = Inline(
        text=" ".join(lines[index].strip() for index in written if index in kept),
        links=content.links,  # the dropped lines hold none
        emphasized=all(run.strong or run.emphasis for run in runs if run.text.strip()),
        lines=tuple(line if index in kept else "" for index, line in enumerate(lines)),
        runs=runs,
        hidden=content.hidden,
        items=content.items,
    )
    above = sorted(index for index in kept if index < dropped[0])
    speaker_line = lines[above[-1]].strip() if above else ""
    if _named(content) or not _named(shorter) or not _says_who(speaker_line):
        return cell, ""
    abstract = "\n".join(lines[index].strip() for index in dropped)
    return Cell(raw=cell.raw, line=cell.line, column=cell.column, content=shorter), abstract
