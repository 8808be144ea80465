"""What a person's name looks like when a title cell writes it beside a title.

Names are two to five capitalised words, none of them a word titles use
("Learning", "Systems", "Panel"); particles ("de", "van", "ibn") may stand
between them.  A line set apart in italics is read more loosely (see
:func:`loosely_names`).
"""

from __future__ import annotations

import itertools
import re

from .._patterns import lazy_compile
from ._affiliations import is_organisation, without_affiliation, without_notes
from ._separators import ANY, split_outside

__all__ = [
    "holds_a_title_word",
    "lists_authors",
    "looks_like_names",
    "loosely_names",
    "name_count",
    "names_then_their_place",
    "without_nickname",
]


#: Words a talk's title uses and a person's name does not (lower case).
_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "social",
        "after",
        "before",
        "across",
        "within",
        "against",
        "during",
        "among",
        "evaluation",
        "benchmark",
        "benchmarks",
        "of",
        "for",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "from",
        "with",
        "without",
        "by",
        "via",
        "into",
        "towards",
        "toward",
        "is",
        "are",
        "be",
        "can",
        "do",
        "does",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "we",
        "our",
        "your",
        "you",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "new",
        "beyond",
        "between",
        "through",
        "under",
        "over",
        "vs",
        "versus",
        "about",
        "all",
        "learning",
        "machine",
        "deep",
        "neural",
        "network",
        "networks",
        "model",
        "models",
        "data",
        "systems",
        "system",
        "language",
        "large",
        "scale",
        "efficient",
        "efficiency",
        "performance",
        "analysis",
        "training",
        "inference",
        "ai",
        "ml",
        "robot",
        "robots",
        "robotics",
        "robust",
        "robustness",
        "safety",
        "safe",
        "secure",
        "security",
        "privacy",
        "graph",
        "graphs",
        "vision",
        "video",
        "image",
        "images",
        "computing",
        "compute",
        "hardware",
        "software",
        "memory",
        "design",
        "optimization",
        "optimizing",
        "adaptive",
        "automated",
        "automatic",
        "generative",
        "foundation",
        "representation",
        "representations",
        "reinforcement",
        "agents",
        "agent",
        "autonomous",
        "human",
        "humans",
        "challenges",
        "challenge",
        "future",
        "opportunities",
        "lessons",
        "case",
        "study",
        "studies",
        "towards",
        "using",
        "theory",
        "practice",
        "applications",
        "application",
        "scalable",
        "distributed",
        "parallel",
        "cloud",
        "edge",
        "open",
        "session",
        "sessions",
        "talk",
        "talks",
        "keynote",
        "panel",
        "discussion",
        "poster",
        "posters",
        "break",
        "lunch",
        "coffee",
        "opening",
        "closing",
        "remarks",
        "welcome",
        "introduction",
        "intro",
        "overview",
        "summary",
        "tutorial",
        "workshop",
        "conference",
        "award",
        "awards",
        "q&a",
        "qa",
        "wrap",
        "up",
        "day",
        "evening",
        "morning",
        "afternoon",
    ]
)

#: Particles inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Ibn Sina").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
    ]
)

#: Particles of a name that a list of names does not take as one (a name's particle is
#: read in it above), but that are no words of a phrase either: "Ann Lee et al.".
_MORE_PARTICLES = frozenset(
    ["delle", "dei", "lo", "los", "las", "binti", "bint", "zu", "zum", "zur", "af", "av", "et"]
)
#: A particle joined to the name it stands before: "d'Arc", "al-Khatib", "ibn-Rushd".
_JOINED_PARTICLE = lazy_compile(r"(?:d|l|al|el|ad|as|at|az|ash|bin|ibn|ben|abu|da|de|di|du)['’-]")


def is_particle(word: str) -> bool:
    """A word of a name in lower case: a particle ("van", "de", "bin", "et al."), alone or
    joined to the name ("d'Arc", "al-Khatib")."""
    lower = word.lower()
    bare = lower.rstrip(".")
    return bare in _PARTICLES or bare in _MORE_PARTICLES or bool(_JOINED_PARTICLE.match(lower))


_NAME_WORD = lazy_compile(r"^(?:[^\W\d_][\w'’.-]*|[^\W\d_]\.)$")


def _name_word(word: str) -> bool:
    """A word of a name: a capital letter of any script that has them ("Östberg",
    "Łukasz"), then letters, apostrophes, dots or hyphens; not two capitals or more and
    then small letters, an institution's short form ("IIsc", "UCLouvain", "IITs")."""
    return (
        bool(_NAME_WORD.match(word)) and word[0].isupper() and not _CAPITALS_THEN_SMALL.match(word)
    )


_CAPITALS_THEN_SMALL = lazy_compile(r"[A-Z]{2,}[a-z]")


def _names_in(text: str) -> list[str]:
    """The names of a list, cut at separators outside parentheses."""
    return [part for part in split_outside(text, ANY, brackets="()") if part.strip()]


def lists_authors(text: str) -> bool:
    """Whether ``text`` lists two people or more, each by two words or more ("Ann Lee,
    Bo Ray, and Cy Dee"): a list of authors, which one name ("Main Hall") may not be."""
    names = _names_in(text)
    return len(names) >= 2 and all(len(name.split()) >= 2 for name in names)


_NOT_IN_A_NAME = lazy_compile(r"\d|[:!?\"“”]")
_INITIAL = lazy_compile(r"[A-Z]\.,?")
#: A nickname in brackets inside a name: "Kun-Chih (Jimmy) Chen", "J. (Jimmy) Chen"; in
#: capitals only after a first name alone ("John (JJ) Jones"; "Ann Lee (MIT) Bo Ray" is
#: two people).
_NICKNAME = lazy_compile(
    r"(?:(?<=[^\W\d_]|\.)(?=\s+\([^)]*[a-z])|^(?P<given>[^\W\d_][\w.'’-]*))"
    r"\s+\((?P<nickname>[^\W\d_][\w.'’-]*)\)\s+(?=[^\W\d_])"
)


def without_nickname(name: str) -> str:
    """``name`` without a nickname in brackets inside it ("Zheqing (Bill) Zhu" is read as
    "Zheqing Zhu" is), so that its brackets say nothing of an affiliation or a second name.
    A nickname is capitalised: "Quantification (label-free) Task" holds none."""
    return _NICKNAME.sub(_given, name) if "(" in name else name


def _given(match: re.Match[str]) -> str:
    if not match["nickname"][0].isupper():
        return match[0]
    return f"{match['given'] or ''} "


#: Three capitals or more: a surname in capitals ("Jean DUPONT", "Ana DE LA CRUZ") ends a
#: name, an acronym stands inside a title ("LDAP Domain Reconnaissance").
_ACRONYM = lazy_compile(r"[A-Z]{3,}")
#: Words a name abbreviates with a full stop inside it ("St. John", "Dr. Ann Lee").
_ABBREVIATED = frozenset(
    ["dr", "mr", "mrs", "ms", "mx", "jr", "sr", "st", "ste", "prof", "rev", "hon", "fr", "mt"]
)


def ends_a_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence: it follows a word, not an
    initial ("A."), an abbreviation a name holds ("Dr.", "St.") or one of dotted letters
    ("Ph.D.")."""
    if not word.endswith("."):
        return False
    bare = word[:-1]
    return (
        len(bare) >= 2 and "." not in bare and bare.isalpha() and bare.lower() not in _ABBREVIATED
    )


#: Endings of words a title uses and no name holds ("Heterogeneous", "Datasets",
#: "Materials", "Integration"): English derivations, long enough that a name's ending is
#: no match ("Clement", "Clements" and "Felicity" are names).  Gerunds are left out
#: ("Flemming", "Blessing", "Schilling", "Thorning" are names), and so is "-ics"
#: (Hungarian surnames: "Radics", "Matics").
_TITLE_ENDING = lazy_compile(
    r"[^\W\d_]{3,}(?:(?<=[^\W\d_]{4})(?:ous|ive|ical|ated|ized|ised|ments?)|ities|"
    r"tions?|sions?|ials|sets|works)",
    re.IGNORECASE,
)


def holds_a_title_word(name: str, *, after_by: bool = False) -> bool:
    """Whether a name read out of a title cell holds a word that only titles hold, by its
    ending (:data:`_TITLE_ENDING`: "Combining Heterogeneous Review Datasets", "Novel
    Materials Processing"): then the cell was cut in the wrong place.  Asked of the
    people a cut gave, never to decide which part of a cut is the title: "Decoding Visual
    Heritage: Object Detection and Archival Summarization" is one title, though its second
    part holds such words and its first does not."""
    words = [word.strip(",.()") for word in name.split()]
    if after_by and len(words) >= 2 and words[-1].lower().endswith("ous"):
        # "Title by Jad Darrous": after "by", a surname's ending ("Keynote: Staying
        # Anonymous" is a title's).
        words = words[:-1]
    return any(_TITLE_ENDING.fullmatch(word) for word in words)


def _is_name(text: str) -> bool:
    """One person's name as written: capitalised words, no word a title would use."""
    name = without_notes(without_affiliation(without_nickname(text)).strip(" *_†‡§¶"))
    words = name.split()
    if not 2 <= len(words) <= 5 or _NOT_IN_A_NAME.search(name):
        return False
    for word, after in itertools.pairwise(words):
        if ends_a_sentence(word):
            return False  # "Heng Ji. Schema-guided Event Prediction": a name, then a title
        if _ACRONYM.fullmatch(word.strip(",")) and not after.isupper():
            return False  # "Stealthy LDAP Domain Reconnaissance": capitals end a name only
    for word in words:
        bare = word.strip(",.")
        if bare.lower() in _PARTICLES or _INITIAL.fullmatch(word):
            continue  # "A." in "Varun A. Kelkar" is an initial, not the article
        if bare.lower() in _TITLE_WORDS or not _name_word(bare):
            return False
        if bare.endswith(("'s", "’s", "s'", "s’")):
            return False  # "User's Corner", "Women's Forum": a possessive, no one's name
    return True


def name_count(text: str) -> int:
    """How many names a list of names holds ("Bo Ray, Cy Dee" two, "Fast Trees" one)."""
    return len(_names_in(text))


def looks_like_names(text: str) -> bool:
    """Whether ``text`` is one or more people's names ("Ann Lee (MIT) and Bob Ray")."""
    if spelt_out_acronym(text):
        return False
    parts = _names_in(text)
    return bool(parts) and all(_is_name(part) for part in parts)


#: "Artificial Intelligence Quantified (AIQ)": words, then their initials in brackets.
_WORDS_THEN_ACRONYM = lazy_compile(r"\s*(?P<words>[^()]+?)\s*\((?P<acronym>[A-Z]{2,8})\)\W*")


def spelt_out_acronym(text: str) -> bool:
    """Whether ``text`` is a phrase and its acronym in brackets, which a person's name and
    where they work never are ("Artificial Intelligence Quantified (AIQ)")."""
    found = _WORDS_THEN_ACRONYM.fullmatch(text) if "(" in text else None
    if found is None:
        return False
    initials = "".join(word[0] for word in found["words"].split() if word[:1].isupper())
    return initials.upper() == found["acronym"]


def loosely_names(text: str) -> bool:
    """Names as a line set apart writes them: capitalised words, one to five a name.

    Names may hold words a title uses ("Yang You", "Rose Young"); a line in
    italics beside a title line is read this way, when it is the only such line
    (bold sets titles apart as often as names, italics rarely a title beside one).
    """
    parts = _names_in(text)
    for part in parts:
        words = without_affiliation(part).strip(" *_").split()
        if not 1 <= len(words) <= 5 or re.search(r"\d|[:!?]", part):
            return False
        if not all(_name_word(w.strip(",.")) or w.lower() in _PARTICLES for w in words):
            return False
    return bool(parts)


#: Where a list of names ends and their organisation begins: a full stop, or a dash.
_FULL_STOP = lazy_compile(r"(?<![\s.][A-Z])\.\s+(?=[A-Z])")
_DASH = lazy_compile(r"\s+[-–—]\s+")


def names_then_their_place(text: str) -> tuple[str, str] | None:
    """ "Ann Lee, Bo Ray, and Cy Dee. Sirris - Example Lab, Brussels", "Ann Lee, Bo Ray -
    University of Bristol, UK": names, then the one organisation of them all."""
    flat = " ".join(text.split())
    cuts = [match.span() for match in _FULL_STOP.finditer(flat)]
    cuts += reversed([match.span() for match in _DASH.finditer(flat)])
    for start, end in cuts:
        names, place = flat[:start].strip(), flat[end:].strip().rstrip(".")
        if "(" in names or not looks_like_names(names) or name_count(names) < 2:
            continue
        if is_organisation(place.split(",")[0], weak=False) or is_organisation(place, weak=False):
            return names, place
    return None
