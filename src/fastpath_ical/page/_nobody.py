"""Speaker cells that name no one by name: "TBD", "The organizers", "All participants".

The documented rule (:func:`names_no_one`): a person's name has a word that
does not start with a lower-case letter (a capital, initials "JEG", or a
script without case), is not wholly in brackets ("(optional)"), and is not
made only of words that stand for an activity, a role or a group ("Teams",
"All", "Arrival", "Freeform discussion", "The organizers"), does not end on an office
("Program Chair", "University Official"), holds no word that
names an activity outright ("Happy Hour / Interactive Session", "Coffee break"),
and is no phrase (:func:`is_a_phrase`: "Find a question", "Perform analysis";
a particle of a name, "van", "de la", "bin", is no word of a phrase).  A speaker
cell that is a phrase is kept as the item's description, never dropped.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ._day_ends import is_day_end
from ._name_words import is_particle

__all__ = [
    "is_a_filler",
    "is_a_group",
    "is_a_phrase",
    "names_an_activity",
    "names_no_one",
    "names_someone",
    "says_what_happens",
    "to_be_announced",
]


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
    # "All" in the languages of the column names (``_column_names``).
    "todos",
    "todas",
    "todo el mundo",
    "tous",
    "tout le monde",
    "alle",
    "tutti",
}


#: "Organizing committee", "The program committee", "Local organizing team", "KBRL
#: Organizers", "PAVeTrust organisers" (the workshop's short name): no one by name.
_NOBODY_GROUP = lazy_compile(
    r"(?:the\s+)?(?:(?-i:[A-Z][A-Za-z0-9&-]{1,15})\s+)?"
    r"(?:(?:workshop|program(?:me)?|general|local|steering|organi[sz]ing|"
    r"technical)\s+)*(?:organi[sz]ers|organi[sz]ing\s+(?:committee|team)|committee|chairs)",
    re.IGNORECASE,
    needs="organisers organizers organising organizing committee chairs",
)


def is_a_group(text: str) -> bool:
    """Whether ``text`` names a group and no one in it ("The organizers", "KBRL
    Organizers", "Program committee")."""
    return bool(_NOBODY_GROUP.fullmatch(text.strip(" *_")))


#: "Contributed authors", "All teams", "All participants", "Speaker TBD": a filler that
#: stands where a name would, naming no one.
_NOBODY_FILLER = lazy_compile(
    r"(?:(?:all|the|contributed|various|several|selected|invited|paper|accepted|student|"
    r"spotlight|lightning|oral|poster|short|session|panel|track|workshop|"
    # "Session 1 speakers", "Track B presenters": the people of a numbered part.
    r"participating|other)(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-D]))?\s+)+(?:participants|attendees|teams|speakers|authors|presenters|"
    r"panelists|members|students|contributors|papers|talks|groups)"
    r"|everyone|everybody|all|participants|attendees|authors|speakers?|presenters?|various|open|"
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
        "hosts",
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


#: Words no person's name holds, whatever else is beside them: "Happy Hour / Interactive
#: Session" and "Lunch with Ann" name an activity (a surname such as Hall or Room may be
#: a name, so only these count).
_ACTIVITY_IN_NAME = frozenset(
    [
        "session",
        "sessions",
        "break",
        "lunch",
        "coffee",
        "dinner",
        "breakfast",
        "reception",
        "registration",
        "hackathon",
        "posters",
        "poster",
        "q&a",
        "networking",
        "keynote",
        "talks",
        "discussion",
        "discussions",
        "breakout",
        "breakouts",
        "plenary",
        "tutorial",
        "workshop",
        "hour",
        "hours",  # "Office Hours", "Open Hours": a time set aside, no one's name
        "remarks",
        "welcome",
        "group",  # "Working Groups", "Breakout Group B": a group is nobody's name
        "groups",
    ]
)


#: Words of a program's formats that no name holds written with a capital, as a name is
#: ("Project Presentations", "Lecture and Lab"); in lower case they are words of a phrase
#: ("prepare presentation"), which says what happens.
_FORMAT_IN_NAME = frozenset(
    [
        "presentation",
        "presentations",
        "lecture",
        "lectures",
        "seminar",
        "seminars",
        "webinar",
        "tutorials",
        "demos",
        # What level or part of a course a title names: "Advanced CLI", "Intro Python".
        "advanced",
        "introduction",
        "intro",
        "basics",
        "beginners",
        "intermediate",
        "overview",
    ]
)


#: Words that say what happens: those above, and the words of _GENERIC that do.
_WHAT_HAPPENS = _ACTIVITY_IN_NAME | frozenset(
    ["arrival", "arrivals", "departure", "check-in", "hacking", "social"]
)


_ACTIVITY_WORD = lazy_compile(r"[^\W\d_][\w'’&-]*")


def names_an_activity(text: str) -> bool:
    """Whether a speaker cell that names no one says what happens instead ("Happy Hour /
    Interactive Session", "Check-in and installation questions"): two words or more, one of
    them an activity's, and no filler ("TBD", "All participants")."""
    words = _ACTIVITY_WORD.findall(text.lower())
    cleaned = text.strip(" .!*()[]-–—?")
    return (
        len(words) >= 2
        and not _NOBODY_FILLER.fullmatch(cleaned)
        and not _NOBODY_GROUP.fullmatch(text.strip())
        and any(word in _WHAT_HAPPENS for word in words)
    )


def is_a_filler(text: str) -> bool:
    """Whether ``text`` stands where a name would and names no one ("Speaker", "TBA",
    "All participants"): a template's placeholder, or a name not yet known."""
    return bool(_NOBODY_FILLER.fullmatch(text.strip(" .*_()")))


def names_someone(name: str) -> bool:
    """Whether a speaker cell's part names a person (see :func:`names_no_one` for the rule)."""
    return not names_no_one(name)


_NAME_WORD = lazy_compile(r"[^\W\d_][\w'’.-]*")


#: Offices that a speaker cell may name in place of the person who holds them: "Program
#: Chair", "Addis Ababa University Official", "Ministry Representative".  No surname is
#: one of these words, so a part ending on one (outside brackets: "Ann Lee (Chair)" is
#: Ann Lee) names no one.
_OFFICES = frozenset(
    [
        "chair",
        "chairs",
        "chairperson",
        "co-chair",
        "co-chairs",
        "official",
        "officials",
        "representative",
        "representatives",
        "delegate",
        "delegates",
        "organizer",
        "organiser",
    ]
)


def names_no_one(name: str) -> bool:
    """Whether a part of a speaker cell names no one (the rule is in the module's docstring)."""
    cleaned = name.strip(" .!*()[]-–—?")
    if _no_name(name) or not cleaned:
        return True
    words = _NAME_WORD.findall(cleaned)
    return not words or is_a_phrase(cleaned) or _only_fillers(words) or _an_office(cleaned, words)


def _an_office(cleaned: str, words: list[str]) -> bool:
    """Whether a part is only an office, outside brackets ("Program Chair", "Example
    University Official"): the words before it say which office or whose ("Program",
    "General", a university's name), never a name ("Ann Lee Program Chair", "Ann Lee –
    General Chair" name Ann Lee)."""
    if "(" in cleaned or words[-1].lower().strip(".") not in _OFFICES:
        return False
    before = [word.lower().strip(".") for word in words[:-1]]
    if all(word in _OFFICE_WORDS for word in before):
        return True
    return (
        bool(before)
        and _OF_AN_ORGANISATION.search(cleaned) is not None
        and re.search(r"[–—,]|\s-\s", cleaned) is None
    )


#: Words that say which office ("Program Chair", "General Co-Chair", "Local Organizer").
_OFFICE_WORDS = frozenset(
    [
        "program",
        "programme",
        "general",
        "session",
        "workshop",
        "conference",
        "local",
        "steering",
        "organizing",
        "organising",
        "track",
        "area",
        "publicity",
        "publication",
        "publications",
        "finance",
        "web",
        "industry",
        "tutorial",
        "tutorials",
        "poster",
        "posters",
        "demo",
        "student",
        "co",
        "the",
        "tpc",
        "pc",
    ]
)
#: "Addis Ababa University Official", "Ministry Representative": an organisation's.
_OF_AN_ORGANISATION = lazy_compile(
    r"\b(?:university|universit[äé]|institute|ministry|government|council|agency|"
    r"department|college|school|foundation|city|municipality|embassy|commission)\b",
    re.IGNORECASE,
)


def says_what_happens(text: str) -> bool:
    """Whether a speaker cell that names no one says something of the item all the same
    ("Find a question, explore the data"): a phrase, not a filler ("The organizers",
    "All participants", "Coffee break"), which says no more than that no one is named;
    or an office ("Program Chair")."""
    cleaned = text.strip(" .!*()[]-–—?")
    words = _NAME_WORD.findall(cleaned)
    if words and not _no_name(text) and _an_office(cleaned, words):
        return True  # "Addis Ababa University Official": who speaks, if not by name
    return bool(words) and is_a_phrase(cleaned) and not _no_name(text) and not _only_fillers(words)


def _no_name(name: str) -> bool:
    """A part that stands where a name would: a filler, a group, a note in brackets, the
    day's end, what follows a talk ("+ Hands-on Example")."""
    cleaned = name.strip(" .!*()[]-–—?")
    stripped = name.strip()
    return (
        name.lower() in _NOBODY
        or bool(_NOBODY_GROUP.fullmatch(stripped))
        or bool(_NOBODY_FILLER.fullmatch(cleaned))
        or is_day_end(cleaned)
        or (stripped.startswith("(") and stripped.endswith(")"))
        or stripped.startswith("+")
    )


def _only_fillers(words: list[str]) -> bool:
    """Words that name an activity outright, or only activities, roles and groups."""
    lowered = [word.lower().strip(".") for word in words]
    if any(
        word[:1].isupper() and low in _FORMAT_IN_NAME
        for word, low in zip(words, lowered, strict=True)
    ):
        return True
    return any(word in _ACTIVITY_IN_NAME for word in lowered) or all(
        word in _GENERIC for word in lowered
    )


def is_a_phrase(text: str) -> bool:
    """Whether ``text`` is words about an item, not a name: all in lower case
    ("installation questions"; a script without case, "山田太郎", is no phrase), or with
    words in lower case that are no particle of a name, two of them or half the words
    ("Find a question", "Perform analysis"; "Jan van den Berg" is a name)."""
    stripped = text.strip()
    words: list[str] = _NAME_WORD.findall(stripped)
    if not words:
        return False
    if all(word[0].islower() for word in words):
        return True
    if "(" in stripped:
        # "Ann Lee (MIT) Searching over programs": a name and its title run together, an
        # error where the cell is read, never a phrase dropped with the name in it.
        return False
    lower = sum(word[0].islower() and not is_particle(word) for word in words)
    return lower >= 2 or (lower >= 1 and 2 * lower >= len(words))


#: A title not known yet: "TBA", "TBD", "to be announced".
_TO_BE_ANNOUNCED = lazy_compile(
    r"\W*(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed))\W*", re.IGNORECASE
)


def to_be_announced(title: str) -> bool:
    return bool(_TO_BE_ANNOUNCED.fullmatch(title))
