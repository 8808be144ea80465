"""How an affiliation is read: every form a page writes one in, in one place.

* in brackets after a name: "Jane Doe (MIT)"; "(invited)", "(remote)" and
  the like are notes, not affiliations (:func:`in_brackets`);
* after a name and a comma, when it names an organisation: "Song Han, MIT"
  (:func:`is_organisation`; the people reader pairs the parts);
* set in italics after a name in a title cell: "Claire Tomlin *UC Berkeley*"
  (:func:`in_italics`);
* written once after several names: "Ann Lee, Bob Ray (TU Munich)" is
  everyone's (:func:`written_once`);
* in a column of its own, split the way the speakers are, or the whole text
  for each of them when it does not split (:func:`from_column`).

A comma inside a university's name ("University of California, Berkeley")
is no separator (:func:`keep_campus_commas`).  The header of a column that
holds affiliations is named in ``_columns``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import Person
from ..zones import PLACES, zone_of_place
from ._blocks import BR, Cell
from ._records import PageWarning
from ._separators import AND, ANY, COMMA, SEMICOLON, split_outside

__all__ = [
    "SUPERSCRIPT",
    "from_column",
    "has_acronym",
    "has_organisation_word",
    "in_brackets",
    "in_italics",
    "is_organisation",
    "keep_campus_commas",
    "restore_commas",
    "without_affiliation",
    "without_notes",
    "written_after_name",
    "written_once",
]


#: "Jane Doe (MIT)": an affiliation in brackets after a name.
#: "Ann Lee (MIT)", "Yuandong Tian (Meta (Facebook) AI Lab)": one pair of brackets inside.
_AFTER_NAME = lazy_compile(r"(?P<name>[^()]+?)\s*\((?P<affiliation>(?:[^()]|\([^()]*\))+)\)")

#: The brackets at the end of a text, whatever they hold.
_TRAILING = lazy_compile(r"\s*\(((?:[^()]|\([^()]*\))+)\)\s*$")

#: What a name's brackets say that is no affiliation: "(invited)", "(remote)".
#: Words in brackets after a name that say how or where someone takes part, not where they
#: work: "(invited)", "(remote)", and a track, room or stream by its number ("(track 1)").
_NOTE_WORDS = (
    r"(?:invited|keynote|contributed|oral|spotlight)(?:\s+(?:talk|speaker|lecture))?|"
    # "(Special Session)", "(Plenary)": which part of the program, no place of work.
    r"special\s+session|plenary|"
    r"tbc|tbd|remote|virtual|online|in[- ]person|pre-?recorded|"
    # "(video)", "(vídeo)", "(recorded)", "(by video)": the talk comes as a recording.
    r"(?:by\s+|en\s+|por\s+)?v[ií]deo|recorded|grabado|"
    r"(?:track|room|hall|stream|session|breakout)\s*[#:]?\s*[\w.-]{1,4}"
)
_NOTE = lazy_compile(rf"\s*(?:{_NOTE_WORDS})\s*", re.IGNORECASE)
_NOTE_IN_BRACKETS = lazy_compile(
    rf"\s*\((?:{_NOTE_WORDS})\)\s*",
    re.IGNORECASE,
    needs="invited keynote contributed oral spotlight tbc tbd remote virtual online person "
    "recorded track room hall stream session breakout video vídeo grabado plenary special",
)

#: What stands where an affiliation would and names none.
_NONE_WORDS = {"", "-", "–", "—", "n/a", "?"}


def none_if_blank(text: str) -> str | None:
    text = text.strip()
    return None if text.lower() in _NONE_WORDS else text


def in_brackets(part: str) -> tuple[str, str | None]:
    """ "Jane Doe (MIT)": the name as written and the affiliation in brackets after it.

    A note in brackets ("Jane Doe (invited)") is dropped: the name has no affiliation.
    """
    match = _AFTER_NAME.fullmatch(part)
    if (
        match
        and "(" in match.group("affiliation")
        and not _one_organisation(match.group("affiliation"))
    ):
        match = None  # "Cy Dee (joint work with Bo Ray (MIT))": a second person inside
    if match and not _NOTE.fullmatch(match.group("affiliation")):
        if _a_length(match.group("affiliation")) or _MATERIAL.fullmatch(match.group("affiliation")):
            # "Ann Lee (40 min)"; "Ann Lee [(YouTube)](url)": the talk's video, no place.
            return match.group("name"), None
        return match.group("name"), none_if_blank(match.group("affiliation"))
    return without_notes(part), None


#: "(YouTube)", "(slides)" after a name: the label of a link to the talk's material.
_MATERIAL = lazy_compile(
    r"\s*(?:youtube|video|recording|slides?|pdf)\s*",
    re.IGNORECASE,
)


#: "Ann Lee (40 min)", "(20 mins + 5 min Q&A)": how long the talk lasts.
_LENGTH = lazy_compile(
    r"\s*\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?)\b"
    r"(?:\s*\+\s*\d{1,3}\s*(?:min(?:ute)?s?)?\b(?:\s+(?:Q&A|Q/A|questions|discussion))?)?\s*",
    re.IGNORECASE,
)


def _one_organisation(text: str) -> bool:
    """Whether a place of work with brackets inside is one organisation's name ("Meta
    (Facebook) AI Lab"): an organisation's word in it, and no word that brings in another
    person ("joint work with Bo Ray (MIT)", "Stanford, with Bo Ray (MIT)")."""
    if not has_organisation_word(text):
        return False
    another = _ANOTHER_PERSON.search(text)
    if another is not None and another["and"] and _acronyms_spelt_out(text):
        # "Institute for Cognitive Science and Technologies (ISTC), National Research
        # Council (CNR), Italy": each bracket holds the initials of the words before it, an
        # organisation's acronym; its "and" joins words of its name, not a second person.
        another = _ANOTHER_PERSON.search(text, another.end()) if "with" not in text else another
        while another is not None and another["and"]:
            another = _ANOTHER_PERSON.search(text, another.end())
    return another is None


#: Words that bring another person into a bracket after a name.
_ANOTHER_PERSON = lazy_compile(
    r"\b(?:with|by|joint|presented)\b|(?P<and>\band\b|&)",
    re.IGNORECASE,
    needs="with by joint presented and &",
)
#: "Italian Institute of Technology (IIT)": capitalised words, then their initials.
_ACRONYM_AFTER = lazy_compile(r"(?P<words>[^(),]+?)\s*\((?P<acronym>[A-Z]{2,8})\)")


def _acronyms_spelt_out(text: str) -> bool:
    """Whether every bracket inside ``text`` holds the initials of the capitalised words
    before it, in any order ("National Research Council (CNR)", as Italian orders them)."""
    brackets = text.count("(")
    found = list(_ACRONYM_AFTER.finditer(text))
    if not found or len(found) != brackets:
        return False
    for match in found:
        acronym = match["acronym"]
        words = match["words"].split()
        capitals = [index for index, word in enumerate(words) if word[:1].isupper()]
        spelt = capitals[-len(acronym) :]
        if sorted(words[index][0] for index in spelt) != sorted(acronym) or (
            not has_organisation_word(" ".join(words[spelt[0] :]))
        ):
            return False  # "and Bo Ray (BR)": a person's initials, no organisation's name
    return True


def _a_length(text: str) -> bool:
    """Whether brackets after a name say how long the talk lasts, not where they work (a
    place of work never starts with a number of minutes)."""
    return text.lstrip()[:1].isdigit() and _LENGTH.fullmatch(text) is not None


def written_after_name(part: str) -> bool:
    """Whether ``part`` is written as a name with brackets after it ("Ann Lee (MIT)")."""
    return _AFTER_NAME.fullmatch(part.rstrip()) is not None


def without_affiliation(text: str) -> str:
    """``text`` without the brackets it ends with ("Ann Lee (MIT)" is "Ann Lee")."""
    return _TRAILING.sub("", text)


def without_notes(text: str) -> str:
    """``text`` without the notes in brackets that are no affiliation ("(invited)")."""
    return _NOTE_IN_BRACKETS.sub(" ", text)


#: Words that make a part of a speaker cell an organisation, not a person.
_ORGANISATION = lazy_compile(
    r"\b(?:univ\.?|universit(?:y|ies|ät|at|é|e|à|a|atea|eit)|universidad[e]?|uniwersytet|"
    r"univerzit[ay]|institut(?:e|o|ul|um)?|istituto|instytut|politecnico|polit[eé]cnica|"
    r"hochschule|fachhochschule|akademie|akademia|laboratoire|laboratorio|escuela|"
    r"facultad|faculdade|facolt[àa]|fundaci[óo]n|funda[çc][ãa]o|fondazione|"
    r"inst\.|college|school|polytechnic|polytechnique|academy|lab|labs|laborator(?:y|ies)|"
    r"research|inc\.?|corp\.?|corporation|ltd\.?|llc|gmbh|kgaa|company|foundation|center|centre|"
    r"hospital|group|technolog(?:y|ies)|department|dept\.?|faculty|network|agency|ministry|"
    r"society|association|consortium|museum|observatory|council|librar(?:y|ies)|\w*bibliothek|"
    r"biblioth[eè]que|biblioteca|archives?|archiv|google|microsoft|meta|facebook|amazon|apple|nvidia|"
    r"intel|openai|deepmind|anthropic|alibaba|baidu|tencent|huawei|samsung|qualcomm|"
    r"databricks|oracle|salesforce|adobe|bytedance|hugging\s*face|stanford|berkeley|"
    r"harvard|princeton|oxford|cambridge|caltech|cornell|yale|columbia|toronto)\b",
    re.IGNORECASE,
    needs=(
        "academy adobe alibaba amazon anthropic apple baidu berkeley bytedance caltech "
        "akadem escuela facolt facult faculd fondazione funda hochschule instytut laborato "
        "politec politéc uniwersytet univerzit "
        "cambridge center centre college columbia company cornell corp databricks "
        "agency association consortium council department dept faculty ministry museum "
        "network observatory society librar bibliothek biblioth biblioteca archiv "
        "deepmind facebook foundation gmbh kgaa google group harvard hospital huawei "
        "hugging inc inst. institut intel istituto lab llc ltd meta microsoft nvidia "
        "openai oracle oxford polytechnic polytechnique qualcomm research salesforce "
        "samsung school stanford technologies technology tencent toronto univ yale"
    ),
)


#: An acronym ("MIT", "TU", "EPFL", "KAIST"): names are not written in capitals.
_ACRONYM = lazy_compile(r"\b[A-Z][A-Z&]{1,7}\b")


_DIGIT = lazy_compile(r"\d")

#: "Oregon State", "Georgia Tech", "Penn State": a university named by its state.
_STATE_SCHOOL = lazy_compile(r"[A-Z][a-z]+\s+(?:State|Tech)")


def has_acronym(text: str) -> bool:
    """Whether ``text`` holds an acronym in capitals ("MIT", "DST&I"): names are not
    written so, organisations often are."""
    return bool(_ACRONYM.search(text))


def has_organisation_word(text: str) -> bool:
    """Whether ``text`` holds a word only organisations' names do ("Institute", "Lab")."""
    return bool(_ORGANISATION.search(text))


def is_organisation(part: str, *, weak: bool) -> bool:
    """Whether ``part`` (after "Jane Doe,") names an organisation.

    It does when it holds an organisation word or a known one ("University",
    "Labs", "Inc", "Google"), an acronym in capitals ("TU Wien", "MIT"), or is
    a place; ``weak`` also takes one capitalised word ("Zalando"), which a
    person's full name never is.
    """
    text = part.strip()
    if not text or "(" in text or _DIGIT.search(text):
        return False
    if _ORGANISATION.search(text) or _ACRONYM.search(text) or _STATE_SCHOOL.fullmatch(text):
        return True
    if text.upper() in PLACES or zone_of_place(text) is not None:
        return True
    return weak and " " not in text and text[:1].isupper()


_CAMPUS = lazy_compile(
    r"(?P<school>\b(?:university|univ\.?|institute|college|school)\b[^,;\n]*),\s*"
    r"(?P<place>[^,;\n]+?)(?=\s*(?:[,;\n]|\s&\s|\band\b|$))",
    re.IGNORECASE,
)


#: Stands for a comma inside one affiliation while the affiliations are split.
_KEPT_COMMA = "\x1f"


def keep_campus_commas(text: str) -> str:
    """Hide the comma of "University of California, Berkeley" from the splitter.

    A comma after a university, institute or college name followed by a place
    (a city or state the zone table knows) names a campus, not a second
    affiliation, even when there are two speakers to pair.  :func:`restore_commas`
    puts it back.
    """

    def keep(match: re.Match[str]) -> str:
        place = match.group("place").strip()
        if place.upper() in PLACES or zone_of_place(place) is not None:
            return f"{match.group('school')}{_KEPT_COMMA} {place}"
        return match.group(0)

    return _CAMPUS.sub(keep, text)


def restore_commas(text: str) -> str:
    return text.replace(_KEPT_COMMA, ",")


def _split(text: str, count: int, *, line_mode: bool) -> list[str] | None:
    """The affiliations listed the same way as ``count`` speakers, or ``None``."""
    text = keep_campus_commas(text)
    candidates = [text.split("\n")] if line_mode else []
    for separator in (SEMICOLON, AND, COMMA, ANY):
        candidates.append(split_outside(text.replace("\n", " "), separator))
    for parts in candidates:
        cleaned = [restore_commas(part.strip(" ,;")) for part in parts]
        if len(cleaned) == count and all(cleaned):
            return cleaned
    return None


def from_column(
    cell: Cell, own: Sequence[str | None], warnings: list[PageWarning]
) -> list[str | None]:
    """The affiliations of the people ``own`` lists (what each carries inline), from an
    affiliation column's ``cell``.

    The column splits the way the speakers do; one that does not split is each
    speaker's whole; one that splits otherwise is each speaker's whole too, said in a
    warning.  "Ann Lee (MIT) and Bob Ray | CMU": what a speaker carries inline wins.
    """
    count = len(own)
    whole = cell.content.text
    lines = bool(BR.search(cell.raw))
    parts = [whole] if count == 1 else _split("\n".join(cell.content.lines), count, line_mode=lines)
    if parts is None:
        if lines or ANY.search(keep_campus_commas(whole)):
            warnings.append(
                PageWarning(
                    cell.line,
                    cell.column,
                    f"{count} speakers but the affiliations do not split into "
                    f"{count}; each speaker gets the whole affiliation text",
                )
            )
        parts = [whole] * count
    return [mine or none_if_blank(part) for mine, part in zip(own, parts, strict=True)]


def written_once(people: tuple[Person, ...], names: str) -> tuple[Person, ...]:
    """ "Ann Lee, Bob Ray (TU Munich)": an affiliation written once, after the last name
    of a title cell, is everyone's."""
    shared = people[-1].affiliation if people else None
    if shared and all(p.affiliation is None for p in people[:-1]) and names.endswith(")"):
        legend = _legend(shared)
        if legend:
            return tuple(
                attrs.evolve(p, affiliation=_by_marks(p.name, names, legend)) for p in people
            )
        return tuple(attrs.evolve(p, affiliation=shared) for p in people)
    return people


#: The marks of a legend's entries ("Ann Lee¹, Bo Ray²"), a people's reader asks of too.
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LEGEND_ENTRY = lazy_compile(rf"([{SUPERSCRIPT}]+)\s*([^{SUPERSCRIPT}]+?)\s*(?:[,;]\s*|$)")
_WHOLE_LEGEND = lazy_compile(rf"(?:[{SUPERSCRIPT}]+[^{SUPERSCRIPT}]+)+")


def _legend(text: str) -> dict[str, str]:
    """ "¹University of Amsterdam, ²ACME Research": affiliations numbered by the marks
    the names carry ("Ann Lee¹, Bob Ray²"); empty when the text is no such legend."""
    if not _WHOLE_LEGEND.fullmatch(text):
        return {}
    return dict(_LEGEND_ENTRY.findall(text))


def _by_marks(name: str, names: str, legend: dict[str, str]) -> str | None:
    """The affiliations a name's marks point to in the legend, or ``None`` when a mark
    is missing or points nowhere: a legend is never handed out whole."""
    found = re.search(re.escape(name) + rf"\s*([{SUPERSCRIPT}]+)", names)
    if found is None:
        return None
    marks = found.group(1)
    if marks in legend:
        return legend[marks]
    if all(mark in legend for mark in marks):
        return "; ".join(legend[mark] for mark in marks)
    return None


def in_italics(line: str, italic: Iterable[str], *, names: Callable[[str], bool]) -> str:
    """ "Claire Tomlin *UC Berkeley*": a line of ``names``, then its affiliation set in
    italics, written the usual way ("Claire Tomlin (UC Berkeley)")."""
    for text in sorted(italic, key=len, reverse=True):  # longest first, the same each run
        if text and line.endswith(text) and line != text:
            before = line[: -len(text)].strip(" ,–—-")
            if before.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr)\.$", before):
                continue  # "Giuseppe Pirrò. *Fact-checking via Paths*": a paper's title
            if names(before) and "(" not in before:
                return f"{before} ({text.strip('()[] ')})"
    return line
