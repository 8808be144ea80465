"""Speaker cells that name no one by name: "TBD", "The organizers", "All participants".

The documented rule (:func:`names_no_one`): a person's name has a word that
does not start with a lower-case letter (a capital, initials "JEG", or a
script without case), is not wholly in brackets ("(optional)"), and is not
made only of words that stand for an activity, a role or a group ("Teams",
"All", "Arrival", "Freeform discussion", "The organizers"), and holds no word that
names an activity outright ("Happy Hour / Interactive Session", "Coffee break").
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ._day_ends import is_day_end

__all__ = ["is_a_filler", "names_an_activity", "names_no_one", "names_someone"]


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
_NOBODY_GROUP = lazy_compile(
    r"(?:the\s+)?(?:(?:workshop|program(?:me)?|general|local|steering|organi[sz]ing|"
    r"technical)\s+)*(?:organi[sz]ers|organi[sz]ing\s+(?:committee|team)|committee|chairs)",
    re.IGNORECASE,
    needs="organisers organizers organising organizing committee chairs",
)


#: "Contributed authors", "All teams", "All participants", "Speaker TBD": a filler that
#: stands where a name would, naming no one.
_NOBODY_FILLER = lazy_compile(
    r"(?:(?:all|the|contributed|various|several|selected|invited|paper|accepted|student|"
    r"participating|other)\s+)+(?:participants|attendees|teams|speakers|authors|presenters|"
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


def names_no_one(name: str) -> bool:
    """Whether a part of a speaker cell names no one (the rule is in the module's docstring)."""
    cleaned = name.strip(" .!*()[]-–—?")
    if (
        name.lower() in _NOBODY
        or bool(_NOBODY_GROUP.fullmatch(name.strip()))
        or bool(_NOBODY_FILLER.fullmatch(cleaned))
        or is_day_end(cleaned)
    ):
        return True
    stripped = name.strip()
    if (stripped.startswith("(") and stripped.endswith(")")) or not cleaned:
        return True
    if stripped.startswith("+"):
        return True  # "+ Hands-on Example": what follows the talk, no one's name
    words = _NAME_WORD.findall(cleaned)
    if not words or all(word[0].islower() for word in words):
        return True  # "installation questions"; a script without case ("山田太郎") passes
    if any(word.lower().strip(".") in _ACTIVITY_IN_NAME for word in words):
        return True
    return all(word.lower().strip(".") in _GENERIC for word in words)
