"""A talk's title in a section of its own below the program: "## Keynote A" ... "**Title**: ...".

Workshop pages list the day in a table that names each talk by its slot ("Keynote A:
Ann Lee", "Panel Discussion") and give the talk itself further down, under a heading
named for the slot, with labelled lines: "**Title**: Scaling Evaluation to Many
Languages", "**Speaker**: [Ann Lee](https://...)", "**Topic**: ...".  A person reads
the title there.  The reader does so only where the match is exact: the item's title
is a kind's label alone ("Keynote A"), one heading of the page outside the program is
that label (before a bracket or a colon: "Keynote A (Time: 9:15-10:15)"), no other item
has that title, and the section under the heading has one title line.  A speaker line
in the section that names the item's speaker gives that speaker's homepage if the
program gives none.  Each is a warning naming both lines: it is an inference.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import Item, ItemKind, Person
from ._blocks import Block, Heading, Paragraph, Table
from ._elsewhere import an_affiliation, name_at_start, name_key, names_a_person
from ._kind_labels import kind_of_label
from ._name_split import is_full_name
from ._records import PageWarning

__all__ = ["Section", "fill_titles", "talk_sections"]

#: "**Title**: ...", "Talk title: ...", "**Topic**: ...": the line that names the talk.
_TITLE_LINE = lazy_compile(
    r"^\W*(?:talk\s+)?(?:title|topic)\W*:\W*(?P<title>\w.*?)[\s*_]*$",
    re.IGNORECASE,
    needs="title topic",
)
#: "**Speaker**: [Ann Lee](url)": the line that names who gives it.
_SPEAKER_LINE = lazy_compile(r"^\W*speaker\W*:\s*", re.IGNORECASE, needs="speaker")
#: "**Panelists**:" on a line of its own, over a list of them.
_PANELISTS_LINE = lazy_compile(r"\W*panel(?:ists|lists?)\W*", re.IGNORECASE, needs="panel")
#: What a heading says after its slot's name: "(Time: 9:15-10:15)", ": details".
_AFTER_SLOT = lazy_compile(r"\s*(?:[(\[:–—|]|\s-\s).*$")


@attrs.frozen
class Section:
    """A heading named for a slot of the program, and the talk its section names."""

    heading_line: int
    title: str | None
    title_line: int
    #: The speaker line's name and homepage, when it links one.
    speaker: str | None = None
    profile: str | None = None
    #: The people a "Panelists:" line lists under it, a list entry each, and that line.
    panelists: tuple[Person, ...] = ()
    panelists_line: int = 0


def _key(text: str) -> str:
    return " ".join(_AFTER_SLOT.sub("", text).split()).casefold()


#: A slot lettered rather than numbered: "Keynote A", "Invited Talk B".
_LETTERED = lazy_compile(r"\s+[a-z]$")


def _label_kind(key: str) -> object:
    """The kind a slot's name says, lettered too ("keynote a" as "keynote")."""
    return kind_of_label(key) or kind_of_label(_LETTERED.sub("", key))


def talk_sections(blocks: Sequence[Block]) -> dict[str, Section]:
    """The page's sections headed by a slot's name, each by its key (the name, folded);
    a name two headings give is left out."""
    found: dict[str, Section] = {}
    seen: Counter[str] = Counter()
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        key = _key(block.content.text)
        if not key:
            continue
        seen[key] += 1
        # The section's lines first: a heading over no "Title:" line asks no label's kind.
        section = _section(block, blocks[index + 1 :])
        if section is None:
            continue
        if section.title is None:
            # "# Panel A: Data-Driven Learning" over its people: the item of that title.
            whole = _panel_key(block.content.text)
            seen[whole] += 1
            found[whole] = section
        elif _label_kind(key) is not None:
            found[key] = section
        elif (names := _speakers_key(key)) is not None:
            seen[names] += 1
            found[names] = section
    return {key: section for key, section in found.items() if seen[key] == 1}


#: "Ann Lee & Bo Chen", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen": names a heading joins.
_JOINED_NAMES = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|&|\band\b)\s*")
#: Keys of sections headed by their speakers' names, apart from slots' names.
_SPEAKERS = "\x00speakers:"


#: Keys of sections that list a panel's people under its whole title.
_PANEL = "\x00panel:"


def _panel_key(title: str) -> str:
    """The key a panel's section is kept under: its heading, or the item's title, folded."""
    return _PANEL + " ".join(title.split()).casefold()


def _names_key(names: Iterable[str]) -> str:
    """The key a section headed by exactly these names is kept under: folded, sorted."""
    return _SPEAKERS + "\n".join(sorted(name_key(name).casefold() for name in names))


def _people_key(people: Sequence[Person]) -> str:
    return _names_key(person.name for person in people)


def _speakers_key(key: str) -> str | None:
    """The key of a heading naming the talk's speakers ("## Ann Lee", "## Ann Lee & Bo
    Chen"): their names, folded and sorted; None for a heading that is not only names."""
    names = [name for name in _JOINED_NAMES.split(key) if name]
    if not names or not all(is_full_name(name) and len(name.split()) <= 4 for name in names):
        return None
    return _names_key(names)


def _listed_person(block: Paragraph) -> Person | None:
    """A list entry that is one link to a person's page, its label the person and where
    they work, nothing else: "[Ann Lee, Example University](url)". Two capitalised words
    are a topic as often as a name ("- Data Curation", "- Main Hall, Level 2"): the link
    to someone's page and the place of work beside the name say who it is."""
    text = block.content.text.strip().rstrip(",;").strip()
    links = block.content.links
    if len(links) != 1 or " ".join(links[0][0].split()).rstrip(",") != " ".join(text.split()):
        return None
    name, _, affiliation = text.partition(",")
    name, affiliation = name.strip(), " ".join(affiliation.split())
    # "Weights and Biases, Inc.": an abbreviation's full stop ends no sentence here.
    if not names_a_person(name) or not affiliation or not an_affiliation(affiliation.rstrip(".")):
        return None
    if not links[0][1].startswith(("http://", "https://")):
        return None
    return Person(name=name, affiliation=affiliation, profile=links[0][1])


def _section(heading: Heading, below: Sequence[Block]) -> Section | None:
    titles: list[tuple[str, int]] = []
    speaker: tuple[str | None, str | None] = (None, None)
    panelists: list[Person] | None = None
    panelists_line = 0
    #: A list of people and nothing else under the heading ("# Panel A: Data" over
    #: "- [Ann Lee, Example University](url)"): the panel's people, None once it is not.
    listed: list[Person] | None = []
    listed_line = 0
    for block in below:
        if isinstance(block, Heading) and block.level <= heading.level:
            break
        if isinstance(block, Table):
            return None  # a table of its own: another program, not one talk's section
        if not isinstance(block, Paragraph):
            continue
        text = block.content.text
        if listed is not None:
            person = _listed_person(block) if block.item else None
            if person is None:
                listed = None
            else:
                listed.append(person)
                listed_line = listed_line or block.line
        if _PANELISTS_LINE.fullmatch(text):
            panelists, panelists_line = [], block.line
            continue
        if panelists is not None and block.item:
            name, profile = name_at_start(block.content, text.strip())
            if name is None or not is_full_name(name) or len(name) < len(text.strip()) - 1:
                return None  # an entry that is more than a name: not a list of panelists
            panelists.append(Person(name=name, profile=profile))
            continue
        if (found := _TITLE_LINE.match(text)) is not None:
            titles.append((found["title"].strip(' *_"“”'), block.line))
        elif (said := _SPEAKER_LINE.match(text)) is not None and speaker == (None, None):
            written = text[said.end() :].strip(" *_")
            name, profile = name_at_start(block.content, written)
            # An unlinked name is still the one the item's speaker must be.
            speaker = (name or written.split(",")[0].strip() or None, profile)
    if not titles and listed is not None and len(listed) >= 2:
        return Section(heading.line, None, 0, panelists=tuple(listed), panelists_line=listed_line)
    if len(titles) != 1:
        return None
    title, line = titles[0]
    return Section(
        heading.line,
        title,
        line,
        *speaker,
        panelists=tuple(panelists or ()),
        panelists_line=panelists_line,
    )


def fill_titles(
    items: Sequence[Item],
    item_lines: Sequence[int],
    sections: dict[str, Section],
    warnings: list[PageWarning],
) -> tuple[Item, ...]:
    """The items, a slot's label alone as title replaced by the title its section gives."""
    if not sections:
        return tuple(items)
    titles = Counter(item.title.casefold() for item in items)
    speakers = Counter(_people_key(item.people) for item in items if item.people)
    filled = list(items)
    for index, item in enumerate(items):
        key = " ".join(item.title.split()).casefold()
        listed = sections.get(_panel_key(item.title)) if titles[key] == 1 else None
        if listed is not None and item.kind is ItemKind.PANEL and not item.people:
            warnings.append(
                PageWarning(
                    item_lines[index],
                    1,
                    f"read {', '.join(p.name for p in listed.panelists)} as the people of "
                    f"{item.title!r}, from the list under the heading at line "
                    f"{listed.heading_line}",
                )
            )
            filled[index] = attrs.evolve(item, people=listed.panelists)
            continue
        section = sections.get(key) if titles[key] == 1 else None
        if (
            section is None
            and item.people
            and item.kind is not ItemKind.PANEL
            and kind_of_label(item.title) is not None
            and speakers[_people_key(item.people)] == 1
        ):
            # "| Invited Talk | Ann Lee |" over "## Ann Lee" and "**Title:** ...": a
            # slot's label, its talk in the section headed by its speakers' names (when
            # no other item of the program is theirs, a panel least of all).
            section = sections.get(_people_key(item.people))
        if section is None or section.title is None:
            continue
        if (
            section.speaker
            and item.people
            and not any(
                name_key(section.speaker) == name_key(person.name) for person in item.people
            )
        ):
            continue  # the section names another speaker: not this item's section
        warnings.append(
            PageWarning(
                item_lines[index],
                1,
                f"read {section.title!r} as the title of {item.title!r}, from line "
                f"{section.title_line} under the heading at line {section.heading_line}",
            )
        )
        people = tuple(
            attrs.evolve(person, profile=section.profile)
            if section.profile
            and not person.profile
            and section.speaker
            and name_key(section.speaker) == name_key(person.name)
            else person
            for person in item.people
        )
        if not people and section.panelists:
            people = section.panelists
            warnings.append(
                PageWarning(
                    item_lines[index],
                    1,
                    f"read {', '.join(p.name for p in people)} as the people of "
                    f"{section.title!r}, from the list under line {section.panelists_line}",
                )
            )
        filled[index] = attrs.evolve(item, title=section.title, people=people)
    return tuple(filled)
