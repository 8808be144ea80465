"""A label before a title's colon: "Keynote: Deep things", "Hands-on: Setup",
"Everyone: Introductions".

The label says the item's kind (or, for "Everyone", that no one in particular speaks);
the title is what follows. When what follows could itself be a speaker and a title
("Keynote: Bo Ray – Other Things"), the label says nothing of which is which, and the
cell is left whole.
"""

from __future__ import annotations

import re

from ..model import ItemKind
from ._titles import CUT, kind_of_label

__all__ = ["label_before_title"]


#: "Keynote: Title", "Everyone: Introductions": a label, a colon, and the title after it.
_LABEL_FIRST = re.compile(r"^[\W_]*(?P<label>[^\W\d_][\w -]{1,30}?)[\s*_]*:[\s*_]+(?P<rest>\S.*)$")

#: Labels that say who takes part and name no one: the title follows them.
_EVERYONE = re.compile(r"(?:everyone|everybody|all|all\s+participants|group|groups|teams?)", re.I)


def label_before_title(text: str) -> tuple[str, ItemKind | None] | None:
    """The title after a kind label ("Keynote: Deep things", "Hands-on: Setup") and the kind
    it gives, or after a label naming everyone ("Everyone: Introductions"); else ``None``."""
    found = _LABEL_FIRST.match(text)
    if found is None:
        return None
    label, rest = found.group("label").strip(), found.group("rest").strip()
    if CUT.search(rest):
        return None  # "Keynote: Bo Ray – Other Things": who speaks is not for a label to say
    if _EVERYONE.fullmatch(label):
        return rest, None
    kind = kind_of_label(label)
    return (rest, kind) if kind is not None else None
