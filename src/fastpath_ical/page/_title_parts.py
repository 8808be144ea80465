"""What a title cell is cut into, and two ways of telling its parts apart.

:class:`Split` is what ``_titles`` reads a cell as; the functions here decide
which part of a cut line names people when the cut alone does not say.
"""

from __future__ import annotations

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind
from ._affiliations import is_organisation
from ._bracket_names import NAMES_BETWEEN, is_a_name
from ._kind_labels import kind_of_label
from ._title_text import norm_part as _norm

__all__ = ["Split", "label_names_colon", "which_names"]


@attrs.frozen
class Split:
    """What a title cell says: the title, the names as written, the kind its label gives."""

    title: str
    names: str
    kind: ItemKind | None = None
    #: The label as written ("Invited Talk 2"), when the cell has one.
    label: str | None = None


#: "Scientific presentation 1 (Adnan Siddique): Title": a label, who in brackets, the title.
_LABEL_NAMES_COLON = lazy_compile(
    r"^(?P<label>[^():]{2,40}?)\s*\((?P<names>[^()]+)\)\s*:\s+(?P<title>\S.*)$"
)


def label_names_colon(text: str) -> Split | None:
    """A label, the speakers in brackets, then after a colon the title; only when every
    part in the brackets is a person's name in full (see ``_bracket_names``)."""
    found = _LABEL_NAMES_COLON.match(text)
    if found is None:
        return None
    names = [part.strip() for part in NAMES_BETWEEN.split(found["names"])]
    if not names or not all(
        is_a_name(name) and not is_organisation(name, weak=False) for name in names
    ):
        # "Dr. Ann Lee (Institutul de Cercetări Montane): Title": where she works, no name.
        return None
    label = _norm(found["label"])
    return Split(
        title=_norm(found["title"]), names=", ".join(names), kind=kind_of_label(label), label=label
    )


def which_names(
    parts: list[tuple[str, str]], italic: set[str], *, by: bool, full_stop: bool = False
) -> list[tuple[str, str]]:
    """Two parts that both read as names ("Deterministic Lazy Collections, by Ann Lee"):
    the one after "by" names the speakers, and of a part in italics and a plain one the
    italic one is the title; the one before a sentence's full stop names them, as a
    citation does ("Heng Ji. Schema-guided Event Prediction."); else both stay names,
    and the line is not cut."""
    (_, first), (_, second) = parts
    in_italics = [_norm(first) in italic, _norm(second) in italic]
    if by or in_italics == [True, False]:
        return [("title", first), ("names", second)]
    if full_stop or in_italics == [False, True]:
        return [("names", first), ("title", second)]
    return parts
