"""The people a cell names: speakers and organizers, each with their affiliation.

The cell's names are split (``_name_split``), paired with their affiliations
(``_affiliations``), and the parts that name no one are dropped (``_nobody``);
a title cell that names its speakers beside the title is cut by ``_titles``.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from .._place_names import AMBIGUOUS_PLACES
from ..errors import PageError, ProgramError
from ..model import ItemKind, Person
from ..zones import zone_of_place
from ._affiliations import (
    SUPERSCRIPT,
    from_column,
    has_acronym,
    has_organisation_word,
    is_organisation,
    without_notes,
    written_once,
)
from ._blocks import BR, Cell, Table
from ._bracket_names import is_a_name, is_given_name
from ._columns import Column, Layout, cell_at, header_name
from ._inline import Inline
from ._kinds import is_meal_or_social
from ._name_split import ROLE_LABEL, names_and_affiliations, strip_markers
from ._name_words import holds_a_title_word, names_then_their_place, without_nickname
from ._nobody import names_no_one, to_be_announced
from ._positions import without_position
from ._records import PageWarning
from ._titles import split_title
from ._zone_names import zone_of_place_or_town

__all__ = ["organizer_table", "people_list", "read_people", "speakers_in_title"]


_ORGANIZER_COLUMNS = (
    "organizer",
    "organizers",
    "organiser",
    "organisers",
    "organizer(s)",
    "organiser(s)",
    "organizing committee",
)


_ORGANIZERS_LABEL = lazy_compile(r"^\s*(organi[sz]ers?|chairs?|hosts?)\s*:\s*", re.IGNORECASE)


_HTTP_CASED = lazy_compile(r"https?://")


def people_list(content: Inline, value: str) -> tuple[Person, ...]:
    """Organizers written on one line: "A (IBM); B (MIT)" or "A, B and C"."""
    profiles = {label: url for label, url in content.links if _HTTP_CASED.match(url)}
    people: list[Person] = []
    for name, affiliation in names_and_affiliations(value, line_mode=False, commas_pair=True):
        if name and not names_no_one(name):
            people.append(Person(name=name, affiliation=affiliation, profile=profiles.get(name)))
    return tuple(people)


def organizer_table(table: Table, shape: Layout) -> tuple[Person, ...] | None:
    """A table of organizers ("| Organizer | Affiliation |") gives the program's organizers."""
    names = [header_name(cell) for cell in table.header]
    who = next((i for i, name in enumerate(names) if name in _ORGANIZER_COLUMNS), None)
    if who is None or shape.is_schedule:
        return None
    affiliation = shape.columns.get(Column.AFFILIATION)
    people: list[Person] = []
    for row in table.rows:
        cell = cell_at(row, who)
        if cell is None or cell.is_empty:
            continue
        found, _ = read_people(cell, cell_at(row, affiliation), [])
        people.extend(found)
    return tuple(people)


_AND_BETWEEN = lazy_compile(r"\s(?:and|&)\s")


def _shared_surname(
    pairs: list[tuple[str, str | None]], text: str, cell: Cell, warnings: list[PageWarning]
) -> list[tuple[str, str | None]]:
    """ "Szabi and Zsuzsa Marka": two people who share the surname written once."""
    if len(pairs) != 2 or not _AND_BETWEEN.search(text):
        return pairs
    (first, first_aff), (second, second_aff) = pairs
    words = second.split()
    if " " in first or len(words) != 2 or not first[:1].isupper() or first.isupper():
        return pairs
    surname = words[-1]
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"read {first!r} as {first} {surname}, sharing the surname of {second!r}",
        )
    )
    return [(f"{first} {surname}", first_aff), (second, second_aff)]


_HTTP = lazy_compile(r"https?://", re.IGNORECASE)


#: A full stop after a name's last word of two letters or more (not "Jr.", not an initial).
_SENTENCE_END = lazy_compile(r"(?<=[^\W\d_]{2})(?<!\bJr)(?<!\bSr)(?<!\bSt)\.$")


#: A comma between a name and the bracket of where the person works: "Ann Lee, (MIT)".
_COMMA_BEFORE_BRACKET = lazy_compile(r"(?<=[^\W\d_]),[ \t]*(?=\()")
_ROLE_IN_BRACKETS = lazy_compile(
    # (Not "host": "(Host City Boston)", "(host Peking University)" say where.)
    r"\s*\(\s*(?P<role>moderator|chair)\s*:?\s+(?P<names>(?-i:[A-Z])[^()]*?)\s*\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
    needs="moderator chair",
)
_STOP_AFTER_BRACKET = lazy_compile(r"\)\s*\.\s*$", re.MULTILINE)

#: "Ann Lee & Bo Ray (ANL)", "Ann Lee, Bo Ray, Cy Dee (OLCF)": names in a list, one
#: affiliation in brackets after them all.
_NAMES_AT_ONE = lazy_compile(
    r"(?:[^,;()&]+?,\s*)*[^,;()&]+?(?:,?\s(?:&|and)\s+|,\s*)[^,;()&]+?\([^()]+\)\s*",
    re.IGNORECASE,
)


def _shared_affiliation(
    pairs: list[tuple[str, str | None]], text: str, speaker: Cell, warnings: list[PageWarning]
) -> list[tuple[str, str | None]]:
    """ "Ann Lee & Bo Ray (ANL)", "Ann Lee, Bo Ray, Cy Dee (OLCF)": the one affiliation
    after a list of names is everyone's (as it is in a title cell, ``written_once``)."""
    last = pairs[-1][1] if pairs else None
    if len(pairs) < 2 or last is None or any(aff is not None for _, aff in pairs[:-1]):
        return pairs
    if not is_organisation(last, weak=True) or without_notes(last) != last:
        return pairs  # "(in person)", "(moderator)": a note on the one before it
    if any(mark in last for mark in SUPERSCRIPT):
        return pairs  # "Ann Lee¹, Bo Ray² (¹Example University, ²ACME)": a legend's marks
    if (zone_of_place(last) is not None or last in AMBIGUOUS_PLACES) and not has_organisation_word(
        last
    ):
        return pairs  # "Ann Lee, Bo Ray, Cy Dee (Brazil)": where the last one is, perhaps
    # Only the lines that name them ("+ Hands-on examples" under them names no one).
    theirs = [line for line in text.split("\n") if any(name in line for name, _ in pairs)]
    if not _NAMES_AT_ONE.fullmatch(" ".join(" ".join(theirs).split())):
        return pairs
    named = ", ".join(name for name, _ in pairs[:-1]) + f" and {pairs[-1][0]}"
    warnings.append(
        PageWarning(
            speaker.line,
            speaker.column,
            f"read {last!r} as the affiliation of "
            + (f"both {named}" if len(pairs) == 2 else f"each of {named}"),
        )
    )
    place = re.sub(r"^both\s+", "", last, flags=re.IGNORECASE)  # "(both MIT)"
    return [(name, place) for name, _ in pairs]


#: A slash between spaces: "Mike / Jelmer".
_SLASH = lazy_compile(r"\s+/\s+")


def _apart_by_slashes(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "Mike / Jelmer": people a slash sets apart, each a given name or a full name; a
    slash in where someone works ("Astera Institute / Simplex") is left as it is."""
    out: list[tuple[str, str | None]] = []
    for name, where in pairs:
        parts = _SLASH.split(name)
        if (
            len(parts) > 1
            and where is None
            and (
                all(is_given_name(part) for part in parts) or all(is_a_name(part) for part in parts)
            )
            and not any(is_organisation(part, weak=False) for part in parts)
        ):
            out.extend((part, None) for part in parts)
        else:
            out.append((name, where))
    return out


def _one_word_after_affiliation(
    pairs: list[tuple[str, str | None]], text: str
) -> list[tuple[str, str | None]]:
    """ "Ann Lee, Northbay University and Examplecorp": one word joined by "and" to where
    the person before it works is read as a second place of work, not a person with one
    name; the caller warns, since "Ann Lee, MIT and Bob" is read the same way."""
    out: list[tuple[str, str | None]] = []
    for name, where in pairs:
        if out and where is None and " " not in name.strip() and (before := out[-1][1]):
            joined = re.search(
                re.escape(before) + r"\s+(?:and|&)\s+" + re.escape(name.strip()) + r"\b", text
            )
            if joined:
                out[-1] = (out[-1][0], joined[0])
                continue
        out.append((name, where))
    return out


#: "Matthew Casperson - Octopus Deploy": a name, a dash between spaces, where they work.
_NAME_DASH_PLACE = lazy_compile(r"(?P<name>[^–—-]+?)\s+[-–—]\s+(?P<place>[^–—-]+)")


def _place_after_a_dash(
    pairs: list[tuple[str, str | None]], speaker: Cell, warnings: list[PageWarning]
) -> list[tuple[str, str | None]]:
    """A speaker written "Name - Organisation": no name holds a dash between spaces, and
    pages join two people with commas or "and", not a dash; what follows is where the
    person works (warned)."""
    out: list[tuple[str, str | None]] = []
    for name, place in pairs:
        found = _NAME_DASH_PLACE.fullmatch(name) if place is None else None
        if found is not None and is_a_name(found["name"]):
            name, place = found["name"].strip(), found["place"].strip()
            warnings.append(
                PageWarning(
                    speaker.line,
                    speaker.column,
                    f"read {place!r} after the dash as where {name} works",
                )
            )
        out.append((name, place))
    return out


#: What an Affiliation column's line writes for none.
_NO_PLACE = frozenset({"—", "–", "-"})


def read_people(
    speaker: Cell | None,
    affiliation: Cell | None,
    warnings: list[PageWarning],
    *,
    header_pairs: bool = False,
) -> tuple[tuple[Person, ...], bool]:
    """The people in a speaker cell, paired with the affiliations, and whether it was labelled
    as organizers."""
    if speaker is None or speaker.is_empty:
        return (), False
    content = speaker.content
    line_mode = bool(BR.search(speaker.raw))
    text = "\n".join(content.lines)
    labelled = bool(_ORGANIZERS_LABEL.match(text))
    text = _ORGANIZERS_LABEL.sub("", text)
    text = "\n".join(ROLE_LABEL.sub("", line) for line in text.split("\n"))
    # "Ann Lee (Example University).": the sentence's full stop is no part of where she works.
    text = _STOP_AFTER_BRACKET.sub(")", text)
    # "James Kwok, (Example University)": a comma between a name and its bracket parts nothing.
    text = _COMMA_BEFORE_BRACKET.sub(" ", text)
    # "Grosof, Riguzzi, Valiant (Moderator Alex Gray)": the panel's moderator, who works
    # nowhere by that name; one more person, as "...; Moderator: Alex Gray" says.
    text = _ROLE_IN_BRACKETS.sub(
        lambda found: (
            f"; {found['role']}: {found['names']}"
            if is_a_name(found["names"]) and not has_organisation_word(found["names"])
            else found.group()  # "Ann Lee (Host University)": where she works
        ),
        text,
    )
    if _NOT_NAMED_AFTER_NAME.search(text):
        # "Tshilidzi Marwala: Title TBC": the talk is not named yet; nothing of the name.
        # Only after one name ("Ann Lee, Bo Ray – to be confirmed" says it of them).
        text = "\n".join(
            line[: found.start()]
            if (found := _NOT_NAMED_AFTER_NAME.search(line)) and is_a_name(line[: found.start()])
            else line
            for line in text.split("\n")
        )
    shared = (
        names_then_their_place(text)
        if not line_mode and (affiliation is None or affiliation.is_empty)
        else None
    )
    if shared is not None:
        # "Ann Lee, Bo Ray and Cy Dee. Example Lab, Brussels": where they all work.
        names_written, place = shared
        pairs: list[tuple[str, str | None]] = [
            (name, place)
            for name, _ in names_and_affiliations(names_written, line_mode=False, commas_pair=False)
        ]
        warnings.append(
            PageWarning(
                speaker.line, speaker.column, f"read {place!r} as the affiliation of each of them"
            )
        )
    else:
        pairs = names_and_affiliations(
            text,
            line_mode=line_mode,
            commas_pair=affiliation is None or affiliation.is_empty,
            header_pairs=header_pairs,
        )
    lines = [line for line in text.split("\n") if line.strip()]
    if (
        line_mode
        and affiliation is not None
        and not affiliation.is_empty
        and len(affiliation.content.lines) == len(lines) >= 2
        and any(line.strip() in _NO_PLACE for line in affiliation.content.lines)
        and len(pairs) < len(lines)
    ):
        # "A<br>LAB" beside "MIT<br>—" under Affiliation: a dash says that a line has no
        # place, so the column pairs its lines with the speaker's one by one, and each
        # names people ("LAB" is no place of A's). Beside places alone ("MIT<br>Cambridge,
        # USA"), a second line may still be where the first works.
        pairs = [
            pair
            for line in lines
            for pair in names_and_affiliations(line, line_mode=False, commas_pair=False)
        ]
    pairs = [(name, aff) for name, aff in pairs if name and not names_no_one(name)]
    merged = _one_word_after_affiliation(pairs, text)
    if len(merged) < len(pairs):
        warnings.append(
            PageWarning(
                speaker.line,
                speaker.column,
                "read "
                + ", ".join(f"{where!r}" for name, where in merged if (name, where) not in pairs)
                + " as where the person before works: one word after 'and' is read as a "
                "second place of work, not a speaker with one name",
            )
        )
    pairs = merged
    pairs = _apart_by_slashes(pairs)
    pairs = _place_after_a_dash(pairs, speaker, warnings)
    if pairs and _SENTENCE_END.search(pairs[-1][0]):
        # "..., by Ann Lee.": the sentence ends there, the name does not ("Kumaran U." does).
        pairs[-1] = (pairs[-1][0][:-1], pairs[-1][1])
    pairs = _linked_names_out_of_places(pairs, content, speaker, warnings)
    pairs = _shared_surname(pairs, text, speaker, warnings)
    pairs = _shared_affiliation(pairs, text, speaker, warnings)
    names = [name for name, _ in pairs]
    for name in names:
        if _holds_brackets(name):
            # "Ann Lee (MIT) Bo Ray (CMU)": no one's name holds brackets; the cell says
            # more people than it was split into.
            raise PageError(
                f"could not tell the people in {speaker.content.text!r} apart: {name!r} is "
                "no one's name",
                line=speaker.line,
                column=speaker.column,
                expected="people apart by commas, 'and', ';' or line breaks: 'Ann Lee (MIT), "
                "Bo Ray (CMU)'",
                code="cut",
            )
    profiles = {strip_markers(label): url for label, url in content.links if _HTTP.match(url)}
    affiliations: list[str | None] = [aff for _, aff in pairs]
    if affiliation is not None and not affiliation.is_empty and names:
        affiliations = from_column(affiliation, affiliations, warnings)
    # Each line's text and links, as the cell read them (its references resolved).
    segments = (
        [
            Inline(
                text=line,
                links=tuple(
                    (run.text.strip(), run.href)
                    for run in content.runs
                    if run.line == number and run.href
                ),
            )
            for number, line in enumerate(content.lines)
        ]
        if line_mode
        else []
    )
    people: list[Person] = []
    # "(PhD Student, MIT)", "CEO of Secure Ideas": where they work, without their post.
    affiliations = [without_position(aff) for aff in affiliations]
    # "Alys Brent (Title TBA)": a note that the talk is not named yet, no organisation.
    affiliations = [None if aff and _not_named_yet(aff) else aff for aff in affiliations]
    for name, aff in zip(names, affiliations, strict=True):
        profile = profiles.get(name)
        if segments:
            # One name per line: the link on this line, so that two people of the
            # same name keep their own profiles.
            line = next((seg for seg in segments if name in seg.text), None)
            if line is not None:
                segments.remove(line)
                profile = next(
                    (
                        url
                        for label, url in line.links
                        if strip_markers(label) == name and _HTTP.match(url)
                    ),
                    None,
                )
        try:
            people.append(Person(name=name, affiliation=aff, profile=profile))
        except ProgramError:
            people.append(_person(speaker, name, aff))
    return tuple(people), labelled


def _an_organisation_alone(text: str) -> bool:
    """Whether ``text`` names an organisation ("IBM Research", "Example Lab") and not only a
    place ("Baltimore", "Tübingen", "DC")."""
    return (has_organisation_word(text) or has_acronym(text)) and zone_of_place_or_town(
        text
    ) is None


def _linked_names_out_of_places(
    pairs: list[tuple[str, str | None]],
    content: Inline,
    speaker: Cell,
    warnings: list[PageWarning],
) -> list[tuple[str, str | None]]:
    """The pairs with the linked names that open an affiliation made people of their own,
    all working where the rest of it says: "[Ann Lee](url), [Bo Ray](url), Example Lab" is
    two people at Example Lab, not Ann Lee at "Bo Ray, Example Lab"."""
    linked = {strip_markers(label) for label, url in content.links if _HTTP.match(url)}
    if len(linked) < 2:
        return pairs
    out: list[tuple[str, str | None]] = []
    for name, aff in pairs:
        parts = [part.strip() for part in aff.split(",")] if aff and name in linked else []
        lead = 0
        while lead < len(parts) - 1 and parts[lead] in linked and is_a_name(parts[lead]):
            lead += 1
        place = ", ".join(parts[lead:])
        if not lead or not _an_organisation_alone(place):
            # "[Ann Lee](u), [Johns Hopkins](u), Baltimore": a town after the links says
            # the linked words are a university's name, where she works.
            out.append((name, aff))
            continue
        out += [(name, place), *((other, place) for other in parts[:lead])]
        warnings.append(
            PageWarning(
                speaker.line,
                speaker.column,
                f"read {', '.join([name, *parts[:lead]])}, each linked, as people, and "
                f"{place!r} as where each of them works",
            )
        )
    for name, aff in out:
        inside = [
            part.strip()
            for part in _LIST_APART.split(aff or "")
            if part.strip() in linked and is_a_name(part.strip())
        ]
        # Past the first part: "[Johns Hopkins](u), Baltimore" is a linked university.
        if len(inside) >= 2 or (inside and not (aff or "").startswith(inside[0])):
            # "[Cy Dee](u), [Di Eng](u), Example Research and [Ed Fox](u), Sample Labs":
            # a linked name left inside a place of work is a person the cut lost.
            raise PageError(
                f"the affiliation {aff!r} of {name!r} holds {inside[0]!r}, a linked name: "
                "the cell's people were not told apart",
                line=speaker.line,
                column=speaker.column,
                expected="each person with where they work: 'Ann Lee (X), Bo Ray (Y)'",
                code="cut",
            )
    return out


#: Where a list of names or places parts.
_LIST_APART = lazy_compile(r",|;|&|\band\b")


#: ": Title TBC" after a name, at the end of its line: the talk is not named yet.
_NOT_NAMED_AFTER_NAME = lazy_compile(
    r"\s*[:–—]\s*(?:(?:talk|title|topic)\s*:?\s*)?"
    r"(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed))\W*$",
    re.IGNORECASE,
)

#: "Title TBA", "talk: TBD": what a bracket after a name says of a talk not named yet.
_OF_THE_TALK = lazy_compile(r"^(?:(?:talk|title|topic|abstract)\s*:?\s*)+", re.IGNORECASE)


def _not_named_yet(text: str) -> bool:
    return to_be_announced(_OF_THE_TALK.sub("", text.strip()))


_BRACKET = lazy_compile(r"[()\[\]]")


def _holds_brackets(name: str) -> bool:
    """Whether ``name`` holds brackets that no one's name does (a nickname's may)."""
    return not _NO_BRACKETS.isdisjoint(name) and bool(_BRACKET.search(without_nickname(name)))


_NO_BRACKETS = frozenset("()[]")


def _person(speaker: Cell, name: str, affiliation: str | None) -> Person:
    """The person without a profile the model refuses, or the cell's error: what the model
    refuses in a name or an affiliation is the page's, at the cell it is written in."""
    try:
        return Person(name=name, affiliation=affiliation)
    except ProgramError as exc:
        raise PageError(str(exc), line=speaker.line, column=speaker.column) from None


def speakers_in_title(
    cell: Cell, affiliation: Cell | None, warnings: list[PageWarning]
) -> tuple[str, tuple[Person, ...], ItemKind | None] | None:
    """ "**Invited Talk**: Jane Doe (*MIT*)", "Keynote by [Jane Doe](url)<br>*Title*": the
    speakers the title cell names, its title, and the kind its label gives (see ``_titles``)."""
    split = split_title(cell.content)
    if split is None or (split.kind is None and is_meal_or_social(split.title)):
        # "Lunch (Upper Terrace, Faculty Club)": no one speaks at lunch; a place.
        return None
    if split.title.startswith("(") and split.title.endswith(")"):
        # "Oxide Electronics<br>(Hall A)": what is left for a title is a note in brackets
        # (a room); the line above it is the title, no one's name.
        return None
    links = tuple(
        (label, url) for label, url in cell.content.links if label and label in split.names
    )
    names = Cell(
        raw=split.names,
        line=cell.line,
        column=cell.column,
        content=Inline(text=split.names, links=links, lines=(split.names,)),
    )
    people, _ = read_people(names, affiliation, warnings)
    # "Title by Jad Darrous": names that "by" introduces may end as adjectives do.
    after_by = f" by {split.names}" in f" {cell.content.text}"
    if not people or any(holds_a_title_word(p.name, after_by=after_by) for p in people):
        # "Hands-on session 2: Combining Heterogeneous Review Datasets": capitalised
        # words, but a title's; the cell is its title, whole.
        return None
    people = written_once(people, split.names)
    warnings.append(
        PageWarning(
            cell.line,
            cell.column,
            f"read {', '.join(p.name for p in people)} as the speaker"
            f"{'s' if len(people) > 1 else ''} of {split.title!r}, from the title cell",
        )
    )
    return split.title, people, split.kind
