"""What no reading of a row may hold: the last guard before a row becomes an item.

The rules that split a cell into a title and people are many and each is tried on
cells it was not written for; when one cuts in the wrong place, what it leaves behind
shows it: a name with half a bracket ("Brian Summa)"), a colon or a link inside a name,
a title that begins with the comma its speaker's name ended at (", Opening remarks"), a
title that still holds three people's names ("Winners talk: Ann Lee, Bo Ray, *Title*").
Such a row is an error naming its line, never an item in a feed: the page is read
wrongly there, and nobody who subscribes would see it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .._patterns import lazy_compile
from ..errors import PageError
from ..model import Person
from ._bracket_names import is_a_name
from ._records import Row

__all__ = ["audit_row"]

#: Characters no person's name holds, but a cell's markup, label or link does.
_NOT_IN_NAMES = lazy_compile(r"[:|<>{}=*_\\]|https?:|www\.")

#: A title cut at a separator: it starts with the comma or colon that ended another part.
_CUT_START = lazy_compile(r"^\s*[,;:)\]}]")

#: A title cut before a bracket closed ("Keynote (Part") or after one opened, or
#: at a colon whose other side went elsewhere ("Jane Doe -- Room 1 :").
_CUT_END = lazy_compile(r"[(\[{:]\s*$")

#: Markup left in a title: a link not read as one, a template's tag, an HTML tag,
#: a kramdown definition with a list in it (" : + Name -- Talk"), a list's or a page's
#: own marker before the title ("+ Event Kickoff +").
_MARKUP = lazy_compile(r"\]\(|\{\{|\{%|<[a-zA-Z/][^<>]*>|\\\s*$|\s:\s+[-+*]\s|^\+\s")

#: A role label cut off its names and left at the end of a title: "... Social. Mentors".
#: Quotes around a title's own words, to tell a label inside them from one after them.
_QUOTES = lazy_compile(r"[\"“”]")
#: A label of people inside a title, after its first words, capitalised as a line's first
#: word is: "... Speaker: Ann Lee" (not after a word that makes it a title's phrase: "Meet
#: the Speakers: ...", "Their Authors:"; "Panel, moderator: Bo Ray" is one line's words).
_PEOPLE_LABEL_INSIDE = lazy_compile(
    r"(?<=\S)(?<!\bthe)(?<!\btheir)(?<!\bour)(?<!\bits)(?<!\bof)(?<!\bfor)(?<!\bmeet)"
    r"\s+(?=(?-i:[A-Z]))(?:speakers?|presenters?|presented\s+by|panel(?:l)?ists?|moderators?|authors?)"
    r"\s*:(?=\s*(?-i:[A-Z]))",
    re.IGNORECASE,
    needs="author moderator panel presented presenter speaker",
)
#: "... Slides Author/Presenters Nicholson T. Collier": a label of two roles at once, with
#: no colon, which no title holds before a name (a div grid's fields run together).
_JOINT_LABEL_INSIDE = lazy_compile(
    r"(?<=\S)\s+(?=(?-i:[A-Z]))(?:authors?|speakers?)\s*/\s*(?:presenters?|speakers?)\s+"
    # A name after it, two capitalised words ("Meet the Authors/Speakers Reception" is none).
    r"(?=(?-i:[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z]))",
    re.IGNORECASE,
    needs="presenter speaker",
)
_LABEL_LEFT = lazy_compile(
    r"[.;]\s+(?:session\s+)?(?:mentors?|speakers?|panelists?|chairs?|hosts?|moderators?|authors?|"
    r"presenters?)$",
    re.IGNORECASE,
    needs="author chair host mentor moderator panelist presenter speaker",
)


#: A speaker's name after a form of address, with where they work after it: "Prof. Ann
#: Lee (MIT)", in a title of a row that names no one; not after "by" ("Welcome by Dr.
#: Ann Lee (Dean)" says who gives it, as many titles do), and not a name in a title
#: ("The Dr. Martin Luther King Jr. Lecture", "Fireside chat with Dr. Ann Lee").
_ADDRESSED = lazy_compile(
    r"(?<!\bby )\b(?-i:Prof\.?|Professor|Dr\.?)\s+"
    r"(?-i:[A-Z][\w'’-]*\.?\s+){0,2}(?-i:[A-Z][\w'’-]+)(?=\s*\()",
    needs="prof dr",
)

#: A chair named inside a title: "... . Session Chair: Bo Ray. Talk Slides".
_CHAIR_INSIDE = lazy_compile(
    r"\b(?:session\s+)?chair(?:s|ed\s+by)?\s*:\s*(?P<name>[^.,;:()\[\]]+?)\s*(?:[.,;]|$)",
    re.IGNORECASE,
    needs="chair",
)

#: A title this long with two sentence breaks is no title: of the titles people read on
#: about 600 real and modelled pages, none holds two breaks (the longest is 181 characters).
#: A range of clock times inside a title: "10:30 - 10:40", "2:00-2:30pm".
_RANGE_IN_TITLE = lazy_compile(
    r"(?<![\d:.])(?P<start>\d{1,2}:\d{2})\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*"
    r"(?P<end>\d{1,2}:\d{2})(?:\s*[ap]\.?m\b\.?)?",
    re.IGNORECASE,
)


def _one_after_another(ranges: list[tuple[str, str]]) -> bool:
    """Whether each range starts where the one before it ends: a schedule's slots
    ("10:30 - 10:40", "10:40 - 10:50", ...), not two ranges a title compares."""
    return all(before[1] == after[0] for before, after in itertools.pairwise(ranges))


_LONGEST_TITLE = 120
#: Where a sentence ends and another begins: "... experiments. The reasons ...".
_SENTENCE_ENDS = lazy_compile(r"[a-z)\]][.!?]\s+[A-Z]")

_NAME_CUTS = lazy_compile(r",\s*|\s+and\s+|:\s*")
#: "Ann Lee (Example Lab)" after a separator inside a title: a name and where she works.
#: (Not at the title's start, nor brackets of numbers: "Comparing Deep Blue (IBM) and
#: Alpha Go (DeepMind)", "Apple Vision (2023)" name products.)
_NAME_AND_PLACE = lazy_compile(
    r"(?:[.;,:]\s+|\s+and\s+)(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})"
    r"\s+\([^()\d]+\)"
)
#: Words no name is: long nouns made from verbs and adjectives ("Detection", "Management",
#: "Disparities"; not the short names "Clement", "Trinity", "Felicity").
_NOUN_ENDING = lazy_compile(r"\b(?:\w{4,}(?:tion|sion|ment|ness)s?|\w{6,}ity|\w{5,}ities)\b")


def audit_row(row: Row) -> None:
    """Raise a PageError at ``row`` if what it was read as shows a cell cut in the wrong place."""
    people = list(_people(row))
    for person in people:
        problem = _name_problem(person.name)
        if problem:
            raise _error(row, f"{person.name!r}, read as a person of {row.title!r}, {problem}")
        other = next(
            (
                someone.name
                for someone in people
                if person.affiliation and _listed_in(someone.name, person.affiliation)
            ),
            None,
        )
        if other is not None:
            # "Ann Lee, Example Agency and Bo Ray, Example Agency" read as one affiliation
            # (of Bo Ray's, even: the cut that made it took the whole cell).
            raise _error(
                row, f"the affiliation {person.affiliation!r} of {person.name!r} names {other!r}"
            )
    if (
        _CUT_START.search(row.title)
        or _CUT_END.search(row.title)
        or _LABEL_LEFT.search(row.title)
        or not _balanced(row.title)
    ):
        raise _error(row, f"the title {row.title!r} is cut in the wrong place")
    if len(row.title) > _LONGEST_TITLE and len(_SENTENCE_ENDS.findall(row.title)) >= 2:
        # "Title by Ann Lee, Example University It is well known that ... I hope ...": the
        # cell's lines (speaker, abstract) read as one title.
        raise _error(row, f"the title {row.title[:60] + '…'!r} holds sentences of a description")
    if _MARKUP.search(row.title):
        raise _error(row, f"the title {row.title!r} holds markup that was not read")
    ranges = _RANGE_IN_TITLE.findall(row.title) if ":" in row.title else []
    if len(ranges) >= 3 and _one_after_another(ranges):
        # "Spotlight Session: 10:30 - 10:40 ProgramBench ... 10:40 - 10:50 Hawkeye ...":
        # the cell lists talks with times of their own, read as one title of them all.
        raise _error(
            row,
            f"the title {row.title[:60] + '…'!r} holds {len(ranges)} times of its own, one "
            f"after another ({'-'.join(ranges[0])!r}, {'-'.join(ranges[1])!r}, ...): its "
            "timed entries are not read apart",
        )
    addressed = _ADDRESSED.search(row.title) if not row.people else None
    if addressed:
        # "Invited lecture — Prof. Ann Lee (MIT): Title": a name set apart by its form of
        # address is someone's, still inside the title.
        raise _error(row, f"the title {row.title!r} holds a person's name ({addressed[0]})")
    chair = _CHAIR_INSIDE.search(row.title)
    if chair and is_a_name(chair["name"]):
        # "Keynote #1: Ann Lee, "Title". Session Chair: Bo Ray. Talk Slides": a chair
        # named inside the title; the cell says more than one reading took apart.
        raise _error(row, f"the title {row.title!r} holds a person's name ({chair['name']})")
    names = [
        part
        for part in _NAME_CUTS.split(row.title)
        if is_a_name(part) and not _NOUN_ENDING.search(part)
    ]
    if len(names) >= 3:
        # A title in title case cut at its colon and "and" ("Decoding Heritage: Object
        # Detection and Archival Summaries") lists no names: "Detection" is no name's word.
        raise _error(row, f"the title {row.title!r} holds people's names ({', '.join(names)})")
    placed = (
        [
            found["name"]
            for found in _NAME_AND_PLACE.finditer(row.title)
            if is_a_name(found["name"]) and not _NOUN_ENDING.search(found["name"])
        ]
        if "(" in row.title
        else []
    )
    if len(placed) >= 2:
        # "Balance. Fabio Maschi (ETH Zurich); Gustavo Alonso (ETH Zurich); best paper":
        # names, each with where they work, left in the title when the cut failed.
        raise _error(row, f"the title {row.title!r} holds people's names ({', '.join(placed)})")
    labelled = _PEOPLE_LABEL_INSIDE.search(row.title) if ":" in row.title else None
    labelled = labelled or (_JOINT_LABEL_INSIDE.search(row.title) if "/" in row.title else None)
    if labelled is not None and len(_QUOTES.findall(row.title, 0, labelled.start())) % 2 == 0:
        # "Title: Speech Processing Speaker: Ann Lee, IIT": a cell's labelled lines run
        # together, the speaker's still in the title ('"Proofs That Outlive Their
        # Authors: ..."' is a title's own words).
        shown = row.title if len(row.title) <= 80 else row.title[:80] + "…"
        raise _error(
            row, f"the title {shown!r} holds a label of people ({labelled.group().strip()!r})"
        )


def _listed_in(name: str, affiliation: str) -> bool:
    """Whether ``affiliation`` lists the full ``name`` as a speaker's ("..., ORD/LAB and Bo
    Ray, US EPA, ..."): after "and" or a comma, and followed by a comma."""
    # The substring first: a pattern made of each name would be compiled on every row.
    return (
        len(name.split()) >= 2
        and name in affiliation
        and bool(re.search(rf"(?:\band|&|,)\s+{re.escape(name)}\s*,", affiliation))
    )


def _people(row: Row) -> Iterable[Person]:
    yield from row.people
    for paper in row.papers:
        yield from paper.people


def _name_problem(name: str) -> str:
    if not _balanced(name):
        return "has a bracket that does not close"
    if _NOT_IN_NAMES.search(name):
        return "holds what no name does (markup, a label or a link)"
    if _NUMBERED_UNIT.fullmatch(name):
        # "Jeff Hollister, US EPA, Clinton McCrowey, US EPA, Region 3": a part of where
        # someone works, cut off it ("Speaker 3 Person", a made-up name, stays a name).
        return "is a numbered part of a place of work, no name"
    return ""


_NUMBERED_UNIT = lazy_compile(
    r"(?:region|division|district|unit|branch|sector|department|building|room|hall|floor|"
    r"office|team|group|lab|track)\s+\d{1,3}",
    re.IGNORECASE,
)


_PAIRS = {")": "(", "]": "[", "}": "{"}
_BRACKET = lazy_compile(r"[()\[\]{}]")


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes, and with its own kind ("(]" does not)."""
    if not _BRACKET.search(text):
        return True  # most names and titles: no bracket to walk to
    open_: list[str] = []
    for char in text:
        if char in "([{":
            open_.append(char)
        elif char in _PAIRS and (not open_ or open_.pop() != _PAIRS[char]):
            return False
    return not open_


def _error(row: Row, message: str) -> PageError:
    return PageError(
        f"{message}: the row is not read whole; say what it holds in separate cells "
        "(Title, Speaker) or report the page",
        line=row.line,
        column=row.time_cell.column,
        text=row.time_cell.raw,
        expected="a title and speakers the reader can tell apart",
        code="cut",
    )
