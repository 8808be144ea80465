"""A cell of names split into people, each with the affiliation written beside them.

One name per line when the cell breaks its lines; else the names are cut at
semicolons, or at commas, "and", "&" (never inside brackets).  Role labels
("Panelists:") and markers ("*", "†", "¹") are dropped; "Jr." stays with its
name; and "Song Han, MIT" is one person at an organisation, not two people
(:func:`names_and_affiliations`; how an affiliation is told is ``_affiliations``).
"""

from __future__ import annotations

import functools
import re

from .._patterns import lazy_compile
from ._affiliations import (
    has_organisation_word,
    in_brackets,
    is_organisation,
    keep_campus_commas,
    restore_commas,
    written_after_name,
)
from ._name_words import looks_like_names, loosely_names
from ._nobody import is_a_filler
from ._positions import says_where, without_positions
from ._separators import ANY, COMMA, SEMICOLON, split_outside

__all__ = [
    "ROLE_LABEL",
    "is_full_name",
    "is_name_and_organisation",
    "names_and_affiliations",
    "strip_markers",
    "without_form_of_address",
]


#: A label that says a person's role before the names: "Panelists:", "Moderated by".
ROLE_LABEL = lazy_compile(
    r"^\s*(?:keynote(?:\s+speaker)?|invited(?:\s+(?:talk|speaker))?|panel(?:ists?)?|"
    r"speakers?|presenters?|moderators?|discussants?|respondents?|"
    r"chairs?|session\s+chairs?|tutorial|featuring)\s*:\s*|^\s*moderated\s+by\s*:?\s*"
    # "Moderator Mark Miller": the role, then the name, without a colon.
    r"|^\s*(?:moderator|chair)\s+(?=[A-Z\[])",
    re.IGNORECASE,
    needs="keynote invited panel speaker presenter moderat discussant respondent chair session "
    "host tutorial featuring",
)


_MARKERS = lazy_compile(r"\s*(?:\(\s*[*†‡§¶]+\s*\)|[*†‡§¶]+|\^\w+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")


_SUFFIXES = lazy_compile(r"^(?:jr|sr|ii|iii|iv|phd|ph\.d|md)\.?$", re.IGNORECASE)


#: Forms of address before a name ("Dr. Jin Gu", "Drs. Lin Hou, Guangchuang Yu", "Prof
#: Ann Lee"): how the page addresses someone, not their name, which a calendar's attendee
#: list and a speaker's feed would otherwise carry; "Drs." speaks for every name after it.
#: Written as forms of address are, capitalised: "MR A" is initials, not "Mr" and "A".
_ADDRESS = lazy_compile(
    r"^(?:(?:Drs?|Profs?|Professor|Mr|Mrs|Ms|Mx)\.?(?:-Ing\.)?\s+)+(?=[A-Z\u00C0-\u024F])"
)


def without_form_of_address(name: str) -> str:
    """``name`` without the forms of address before it ("Dr. Ann Lee" is "Ann Lee")."""
    return _ADDRESS.sub("", name)


#: A nickname in quotes written against the given name: 'Hai"Helen" Li'.
_GLUED_NICKNAME = lazy_compile(r"(?<=[^\W\d_])(?=[\"“][^\W\d_][^\"“”]*[\"”]\s)")


@functools.lru_cache(maxsize=4096)
def strip_markers(name: str) -> str:
    """A name without the invited-speaker markers after it ("Ann Lee*", "Bob Ray†¹") and the
    form of address before it ("Dr. Ann Lee"), its nickname set apart ('Hai "Helen" Li').

    Cached: a row asks it of the same name three or four times over (to split the cell, to
    pair it with its affiliation, to find its profile link), and the answer depends on the
    name alone."""
    previous = None
    while previous != name:
        previous = name
        name = _MARKERS.sub("", name).strip()
    return _GLUED_NICKNAME.sub(" ", without_form_of_address(name.strip(" *")))


def _clean_parts(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        part = part.strip(" ,;")
        if _SUFFIXES.match(part) and out:
            out[-1] = f"{out[-1]}, {part}"
        elif part:
            out.append(part)
    return out


#: "&" or "and" at the end of a line: the next line names the next person.
_JOIN_AT_END = lazy_compile(r"\s+(&|and)\s*\n", re.IGNORECASE)


def _split_names(text: str, *, line_mode: bool) -> list[str]:
    """Names in a cell: one per line when the cell uses ``<br>``, else split on
    ``;`` if there is one, else on ``,``, ``and``, ``&`` (never inside parentheses)."""
    if line_mode:
        # One name per line: "MD" on a line of its own is a name, not "M.D." of the line above.
        # "Ann Lee (LLNL) &<br>Bo Ray (RPI)": a line ending on the joining word goes on.
        joined = _JOIN_AT_END.sub(lambda found: f" {found.group(1)}\x1e", text)
        out: list[str] = []
        for part in joined.split("\n"):
            if "\x1e" in part:
                out.extend(_split_names(part.replace("\x1e", " "), line_mode=False))
            elif part.strip(" ,;"):
                out.append(part.strip(" ,;"))
        return out
    if ";" in text:
        parts = split_outside(text, SEMICOLON)
        roles = any(ROLE_LABEL.match(part) for part in parts)
        return _clean_parts([name for part in parts for name in _split_again(part, roles)])
    return [name for part in _clean_parts(split_outside(text, ANY)) for name in _apart(part)]


#: Two given names joined by "and" in Spanish, Portuguese, Italian, French or German:
#: "Marian y Emilio", "Ana e Rui", "Luc et Zoé", "Jan und Eva".
_TWO_GIVEN = lazy_compile(
    r"(?P<a>[^\W\d_a-z][^\W\d_]+)\s+(?:y|e|et|und)\s+(?P<b>[^\W\d_a-z][^\W\d_]+)"
)


def _apart(part: str) -> list[str]:
    """Two people where a part is two given names joined by another language's "and"; a
    surname joined so ("Ortega y Gasset") has a given name before it, and stays one. Two
    full names with a slash between them ("Ann Lee / Bo Ray") are two people too."""
    found = _TWO_GIVEN.fullmatch(part.strip())
    if found:
        return [found.group("a"), found.group("b")]
    for apart in (_SLASH, _OTHER_AND):
        # "Franziska Fuchs und Stephanie Nitsche": two full names ("José Ortega y Gasset"
        # is one: "Gasset" alone is no full name).
        halves = [half.strip() for half in apart.split(part)]
        if len(halves) > 1 and all(
            is_full_name(half) and looks_like_names(half) for half in halves
        ):
            return halves
    return [part]


#: A slash between two names, spaced: "Alistair Seddon / Kelly Kirsten".
_SLASH = lazy_compile(r"\s+/\s+")
#: Another language's "and" between two names: "und", "et", "y", "e".
_OTHER_AND = lazy_compile(r"\s+(?:und|et|y|e)\s+")


def _split_again(part: str, roles: bool = False) -> list[str]:
    """A part between semicolons that is itself a list of people: "Panelists: Ann Lee
    (MIT), Bob Ray (CMU)" (the parts are labelled with roles, or each name carries its
    affiliation)."""
    labelled = roles or bool(ROLE_LABEL.match(part))
    rest = ROLE_LABEL.sub("", part, count=1)
    names = _clean_parts(split_outside(rest, ANY))
    if len(names) > 1 and (labelled or all(written_after_name(name) for name in names)):
        return names
    return [part]


_DIGIT = lazy_compile(r"\d")


def is_full_name(part: str) -> bool:
    """A person's name written in full: two words or more, no organisation in it."""
    name = strip_markers(ROLE_LABEL.sub("", part))
    return (
        "(" not in name
        and len(name.split()) >= 2
        and not _DIGIT.search(name)
        and not is_organisation(name, weak=False)
    )


#: A particle glued to a surname: "el-Sayed", "d'Almeida", "al-Farabi".
_GLUED_PARTICLE = lazy_compile(r"\b(?:el|al|ad|ar|as|d|l|bin|ibn|ben|da|de|di|do|du)['’-](?=[A-Z])")


def is_name_and_organisation(text: str) -> bool:
    """Whether ``text`` is one person's full name, a comma, and an organisation
    ("Ann Lee, Example University"): a speaker's line, not a title."""
    name, comma, rest = text.partition(",")
    return (
        bool(comma)
        and is_full_name(name.strip())
        # "Quantum Information Theory introduction, building algorithms, QFT": a name's
        # words start in capitals ("Ahmed el-Sayed": but for a particle's).
        and loosely_names(_GLUED_PARTICLE.sub("", name.strip()))
        and is_organisation(rest, weak=False)
    )


def _name_and_affiliation(part: str) -> tuple[str, str | None]:
    """ "Jane Doe (MIT)" is a name and an affiliation; invited-speaker markers are dropped."""
    name, affiliation = in_brackets(strip_markers(ROLE_LABEL.sub("", part)))
    return strip_markers(name), affiliation


def _pair_up(
    parts: list[str], *, header_pairs: bool, written: str = ""
) -> list[tuple[str, str | None]] | None:
    """ "Song Han, MIT": a name followed by its organisation is one person at it.

    Under a header "Speaker, Affiliation" every second part is an affiliation;
    otherwise a part is taken as the affiliation of the full name before it when
    it names an organisation (``_affiliations.is_organisation``), and one
    capitalised word is only when the whole cell alternates name, organisation.
    ``None`` when no part pairs up.
    """
    count = len(parts)
    names = parts[0::2]
    others = parts[1::2]
    pairs_all = count >= 2 and count % 2 == 0 and all("(" not in p for p in parts)
    if pairs_all and (
        header_pairs
        or (
            all(is_full_name(n) for n in names)
            and all(is_organisation(o, weak=True) or says_where(o) for o in others)
        )
    ):
        return [
            (_name_and_affiliation(n)[0], o.strip()) for n, o in zip(names, others, strict=True)
        ]
    out: list[tuple[str, str | None]] = []
    paired = False
    index = 0
    while index < count:
        if (
            index + 1 < count
            and is_full_name(parts[index])
            and (
                is_organisation(parts[index + 1], weak=False)
                # "Ann Lee, CEO of Secure Ideas": her post, and where.
                or says_where(parts[index + 1])
                # "Ann Lee, Inria & Université Paris-Saclay": one word, then more of where
                # she works, is an organisation too.
                or (
                    index + 2 < count
                    and is_organisation(parts[index + 1], weak=True)
                    and _goes_on_affiliation(parts[index + 2])
                )
            )
        ):
            name = _name_and_affiliation(parts[index])[0]
            first = parts[index + 1].strip()
            affiliation = first
            index += 2
            while index < count and _goes_on_affiliation(parts[index]):
                # "Ann Lee, Université Paris-Sorbonne, FR": the rest of where she works,
                # as written ("Inria & Université Paris-Saclay, FR").
                last = parts[index].strip()
                affiliation = _as_written(written, first, last) or f"{affiliation}, {last}"
                index += 1
            out.append((name, affiliation))
            paired = True
            continue
        out.append(_name_and_affiliation(parts[index]))
        index += 1
    return out if paired else None


def _as_written(written: str, first: str, last: str) -> str | None:
    """The text from ``first`` to ``last`` as the cell writes it, separators and all."""
    start = written.find(first)
    end = written.find(last, start + len(first)) if start >= 0 else -1
    return written[start : end + len(last)] if end >= 0 else None


_SHORT_CAPITALS = lazy_compile(r"[A-Z]{2,3}")


def _goes_on_affiliation(part: str) -> bool:
    """A part after an affiliation that is no person: a country code ("FR"), a place
    ("Germany"), another organisation ("Université Paris-Saclay")."""
    text = part.strip()
    if is_full_name(text) and not is_organisation(text, weak=False):
        return False
    return bool(_SHORT_CAPITALS.fullmatch(text)) or is_organisation(text, weak=False)


def _organisations_under_names(
    people: list[tuple[str, str | None]],
) -> list[tuple[str, str | None]]:
    """ "Ann Lee<br>Korea Advanced Institute of Science and Technology": a line that is an
    organisation under a name with none is where that person works."""
    out: list[tuple[str, str | None]] = []
    for name, affiliation in people:
        bracketed = _BRACKETED_LINE.fullmatch(name)
        if (
            out
            and out[-1][1] is None
            and affiliation is None
            and bracketed
            and _only_an_organisation(bracketed.group(1))
        ):
            # "Ann Lee<br>(UT Austin)": the line in brackets under her name is where she
            # works, when it names an organisation and no more (see the function below).
            out[-1] = (out[-1][0], bracketed.group(1).strip())
            continue
        if (
            out
            and out[-1][1] is None
            and affiliation is None
            and has_organisation_word(name)
            and not is_full_name(name)
        ):
            out[-1] = (out[-1][0], name)
            continue
        out.append((name, affiliation))
    return out


def _only_an_organisation(text: str) -> bool:
    """Whether a bracketed line under a name says only where the person works ("UT
    Austin", "Hanyang University", "KAIST"), not an honour, a note or a role ("ACM
    Fellow", "Sponsored by NVIDIA", "Keynote, MIT", "Student Research Competition")."""
    words = text.split()
    return (
        "," not in text
        and is_organisation(text, weak=False)
        and not is_a_filler(text)
        and all(word[:1].isupper() or word.lower() in _CONNECTORS for word in words)
        and not any(word.lower().strip(".") in _NO_ORGANISATION for word in words)
    )


#: Small words an organisation's name holds: "University of Leeds", "Institut für X".
_CONNECTORS = frozenset({"of", "de", "du", "des", "la", "le", "the", "and", "für", "at", "&"})
#: Words of honours, notes and roles written in brackets under a name, never of where
#: someone works.
_NO_ORGANISATION = frozenset(
    {
        "fellow", "award", "awardee", "prize", "winner", "competition", "keynote",
        "invited", "sponsor", "sponsored", "talk", "session", "panel", "tutorial",
        "track", "student", "students", "chair", "speaker", "member", "emeritus",
    }
)  # fmt: skip


#: A line wholly in brackets: "(UT Austin)".
_BRACKETED_LINE = lazy_compile(r"\s*\(([^()]+)\)\s*")


def names_and_affiliations(
    text: str, *, line_mode: bool, commas_pair: bool, header_pairs: bool = False
) -> list[tuple[str, str | None]]:
    """The people a cell names, each with the affiliation written beside them.

    ``commas_pair`` (no affiliation column to pair with) lets "Name, Affiliation"
    be read as one person: see :func:`_pair_up`.
    """
    # "Ann Lee, Assistant Professor, Example University": a post names no one.
    split = without_positions(_split_names(text, line_mode=line_mode))
    plain = [_name_and_affiliation(part) for part in split]
    if line_mode:
        plain = _organisations_under_names(plain)
    if not commas_pair:
        return plain
    kept = keep_campus_commas(text)
    if line_mode:
        groups = kept.split("\n")
    elif ";" in kept:
        groups = split_outside(kept, SEMICOLON)
    else:
        groups = [kept]
    out: list[tuple[str, str | None]] = []
    changed = False
    roles = len(groups) > 1 and any(ROLE_LABEL.match(group) for group in groups)
    for group in groups:
        separator = ANY if len(groups) == 1 and not line_mode else COMMA
        parts = without_positions(_clean_parts(split_outside(group, separator)))
        paired = _pair_up(parts, header_pairs=header_pairs, written=group)
        if paired is None:
            whole = (
                without_positions(_clean_parts(_split_again(group, roles)))
                if separator is COMMA
                else parts
            )
            out.extend(_name_and_affiliation(part) for part in whole)
        else:
            changed = True
            out.extend(paired)
    if not changed:
        return plain
    return [(restore_commas(name), restore_commas(aff) if aff else None) for name, aff in out]
