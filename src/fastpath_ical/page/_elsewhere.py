"""What a page says of a speaker outside its program: a homepage, an affiliation.

Workshop pages name a speaker in the program by name alone ("Invited talk 1:
[Jane Doe](#jane-doe)") and say who they are in a section of their own: a
heading that links the name to a homepage, a gallery cell with the name above
the affiliation, a list of invited speakers ("[Jane Doe](url), Some
University").  A person reading the program joins the two; the reader does
too, but only where the match is exact: an affiliation for the same name,
written in full, said alike wherever the page repeats it; a homepage where
the program's row links to the place that gives it (``#jane-doe``), or where
the program names the person bare (no affiliation either) and a list says who
they are (where they work beside a link to a page that is no video or slides):
that list is then all the page says of them.  A name the page
gives two different homepages or affiliations is left as the program says
it.  What is joined fills only what the program leaves out, and every join is
a warning naming both lines, since it is an inference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import Item, LinkKind, Person
from ._affiliations import in_brackets, is_organisation, written_after_name
from ._blocks import Block, Heading, Paragraph, Table
from ._cell_links import link_kind
from ._inline import Inline
from ._kind_labels import kind_of_label
from ._name_split import is_full_name
from ._positions import without_position
from ._records import PageWarning

__all__ = [
    "Mention",
    "an_affiliation",
    "anchor_key",
    "fill_people",
    "mentions",
    "name_at_start",
    "names_a_person",
    "row_anchors",
]

#: Between a name and its affiliation on one line: "Jane Doe, MIT", "Jane Doe (MIT)",
#: "Jane Doe - MIT", "Jane Doe | MIT".
_AFTER = lazy_compile(r"^\s*(?:[,;:|]|[-–—]\s)\s*(?P<affiliation>[^()]+?)\s*$")
_IN_BRACKETS = lazy_compile(r"^\s*\((?P<affiliation>[^()]+)\)\s*$")
_HTTP = lazy_compile(r"https?://\S", re.IGNORECASE)


@attrs.frozen
class Mention:
    """A person named outside the program, with what the page says there."""

    name: str
    line: int
    affiliation: str | None = None
    profile: str | None = None
    #: The heading's anchor as a page links to it, letters and digits only.
    anchor: str | None = None


def mentions(blocks: Sequence[Block], program: Iterable[Table]) -> dict[str, Mention]:
    """Each name the page says something about outside its program tables.

    A name said twice alike is one mention; a field said two ways is dropped
    (``None``), so that a person is never given another's affiliation.
    """
    skipped = {id(table) for table in program}
    found: dict[str, Mention] = {}
    for mention in _all_mentions(blocks, skipped):
        seen = found.get(mention.name)
        if seen is None:
            found[mention.name] = mention
            continue
        found[mention.name] = attrs.evolve(
            seen,
            affiliation=_agreed(seen.affiliation, mention.affiliation),
            profile=_agreed(seen.profile, mention.profile),
        )
    return found


def name_key(name: str) -> str:
    """A name without its accents ("Aimeé" and "Aimee" alike): a name the page writes once
    each way is one name, as a person reading the page takes it; two names alike but for
    their accents ("Tú", "Tư") are two people."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: A field said two ways: neither is taken.
_CONFLICT = "\x00"


def _agreed(first: str | None, second: str | None) -> str | None:
    if first is None or second is None:
        return first or second
    return first if first == second else _CONFLICT


#: A heading over the people who run the event: "Organizers", "Organizing Committee",
#: "Program Committee", "Contact".
_RUNNERS = lazy_compile(
    r"\W*(?:the\s+)?(?:(?:workshop|program(?:me)?|general|local|steering|organi[sz]ing|"
    r"technical|advisory)\s+)*(?:organi[sz]ers|organi[sz]ation|organi[sz]ing\s+(?:committee|"
    r"team)|committees?|chairs|contacts?)\W*",
    re.IGNORECASE,
    needs="organisers organizers organisation organization organising organizing committee "
    "chairs contact",
)


def _all_mentions(blocks: Sequence[Block], skipped: set[int]) -> Iterable[Mention]:
    """The mentions of ``blocks`` but those under a heading over the people who run the
    event: a list of organizers says who they are as organizers, and a person reading a
    talk of the program does not look there for its speaker."""
    runners: int | None = None  # the level of the heading over the organizers, while under it
    for block in blocks:
        if isinstance(block, Heading):
            if runners is not None and block.level <= runners:
                runners = None
            if runners is None and _RUNNERS.fullmatch(block.content.text):
                runners = block.level
                continue
        if runners is not None:
            continue
        if isinstance(block, Table):
            if id(block) in skipped:
                continue
            for cell in (*block.header, *(cell for row in block.rows for cell in row)):
                yield from _in_lines(cell.content, cell.line)
        elif isinstance(block, Heading):
            mention = _linked_name(block.content, block.line)
            if mention is not None:
                yield mention
            else:
                yield from _named_over_a_talk(block.content.text, block.line)
        elif isinstance(block, Paragraph):
            yield from _in_lines(block.content, block.line)


def _linked_name(content: Inline, line: int) -> Mention | None:
    """A heading that is a name linked to a homepage: ``## [Jane Doe](https://...)``."""
    if len(content.links) != 1:
        return None
    label, url = content.links[0]
    name = " ".join(label.split())
    if name != " ".join(content.text.split()) or not names_a_person(name):
        return None
    return Mention(name, line, profile=url if _HTTP.match(url) else None, anchor=anchor_key(name))


#: "Olivier Stasse (LAAS-CNRS): SLAM for Talos": a heading over a talk's abstract, its
#: speaker with where they work in brackets, then the title.
_NAMED_OVER_A_TALK = lazy_compile(
    r"\s*(?P<name>[^\W\d_][^():]*?)\s*\((?P<affiliation>[^()]+)\)\s*(?::|\s[-–—])\s+\S.*"
)


#: "she/her, " before a place of work: how to speak of the person, no part of it.
_PRONOUNS = lazy_compile(
    r"^\s*\(?(?:she|he|they|ze|xe)\s*/\s*(?:her|hers|him|his|them|theirs|they|he|she)\)?\s*[,;]?\s*",
    re.IGNORECASE,
)

#: "LAAS-CNRS", "INRIA", "KAIST": a place of work by its capitals.
_ACRONYM = lazy_compile(r"(?-i:[A-Z][A-Z&-]{1,12}[A-Z])")


def _named_over_a_talk(text: str, line: int) -> list[Mention]:
    """The speakers and their place of work in a heading over a talk ("## Olivier Stasse
    (LAAS-CNRS): SLAM for Talos", "## Ann Lee and Bo Ray (INRIA): ..."), which the program
    names by name alone."""
    found = _NAMED_OVER_A_TALK.fullmatch(text)
    if found is None:
        return []
    names = [" ".join(name.split()) for name in re.split(r"\s*,\s*|\s+and\s+", found["name"])]
    affiliation = found["affiliation"].strip()
    if (
        not all(names_a_person(name) for name in names)
        or not an_affiliation(affiliation)
        # "(remote)", "(20 min)", "(she/her)", "(Keynote)": a note, no place of work.
        or not (is_organisation(affiliation, weak=True) or _ACRONYM.fullmatch(affiliation))
        or kind_of_label(affiliation) is not None
    ):
        return []
    return [Mention(name, line, affiliation=affiliation) for name in names]


def anchor_key(text: str) -> str:
    """An anchor as letters and digits only, so that kramdown's, GitHub's and Hugo's
    ids of one heading ("jane-doe", "jane_doe", "JaneDoe") compare equal."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def row_anchors(program: Iterable[Table]) -> dict[int, frozenset[str]]:
    """The in-page anchors each program row links to ("[Jane Doe](#jane-doe)"), by the
    row's line."""
    anchors: dict[int, frozenset[str]] = {}
    for table in program:
        for row in table.rows:
            keys = frozenset(
                anchor_key(url[1:])
                for cell in row
                for _, url in cell.content.links
                if url.startswith("#") and len(url) > 1
            )
            if keys and row:
                anchors[row[0].line] = keys
    return anchors


def _in_lines(content: Inline, line: int) -> Iterable[Mention]:
    """A name (a link or bold) on a line of its own with the affiliation on the next
    line, or on one line with the affiliation after a comma, a dash or in brackets."""
    lines = [" ".join(text.split()) for text in content.lines if text.strip()]
    if not lines:
        return
    for text in lines:
        yield from _listed_after_label(text, line)
    name, profile = name_at_start(content, lines[0])
    if name is None:
        return
    rest = lines[0][len(name) :]
    affiliation: str | None = None
    if not rest.strip():
        if len(lines) >= 2 and an_affiliation(lines[1]):
            affiliation = lines[1]
    else:
        match = _AFTER.match(rest) or _IN_BRACKETS.match(rest)
        if match is None or not an_affiliation(match["affiliation"]):
            return
        # "**Ann Lee, she/her, University of Bergen**": the pronouns are no place of work.
        affiliation = _PRONOUNS.sub("", match["affiliation"]).strip() or None
    if affiliation is None and profile is None:
        return
    yield Mention(name, line, affiliation=affiliation, profile=profile)


#: "**Dozierende:** Ann Lee (Example Library), Bo Ray (Sample Archive)": a label, then
#: two names or more, each with where they work in brackets.
_LABELLED_LIST = lazy_compile(r"^\W*[^\W\d_][\w -]{0,30}?\W*:\s*(?P<list>.+)$")


def _listed_after_label(text: str, line: int) -> Iterable[Mention]:
    """The people of a labelled line listing names with their places of work, each a
    mention; none unless every entry of the list is so written, two or more."""
    found = _LABELLED_LIST.match(text) if ":" in text and "(" in text else None
    if found is None:
        return
    entries = [entry for entry in re.split(r"\s*[,;]\s*(?![^()]*\))", found["list"]) if entry]
    # As a speaker's cell reads "Ann Lee (MIT)": a note in brackets is no place of work.
    placed = [
        in_brackets(entry) if written_after_name(entry) else (entry, None) for entry in entries
    ]
    if len(placed) < 2 or not all(
        affiliation is not None
        and names_a_person(name)
        and an_affiliation(affiliation)
        # "Instructors: Ines Vahl (IV), Oskar Lind (OL)": the brackets give initials.
        and affiliation.strip() != _initials(name)
        for name, affiliation in placed
    ):
        return
    for name, affiliation in placed:
        assert affiliation is not None
        yield Mention(name.strip(), line, affiliation=affiliation.strip())


def _initials(name: str) -> str:
    return "".join(word[:1] for word in name.split()).upper()


def name_at_start(content: Inline, first: str) -> tuple[str | None, str | None]:
    """The name a line opens with, when the page sets it apart: as a link or in bold."""
    for label, url in content.links:
        name = " ".join(label.split())
        if first.startswith(name) and names_a_person(name):
            return name, url if _HTTP.match(url) else None
    strong = " ".join(" ".join(run.text for run in content.runs if run.strong).split())
    if strong and first.startswith(strong) and names_a_person(strong):
        return strong, None
    head, comma, _ = strong.partition(",")
    if comma and first.startswith(strong) and names_a_person(head.strip()):
        # "<b>Giorgio Metta, Scientific Director, Example Institute</b>": a line in bold
        # that opens with the name, then who they are.
        return head.strip(), None
    return None, None


def names_a_person(text: str) -> bool:
    """Whether ``text`` is one person's full name, two to five words, capitalised."""
    return 2 <= len(text.split()) <= 5 and is_full_name(text) and text[0].isupper()


def an_affiliation(text: str) -> bool:
    """A line that can be an affiliation: short, no address, no sentence, more than a
    letter ("[Ann Lee](url) (s)" marks a student)."""
    return (
        1 < len(text) <= 100
        and not _HTTP.search(text)
        and not text.endswith(".")
        and len(text.split()) <= 12
        and (is_organisation(text, weak=True) or not is_full_name(text))
    )


def fill_people(
    items: Sequence[Item],
    item_lines: Sequence[int],
    known: dict[str, Mention],
    anchors: dict[int, frozenset[str]],
    warnings: list[PageWarning],
) -> tuple[Item, ...]:
    """The items, each person given what the page says of them elsewhere and the
    program leaves out; every join said once per person and field."""
    if not known:
        return tuple(items)
    said: set[tuple[str, str]] = set()
    folded: dict[str, list[str]] = {}  # the names noted, by their letters without accents
    for name in known:
        folded.setdefault(name_key(name), []).append(name)
    filled: list[Item] = []
    for item, line in zip(items, item_lines, strict=True):
        linked = anchors.get(line, frozenset())
        people = tuple(
            _filled(person, known, folded, line, linked, warnings, said) for person in item.people
        )
        filled.append(item if people == item.people else attrs.evolve(item, people=people))
    return tuple(filled)


def _said(mention: Mention) -> tuple[str | None, str | None]:
    return mention.affiliation, mention.profile


def _says_who(person: Person, mention: Mention) -> bool:
    """Whether a list elsewhere says who a person the program names bare is: their name
    linked to a page that is no material (a video, slides), with where they work beside
    it ("- [Ann Lee](https://a.example/) (UC Santa Cruz)"); a list of recordings or
    slides by speaker gives no homepage."""
    return (
        person.affiliation is None
        and mention.affiliation not in (None, _CONFLICT)
        and mention.profile is not None
        and link_kind(mention.name, mention.profile, None) is LinkKind.OTHER
    )


def _filled(
    person: Person,
    known: dict[str, Mention],
    folded: dict[str, list[str]],
    line: int,
    linked: frozenset[str],
    warnings: list[PageWarning],
    said: set[tuple[str, str]],
) -> Person:
    mention = known.get(person.name)
    if mention is None:
        # "Aimeé" in the program, "Aimee" in the list: one name, when only one is so
        # written, or every spelling says the same of it ("José García", "José Garcia").
        spellings = folded.get(name_key(person.name), [])
        if len({_said(known[name]) for name in spellings}) == 1:
            mention = known[spellings[0]]
    if mention is None:
        return person
    changes: dict[str, str] = {}
    if person.affiliation is None and mention.affiliation not in (None, _CONFLICT):
        # "Ann Lee, Ph.D. candidate at MIT": where she works, without her post.
        place = without_position(mention.affiliation)
        if place is not None:
            changes["affiliation"] = place
    if (
        person.profile is None
        and mention.profile not in (None, _CONFLICT)
        and (mention.anchor in linked or _says_who(person, mention))
    ):
        changes["profile"] = mention.profile
    for field, value in changes.items():
        if (person.name, field) in said:
            continue
        said.add((person.name, field))
        what = "homepage" if field == "profile" else field
        warnings.append(
            PageWarning(
                line,
                1,
                f"{person.name!r}: {what} {value!r} taken from line {mention.line}, "
                "where the page names them again",
                code="elsewhere",
            )
        )
    return attrs.evolve(person, **changes) if changes else person
