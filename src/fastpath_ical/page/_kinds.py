"""What an item is, by the words its title uses: one vocabulary for every rule that needs it.

The kind of an item decides how a feed names it (CATEGORIES, SUMMARY) and
whether it blocks time (a break does not), so the words are kept here, once:
a break's words, remarks', a poster session's, a social event's, a session's.
A stated kind (a Kind column, a label such as "Invited Talk") always wins
over words; words only decide for items with nobody named on them, except
remarks, which organizers give.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ..model import ItemKind, Person
from ._kind_labels import KIND_LABEL, kind_of_label

__all__ = ["BREAK_WORDS", "REMARKS_WORDS", "is_break_label", "is_meal_or_social", "kind_of"]

#: A break in the languages of the column names, opening the title ("Pause", "Pausa café",
#: "Kaffeepause"; "Menopause and Ageing", "Learning When to Pause" are talks).
_OTHER_LANGUAGES_BREAK = (
    r"^\W*(?:pause|pausa|kaffeepause|mittagspause|teepause|kaffepause|descanso|intervalo|"
    r"almuerzo|almoço|déjeuner|mittagessen)\b"
    # A meal's word that also opens talks' titles ("Cena e convivialità nel Medioevo",
    # "Comida rápida y obesidad"): a break only with two words after it at most.
    r"|^\W*(?:repas|dîner|pranzo|comida|cena|abendessen)(?:\s+\S+){0,2}\W*$"
)

BREAK_WORDS = lazy_compile(
    r"\b(break|breaks|lunch|dinner|breakfast|coffee|tea|reception|poster session|posters|"
    r"networking|social|recess|meal|snacks?|refreshments?|banquet|registration|check-in)\b|"
    + _OTHER_LANGUAGES_BREAK,
    re.IGNORECASE,
)

REMARKS_WORDS = lazy_compile(
    r"\b(remarks|welcome|opening|closing|introduction|intro|wrap-up|wrap up|farewell|"
    r"announcements?)\b",
    re.IGNORECASE,
    needs="remarks welcome opening closing intro wrap farewell announcement",
)

_MEAL = lazy_compile(
    r"\b(break|breaks|lunch|breakfast|coffee|tea|recess|snacks?|refreshments?)\b|"
    + _OTHER_LANGUAGES_BREAK,
    re.I,
)
_POSTERS = lazy_compile(
    r"\bposters?\b(?:\s+session)?|\bposter\s+presentations?\b", re.IGNORECASE, needs="poster"
)
_SOCIAL = lazy_compile(
    r"\b(reception|dinner|banquet|social|networking|happy\s+hour|drinks|get-together|excursion)\b",
    re.IGNORECASE,
)
_ACTIVITY = lazy_compile(
    r"\b(registration|check-in|arrivals?|departures?|hackathon|hacking|hands-on|tutorial|"
    r"breakout|working\s+groups?|group\s+work|team\s*work|reading\s+group|"
    r"discussion|demos?|unconference|brainstorming)\b",
    re.IGNORECASE,
)
_SESSION = lazy_compile(
    r"^\W*(?:(?:oral|paper|contributed|spotlight|lightning|technical)\s+)?sessions?\b"
    r"|^\W*(?:contributed|spotlight|lightning|oral)\s+(?:talks|presentations|papers)\b",
    re.IGNORECASE,
)


_NOT_A_BREAK = lazy_compile(r"\d|:|\b(?:session|track|chair)\b", re.IGNORECASE)


def is_break_label(text: str) -> bool:
    """ "Break", "Coffee break", "Lunch": a break by its words, not a session's name."""
    return (
        bool(BREAK_WORDS.search(text)) and len(text.split()) <= 4 and not _NOT_A_BREAK.search(text)
    )


def is_meal_or_social(text: str) -> bool:
    """ "Lunch", "Coffee break", "Conference dinner": a meal, a break or a social event by
    its few words, which no one speaks at (the place is what brackets after it say)."""
    return (
        len(text.split()) <= 4
        and bool(_MEAL.search(text) or _SOCIAL.search(text))
        and not _NOT_A_BREAK.search(text)
    )


_LABEL_ENDS = lazy_compile(r"\W|$")


def kind_of(title: str, labelled: bool, people: tuple[Person, ...]) -> ItemKind:
    """The kind of an item by its title's words, for an item whose kind no one stated.
    (Each pattern runs once on the title: this runs on every row.)"""
    if labelled:
        return ItemKind.REMARKS
    remarks = REMARKS_WORDS.search(title)
    if remarks and "remarks" in title.lower():
        return ItemKind.REMARKS
    if remarks and not any(p.profile for p in people) and len(title) < 40:
        return ItemKind.REMARKS
    bare = title.strip(" *_([").strip()
    label = KIND_LABEL.match(bare)
    if label is not None and _LABEL_ENDS.match(bare[label.end() :]):
        stated = kind_of_label(label.group(0))
        if stated is not None:
            return stated
    if people:
        return ItemKind.TALK
    if _POSTERS.search(title):
        return ItemKind.POSTERS
    if _MEAL.search(title):
        return ItemKind.BREAK
    if _SOCIAL.search(title):
        return ItemKind.SOCIAL
    if _SESSION.search(title):
        return ItemKind.SESSION
    if _ACTIVITY.search(title):
        return ItemKind.ACTIVITY
    if BREAK_WORDS.search(title):
        return ItemKind.BREAK
    return ItemKind.TALK
