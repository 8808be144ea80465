"""Panelists a page lists in a section of their own, for the one panel of its program.

A program often says only "Panel Discussion" and names the panelists under a heading of
their own ("## Panelists", then "**Ann Lee** Example University" on each line). A person
reading the program gives the panel those people; the reader does too, only when the
program holds exactly one panel that names no one and every line of the section that
names someone sets the name apart (bold or a link). The join is a warning naming both
lines, since it is an inference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import ProgramError
from ..model import Item, ItemKind, Person
from ._affiliations import has_acronym, has_organisation_word
from ._blocks import Block, Heading, Paragraph
from ._elsewhere import an_affiliation, name_at_start
from ._records import PageWarning

__all__ = ["fill_panelists", "panelists"]

#: A heading over the panel's people: "Panelists", "Panellists", "Panel", "Our panelists".
_HEADING = lazy_compile(
    r"\W*(?:(?:our|the)\s+)?(?:panel(?:l?ists?)?|panel\s+discussion)(?:\s+members)?\W*",
    re.IGNORECASE,
)
#: A link or note in brackets after a panelist's affiliation: "([slides](a.pdf))".
_NOTE = lazy_compile(r"\s*\([^()]*\)\s*$")
#: A program item that is a panel, by its title ("Panel: Ethics" keeps only its kind).
_PANEL = lazy_compile(r"\bpanel\b", re.IGNORECASE)
#: A role other than a panelist's, said beside a name.
_ROLE = lazy_compile(r"\b(?:moderat\w*|chair\w*|host(?:ed|s)?)\b", re.IGNORECASE)


def panelists(blocks: Sequence[Block]) -> tuple[int, tuple[Person, ...]] | None:
    """The people a section headed "Panelists" lists, and the heading's line; ``None``
    when there is no such section, or it has two, or a line of it names no one."""
    found: list[tuple[int, tuple[Person, ...]]] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading) or not _HEADING.fullmatch(block.content.text):
            continue
        people: list[Person] = []
        for below in blocks[index + 1 :]:
            if isinstance(below, Heading):
                break
            if not isinstance(below, Paragraph) or not below.content.text.strip():
                continue
            if _TEMPLATE_TAG.fullmatch(below.raw):
                continue  # "{{ new_block() }}": the site's template, nothing a reader sees
            person = _panelist(below)
            if person is None:
                return None  # a line that names no one: prose, not a list of panelists
            people.append(person)
        if people:
            found.append((block.line, tuple(people)))
    return found[0] if len(found) == 1 else None


def _panelist(line: Paragraph) -> Person | None:
    text = " ".join(line.content.text.split())
    name, profile = name_at_start(line.content, text)
    if name is None:
        return None
    after = text[len(name) :].strip(" ,;:–—-")
    bracketed = _BRACKETED.fullmatch(after)
    # "[Ann Lee](url) ([Example Lab](url))": where they work, in brackets after the name.
    rest = bracketed["inside"].strip() if bracketed else _NOTE.sub("", after).strip(" ,;:–—-")
    if _ROLE.search(text) and not _a_position(rest):
        return None  # "**Ann Lee**, MIT (moderator)": not every one listed is a panelist
    linked = any(label.strip() and label.strip() in rest for label, _ in line.content.links)
    if bracketed and not (linked or has_organisation_word(rest) or has_acronym(rest)):
        rest = ""  # "(remote)", "(she/her)": a note, no place of work
    # In brackets after the name and linked, where they work ("([Chameleon Cloud](url))"),
    # though its words are capitalised as a name's are.
    affiliation = rest if rest and (linked or an_affiliation(rest)) else None
    if rest and affiliation is None:
        return None
    try:
        return Person(name=name, affiliation=affiliation, profile=profile)
    except ProgramError:
        return Person(name=name, affiliation=affiliation)


_TEMPLATE_TAG = lazy_compile(r"\s*(?:\{\{.*\}\}|\{%.*%\})\s*")
_BRACKETED = lazy_compile(r"\((?P<inside>[^()]+)\)")


def _a_position(rest: str) -> bool:
    """Whether a role's word stands in a post someone holds, written where they work
    ("ISC26 Research Paper Chair", three words or more), not their part in the panel
    ("moderator", "Session Chair")."""
    words = rest.split()
    return (
        len(words) >= 3
        and "(" not in rest
        and _ROLE.fullmatch(words[-1]) is not None
        and not any(_ROLE_ALONE.fullmatch(part.strip()) for part in re.split(r"[,;]", rest))
    )


#: A part of a bracket that is a role and nothing else: "moderator", "Panel Chair".
_ROLE_ALONE = lazy_compile(
    r"(?:panel\s+|session\s+)?(?:moderat\w*|chair\w*|host(?:ed|s)?)", re.IGNORECASE
)


def fill_panelists(
    items: Sequence[Item],
    item_lines: Sequence[int],
    listed: tuple[int, tuple[Person, ...]] | None,
    warnings: list[PageWarning],
) -> tuple[Item, ...]:
    """The items, the program's one panel given the panelists its section lists."""
    if listed is None:
        return tuple(items)
    panels = [
        index
        for index, item in enumerate(items)
        if item.kind is ItemKind.PANEL or _PANEL.search(item.title)
    ]
    if len(panels) != 1 or items[panels[0]].people:
        return tuple(items)
    at = panels[0]
    heading_line, people = listed
    warnings.append(
        PageWarning(
            item_lines[at],
            1,
            f"read {', '.join(p.name for p in people)} as the panelists of "
            f"{items[at].title!r}, from the list under the heading at line {heading_line}",
        )
    )
    filled = list(items)
    filled[at] = attrs.evolve(items[at], people=people)
    return tuple(filled)
