"""What someone does, written where a name or an affiliation goes: "Assistant Professor".

A speaker cell often says a person's position beside where they work: "Ann Lee,
Assistant Professor, Example University", "Bo Ray (Director, Web Science Institute,
University of Southampton)", "Cy Dee, CEO of Secure Ideas", "(IBM, Research
Scientist, Kenya, confirmed)".  A position names no one, and it is no part of an
affiliation, which says where someone works: a part that is a position is left out,
with the field written right after it ("Assistant Professor, Computer Science,
Princeton NLP" is at Princeton NLP); a position that says where ("CEO of Secure
Ideas", "Professor at MIT") leaves the place, but what a post is "of" or "for" when
more follows is its subject ("Professor of Law, Yale University" is at Yale); a
position after the organisation ends the affiliation there (what follows it is more
about the post: a town, a note), unless it is held at a place of its own ("Google,
Adjunct Professor at Stanford University") or another organisation follows ("UCL;
Consultant, Moorfields Eye Hospital"); and a note that a talk is confirmed is no
part of where anyone works.

A position is made of words that say a post (``professor``, ``scientist``,
``director``, ``student``, ``CEO``...), with words that qualify them before or
after (``assistant``, ``senior``, ``research``, ``PhD``, ``emeritus``...), and
no other: "Google Research", "Data Science Institute" and "Student Union" are
organisations.
"""

from __future__ import annotations

import functools
import re

from .._patterns import lazy_compile
from ._affiliations import has_acronym, has_organisation_word

__all__ = ["is_field", "is_position", "says_where", "without_position", "without_positions"]

#: Words that say a post.
_POST = (
    r"(?:professor|prof\.?|lecturer|scientist|engineer|researcher|director|(?:co-?)?founder|"
    r"ceo|cto|cio|coo|cfo|cso|vp|president|head|chair(?:man|woman|person)?|fellow|post-?doc|"
    r"student|candidate|manager|developer|architect|analyst|consultant|advis[eo]r|intern|"
    r"officer|partner|lead)"
)
#: Words that qualify a post: "Assistant", "Senior", "Research", "PhD", "Emeritus".
_QUALIFIER = (
    r"(?:assistant|associate|adjunct|full|visiting|senior|junior|sr\.?|jr\.?|principal|staff|"
    r"chief|executive|exec\.?|managing|distinguished|emerit(?:us|a)|research|data|software|"
    r"applied|machine\s+learning|ml|ai|technical|product|program|project|group|team|lead|"
    r"ph\.?\s?d\.?|doctoral|post-?doctoral|graduate|undergraduate|master'?s|msc|vice|general|"
    r"founding|deputy|tenure-track|tenured|policy|social|clinical|teaching|computational|"
    r"honorary|scientific|academic|medical|artistic|operations|engineering)"
)
_ONE_POST = rf"(?:{_QUALIFIER}\s+)*{_POST}(?:\s+{_QUALIFIER})*"
#: A field of study or work: "Computer Science", "Electrical and Computer Engineering".
_FIELD_WORDS = (
    r"(?:computer|science|sciences|engineering|electrical|mechanical|civil|chemical|"
    r"aerospace|biomedical|mathematics|maths?|applied|physics|chemistry|biology|bioinformatics|"
    r"informatics|computing|statistics|economics|medicine|psychology|linguistics|neuroscience|"
    r"data|information|systems|robotics|ai|artificial|intelligence|machine|learning|"
    r"cognitive|social|political|natural|language|processing|security|networks?)"
)
_FIELD_TEXT = rf"{_FIELD_WORDS}(?:\s+(?:and\s+|&\s+|of\s+)?{_FIELD_WORDS})*"
#: One of which every post holds, in any case.
_POST_NEEDS = (
    "prof lecturer scientist engineer researcher director founder ceo cto cio coo cfo cso vp "
    "president head chair fellow doc student candidate manager developer architect analyst "
    "consultant advis intern officer partner lead post"
)
_POSITION = lazy_compile(
    rf"\s*{_ONE_POST}(?:\s*(?:&|and|/|,)\s*{_ONE_POST})*(?:\s+(?:of|in)\s+{_FIELD_TEXT})?\s*",
    re.IGNORECASE,
    needs=_POST_NEEDS,
)
#: "CEO of Secure Ideas", "Professor at MIT", "Research Scientist @ IBM": a post, then where.
_POSITION_AT = lazy_compile(
    rf"\s*{_ONE_POST}(?:\s*(?:&|and|/)\s*{_ONE_POST})*\s*(?P<word>\bat\b|@|\bof\b|\bwith\b|\bfor\b)\s*"
    r"(?P<place>\S.*?)\s*",
    re.IGNORECASE,
    needs=_POST_NEEDS,
)
_FIELD = lazy_compile(rf"\s*{_FIELD_TEXT}\s*", re.IGNORECASE)
#: "confirmed", "tentative", "TBC": a note on the talk, not a part of where anyone works.
_STATUS = lazy_compile(
    r"\s*(?:confirmed|tentative|to\s+be\s+confirmed|tbc|unconfirmed)\s*",
    re.IGNORECASE,
    needs="confirmed tentative tbc",
)


def is_position(part: str) -> bool:
    """Whether ``part`` only says someone's post ("Assistant Professor", "PhD Student")."""
    return bool(_POSITION.fullmatch(part))


def says_where(part: str) -> bool:
    """Whether ``part`` is a post, then where it is held ("CEO of Secure Ideas")."""
    at = _POSITION_AT.fullmatch(part)
    return at is not None and _where(at, last=True) is not None


def is_field(part: str) -> bool:
    """Whether ``part`` only names a field ("Computer Science")."""
    return bool(_FIELD.fullmatch(part))


def without_positions(parts: list[str]) -> list[str]:
    """The parts of a speaker cell without the posts after a name, nor the field after a
    post; a post that says where ("CEO of Secure Ideas") is kept, as where they work
    (:func:`says_where`)."""
    out: list[str] = []
    dropped = False
    for part in parts:
        if out and is_position(part):
            dropped = True
            continue
        if dropped and is_field(part):
            continue
        dropped = False
        out.append(part)
    return out


@functools.lru_cache(maxsize=4096)
def without_position(affiliation: str | None) -> str | None:
    """An affiliation without the post written in it (see the module's docstring);
    ``None`` when it says nothing else.  Cached: a program names the same few places
    of work row after row, and the answer depends on the text alone."""
    if affiliation is None:
        return None
    # Each part with the separator written before it: "OpenML; Eindhoven University".
    pieces = _SEPARATOR.split(affiliation)
    parts = [piece.strip() for piece in pieces[0::2]]
    separators = ["", *pieces[1::2]]
    if not any(_says_no_place(part) for part in parts):
        return affiliation
    kept: list[tuple[str, str]] = []
    after_post = False  # the part before was a post: a field here is the post's
    cut = False  # a post after the organisation: what follows is of the post
    for index, (separator, part) in enumerate(zip(separators, parts, strict=True)):
        if _STATUS.fullmatch(part):
            continue
        if cut:
            if part.startswith("and ") or has_organisation_word(part):
                # "Google, Staff Scientist, and Stanford University", "UCL; Consultant,
                # Moorfields Eye Hospital": another organisation, not more of the post.
                cut = False
                part = part.removeprefix("and ")
            else:
                continue
        at = _POSITION_AT.fullmatch(part)
        place = _where(at, last=index == len(parts) - 1) if at is not None else None
        if kept and (is_position(part) or (at is not None and not _held_at(at))):
            # "IBM, Research Scientist, Kenya", "MIT; Lead of the Data Provenance
            # Initiative": a post after the organisation; what follows is of the post.
            cut = True
            continue
        if is_position(part) or (at is not None and place is None):
            after_post = True  # "Professor of Law, Yale University": the post, its subject
            continue
        if after_post and is_field(part):
            continue  # "Assistant Professor, Computer Science, Princeton": the post's field
        after_post = False
        kept.append((separator, place if place is not None else part))
    if not kept:
        return None
    return kept[0][1] + "".join(
        f"{separator.strip() or ','} {part}" for separator, part in kept[1:]
    )


#: Between the parts of an affiliation: a comma or a semicolon.
_SEPARATOR = lazy_compile(r"\s*([,;])\s*")


def _where(at: re.Match[str], *, last: bool) -> str | None:
    """Where a post is held, from "Professor at MIT", "CEO of Secure Ideas", "Professor of
    History at Harvard": after its last "at"; after "of" only in the affiliation's last
    part ("Head of Product, Spotify": a subject, then the organisation); never a field."""
    place = at["place"]
    if " at " in place:
        return place.rsplit(" at ", 1)[1].strip() or None
    if at["word"].lower() in ("of", "for") and not last and not _names_an_organisation(place):
        return None
    return None if is_field(place) else place


def _held_at(at: re.Match[str]) -> bool:
    """Whether a post says where it is held ("Adjunct Professor at Stanford University"),
    not what it is of ("Lead of the Data Provenance Initiative") nor a phrase ("Research
    Scientist at the intersection of vision and language", "Engineer at heart")."""
    held = at["word"].lower() in ("at", "@") or " at " in at["place"]
    place = at["place"].rsplit(" at ", 1)[-1].strip()
    return held and place.removeprefix("the ")[:1].isupper()


def _names_an_organisation(text: str) -> bool:
    """ "DST&I", "MinTech", "Data Science Lab": an organisation after "of", not a subject
    ("Law", "Product", "Research")."""
    return (
        has_acronym(text)
        or bool(_INNER_CAPITAL.search(text))
        or (len(text.split()) > 1 and has_organisation_word(text))
    )


#: A capital inside a word, as brands write their names: "MinTech", "DataKind".
_INNER_CAPITAL = lazy_compile(r"[a-z][A-Z]")


def _says_no_place(part: str) -> bool:
    return bool(_STATUS.fullmatch(part) or is_position(part) or _POSITION_AT.fullmatch(part))
