"""Labels that say what kind of item follows: "Invited Talk 2", "Keynote", "Panel 1".

A label names a kind (:class:`~fastpath_ical.model.ItemKind`), never an item's own
title: "(Invited Talk 1) Title", "Keynote: Title".
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ..model import ItemKind

__all__ = ["KIND_LABEL", "KIND_WORDS", "kind_of_label"]


#: What a Kind column's cell says: each kind by its value or label, and the words pages use.
KIND_WORDS = {
    **{name: kind for kind in ItemKind for name in (kind.value, kind.label.lower())},
    "invited talk": ItemKind.INVITED,
    "keynote talk": ItemKind.KEYNOTE,
    "paper": ItemKind.CONTRIBUTED,
    "opening": ItemKind.REMARKS,
    "closing": ItemKind.REMARKS,
    "welcome": ItemKind.REMARKS,
    "meal": ItemKind.BREAK,
    "lunch": ItemKind.BREAK,
    "coffee": ItemKind.BREAK,
    "poster": ItemKind.POSTERS,
    "hackathon": ItemKind.ACTIVITY,
    "tutorial": ItemKind.ACTIVITY,
}


#: A kind label, with an optional number ("Invited Talk 2", "Talk 3", "Keynote #1", "Oral 2-1").
KIND_LABEL = lazy_compile(
    r"(?P<label>(?:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?"
    r"(?:(?P<invited>invited)(?:\s+(?:talks?|speakers?|lectures?|presentations?))?"
    r"|(?:(?:invited|opening|closing|plenary)\s+)?(?P<keynote>keynote)(?:\s+(?:talk|speaker|lecture|address|presentation))?"
    r"|(?P<contributed>(?:contributed\s+)?(?:contributed|spotlight|oral|lightning|extended\s+abstract|"
    r"(?:(?:research|regular|full|short|long|industry|position|student)\s+)?paper|"
    # "Paper Pitch", "Poster Pitch": a paper's few minutes on stage.
    r"poster\s+pitch(?:es)?)"
    r"(?:\s+(?:talks?|presentations?|session|demos?|pitch(?:es)?))?)"
    r"|(?:(?-i:[A-Z]{2,8})\s+)?(?P<findings>findings)(?:\s+(?:papers?|talks?))?"
    # "Quick-fire panel: Metadata", "Industry panel": a panel all the same.
    r"|(?:(?:opening|closing|plenary|quick[- ]?fire|industry)\s+)?"
    r"(?P<panel>panel|round[- ]?table)"
    r"(?:\s+(?:discussion|session))?"
    r"|(?P<talk>(?:(?:plenary|guest|featured|opening|closing|public|special|distinguished)\s+)?"
    r"(?:talk|lecture|presentation|seminar)|(?:(?-i:[A-Z][\w-]*)\s+)?speaker)"
    r"|(?P<tutorial>tutorial|hands[- ]on(?:\s+session)?|"
    # "Practical demonstration: Group analysis", "Live demo": what is shown, then its topic.
    r"(?:(?:practical|live)\s+)?(?:demo|demonstration)|task|exercises?|"
    r"practicals?(?:\s+session)?|labs?(?:\s+session)?)"
    # The same labels in the languages whose dates the reader reads: "Vortrag: Einführung",
    # "Conferencia magistral 1: ...", "Mesa redonda 2: ...", "Table ronde : ...".
    r"|(?P<keynote_x>hauptvortrag|confer[eê]ncia\s+magistral|conférence\s+plénière)"
    r"|(?P<panel_x>mesa\s+redonda|podiumsdiskussion|table\s+ronde|tavola\s+rotonda)"
    r"|(?P<talk_x>vortrag|charla|ponencia|palestra))"
    # "Oral 2-1", "Talk 1.3": the talk's number within its session too.
    r"(?:\s*(?:#\s*)?\d{1,3}(?:[.-]\d{1,2})?|\s+[IVX]{1,4})?)",
    re.IGNORECASE,
    needs=(
        "contributed demo exercise extended findings hands invited keynote lab lecture lightning "
        "oral panel paper pitch poster practical presentation round seminar speaker spotlight talk "
        "task tutorial vortrag charla ponencia palestra conferencia conferência "
        "conférence magistral plénière mesa redonda podiumsdiskussion table ronde tavola rotonda"
    ),
)

_KIND_GROUPS = {
    "invited": ItemKind.INVITED,
    "keynote": ItemKind.KEYNOTE,
    "contributed": ItemKind.CONTRIBUTED,
    "findings": ItemKind.CONTRIBUTED,
    "panel": ItemKind.PANEL,
    "talk": ItemKind.TALK,
    "tutorial": ItemKind.ACTIVITY,
    "keynote_x": ItemKind.KEYNOTE,
    "panel_x": ItemKind.PANEL,
    "talk_x": ItemKind.TALK,
}


def kind_of_label(text: str) -> ItemKind | None:
    """The kind a label names, when ``text`` is only a label ("Invited Talk 1")."""
    found = KIND_LABEL.fullmatch(text.strip(" *_.:-–—()[]"))
    if found is None:
        return None
    return next(_KIND_GROUPS[group] for group in _KIND_GROUPS if found.group(group))
