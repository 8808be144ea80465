"""Talks whose speaker follows the title in brackets: ``Plenary (Adriana Dawes)``.

A bracket after a title holds many things: a speaker, but also what the talk is
("(Full Papers)", "(R Markdown Anatomy)"), a part ("(Part II)") or an affiliation
after a speaker's name ("Ann Lee (Harvard)").  One such bracket alone says little,
so the reader takes brackets as speakers only where the page makes a habit of it:
two rows of one table at least whose titles end in a bracket holding nothing but a
person's name written in full (capitalised words, the last a surname; no word a
title uses, no initialism), before a title that is no name itself, in rows that name
no one else.  Small workshops write given names alone ("Image basics (Makeda)",
"(Anouk, Fabien)"); a single capitalised word is as often a room, a language or a
note ("(Cafeteria)", "(Python)", "(Continued)"), so given names are taken only where
the habit is plain: three rows at least, one given name at least in two of them.
Each table so read is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind, Person
from ._affiliations import has_organisation_word
from ._date_words import month_number, weekday_number
from ._name_split import is_full_name
from ._name_words import looks_like_names
from ._nobody import names_no_one
from ._records import PageWarning, Row, rows_read_anew

__all__ = [
    "NAMES_BETWEEN",
    "SPOKEN",
    "is_a_name",
    "is_given_name",
    "names_in_brackets",
    "speakers_read",
]

#: A bracket at the end of a title, and what is before it.
_TRAILING = lazy_compile(r"^(?P<title>.*?\S)\s*\((?P<inside>[^()]+)\)\s*$")

#: One word of a name: a capital, then small letters ("Dawes", "O'Neil", "Jean-Daniel"),
#: with a second capital only after a name's prefix ("McDermott", "MacKay", "LeCun",
#: "DeWitt"; "GitHub", "PyData" are no names).
_WORD = r"(?:Mc|Mac|Le|La|De|Di|Du)?[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]+)*"
#: A given name written as initials: "M.", "P-L.", "J.-P.".
_INITIALS = r"[A-Z]\.?(?:[-–]\s?[A-Z]\.?)?\."
#: A person's name: a given name (or its initials), initials or particles, a surname.
_NAME = lazy_compile(
    rf"(?:{_WORD}|{_INITIALS})"
    rf"(?:\s+(?:[A-Z]\.|(?:van|von|de|der|den|da|del|della|di|du|le|la|bin|al)\b|{_WORD})){{0,2}}"
    rf"\s+{_WORD}"
)
#: A note on material beside the names ("slides: google doc"): a link's label, no name.
_MATERIAL = lazy_compile(r"\s*(?:slides?|video|recording|paper|code|pdf|notebook)\s*:", re.I)
#: Between two names: "Ann Lee and Bo Ray", "Ann Lee, Bo Ray", "Ann Lee & Bo Ray".
NAMES_BETWEEN = lazy_compile(r"\s*(?:,|&|\band\b)\s*")

#: Words a title's bracket holds that no name does (beside the reader's activity words).
_PROGRAM_WORDS = frozenset(
    [
        "papers",
        "paper",
        "talks",
        "talk",
        "session",
        "sessions",
        "track",
        "tracks",
        "part",
        "posters",
        "poster",
        "demos",
        "demo",
        "keynote",
        "keynotes",
        "invited",
        "full",
        "short",
        "long",
        "panel",
        "tutorial",
        "tutorials",
        "workshop",
        "lecture",
        "lectures",
        "plenary",
        "virtual",
        "online",
        "remote",
        "hybrid",
        "live",
        "recorded",
        "break",
        "lunch",
        "coffee",
        "learning",
        "data",
        "science",
        "introduction",
        "intro",
        "overview",
        "continued",
        "day",
        "morning",
        "afternoon",
        "evening",
        "room",
        "hall",
        "main",
        "discussion",
        "discussions",
        "award",
        "awards",
        "best",
        "open",
        "closing",
        "opening",
        "remarks",
        "welcome",
        "continued",
        "optional",
        "exercises",
        "exercise",
        "practical",
        "practice",
        "recap",
        "beginners",
        "beginner",
        "intermediate",
        "advanced",
        "cancelled",
        "canceled",
        "postponed",
        "tentative",
        "keynotes",
        "cafeteria",
        "canteen",
        "foyer",
        "lobby",
        "atrium",
        "terrace",
        "garden",
        "auditorium",
        "library",
        "fountain",
        "lounge",
        "zoom",
        "teams",
        "slack",
        "discord",
        "youtube",
        "python",
        "english",
        # Languages and tools a course names in brackets ("Data frames (Julia)").
        "julia",
        "stan",
        "rust",
        "matlab",
        "java",
        "scala",
        "haskell",
        "swift",
        "kotlin",
        "ruby",
        "perl",
        "pandas",
        "numpy",
        "pytorch",
        "tensorflow",
        "excel",
        "docker",
        "linux",
        "bash",
        "git",
        "github",
        # Notes, places and states a bracket holds.
        "theory",
        "review",
        "kitchen",
        "pub",
        "rooftop",
        "video",
        "slides",
        "moved",
        "waitlist",
        "vegan",
        "vegetarian",
        "lab",
        "labs",
        "hands-on",
        "recording",
        "recorded",
        "streamed",
        "full",
        "tba",
    ]
)


def is_a_name(text: str) -> bool:
    """Whether ``text`` is one person's name written in full, by the module's rule."""
    text = text.strip()
    if not _NAME.fullmatch(text) or names_no_one(text):
        return False
    return not any(word.lower().strip(".") in _PROGRAM_WORDS for word in text.split())


def is_given_name(text: str) -> bool:
    """Whether ``text`` may be a given name written alone: one capitalised word that is
    no word of a program, a day or a month."""
    word = text.strip()
    return (
        re.fullmatch(_WORD, word) is not None
        and word.lower() not in _PROGRAM_WORDS
        # The days and months a bracket may hold, in any language ("(Tuesday)", "(Juni)").
        and month_number(word) is None
        and weekday_number(word) is None
        and not names_no_one(word)
    )


#: The kinds of rows whose brackets make the habit: someone's talk, or remarks.
SPOKEN = (
    ItemKind.TALK,
    ItemKind.KEYNOTE,
    ItemKind.INVITED,
    ItemKind.CONTRIBUTED,
    ItemKind.REMARKS,
)


def _speakers(row: Row, kinds: tuple[ItemKind, ...] = SPOKEN) -> tuple[str, list[str]] | None:
    """The title and the names when ``row``'s title ends in a bracket of names only, full
    names or given names alone (:func:`_in_full` says whether they are all in full)."""
    if row.people or row.labelled or row.kind not in kinds:
        return None
    found = _TRAILING.match(row.title)
    if found is None:
        return None
    title = found.group("title").rstrip(" –—-:,")
    names = [
        part
        for part in NAMES_BETWEEN.split(found.group("inside"))
        if part.strip() and not _MATERIAL.match(part)  # "slides: google doc" is a link's
    ]
    if not title or not names:
        return None
    if not all(is_a_name(name) or is_given_name(name) for name in names):
        return None
    return title, [name.strip() for name in names]


def _in_full(speakers: tuple[str, list[str]]) -> bool:
    """Whether every name is written in full after a title that is no name itself ("Ann Lee
    (Harvard)" is a name, then its affiliation)."""
    title, names = speakers
    return all(is_a_name(name) for name in names) and not _is_name_title(title)


def _is_name_title(title: str) -> bool:
    """Whether a title before a bracket is itself a person's name ("Ann Lee (Harvard)")."""
    words = {word.lower().strip(".,:") for word in title.split()}
    return looks_like_names(title) and is_full_name(title) and not words & _PROGRAM_WORDS


def _given_name_habit(found: Iterable[tuple[str, list[str]]]) -> bool:
    """Whether rows whose brackets hold given names alone make a habit of it: three rows at
    least, a given name in two of them (alone, or first in a full name), and titles that
    are mostly no names themselves."""
    rows = list(found)
    alone = {name.strip() for _, names in rows for name in names if " " not in name.strip()}
    if len(rows) < 3 or not alone:
        return False
    if 2 * sum(_is_name_title(title) for title, _ in rows) > len(rows):
        return False  # "Ann Lee (Google)", "Bo Ray (Google)": names, then affiliations
    return any(
        sum(any(name.split()[0] == given for name in names) for _, names in rows) >= 2
        for given in alone
    )


def names_in_brackets(
    rows: Sequence[Row], warnings: list[PageWarning], habits: set[str] | None = None
) -> list[Row]:
    """The rows, each whose title ends in its speakers' names in brackets read with them as
    its people, when two rows of the table at least are so written (see the module), or
    one row in full names under a table of the page that was (``habits`` holds
    ``"brackets"`` then, and is told when this table is one); else only remarks with a
    full name in brackets, whose remarks they are ("Opening remarks (Sarah Bird)")."""
    habits = set() if habits is None else habits
    loose = {id(row): speakers for row in rows if (speakers := _speakers(row)) is not None}
    found = (
        loose
        if _given_name_habit(loose.values())
        else {key: speakers for key, speakers in loose.items() if _in_full(speakers)}
    )
    if len(found) >= (1 if _HABIT in habits else 2):
        habits.add(_HABIT)
        read = speakers_read(rows, found)
        read.update(_more_of_the_habit(rows, found))
        return rows_read_anew(
            rows,
            read,
            warnings,
            lambda first: (
                f"read the names in brackets after {len(read)} titles of this table "
                f"as their speakers ({first.title!r}, …)"
                if len(read) > 1
                else f"read the names in brackets after {first.title!r} as its speakers, "
                "as a table above writes its speakers"
            ),
        )
    # "Opening remarks (Sarah Bird)": remarks are someone's, and a full name in brackets
    # after them says whose, though no talk of the table is so written.
    remarks = {
        key: speakers
        for row in rows
        if row.kind is ItemKind.REMARKS
        and (speakers := loose.get(key := id(row))) is not None
        and _in_full(speakers)
        and not any(_ROLE_WORD.search(name) for name in speakers[1])
    }
    return rows_read_anew(
        rows,
        speakers_read(rows, remarks),
        warnings,
        lambda first: f"read the names in brackets after {first.title!r} as whose remarks they are",
    )


#: A word of someone's role, no part of a name: "(Chair Emeritus Bo Ray)".
_ROLE_WORD = lazy_compile(
    r"\b(?:chairs?|emerit\w*|hosts?|moderators?|organi[sz]ers?|speakers?|dean|director)\b",
    re.IGNORECASE,
)


#: What ``habits`` holds once a table of the page wrote its speakers in brackets.
_HABIT = "brackets"


def speakers_read(
    rows: Sequence[Row], found: Mapping[int, tuple[str, list[str]]]
) -> dict[int, Row]:
    """Each row found (by ``id``) read anew with its title and its speakers' names, as a
    table's habit gives them."""
    return {
        id(row): attrs.evolve(
            row,
            title=found[id(row)][0],
            people=tuple(Person(name=name) for name in found[id(row)][1]),
        )
        for row in rows
        if id(row) in found
    }


def _more_of_the_habit(
    rows: Sequence[Row], found: dict[int, tuple[str, list[str]]]
) -> dict[int, Row]:
    """The other rows of a table whose titles end in their speakers' full names, read as its
    talks are: a lab or an exercise by one of the talks' speakers ("Lab: Clustering (Ann
    Lee)" after "Lecture: Clustering (Ann Lee)"; "Tutorial: Notebooks (Google Colab)"
    names a tool), and a title of capitalised words taken for a name, with the speaker as
    its affiliation ("Lecture and Lab: Mass Cytometry (Ann de Vries)" had read 'Mass
    Cytometry' of 'Ann de Vries')."""
    speaking = {name for _, names in found.values() for name in names}
    more: dict[int, tuple[str, list[str]]] = {}
    for row in rows:
        if id(row) in found:
            continue
        speakers = _speakers(row, (ItemKind.ACTIVITY, ItemKind.BREAK, ItemKind.SOCIAL))
        if (
            speakers is not None
            and speaking.issuperset(speakers[1])
            and (row.kind is not ItemKind.ACTIVITY or _in_full(speakers))
            and not _is_name_title(speakers[0])
        ):
            # "Installation, break, and pizza (Farage)" after "Key features (Farage)": who
            # leads a break or a social, when they speak at the table's talks too.
            more[id(row)] = speakers
        elif (
            len(row.people) == 1
            and (person := row.people[0]).affiliation is not None
            and is_a_name(person.affiliation)
            # "**Ann Lee** (Macquarie University)": a name and where she works, as the
            # organisation's word says.
            and not has_organisation_word(person.affiliation)
            and not person.profile
        ):
            more[id(row)] = (person.name, [person.affiliation])
    return speakers_read(rows, more)
