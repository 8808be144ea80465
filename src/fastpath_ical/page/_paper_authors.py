"""Authors of a paper the program lists by its title alone, from the page's table of papers.

Workshop pages list a contributed talk by its title only ("17:15 | Paper talk | SLA
Management in Agent Pipelines") and the accepted papers, with their authors, in a table
of their own ("| Paper | Authors |"). A person reading the program joins the two by the
title; the reader does too, only where the title is the same word for word (case and
spacing aside) and that table lists it once, and only for an item that names no one.
A list of papers under a heading that says so ("Accepted papers") does as well, each
entry its authors and then its title in italics ("- Ann Lee and Bo Ray, *Trees in
Winter*"); a list of readings is no list of papers.
Every join is a warning naming both lines, since it is an inference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import Item, ItemKind
from ._blocks import Block, Cell, Heading, Paragraph, Table
from ._column_names import Column, column_of, header_name
from ._name_words import looks_like_names
from ._people import read_people
from ._records import PageWarning

__all__ = ["fill_authors", "papers_elsewhere"]

#: The fewest words of a title joined by: "TBA" or "Lightning talks" names no one paper.
_WORDS = 4
#: The kinds of item a paper of the table may be given as.
_PAPER_KINDS = frozenset([ItemKind.TALK, ItemKind.CONTRIBUTED])


#: A heading over a list of a workshop's papers.
_PAPERS_HEADING = lazy_compile(
    r"\b(?:papers?|accepted|posters?|publications?|proceedings|abstracts?|contributions?|"
    r"submissions?)\b",
    re.IGNORECASE,
)


def _key(title: str) -> str:
    return " ".join(title.split()).casefold().rstrip(" .")


def papers_elsewhere(blocks: Sequence[Block], program: Iterable[Table]) -> dict[str, Cell]:
    """Each paper title of a table that is not the program (a Title or Paper column and an
    Authors column), with its authors' cell; a title listed twice is left out."""
    skipped = {id(table) for table in program}
    found: dict[str, Cell] = {}
    twice: set[str] = set()
    heading = ""
    for block in blocks:
        if isinstance(block, Heading):
            heading = block.content.text
            continue
        if isinstance(block, Paragraph):
            # "### Accepted papers": a list of papers, not of readings or of last year's talks.
            listed = _listed_paper(block) if _PAPERS_HEADING.search(heading) else None
            if listed is not None:
                key, cell = listed
                if key in found:
                    twice.add(key)
                found[key] = cell
            continue
        if not isinstance(block, Table) or id(block) in skipped or not block.header:
            continue
        named = [column_of(cell) for cell in block.header]
        if named.count(Column.TITLE) != 1 or named.count(Column.SPEAKER) != 1:
            continue
        title_at, authors_at = named.index(Column.TITLE), named.index(Column.SPEAKER)
        if "author" not in header_name(block.header[authors_at]):
            continue  # "| Speaker | Title |" lists talks (last year's, or to come), not papers
        for row in block.rows:
            if max(title_at, authors_at) >= len(row) or row[authors_at].is_empty:
                continue
            key = _key(row[title_at].content.text)
            if len(key.split()) < _WORDS:
                continue  # "TBA", "Talk": no paper's title, and any talk's
            if key in found:
                twice.add(key)
            found[key] = row[authors_at]
    return {key: cell for key, cell in found.items() if key not in twice}


def _listed_paper(block: Paragraph) -> tuple[str, Cell] | None:
    """ "- Ann Lee, Bo Ray, and Cy Dee, *Trees in Winter*": an entry of a list of papers,
    its title in italics after its authors' names, and nothing else."""
    runs = [run for run in block.content.runs if run.text.strip()]
    if not block.item or len(runs) < 2 or not runs[-1].emphasis or runs[0].emphasis:
        return None
    cut = next(index for index, run in enumerate(runs) if run.emphasis)
    if not all(run.emphasis for run in runs[cut:]) or any(run.href for run in runs):
        return None
    authors = " ".join(run.text for run in runs[:cut]).strip().removesuffix(",").strip()
    title = " ".join(run.text for run in runs[cut:])
    key = _key(title)
    # Three words will do here: the list says, in italics after its authors, that it is
    # a paper's title.
    if len(key.split()) < _WORDS - 1 or not looks_like_names(authors):
        return None
    return key, Cell(raw=authors, line=block.line, column=1)


def fill_authors(
    items: Sequence[Item],
    item_lines: Sequence[int],
    papers: dict[str, Cell],
    warnings: list[PageWarning],
) -> tuple[Item, ...]:
    """The items, each talk that names no one given the authors its paper has in the
    table of papers."""
    if not papers:
        return tuple(items)
    filled: list[Item] = []
    for item, line in zip(items, item_lines, strict=True):
        cell = papers.get(_key(item.title))
        if cell is None or item.people or item.kind not in _PAPER_KINDS:
            filled.append(item)
            continue
        people, labelled = read_people(cell, None, [])
        if not people or labelled:
            filled.append(item)
            continue
        warnings.append(
            PageWarning(
                line,
                1,
                f"read {', '.join(p.name for p in people)} as the authors of {item.title!r}, "
                f"from the papers listed at line {cell.line}",
            )
        )
        filled.append(attrs.evolve(item, people=people))
    return tuple(filled)
