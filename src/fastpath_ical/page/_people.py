"""The people a cell names: speakers and organizers, each with their affiliation.

Names are split from one another and from their affiliations, role labels
and markers are dropped, and cells that name no one by name are recognised.
"""

from __future__ import annotations

import re

from ..errors import ProgramError
from ..model import Person
from ..zones import PLACES, zone_of_place
from ._columns import Column, Layout, cell_at, header_name
from ._markdown import BR, Cell, Inline, Table, inline
from ._records import PageWarning

__all__ = ["BR", "is_full_name", "names_someone", "organizer_table", "people_list", "read_people"]


_ORGANIZER_COLUMNS = (
    "organizer",
    "organizers",
    "organiser",
    "organisers",
    "organizer(s)",
    "organiser(s)",
    "organizing committee",
)


_ORGANIZERS_LABEL = re.compile(r"^\s*(organi[sz]ers?|chairs?|hosts?)\s*:\s*", re.IGNORECASE)


_ROLE_LABEL = re.compile(
    r"^\s*(?:keynote(?:\s+speaker)?|invited(?:\s+(?:talk|speaker))?|panel(?:ists?)?|"
    r"speakers?|presenters?|moderators?|discussants?|respondents?|"
    r"chairs?|session\s+chairs?|tutorial|featuring)\s*:\s*|^\s*moderated\s+by\s*:?\s*",
    re.IGNORECASE,
)


_MARKERS = re.compile(r"\s*(?:\(\s*[*†‡§¶]+\s*\)|[*†‡§¶]+|\^\w+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")


_SUFFIXES = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|ph\.d|md)\.?$", re.IGNORECASE)


_NONE_WORDS = {"", "-", "–", "—", "n/a", "?"}


#: Speaker cells that name no one: the item has no people.
_NOBODY = {
    "organizers",
    "the organizers",
    "organisers",
    "the organisers",
    "program chairs",
    "the program chairs",
    "workshop chairs",
    "the workshop chairs",
    "chairs",
    "staff",
    "all",
    "everyone",
    "tba",
    "tbd",
    "tbc",
}


#: "Organizing committee", "The program committee", "Local organizing team": no one by name.
_NOBODY_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:workshop|program(?:me)?|general|local|steering|organi[sz]ing|"
    r"technical)\s+)*(?:organi[sz]ers|organi[sz]ing\s+(?:committee|team)|committee|chairs)",
    re.IGNORECASE,
)


def people_list(content: Inline, value: str) -> tuple[Person, ...]:
    """Organizers written on one line: "A (IBM); B (MIT)" or "A, B and C"."""
    profiles = {label: url for label, url in content.links if re.match(r"https?://", url)}
    people: list[Person] = []
    for name, affiliation in _names_and_affiliations(value, line_mode=False, commas_pair=True):
        if name and not _names_no_one(name):
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


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = 0
    position = 0
    while position < len(text):
        ch = text[position]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separator.match(text, position)
            if match and match.end() > position:
                parts.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts


_SEMICOLON = re.compile(r"\s*;\s*")


# "&" separates only with spaces around it: "Texas A&M University" is one name.
_ANY_SEPARATOR = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\+)\s*", re.IGNORECASE)


_AND = re.compile(r"\s*(?:\s&\s|\band\b|\+)\s*", re.IGNORECASE)


_COMMA = re.compile(r"\s*,\s*")


def _clean_parts(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        part = part.strip(" ,;")
        if _SUFFIXES.match(part) and out:
            out[-1] = f"{out[-1]}, {part}"
        elif part:
            out.append(part)
    return out


def _split_names(text: str, *, line_mode: bool) -> list[str]:
    """Names in a cell: one per line when the cell uses ``<br>``, else split on
    ``;`` if there is one, else on ``,``, ``and``, ``&`` (never inside parentheses)."""
    if line_mode:
        # One name per line: "MD" on a line of its own is a name, not "M.D." of the line above.
        return [part.strip(" ,;") for part in text.split("\n") if part.strip(" ,;")]
    if ";" in text:
        parts = _split_outside_parentheses(text, _SEMICOLON)
        roles = any(_ROLE_LABEL.match(part) for part in parts)
        return _clean_parts([name for part in parts for name in _split_again(part, roles)])
    return _clean_parts(_split_outside_parentheses(text, _ANY_SEPARATOR))


_NAME_WITH_AFFILIATION = re.compile(r"[^()]+\([^()]+\)\s*")


def _split_again(part: str, roles: bool = False) -> list[str]:
    """A part between semicolons that is itself a list of people: "Panelists: Ann Lee
    (MIT), Bob Ray (CMU)" (the parts are labelled with roles, or each name carries its
    affiliation)."""
    labelled = roles or bool(_ROLE_LABEL.match(part))
    rest = _ROLE_LABEL.sub("", part, count=1)
    names = _clean_parts(_split_outside_parentheses(rest, _ANY_SEPARATOR))
    if len(names) > 1 and (
        labelled or all(_NAME_WITH_AFFILIATION.fullmatch(name) for name in names)
    ):
        return names
    return [part]


_CAMPUS = re.compile(
    r"(?P<school>\b(?:university|univ\.?|institute|college|school)\b[^,;\n]*),\s*"
    r"(?P<place>[^,;\n]+?)(?=\s*(?:[,;\n]|\s&\s|\band\b|$))",
    re.IGNORECASE,
)


#: Stands for a comma inside one affiliation while the affiliations are split.
_KEPT_COMMA = "\x1f"


def _keep_campus_commas(text: str) -> str:
    """Hide the comma of "University of California, Berkeley" from the splitter.

    A comma after a university, institute or college name followed by a place
    (a city or state the zone table knows) names a campus, not a second
    affiliation, even when there are two speakers to pair.
    """

    def keep(match: re.Match[str]) -> str:
        place = match.group("place").strip()
        if place.upper() in PLACES or zone_of_place(place) is not None:
            return f"{match.group('school')}{_KEPT_COMMA} {place}"
        return match.group(0)

    return _CAMPUS.sub(keep, text)


def _split_affiliations(text: str, count: int, *, line_mode: bool) -> list[str] | None:
    """The affiliations listed the same way as ``count`` speakers, or ``None``."""
    text = _keep_campus_commas(text)
    candidates = [text.split("\n")] if line_mode else []
    for separator in (_SEMICOLON, _AND, _COMMA, _ANY_SEPARATOR):
        candidates.append(_split_outside_parentheses(text.replace("\n", " "), separator))
    for parts in candidates:
        cleaned = [part.strip(" ,;").replace(_KEPT_COMMA, ",") for part in parts]
        if len(cleaned) == count and all(cleaned):
            return cleaned
    return None


#: Words that make a part of a speaker cell an organisation, not a person.
_ORGANISATION = re.compile(
    r"\b(?:univ\.?|universit(?:y|ies|ät|at|é|e|à|a)|universidad[e]?|institut(?:e|o)?|istituto|"
    r"inst\.|college|school|polytechnic|polytechnique|academy|lab|labs|laborator(?:y|ies)|"
    r"research|inc\.?|corp\.?|corporation|ltd\.?|llc|gmbh|company|foundation|center|centre|"
    r"hospital|group|technolog(?:y|ies)|google|microsoft|meta|facebook|amazon|apple|nvidia|"
    r"intel|openai|deepmind|anthropic|alibaba|baidu|tencent|huawei|samsung|qualcomm|"
    r"databricks|oracle|salesforce|adobe|bytedance|hugging\s*face|stanford|berkeley|"
    r"harvard|princeton|oxford|cambridge|caltech|cornell|yale|columbia|toronto)\b",
    re.IGNORECASE,
)


#: An acronym ("MIT", "TU", "EPFL", "KAIST"): names are not written in capitals.
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")


def _is_organisation(part: str, *, weak: bool) -> bool:
    """Whether ``part`` (after "Jane Doe,") names an organisation.

    It does when it holds an organisation word or a known one ("University",
    "Labs", "Inc", "Google"), an acronym in capitals ("TU Wien", "MIT"), or is
    a place; ``weak`` also takes one capitalised word ("Zalando"), which a
    person's full name never is.
    """
    text = part.strip()
    if not text or "(" in text or re.search(r"\d", text):
        return False
    if _ORGANISATION.search(text) or _ACRONYM.search(text):
        return True
    if text.upper() in PLACES or zone_of_place(text) is not None:
        return True
    return weak and " " not in text and text[:1].isupper()


def is_full_name(part: str) -> bool:
    """A person's name written in full: two words or more, no organisation in it."""
    name = _strip_markers(_ROLE_LABEL.sub("", part))
    return (
        "(" not in name
        and len(name.split()) >= 2
        and not re.search(r"\d", name)
        and not _is_organisation(name, weak=False)
    )


def _pair_up(parts: list[str], *, header_pairs: bool) -> list[tuple[str, str | None]] | None:
    """ "Song Han, MIT": a name followed by its organisation is one person at it.

    Under a header "Speaker, Affiliation" every second part is an affiliation;
    otherwise a part is taken as the affiliation of the full name before it when
    it names an organisation (:func:`_is_organisation`), and one capitalised
    word is only when the whole cell alternates name, organisation.  ``None``
    when no part pairs up.
    """
    count = len(parts)
    names = parts[0::2]
    others = parts[1::2]
    pairs_all = count >= 2 and count % 2 == 0 and all("(" not in p for p in parts)
    if pairs_all and (
        header_pairs
        or (
            all(is_full_name(n) for n in names)
            and all(_is_organisation(o, weak=True) for o in others)
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
            and _is_organisation(parts[index + 1], weak=False)
        ):
            out.append((_name_and_affiliation(parts[index])[0], parts[index + 1].strip()))
            paired = True
            index += 2
            continue
        out.append(_name_and_affiliation(parts[index]))
        index += 1
    return out if paired else None


def _names_and_affiliations(
    text: str, *, line_mode: bool, commas_pair: bool, header_pairs: bool = False
) -> list[tuple[str, str | None]]:
    """The people a cell names, each with the affiliation written beside them.

    ``commas_pair`` (no affiliation column to pair with) lets "Name, Affiliation"
    be read as one person: see :func:`_pair_up`.
    """
    plain = [_name_and_affiliation(part) for part in _split_names(text, line_mode=line_mode)]
    if not commas_pair:
        return plain
    kept = _keep_campus_commas(text)
    if line_mode:
        groups = kept.split("\n")
    elif ";" in kept:
        groups = _split_outside_parentheses(kept, _SEMICOLON)
    else:
        groups = [kept]
    out: list[tuple[str, str | None]] = []
    changed = False
    roles = len(groups) > 1 and any(_ROLE_LABEL.match(group) for group in groups)
    for group in groups:
        separator = _ANY_SEPARATOR if len(groups) == 1 and not line_mode else _COMMA
        parts = _clean_parts(_split_outside_parentheses(group, separator))
        paired = _pair_up(parts, header_pairs=header_pairs)
        if paired is None:
            whole = _clean_parts(_split_again(group, roles)) if separator is _COMMA else parts
            out.extend(_name_and_affiliation(part) for part in whole)
        else:
            changed = True
            out.extend(paired)
    if not changed:
        return plain
    return [
        (name.replace(_KEPT_COMMA, ","), aff.replace(_KEPT_COMMA, ",") if aff else None)
        for name, aff in out
    ]


def _strip_markers(name: str) -> str:
    previous = None
    while previous != name:
        previous = name
        name = _MARKERS.sub("", name).strip()
    return name.strip(" *")


def _name_and_affiliation(part: str) -> tuple[str, str | None]:
    """ "Jane Doe (MIT)" is a name and an affiliation; invited-speaker markers are dropped."""
    part = _strip_markers(_ROLE_LABEL.sub("", part))
    match = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<aff>[^()]+)\)", part)
    if match and not re.fullmatch(
        r"\s*(?:invited|keynote|tbc|tbd|remote|virtual)\s*", match.group("aff"), re.IGNORECASE
    ):
        return _strip_markers(match.group("name")), _none_if_blank(match.group("aff"))
    part = re.sub(
        r"\s*\((?:invited|keynote|tbc|tbd|remote|virtual)\)\s*", " ", part, flags=re.IGNORECASE
    )
    return _strip_markers(part), None


def _none_if_blank(text: str) -> str | None:
    text = text.strip()
    return None if text.lower() in _NONE_WORDS else text


#: "Contributed authors", "All teams", "All participants", "Speaker TBD": a filler that
#: stands where a name would, naming no one.
_NOBODY_FILLER = re.compile(
    r"(?:(?:all|the|contributed|various|several|selected|invited|paper|accepted|student|"
    r"participating|other)\s+)+(?:participants|attendees|teams|speakers|authors|presenters|"
    r"panelists|members|students|contributors|papers|talks|groups)"
    r"|everyone|everybody|all|participants|attendees|authors|speakers|various|open|"
    r"(?:speakers?\s+|presenters?\s+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed))",
    re.IGNORECASE,
)


#: Words that stand where a name would and name no one: activities, roles, fillers.
_GENERIC = frozenset(
    [
        "all",
        "everyone",
        "everybody",
        "team",
        "teams",
        "group",
        "groups",
        "participants",
        "attendees",
        "audience",
        "arrival",
        "arrivals",
        "departure",
        "registration",
        "check-in",
        "welcome",
        "break",
        "lunch",
        "dinner",
        "coffee",
        "discussion",
        "discussions",
        "freeform",
        "free",
        "open",
        "optional",
        "tbd",
        "tba",
        "tbc",
        "various",
        "several",
        "speakers",
        "speaker",
        "authors",
        "author",
        "presenters",
        "presenter",
        "panelists",
        "panel",
        "moderator",
        "organizers",
        "organisers",
        "chairs",
        "chair",
        "staff",
        "volunteers",
        "mentors",
        "students",
        "members",
        "session",
        "sessions",
        "breakout",
        "breakouts",
        "hacking",
        "hackathon",
        "posters",
        "poster",
        "q&a",
        "qa",
        "networking",
        "social",
        "reception",
        "plenary",
        "keynote",
        "invited",
        "talk",
        "talks",
        "remote",
        "virtual",
        "online",
        "hybrid",
        "zoom",
        "room",
        "hall",
        "you",
        "us",
        "we",
        "and",
        "the",
        "of",
    ]
)


def names_someone(name: str) -> bool:
    """Whether a speaker cell's part names a person (see :func:`_names_no_one` for the rule)."""
    return not _names_no_one(name)


def _names_no_one(name: str) -> bool:
    """Whether a part of a speaker cell names no one.

    The documented rule: a person's name has a word that does not start with a
    lower-case letter (a capital, initials "JEG", or a script without case), is
    not wholly in brackets ("(optional)"),
    and is not made only of words that stand for an activity, a role or a
    group ("Teams", "All", "Arrival", "Freeform discussion", "The organizers").
    """
    cleaned = name.strip(" .!*()[]-–—?")
    if (
        name.lower() in _NOBODY
        or bool(_NOBODY_GROUP.fullmatch(name.strip()))
        or bool(_NOBODY_FILLER.fullmatch(cleaned))
    ):
        return True
    stripped = name.strip()
    if (stripped.startswith("(") and stripped.endswith(")")) or not cleaned:
        return True
    words = re.findall(r"[^\W\d_][\w'’.-]*", cleaned)
    if not words or all(word[0].islower() for word in words):
        return True  # "installation questions"; a script without case ("山田太郎") passes
    return all(word.lower().strip(".") in _GENERIC for word in words)


def _shared_surname(
    pairs: list[tuple[str, str | None]], text: str, cell: Cell, warnings: list[PageWarning]
) -> list[tuple[str, str | None]]:
    """ "Szabi and Zsuzsa Marka": two people who share the surname written once."""
    if len(pairs) != 2 or not re.search(r"\s(?:and|&)\s", text):
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
    text = "\n".join(_ROLE_LABEL.sub("", line) for line in text.split("\n"))
    pairs = _names_and_affiliations(
        text,
        line_mode=line_mode,
        commas_pair=affiliation is None or affiliation.is_empty,
        header_pairs=header_pairs,
    )
    pairs = [(name, aff) for name, aff in pairs if name and not _names_no_one(name)]
    pairs = _shared_surname(pairs, text, speaker, warnings)
    names = [name for name, _ in pairs]
    profiles = {
        _strip_markers(label): url
        for label, url in content.links
        if re.match(r"https?://", url, re.IGNORECASE)
    }
    affiliations: list[str | None] = [aff for _, aff in pairs]
    if affiliation is not None and not affiliation.is_empty and names:
        whole = affiliation.content.text
        aff_lines = bool(BR.search(affiliation.raw))
        if len(names) == 1:
            parts: list[str] | None = [whole]
        else:
            parts = _split_affiliations(
                "\n".join(affiliation.content.lines), len(names), line_mode=aff_lines
            )
        if parts is None:
            if not aff_lines and not _ANY_SEPARATOR.search(_keep_campus_commas(whole)):
                parts = [whole] * len(names)
            else:
                warnings.append(
                    PageWarning(
                        affiliation.line,
                        affiliation.column,
                        f"{len(names)} speakers but the affiliations do not split into "
                        f"{len(names)}; each speaker gets the whole affiliation text",
                    )
                )
                parts = [whole] * len(names)
        # "Ann Lee (MIT) and Bob Ray | CMU": what a speaker carries inline wins over the column.
        affiliations = [
            own or _none_if_blank(part) for own, part in zip(affiliations, parts, strict=True)
        ]
    segments = [inline(piece) for piece in BR.split(speaker.raw)] if line_mode else []
    people: list[Person] = []
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
                        if _strip_markers(label) == name
                        and re.match(r"https?://", url, re.IGNORECASE)
                    ),
                    None,
                )
        try:
            people.append(Person(name=name, affiliation=aff, profile=profile))
        except ProgramError:
            people.append(Person(name=name, affiliation=aff))
    return tuple(people), labelled
