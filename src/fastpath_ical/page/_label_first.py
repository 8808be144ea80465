"""A label before a title's colon: "Keynote: Deep things", "Hands-on: Setup",
"Everyone: Introductions".

The label says the item's kind (or, for "Everyone", that no one in particular speaks);
the title is what follows. When what follows could itself be a speaker and a title
("Keynote: Bo Ray – Other Things"), the label says nothing of which is which, and the
cell is left whole; a title with a colon of its own and no name on either side of it
("Contributed Talk 4: AliGraph: A Graph Platform") loses its label.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile
from ..model import ItemKind
from ._kind_labels import kind_of_label
from ._name_split import without_form_of_address
from ._name_words import looks_like_names
from ._titles import CUT, numbered_part

__all__ = ["WHOLLY_QUOTED", "event_label_before_title", "label_before_title"]


#: "Keynote: Title", "Everyone: Introductions": a label, a colon, and the title after it.
_LABEL_FIRST = lazy_compile(
    r"^[\W_]*(?P<label>[^\W\d_][\w -]{1,30}?)[\s*_]*:[\s*_]+(?P<rest>\S.*)$"
)

#: "Keynote 1 - Title", "Talk 1- Title": a label, a dash, and the title after it.
_LABEL_DASH = lazy_compile(
    r"^[\W_]*(?P<label>[^\W\d_][\w ]{1,30}?)[\s*_]*(?:--|[-–—])[\s*_]+(?P<rest>\S.*)$"
)


def _a_title_after_the_dash(rest: str) -> bool:
    """Whether what follows "Keynote 1 -" is a title: not a name, nor a name and where the
    person works ("Keynote – Yoshua Bengio, Mila", "Keynote - Dr. Bo Ray, MIT"), nor a
    placeholder or a part ("Panel - TBD", "Tutorial - Part 2")."""
    first = without_form_of_address(rest.split(",")[0].split("(")[0].strip())
    return not (
        looks_like_names(rest)
        or looks_like_names(first)
        or _NOT_A_TITLE.fullmatch(rest.strip(" .*_"))
    )


_NOT_A_TITLE = lazy_compile(
    r"(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed)|part\s+\w{1,4})",
    re.IGNORECASE,
)


#: Labels that say what sort of event follows ("Session: Hacky Hour", "Activity: Trivia").
_EVENT_LABELS = {
    "session": ItemKind.SESSION,
    "workshop": ItemKind.ACTIVITY,
    "activity": ItemKind.ACTIVITY,
    "social": ItemKind.SOCIAL,
    # "__Special event:__ Group photo": something beside the talks, for everyone.
    "special event": ItemKind.SOCIAL,
}

#: Labels that say who takes part and name no one: the title follows them.
_EVERYONE = lazy_compile(r"(?:everyone|everybody|all|all\s+participants|group|groups|teams?)", re.I)


def label_before_title(
    text: str, *, names_apart: bool = False
) -> tuple[str, ItemKind | None] | None:
    """The title after a kind label ("Keynote: Deep things", "Hands-on: Setup") and the kind
    it gives, or after a label naming everyone ("Everyone: Introductions"); else ``None``.

    ``names_apart``: the row names its speakers in a cell of their own, so no part of
    the title is a speaker ("Keynote: LLMs As Traffic Police: Signal Control").
    """
    found = _LABEL_FIRST.match(text)
    if found is None and names_apart:
        # "Keynote 1 - Transparency in AI", "Talk 1- Title" beside a speaker's cell: a
        # dash after a kind's label sets it apart as a colon does; the speaker is named
        # elsewhere, so what follows is the title, unless it is only names.
        dashed = _LABEL_DASH.match(text)
        if (
            dashed is not None
            and kind_of_label(dashed["label"]) is not None
            and _a_title_after_the_dash(dashed["rest"])
        ):
            found = dashed
    if found is None:
        return None
    label, rest = found.group("label").strip(), found.group("rest").strip()
    if numbered_part(label, rest):
        if (kind := kind_of_label(rest)) is not None:
            return rest, kind  # "Session V: Panel Discussion": what the part is, its kind
        return None  # "Paper Session 1: Array Databases": the part's number and its topic
    if (
        not names_apart
        and CUT.search(rest)
        and any(looks_like_names(piece) for piece in CUT.split(rest))
    ):
        return None  # "Keynote: Bo Ray – Other Things": who speaks is not for a label to say
    if _EVERYONE.fullmatch(label):
        return rest, None
    kind = kind_of_label(label)
    both = _WELCOME_AND.fullmatch(label)
    if kind is None and both is not None:
        kind = kind_of_label(both.group("label"))  # "Welcome and Keynote: Title"
    two = _TWO_KINDS.fullmatch(label)
    if kind is None and two is not None and kind_of_label(two["second"]) is not None:
        kind = kind_of_label(two["first"])  # "Lecture and Lab: Title": the first says it
    quoted = WHOLLY_QUOTED.fullmatch(rest)
    if quoted:
        rest = quoted.group("title")  # 'Panel Session: "The Future of gem5"'
    return (rest, kind) if kind is not None else None


#: "Lecture and Lab", "Talk & Demo": two kinds of one item.
_TWO_KINDS = lazy_compile(r"(?P<first>.+?)\s+(?:and|&|\+)\s+(?P<second>.+)", re.IGNORECASE)

#: "Welcome and Keynote": the day's opening, and the kind of what follows it.
_WELCOME_AND = lazy_compile(
    r"(?:welcome|opening(?:\s+remarks)?|introduction)\s+(?:and|&)\s+(?P<label>.+)", re.IGNORECASE
)
#: A title in quotes and nothing else, none inside it: '"Building AI Agents with Dapr"'
#: (a ditto mark, '"' or '" "', is no title in quotes).
WHOLLY_QUOTED = lazy_compile(r'["“](?P<title>[^"“”]*[^\W_][^"“”]*)["”]')


def event_label_before_title(text: str) -> tuple[str, ItemKind] | None:
    """The title after a label saying what sort of event it is ("Activity: Movie Night")
    and the kind it gives; else ``None``.

    Tried before any rule that looks for a speaker in the title: after such a label
    comes the event's name, and "Movie Night" is not a person.
    """
    found = _LABEL_FIRST.match(text)
    if found is None:
        return None
    label = found.group("label").strip().lower()
    # "Activity 2: Trivia": a numbered activity is an activity ("Session 3: Topic" and
    # "Workshop 2: Graphs" keep their number, which may tell parallel tracks apart).
    numbered = re.fullmatch(r"activity\s*#?\d{1,2}", label)
    if numbered:
        label = "activity"
    kind = _EVENT_LABELS.get(label)
    rest = found.group("rest").strip()
    if kind is None or CUT.search(rest):
        return None
    return rest, kind
