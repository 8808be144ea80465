"""A timed row into a :class:`~._records.Row`: its title, people, links, session and kind.

The title is the title cell's words without the links to materials, the
length, room or moderator written after it; the people are the speaker
column's, or those the title cell names beside the title; the kind is the
Kind column's, a label's, or the title's words (``_kinds``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .._patterns import lazy_compile
from ..model import ItemKind, Link, Person
from ._abstract_lines import abstract_apart
from ._affiliations import is_organisation
from ._blocks import Cell, at_cell
from ._bracket_names import SPOKEN, is_a_name
from ._cell_links import cell_links
from ._clock import TimeRange, parse_time_range
from ._columns import Column, cell_at
from ._inline import Inline
from ._kind_labels import KIND_WORDS, kind_of_label
from ._kinds import BREAK_WORDS, is_break_label, kind_of
from ._label_first import WHOLLY_QUOTED, event_label_before_title, label_before_title
from ._lengths import minutes_in
from ._name_words import holds_a_title_word, looks_like_names
from ._nobody import is_a_group, names_an_activity, says_what_happens, to_be_announced
from ._people import read_people, speakers_in_title
from ._records import Day, PageWarning, Row
from ._time_cell import time_cell_rest
from ._title_text import (
    MATERIAL_LABEL,
    bold_first_line,
    bold_then_description,
    chair_after_title,
    labelled_lines,
    moderated,
    names_a_room,
    notes_in_title,
    only_materials,
    title_without_materials,
)
from ._titles import one_person_and_where, speaker_alone, split_title
from ._untimed import listed_paper, session_and_chair

__all__ = ["names_beside_slot_labels", "read_row"]


#: A cell's line that says "or" and nothing else, between two items at one time.
_OR = lazy_compile(r"\s*[*_(]*(?:or|oder|ou|o|of)[*_)]*\s*", re.IGNORECASE)
#: "1. ", "12. " before a title's first letter: the number of a course's module.
_MODULE_NUMBER = lazy_compile(r"^\d{1,2}\.\s+(?=[^\W\d_])")
#: "1. [Module](url)", "2. <a href=...>": a module's number before its page's link.
_MODULE_LINK = lazy_compile(r"\s*\d{1,2}\.\s+(?:\[|<a\s)")
#: Asterisks at a title's end, after a word in small letters or a stop: marks, no words
#: ("A*", "C*" are names of their own).
_STARS_AFTER = lazy_compile(r"(?<=[a-z][a-z.?!)])\*{1,3}$")
#: A cell that holds only dashes ("-", "---", "\\-\\-\\-\\-\\-"), however many: written to
#: say it is empty.
_PLACEHOLDER = lazy_compile(r"\s*[-–—]+\s*")
#: "10 mins", "1 h", "90 minutes": how long, in a column of lengths.
_LENGTH = lazy_compile(
    r"\s*\d+(?:[.,]\d+)?\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\.?\s*", re.IGNORECASE
)

_EVENT_WORDS = lazy_compile(
    r"(?:\b(?:poster|posters|session|sessions|award|awards|ceremony|lightning|talks?|keynote|"
    r"panel|discussion|registration|break|coffee|lunch|breakfast|dinner|reception|q&a|qa|"
    r"demos?|tutorial|networking|social|opening|closing|remarks|welcome|and|&)\b|[\s/+,&-])+",
    re.IGNORECASE,
)


def _is_event_label(people: tuple[Person, ...]) -> bool:
    """Whether the speaker cell only names a kind of event ("Poster session", "Awards")."""
    return (
        len(people) == 1
        and not people[0].profile
        and not people[0].affiliation
        and bool(_EVENT_WORDS.fullmatch(people[0].name))
    )


_A_WORD = lazy_compile(r"\w")


def _bold_label_colon(title: str, cell: Cell | None) -> str:
    """ "**Keynote** [From Benchmark to Bedside](url)": a kind's label in bold, then the
    linked title, with nothing between them; as if a colon were (the link sets the title
    apart as the colon does). Only beside a cell that names the speaker."""
    # Runs of words: a pictograph before the label ("🔴 **Keynote** ...") is none.
    runs = [run for run in cell.content.runs if _A_WORD.search(run.text)] if cell else []
    if len(runs) < 2 or not runs[0].strong or runs[0].href or not all(r.href for r in runs[1:]):
        return title
    label = runs[0].text.strip()
    if kind_of_label(label) is None or not title.startswith(label) or ":" in label:
        return title
    return f"{label}: {title[len(label) :].strip()}"


def _links(
    row: Sequence[Cell],
    columns: dict[Column, int],
    people: tuple[Person, ...],
    warnings: list[PageWarning],
    base_url: str | None,
) -> tuple[Link, ...]:
    """The row's links, but a speaker's page (a name linked anywhere), kept with the speaker."""
    column_of = {index: column for column, index in columns.items()}
    profiles = {person.profile for person in people if person.profile}
    speakers = {person.name for person in people}
    # "[Ann Lee][4] ([LLNL][2])": where she works links to its own site, no item's material.
    works = {person.affiliation for person in people if person.affiliation}
    links: list[Link] = []
    for index, cell in enumerate(row):
        column = column_of.get(index)
        if column in (Column.CHAIR, Column.TIME, Column.END):
            # "| [Ann Lee](https://...) |" under Session Chair: her page, no material;
            # "| [11:10](https://time.is/1110_16_June_2025_in_BST) |": the time elsewhere.
            continue
        kept = cell_links(cell, column, warnings, base_url)
        named = {url for label, url in cell.content.links if label in speakers} if kept else set()
        employers = (
            {url for label, url in cell.content.links if label in works and _an_employer(label)}
            if kept and column in (Column.SPEAKER, Column.AFFILIATION)
            else set()
        )
        # "[KBRL Organizers](.../organizers/)": the page of a group that names no one, no
        # item's material (as a speaker's page is not).
        groups = (
            {url for label, url in cell.content.links if is_a_group(label)}
            if kept and is_a_group(cell.content.text)
            else set()
        )
        for link in kept:
            if link.url in profiles and (column is Column.SPEAKER or link.url in named):
                continue
            if link.url in employers or link.url in groups:
                continue
            links.append(link)
    return tuple(links)


def _minutes(row: Sequence[Cell], unknown: Sequence[tuple[int, str]]) -> int | None:
    """How long the row's item lasts, where a "Minutes" or "Duration" column says."""
    for index, name in unknown:
        if index < len(row):
            found = minutes_in(row[index].content.text, name)
            if found is not None:
                return found
    return None


def _minutes_noted(extra: Sequence[tuple[str, str]]) -> int | None:
    """How long the item lasts where its title says so in brackets ("Break (20 minutes)"):
    one length, with its unit."""
    noted = [minutes_in(text, "Duration") for name, text in extra if name == "Duration"]
    return noted[0] if len(noted) == 1 else None


def _an_employer(label: str) -> bool:
    """Whether a link's label read as an affiliation names an organisation, not material
    ("([slides](a.pdf))" after a name is no place of work)."""
    return is_organisation(label, weak=True) and not MATERIAL_LABEL.fullmatch(label)


#: "Session 1; Chair: Ann Lee", "Session 2 | Chairs: A, B": a title, then who chairs it.
_CHAIR_AFTER = lazy_compile(
    r"^(?P<title>.*?\S)\s*[;,|]\s*(?:session\s+)?chairs?\s*:\s*(?P<names>\S.*)$",
    re.IGNORECASE,
    needs="chair",
)


#: "Panel with Ann Lee and Bo Ray, moderator: Cy Dee": a moderator named after a comma.
_MODERATOR_AFTER = lazy_compile(
    r"^(?P<title>.*?\S)\s*(?:[;,|]|(?P<open>\())\s*moderat(?:ors?|ed\s+by)\s*:?\s*"
    r"(?P<names>[^()\[\]:]*[^\s().:])(?(open)\s*\))\W*$",
    re.IGNORECASE,
    needs="moderat",
)


def _without_moderator(cell: Cell) -> Cell:
    """The title cell without a moderator named after a comma ("Panel - Ann Lee, Bo Ray,
    moderator: Cy Dee"), so that the names before it are read as the panelists."""
    cut = _MODERATOR_AFTER.match(cell.raw)
    if cut is None or cut["open"]:
        return cell
    return Cell(raw=cut["title"], line=cell.line, column=cell.column)


#: Names apart in a list of them: "Bo Ray, Cy Dee and Di Fox".
#: Three hyphens between words: the em dash of Markdown's typographers.
_THREE_HYPHENS = lazy_compile(r"(?<=[^\W_])---(?=[^\W_])")
#: "[PDF]" at a title's end, the label of material whose link has no address (a link
#: with one was taken out with its label before).
_DEAD_MATERIAL = lazy_compile(
    r"(?<=\S)\s+\[\s*(?:pdf|slides?|video|paper|code|poster|abstract)\s*\]$", re.IGNORECASE
)
#: "Talk Session 1", "Oral Session II", "Session 3": a session's label and its number.
_NUMBERED_SESSION = lazy_compile(
    r"(?:[^\W\d_]+\s+){0,2}session\s+(?:\d{1,2}|[IVX]{1,4})", re.IGNORECASE, needs="session"
)
#: "Session", "Workshop": a slot's word alone, which a Topic cell beside it names.
_A_SESSION_ALONE = lazy_compile(r"\s*(?:session|workshop)\s*", re.IGNORECASE)
#: The name of a column that says what a session is about.
_TOPIC_COLUMN = lazy_compile(r"topics?|themes?|subject", re.IGNORECASE)


def _session_topic(
    title: str, extra: tuple[tuple[str, str], ...], *, named: bool = False
) -> tuple[str, str] | None:
    """The (column, text) of a Topic cell that titles a numbered session's row, or a row
    whose title is a kind's label alone ("| Lightning Talk | ... | Demystifying X |",
    ``named``: its speakers in a cell of their own), if any."""
    if not extra:
        return None
    if not _NUMBERED_SESSION.fullmatch(title) and not (
        named and (kind_of_label(title) is not None or _A_SESSION_ALONE.fullmatch(title))
    ):
        return None
    found = next((pair for pair in extra if _TOPIC_COLUMN.fullmatch(pair[0].strip())), None)
    if found is None or to_be_announced(found[1]) or _PLACEHOLDER.fullmatch(found[1]):
        return None  # "| Oral Session 2 | TBD |": no topic yet, the label stays the title
    return found


#: "Foundation Talk", "Case Study", "Tutorial Lecture": a slot a person fills, by the noun
#: that ends its label.
_SLOT_LABEL = lazy_compile(
    r"(?:[A-Z][\w-]*\s+){0,2}(?:talk|study|lecture|keynote|tutorial|presentation|demo|"
    r"address|speech|seminar)s?",
    re.IGNORECASE,
)
#: "IT1", "K2", "CT 3": a slot's code, numbered, standing where a title would.
_SLOT_CODE = lazy_compile(r"[A-Z]{1,4}\s?\d{1,2}")
#: "**Title:** Learning X" opening a cell beside the title's.
_TITLE_LINE = lazy_compile(
    r"\W*(?:talk\s+)?title\W*:\s*(?P<value>\S.*?)\s*", re.IGNORECASE, needs="title"
)


def _a_slot_label(text: str) -> bool:
    """A slot one person fills, by its label as pages write one, in Title Case
    ("Foundation Talk", "Invited Talk", "Case Study", "Keynote"); "talk" is a value (the
    page writer's Kind column), and a panel, a spotlight or a session is no one's slot."""
    return text[:1].isupper() and (
        _SLOT_LABEL.fullmatch(text) is not None
        or kind_of_label(text) in (ItemKind.KEYNOTE, ItemKind.INVITED)
    )


def _one_line_of_names(cell: Cell) -> bool:
    """One line of names and nothing else ("Ann Lee<br>**Loops**" says a title too)."""
    lines = [line for line in cell.content.lines if line.strip()]
    text = cell.content.text.strip()
    return len(lines) == 1 and kind_of_label(text) is None and looks_like_names(text)


def speakers_of_the_table(
    rows: Sequence[Sequence[Cell]], columns: Mapping[Column, int]
) -> frozenset[str]:
    """What the table's Speaker column says on its rows, one line each: the names a title
    cell may hold on a row whose two cells are swapped (:func:`_swapped_label`)."""
    if Column.SPEAKER not in columns:
        return frozenset()
    return frozenset(
        " ".join(cell.content.text.split())
        for row in rows
        if (cell := cell_at(row, columns[Column.SPEAKER])) is not None
        and len([line for line in cell.content.lines if line.strip()]) == 1
        and kind_of_label(cell.content.text) is None
    )


def _swapped_label(speaker: Cell | None, title: Cell | None, speakers: frozenset[str]) -> bool:
    """ "| 13:30 | Lightning talk #1 | [Olivier Stasse](#stasse) |" under Time, Presenter and
    Talk Title: a kind's label in the Speaker column, and in the Title column one line that
    the Speaker column says of another row, the same person's talk there."""
    return (
        speaker is not None
        and title is not None
        and kind_of_label(speaker.content.text) is not None
        and _one_line_of_names(title)
        and " ".join(title.content.text.split()) in speakers
    )


def names_beside_slot_labels(rows: Sequence[Sequence[Cell]], columns: Mapping[Column, int]) -> bool:
    """Whether a table writes its speakers in its Title column beside slots' labels in its
    Type column ("| Foundation Talk | Ann Lee |"): three rows or more so, and every row
    whose Type is a slot's label holds one line of names. A name and a title of two
    capitalised words ("Markov Chains") look alike; the table's habit tells them apart."""
    if Column.KIND not in columns or Column.TITLE not in columns:
        return False
    slots = [
        title
        for row in rows
        if (kind := cell_at(row, columns[Column.KIND])) is not None
        and _a_slot_label(kind.content.text.strip())
        and (title := cell_at(row, columns[Column.TITLE])) is not None
        and not title.is_empty
    ]
    return len(slots) >= 3 and all(_one_line_of_names(title) for title in slots)


def _title_line_beside(
    title: str,
    extra: tuple[tuple[str, str], ...],
    row: Sequence[Cell],
    unknown: Sequence[tuple[int, str]],
) -> tuple[tuple[str, str], str, str] | None:
    """The (column, text) of a cell beside a label or a slot's code ("IT1", "Invited Talk")
    whose first line is "Title: X", X, and the rest of the cell."""
    if not (_SLOT_CODE.fullmatch(title) or kind_of_label(title)):
        return None
    for index, name in unknown:
        cell = cell_at(row, index)
        lines = [line.strip() for line in cell.content.lines if line.strip()] if cell else []
        found = _TITLE_LINE.fullmatch(lines[0]) if lines else None
        pair = next((pair for pair in extra if pair[0] == name), None)
        if (
            found is not None
            and (
                to_be_announced(found["value"])
                or _PLACEHOLDER.fullmatch(found["value"])
                # "Title: see the arXiv version", "Title: Room 2A": a note, no talk's title.
                or not found["value"][:1].isupper()
                or names_a_room(found["value"])
            )
        ):
            return None  # "Title: TBD": the label stays the title until the talk is named
        if found is not None and pair is not None:
            return pair, found["value"], "\n".join(lines[1:])
    return None


_NAMES_APART = lazy_compile(r"\s*(?:,|;|&|\band\b)\s*")

#: "Opening remarks, coordinator: Ann Lee": who gives an item, named after a comma (with
#: a colon after the role: "Welcome, Host City Presentation" names no host).
_LED_AFTER = lazy_compile(
    r"^(?P<title>.*?\S)\s*[;,|]\s*(?:(?:coordinators?|hosts?|facilitators?|organi[sz]ers?|"
    r"presenters?|speakers?|instructors?|lecturers?)\s*:|presented\s+by|led\s+by)\s*"
    r"(?P<names>[^()\[\]:]*[^\s().:])\W*$",
    re.IGNORECASE,
    needs="coordinator host facilitator organiser organizer presente speaker instructor "
    "lecturer led",
)


#: "Opening remarks by SEVA organisers": a title, then who gives it (a group, :func:`is_a_group`).
_BY_A_GROUP = lazy_compile(r"(?P<title>.*?\S)\s+by\s+(?P<group>\S.*?)\W*", needs="by")

#: Who organises: "by SEVA organisers" names no one ("Design by Committee" is a title).
_ORGANISERS = lazy_compile(r"\borgani[sz](?:ers|ing)\b", re.IGNORECASE, needs="organi")

#: "Panel Discussion (led by Ann Lee)": who leads it, in brackets after the title
#: ("Poster session (hosted by Google Research)" names a host, no one who speaks).
_LED_IN_BRACKETS = lazy_compile(
    r"^(?P<title>.*?\S)\s*\(\s*(?:presented|led|facilitated|given)\s+by\s+"
    r"(?P<names>[^()\[\]:]*[^\s().:])\s*\)\W*$",
    re.IGNORECASE,
    needs="presented led facilitated given",
)


def read_row(
    row: Sequence[Cell],
    columns: dict[Column, int],
    unknown: Sequence[tuple[int, str]],
    time_cell: Cell,
    times: TimeRange,
    day: Day,
    session: str | None,
    chair: str | None,
    warnings: list[PageWarning],
    *,
    header_pairs: bool = False,
    base_url: str | None = None,
    names_in_titles: bool = False,
    speakers: frozenset[str] = frozenset(),
) -> Row:
    """The item a timed row states, in the session and under the chair above it.

    ``names_in_titles``: the table names its speakers in its Title column beside slots'
    labels (:func:`names_beside_slot_labels`); ``speakers``: what its Speaker column says
    on its rows (:func:`speakers_of_the_table`)."""
    speaker = cell_at(row, columns.get(Column.SPEAKER))
    affiliation = cell_at(row, columns.get(Column.AFFILIATION))
    title_cell = cell_at(row, columns.get(Column.TITLE))
    if _swapped_label(speaker, title_cell, speakers):
        assert speaker is not None
        assert title_cell is not None
        warnings.append(
            PageWarning(
                speaker.line,
                speaker.column,
                f"read {speaker.content.text.strip()!r} as the title and "
                f"{title_cell.content.text.strip()!r}, a speaker of the table, as who gives "
                "it: the row's two cells swapped",
            )
        )
        speaker, title_cell = title_cell, speaker
    abstract_cell = cell_at(row, columns.get(Column.ABSTRACT))
    if (
        (title_cell is None or title_cell.is_empty)
        and abstract_cell
        and not abstract_cell.is_empty
        and "\n" not in abstract_cell.content.text.strip()
    ):
        # "| 09:00 | | Jane Doe: *Title* |" under "| Time | Event | Description |".
        title_cell, abstract_cell = abstract_cell, None
    if title_cell is not None and any(
        # Between two lines: a title "o" alone is no "or".
        _OR.fullmatch(line)
        for line in title_cell.content.lines[1:-1]
    ):
        # "Hands-on tutorial (Ann Lee)<br>or<br>Hack time": two items at one time, one or
        # the other; joined, they had made one title of both.
        raise at_cell(
            title_cell,
            "this cell holds two items at one time, one or the other: the reader reads "
            "one item a row",
            expected="each of the two items in a row of its own, with the same time",
            code="cut",
        )
    timed = _timed_entries(title_cell.content.items) if title_cell is not None else []
    if title_cell is not None and timed:
        # "Session 1<ul><li>[11:00–11:30] Opening remarks</li><li>[11:30–12:05] Keynote
        # talk 1</li>...": talks with times of their own, which had been left in the
        # session's description, no item of the feed.
        raise at_cell(
            title_cell,
            f"this cell lists entries with times of their own ({timed[0]!r}, ...): they "
            "are items the reader does not read apart from the row",
            expected="each timed entry in a row of its own, with its time",
            code="cut",
        )
    described = ""
    if title_cell is not None:
        # "Title<br>by Ann Lee, MIT<br>In this talk we ...": the sentences are its abstract.
        title_cell, described = abstract_apart(title_cell)
        if described:
            warnings.append(
                PageWarning(
                    title_cell.line,
                    title_cell.column,
                    f"read {described[:50] + ('…' if len(described) > 50 else '')!r} as the "
                    "description of the item, "
                    "not part of its title: the sentences under its title and speaker",
                )
            )
    title = title_without_materials(title_cell.content) if title_cell else ""
    if _PLACEHOLDER.fullmatch(title):
        title = ""  # "| 10:30 | Coffee Break | - |": the dash says the cell is empty
    kind_cell = cell_at(row, columns.get(Column.KIND))
    kind_text = kind_cell.content.text.strip() if kind_cell else ""
    # "| Opening notes | | [recording] |" under Component and Title: the title cell holds
    # only the item's material, no words of its title; the kind cell names the item (a
    # cell of links alone elsewhere is titled by its first, "[Paper](url) [[slides]](url)").
    named_by_kind = (
        bool(kind_text)
        and title_cell is not None
        and (
            only_materials(title_cell.content)
            # "| Opening Remarks | [KBRL Organizers](url) |" under Category and Title &
            # Speaker(s): the organizers as a group, no title and no one by name.
            or is_a_group(title_cell.content.text)
        )
    )
    if named_by_kind:
        title = kind_text
    elif (
        names_in_titles
        and title_cell is not None
        and (speaker is None or speaker.is_empty)
        and _a_slot_label(kind_text)
        and _one_line_of_names(title_cell)
    ):
        # "| 08:30 AM - 09:00 AM | Foundation Talk | Ann Lee |" under Type and Title: the
        # kind's label titles the talk of the one the title cell names.
        warnings.append(
            PageWarning(
                title_cell.line,
                title_cell.column,
                f"read {title!r} as who gives {kind_text!r}, the row's kind, which titles it",
            )
        )
        speaker, title = title_cell, kind_text
    people, labelled = read_people(speaker, affiliation, warnings, header_pairs=header_pairs)
    said_what = ""
    if (
        speaker is not None
        and not people
        and title
        and names_an_activity(speaker.content.text)
        and not _EVENT_WORDS.fullmatch(speaker.content.text.strip())
    ):
        # "| 5:30 PM | Happy Hour / Interactive Session | Snacks and drinks |": the speaker
        # column says what happens; the title column describes it.
        title, said_what = speaker.content.text, title
    unnamed = ""
    if (
        len(people) == 1
        and len(people[0].name.split()) == 1
        and not people[0].affiliation
        and not people[0].profile
        and speaker is not None
        and is_break_label(title)
    ):
        # "| 10:30 - 10:45 | **BREAK** | Refreshments |": one word in a break's Speaker
        # cell is what the break holds, no one who speaks.
        people, unnamed = (), speaker.content.text
    if (
        speaker is not None
        and not speaker.is_empty
        and not people
        and not said_what
        and says_what_happens(speaker.content.text)
        and speaker.content.text.strip() != title.strip()
    ):
        # "| Work time | Find a question, explore the data |": words about the item where a
        # speaker would be, no one's name: its description, never dropped.
        unnamed = speaker.content.text
    chaired = _CHAIR_AFTER.match(title)
    if chaired:
        # "Session 1; Chair: Ann Lee": who chairs it, after the title; nobody's talk.
        title, chair = chaired["title"], chaired["names"].strip(" .*")
    own_chair = chair if chaired else None
    #: The kind a role clause's label gives ("Panel: Future of HPC, moderator: Bo Ray").
    role_kind: ItemKind | None = None
    moderated_after = _MODERATOR_AFTER.match(title)
    if moderated_after and not all(
        is_a_name(name.strip()) for name in _NAMES_APART.split(moderated_after["names"])
    ):
        moderated_after = None  # "moderated by the session chair", "Bo Ray, with Cy Dee"
    if moderated_after:
        # "Panel with Ann Lee and Bo Ray, moderator: Cy Dee": who moderates it, after the
        # title (read with the moderators in brackets, below).
        title = f"{moderated_after['title']} (moderator: {moderated_after['names']})"
        chaired = chaired or moderated_after
    led = (
        (_LED_AFTER.match(title) or _LED_IN_BRACKETS.match(title))
        if not people and not moderated_after
        else None
    )
    leaders: tuple[Person, ...] = ()
    if led and not is_break_label(led["title"]):
        written = Cell(raw=led["names"], line=time_cell.line, column=time_cell.column)
        leaders, _ = read_people(written, None, [])
    if (
        led
        and leaders
        and all(
            is_a_name(person.name)
            and not is_organisation(person.name, weak=False)
            and not is_a_group(person.name)
            for person in leaders
        )
    ):
        # "Opening remarks, coordinator: Ann Lee": who gives it, after the title ("Lunch,
        # hosts: Example Corp" names no one who gives it).
        title, people = led["title"], leaders
        chaired = chaired or led
        warnings.append(
            PageWarning(
                time_cell.line,
                time_cell.column,
                f"read {', '.join(p.name for p in leaders)} as the people of {title!r}, "
                "named after it",
            )
        )
    if moderated_after or (led and people):
        # "Panel: The future of HPC, moderator: Bo Ray": the label before the title says
        # the kind, as it does in any other row.
        labelled_before = label_before_title(title, names_apart=True)
        if labelled_before is not None:
            title, role_kind = labelled_before
    split_kind: ItemKind | None = None
    below = ""
    lined_extra: tuple[tuple[str, str], ...] = ()
    evented = event_label_before_title(title) if not chaired and not said_what else None
    if evented is not None:
        # "Activity: Movie Night": the label says what sort of event; no one is named.
        title, split_kind = evented
    whole = title_cell is not None and not chaired and not said_what and evented is None
    if moderated_after and title_cell is not None and not people and not said_what:
        # "**Panel** - Ann Lee, Bo Ray, moderator: Cy Dee": a label, the panelists, then the
        # moderator; the names before the moderator had stayed in the title.
        panel_warnings: list[PageWarning] = []
        panel = speakers_in_title(_without_moderator(title_cell), affiliation, panel_warnings)
        if (
            panel is not None
            and panel[1]
            and kind_of_label(panel[0]) is ItemKind.PANEL
            and all(
                is_a_name(person.name) and not is_organisation(person.name, weak=True)
                for person in panel[1]
            )
        ):
            title = f"{panel[0]} (moderator: {moderated_after['names']})"
            people, role_kind = panel[1], ItemKind.PANEL
            warnings.extend(panel_warnings)
    lined = (
        labelled_lines(title_cell.content)
        if title_cell is not None and whole and not people
        else None
    )
    in_first: tuple[str, tuple[Person, ...], ItemKind | None] | None = None
    if lined is not None and not lined.names and title_cell is not None:
        # 'Ann Lee, "Learning X"<br>Mentor: Bo Ray': the title line names its speaker; the
        # lines under it say more of the talk, naming no one who gives it ("Coffee
        # Break<br>Location: Foyer": where). Mentors under a title line that names no one
        # ("Mentoring hour<br>Mentors: ...") may be who runs it: the cell is read whole.
        first = _first_line(title_cell)
        in_first = speakers_in_title(first, affiliation, warnings) if first else None
        if in_first is None and any(label.lower().startswith("mentor") for label, _ in lined.extra):
            lined = None
    if lined is not None and title_cell is not None:
        # "**Title**<br>*Speaker:* Ann Lee<br>*Duration:* 15 minutes": each line says one thing.
        title, lined_extra = lined.title, lined.extra
        if to_be_announced(title):
            # "Speaker: Ann Lee. Title: TBD": a talk, not named yet.
            warnings.append(
                PageWarning(
                    title_cell.line,
                    title_cell.column,
                    f"the talk's title is {title!r}: the item is titled 'Talk' until it is named",
                )
            )
            title = "Talk"
        # "Moderator: Bo Ray<br>Panelists: Bo Ray, Di Eve": one person, named once.
        once: dict[str, Person] = {}
        for names in lined.names:
            for person in _people_named(names, title_cell, warnings):
                once.setdefault(person.name, person)
        people = tuple(once.values())
        split_kind = split_kind or lined.kind
        if in_first is not None:
            title, people, split_kind = in_first
    if (
        title_cell is not None
        and whole
        and lined is None
        and not people
        and (speaker is None or speaker.is_empty)
    ):
        in_title = speakers_in_title(title_cell, affiliation, warnings)
        if in_title is not None:
            title, people, split_kind = in_title
            if not title and people:
                # "| Panel Discussion [video] | Moderator: Ann Lee (X)<br>Bo Ray (Y), ... |"
                # under Type and Title & Speakers: the title cell names only its people;
                # the kind cell says what the item is (with none, no cell does).
                title = title_without_materials(kind_cell.content) if kind_cell else ""
                if not title:
                    raise at_cell(
                        title_cell,
                        "this row names its people and nothing of what the item is",
                        expected="a title before the people, or a Type cell such as 'Panel'",
                        code="cut",
                    )
                warnings.append(
                    PageWarning(
                        title_cell.line,
                        title_cell.column,
                        f"read {', '.join(p.name for p in people)} as the people of "
                        f"{title!r}, the kind cell's label: the title cell names no title",
                    )
                )
        elif (alone := speaker_alone(title_cell.content)) is not None and (
            beside := _label_in_session_cell(row, columns)
        ) is not None:
            # "| Keynote | **Ann Lee**, Example Lab |" under Session and Title: the title
            # cell names only the speaker; the session cell says what the item is.
            title, split_kind = beside
            people = _people_named(alone, title_cell, warnings)
            warnings.append(
                PageWarning(
                    title_cell.line,
                    title_cell.column,
                    f"read {', '.join(p.name for p in people)} as the speaker of {title!r}, "
                    "the session cell's label: the title cell names no talk",
                )
            )
    if title_cell is not None and whole and lined is None and split_kind is None:
        labelled_title = split_title(title_cell.content)
        if labelled_title is not None and not labelled_title.names and labelled_title.kind:
            # "(Invited Talk 1) Title", "Panel 1: *Title*": the label says the kind.
            title, split_kind = labelled_title.title, labelled_title.kind
        elif labelled_title is None and (
            bold := bold_first_line(title_cell.content) or bold_then_description(title_cell.content)
        ):
            # "**Introduction**<br>Welcome<br>Logging in", "**Opening** — welcome and the
            # day's plan": the bold is the title, what follows describes it.
            title, below = bold
            signed = _signed_under(title_cell) if not people else None
            if signed is not None:
                # "**Title**<br>Its abstract ...<br>*Ann Lee (Example University)*": the
                # speaker signs the description, in italics on the cell's last line.
                below = below.rsplit("\n", 1)[0].rstrip()
                people = _people_named(signed, title_cell, warnings)
                warnings.append(
                    PageWarning(
                        title_cell.line,
                        title_cell.column,
                        f"read {signed!r} as the speaker of {title!r}, from the line in "
                        "italics under its description",
                    )
                )
        # With the speakers in a cell of their own, names the title cell seems to hold
        # ("Keynote: LLMs As Traffic Police: Signal Control") are words of its title.
        named_apart = bool(people) and speaker is not None and not speaker.is_empty
        # "Hands-on session 2: Combining Heterogeneous Review Datasets": what the cut took
        # for names holds a title's words (no speaker was read from it), so the label goes
        # as it does before any title.
        no_names = labelled_title is not None and holds_a_title_word(labelled_title.names)
        if (labelled_title is None or no_names or (named_apart and labelled_title.names)) and (
            before := label_before_title(
                _bold_label_colon(title, title_cell) if named_apart else title,
                names_apart=named_apart,
            )
        ) is not None:
            # "Keynote: Deep things", "Everyone: Introductions": a label, then the title.
            title, split_kind = before
    links = _links(row, columns, people, warnings, base_url)
    #: Whether the row names its chair in a cell (a Chair column, its Session cell).
    chair_in_a_cell = False
    session_cell = cell_at(row, columns.get(Column.SESSION))
    if session_cell is not None and not session_cell.is_empty:
        session, chair = session_and_chair(session_cell.content.text)
        chair_in_a_cell = chair is not None
    chair_cell = cell_at(row, columns.get(Column.CHAIR))
    if chair_cell is not None and not chair_cell.is_empty:
        chair = chair_cell.content.text
        chair_in_a_cell = True
    extra = tuple(
        (name, cell.content.text)
        for index, name in unknown
        if (found := cell_at(row, index)) is not None and found.content.text
        for cell in (found,)
    )
    speakers_apart = bool(people) and speaker is not None and not speaker.is_empty
    topic = (
        _session_topic(title, extra, named=speakers_apart) if not people or speakers_apart else None
    )
    if topic is not None and title_cell is not None:
        # "| 9:00--10:30 | Talk Session 1 | Using ML to track behavior |" under Event and
        # Topic: a numbered session's label names nothing; its topic is what it is about.
        # "| Lightning Talk | Demystifying X | Ann Lee |" under Activity, Topic and Speaker:
        # the kind's label, the talk's title.
        warnings.append(
            PageWarning(
                title_cell.line,
                title_cell.column,
                f"read the Topic cell {topic[1]!r} as the title of {title!r}, "
                + ("a kind's label" if people else "a numbered session's label")
                + " (its kind kept)",
            )
        )
        named_kind = kind_of_label(title) or kind_of(title, False, ())
        title = topic[1]
        if people:
            # "| Session | Title | Ann Lee |": her talk; "Keynote 1", "Lightning Talk",
            # "Workshop" say what kind.
            split_kind = named_kind if named_kind is not ItemKind.SESSION else ItemKind.TALK
        else:
            split_kind = named_kind if named_kind is not ItemKind.TALK else ItemKind.SESSION
        extra = tuple(pair for pair in extra if pair is not topic)
    titled = (
        _title_line_beside(title, extra, row, unknown)
        if people and title_cell is not None
        else None
    )
    if titled is not None and title_cell is not None:
        # "| 9:00 - 9:30 AM | IT1: Ann Lee | **Title:** Learning X <br> abstract |": the
        # row's own cell names the talk; "IT1" only numbers it.
        pair, line_title, rest = titled
        warnings.append(
            PageWarning(
                title_cell.line,
                title_cell.column,
                f"read {line_title!r}, the 'Title:' line of the {pair[0]!r} cell, as the title of "
                f"{title!r}",
            )
        )
        extra = tuple(
            (candidate[0], rest) if candidate is pair else candidate
            for candidate in extra
            if candidate is not pair or rest
        )
        # "Keynote" beside "Title: Learning X": the label still says what the item is.
        split_kind = split_kind or kind_of_label(title)
        title = line_title
    track_cell = cell_at(row, columns.get(Column.TRACK))
    track = track_cell.content.text if track_cell and not track_cell.is_empty else None
    if track is not None:
        extra = (*extra, ("Track", track))
    # "Keynote 1", "Poster session 2" in a Kind column: a kind's label, numbered.
    stated_kind = KIND_WORDS.get(kind_text.lower()) or (
        kind_of_label(kind_text) if kind_text else None
    )
    if kind_text and stated_kind is None and title and not named_by_kind:
        # "Online", "Hands-on" in a Type column: no kind, but the page says it; kept.
        extra = (*extra, ("Type", kind_text))
    stated_kind = stated_kind or split_kind or role_kind
    abstract = _described(abstract_cell)
    # A "person" with a colon in the name is the same cell read as one name.
    in_speaker = (
        _talk_in_speaker_cell(title, speaker)
        if not people or (len(people) == 1 and ":" in people[0].name)
        else None
    )
    if (
        in_speaker is None
        and speaker is not None
        and kind_of_label(title) in SPOKEN
        and _a_title_not_a_name(speaker.content.text)
        # A "person" with a colon in the name is the cell misread, never someone's name.
        and (not people or any(":" in person.name for person in people))
    ):
        # "| Oral | FPTQuant: Function-Preserving Transforms |" under Topic and Speaker:
        # beside a kind's label, a talk's title where a speaker would be, and no name.
        stated_kind = stated_kind or kind_of_label(title)
        title, people = speaker.content.text.strip(), ()
        warnings.append(
            PageWarning(
                speaker.line,
                speaker.column,
                f"read {title!r} as the title of the {stated_kind} beside its label: the "
                "Speaker cell names no one",
            )
        )
    if in_speaker is not None and speaker is not None:
        # "| **Invited Talk** | Ann Lee: Title <br> **(MIT)** |" under Topic and Speaker: the
        # title cell is the talk's label; the speaker cell names her, then her talk.
        stated_kind = stated_kind or kind_of_label(title)
        title, names = in_speaker
        people = _people_named(names, speaker, warnings)
        warnings.append(
            PageWarning(
                speaker.line,
                speaker.column,
                f"read {', '.join(p.name for p in people)} as the speakers of {title!r}, from "
                "the Speaker cell beside its label",
            )
        )
    beside_label = _talk_beside_its_label(title, abstract_cell) if not people else None
    if beside_label is not None and abstract_cell is not None:
        # "| Invited Talk 1 | **Ann Lee** (MIT) — Title |" under Session and Details: the
        # session cell is the talk's label, the details its speaker and its title.
        stated_kind = stated_kind or kind_of_label(title)
        title, names = beside_label
        abstract = None
        people = _people_named(names, abstract_cell, warnings)
        warnings.append(
            PageWarning(
                abstract_cell.line,
                abstract_cell.column,
                f"read {', '.join(p.name for p in people)} as the speakers of {title!r}, from "
                "the cell beside its label",
            )
        )
    listed_people = _people_listed(abstract_cell) if not people else None
    if listed_people is not None and title_cell is not None:
        # "<li>Panelists: Ann Lee, Bo Ray</li>" in a Description column: the item's people.
        people = _people_named(listed_people, title_cell, warnings)
    if title_cell is not None and title_cell.content.hidden:
        abstract = "\n\n".join(filter(None, [abstract, title_cell.content.hidden]))
    abstract = "\n\n".join(filter(None, [said_what, unnamed, below, described, abstract])) or None
    before_notes = title
    title, noted = notes_in_title(title)
    kind_noted = next((text for name, text in noted if name == "Kind"), None)
    if kind_noted is not None and not people and looks_like_names(title):
        # "Ann Lee (Keynote)": who gives it, then what; the reader reads such a title whole.
        title, noted = notes_in_title(before_notes, kinds=False)
    elif kind_noted is not None:
        # "Meet and Greet (Break)": the bracket says the kind; the title no longer does.
        stated_kind = stated_kind or kind_of_label(kind_noted) or kind_of(kind_noted, False, ())
    if title_cell is not None and _MODULE_LINK.match(title_cell.raw):
        # "1. [Introduction to the Workshop](modules/01-intro.qmd)": the number a course
        # gives its modules' pages ("2. Sitzung des Beirats" keeps its number).
        title = _MODULE_NUMBER.sub("", title, count=1) or title
    # "... gradient descent*", "... from data?**": emphasis marks left open, or a
    # footnote's mark: no words of the title.
    title = _STARS_AFTER.sub("", title) or title
    if (quoted := WHOLLY_QUOTED.fullmatch(title.strip())) is not None:
        # '["Building AI Agents with Dapr"](abstract.md)': the title, not its quotes.
        title = quoted["title"]
    if "---" in title:
        # "environments---audio and video": kramdown, Hugo and pandoc print an em dash.
        title = _THREE_HYPHENS.sub("—", title)
    if title.endswith("]") and (dead := _DEAD_MATERIAL.search(title)) is not None:
        # 'Title <a href="">[PDF]</a>': a link to material with no address is no link, and
        # its label no word of the title.
        warnings.append(
            PageWarning(
                time_cell.line,
                time_cell.column,
                f"{dead.group().strip()!r} after the title {title[: dead.start()]!r} links "
                "nowhere: left out",
            )
        )
        title = title[: dead.start()]
    extra = extra + lined_extra + noted
    by_group = _BY_A_GROUP.fullmatch(title) if not people and " by " in title else None
    if (
        by_group is not None
        and _ORGANISERS.search(by_group["group"])
        and is_a_group(by_group["group"])
        # "Panel: Future of AI (moderated by the organizers)": inside a bracket, a role's.
        and by_group["title"].count("(") == by_group["title"].count(")")
    ):
        # "Welcome and opening remarks by SEVA organisers": who gives it names no one.
        warnings.append(
            PageWarning(
                time_cell.line,
                time_cell.column,
                f"{by_group['group']!r} names no one: left out of the title {by_group['title']!r}",
            )
        )
        title = by_group["title"]
    title, chaired_by = chair_after_title(title)
    if chaired_by is not None and chair is None:
        # "Keynote Presentation (Session Chair: Ann Lee)": who chairs it, not its title.
        chair = chaired_by
    title, moderators_written = moderated(title)
    if moderators_written is not None:
        # "Panel discussion (moderated by Jane Doe)": the moderator is one of its people.
        moderators, _ = read_people(
            Cell(raw=moderators_written, line=time_cell.line, column=time_cell.column),
            None,
            warnings,
        )
        named = {p.name for p in people}
        people = people + tuple(p for p in moderators if p.name not in named)
        # "..., moderator: Cy Dee, chair: Di Fox": both lead it; a chair of the session
        # above gives way to the row's own moderator, a chair the row's cells name does not.
        leads = [p.name for p in moderators] + ([own_chair] if own_chair else [])
        if not chair_in_a_cell:
            chair = ", ".join(leads) or chair

    if title_cell is not None:
        _no_list_with_dashes(title_cell)
    listed = tuple(listed_paper(item) for item in title_cell.content.items) if title_cell else ()

    def made(kind: ItemKind, title: str, people: tuple[Person, ...]) -> Row:
        if listed and kind is ItemKind.TALK and not people and not stated_kind:
            kind = ItemKind.SESSION  # a title with its papers listed under it
        return Row(
            time_cell.line,
            time_cell,
            times,
            stated_kind or kind,
            title,
            people,
            links,
            session,
            chair,
            abstract,
            extra,
            day,
            labelled,
            papers=listed,
            track=track,
            minutes=_minutes(row, unknown) or _minutes_noted(extra),
        )

    if not title and not people:
        used = {
            columns[Column.TIME],
            columns.get(Column.END),
            columns.get(Column.DATE),
            columns.get(Column.KIND),
        }
        extra_columns = {i for i, _ in unknown}
        said = [
            i
            for i, c in enumerate(row)
            if i not in used
            and c.content.text
            and not _PLACEHOLDER.fullmatch(c.content.text)
            and not (named_by_kind and c is title_cell)
            # "| 11:50 AM | 12:00 PM | 10 mins | **Break** |": the length is kept as extra.
            and not (i in extra_columns and _LENGTH.fullmatch(c.content.text))
        ]
        label = " ".join(row[i].content.text for i in said)
        if said == [columns.get(Column.SESSION)]:
            session = None  # "| | **Break** | |" under Session: the row is the break itself
        label = label or time_cell_rest(time_cell.content.text, times)
        if not label and kind_cell is not None:
            # "| 16:00 | 16:30 | Coffee break | |" under Type and Event: the kind is all
            # the row says, and it names the item.
            label = kind_cell.content.text.strip()
        if not label or "\n" in label:
            # Lines of prose under a time are no title: which of them names the item?
            raise at_cell(
                time_cell,
                "this row has a time but no title or speaker",
                expected="a title or a speaker",
            )
        return made(kind_of(label, labelled, ()), label, ())
    if not title:
        # A break label that landed in the speaker column ("LUNCH"), or a talk with no title.
        names = " ".join(p.name for p in people)
        if BREAK_WORDS.search(names) and not any(p.profile or p.affiliation for p in people):
            label = speaker.content.text if speaker is not None else names
            return made(ItemKind.BREAK, label, ())
        if not labelled and stated_kind is None:
            warnings.append(
                PageWarning(time_cell.line, time_cell.column, "this row has a speaker but no title")
            )
        title = ", ".join(p.name for p in people)
    elif _is_event_label(people):
        # "| Poster session | | Posters from accepted papers |": the speaker column
        # says what the row is, not who speaks.
        names = people[0].name
        kind = ItemKind.BREAK if is_break_label(names) else kind_of(title, labelled, ())
        return made(kind, title, ())
    return made(kind_of(title, labelled, people), title, people)


#: "- Paper A" on a line of a title cell: an entry of a list written with dashes.
_DASHED_LINE = lazy_compile(r"^[-–•]\s+\S")


def _no_list_with_dashes(cell: Cell) -> None:
    """A title cell that lists entries with dashes under a line ending on a colon
    ("Contributed Talks:<br>- Paper A<br>- Paper B") holds talks or papers the reader does
    not tell apart from its title: an error at the cell, never a title joined from them
    all. Entries that are only a link ("- [Mission Portal](url)") are the item's material."""
    lines = cell.content.lines
    if len(lines) < 3 or not lines[0].rstrip(" *_").endswith(":"):
        return
    if not all(_DASHED_LINE.match(line) for line in lines[1:]):
        return
    labels = {" ".join(label.split()) for label, _ in cell.content.links}
    entries = [line for line in lines[1:] if " ".join(line[1:].split()) not in labels]
    if len(entries) >= 2:
        raise at_cell(
            cell,
            f"the title cell lists {len(entries)} entries with dashes under "
            f"{lines[0].strip()!r}: talks or papers the reader does not read apart",
            expected="one title a row, or the entries as a list (<ul>, or '- ' lines "
            "under the row)",
            code="cut",
        )


#: A clock time opening a text: minutes after the hour, or am/pm.
_CLOCK_FIRST = lazy_compile(r"\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\b)", re.IGNORECASE)


def _timed_entries(items: Sequence[Inline]) -> list[str]:
    """The entries of a cell's list (and of the lists inside them) that open with a range
    of clock times ("[11:00–11:30] Opening remarks")."""
    out: list[str] = []
    for item in items:
        text = item.text.strip().lstrip("[(*_ ")
        # "11:00–11:30", "9am-10am"; not "3-5 min each", "10 - 12 year olds".
        found = parse_time_range(text[:40]) if _CLOCK_FIRST.match(text) else None
        if found is not None and found.end is not None and found.span[0] == 0:
            out.append(item.text.strip())
        out.extend(_timed_entries(item.items))
    return out


def _signed_under(cell: Cell) -> str | None:
    """The person a cell of three lines or more names on its last line, wholly in italics,
    with where they work ("*Ann Lee (Example University)*", "*Ann Lee, Example Lab*")."""
    written = [index for index, line in enumerate(cell.content.lines) if line.strip()]
    if len(written) < 3:
        return None
    said = [run for run in cell.content.runs if run.text.strip()]
    if not said:
        return None
    runs = [run for run in said if run.line == said[-1].line]
    if not all(run.emphasis and not run.strong for run in runs):
        return None
    line = cell.content.lines[written[-1]].strip()
    if " ".join(run.text.strip() for run in runs) != line:
        return None  # the runs' lines are counted apart from the cell's: the same line?
    return line if one_person_and_where(line) else None


def _talk_beside_its_label(title: str, cell: Cell | None) -> tuple[str, str] | None:
    """The title and the names a description cell gives a row whose title is only a kind's
    label ("Invited Talk 3"): "**Ann Lee** (MIT) — Title" gives both, "**Ann Lee** (MIT)"
    the speaker of a talk the label still names."""
    if cell is None or kind_of_label(title) is None:
        return None
    split = split_title(cell.content)
    if split is not None and split.names and split.title and split.label is None:
        return split.title, split.names
    alone = speaker_alone(cell.content)
    return (title, alone) if alone is not None else None


def _talk_in_speaker_cell(title: str, cell: Cell | None) -> tuple[str, str] | None:
    """The title and the names a Speaker cell gives a row whose title is only a kind's
    label: "Ann Lee: Title", then where she works in brackets on a line of its own."""
    if cell is None or cell.is_empty or kind_of_label(title) is None:
        return None
    first = _first_line(cell)
    split = split_title(first.content) if first is not None else None
    rest = cell.content.written_lines[1:]
    if (
        first is None
        or split is None
        or not split.names
        or not split.title
        or split.label is not None
        # "Ann Lee: Title", the names first ("Towards Robustness: Certified Defenses" is a
        # title and its subtitle).
        or not first.content.text.lstrip(" *_[").startswith(split.names)
        or len(rest) > 1
        or (rest and not _IN_BRACKETS.fullmatch(rest[0]))
    ):
        return None
    return split.title, split.names + (f" {rest[0]}" if rest else "")


def _a_title_not_a_name(text: str) -> bool:
    """Whether a Speaker cell holds a talk's title and no one: a head and a colon, then two
    words or more ("FPTQuant: Function-Preserving Transforms"), the head no one's name, and
    nothing of a placeholder ("Speaker from Google: TBA", "Winners: to be announced")."""
    head, colon, tail = text.partition(":")
    return (
        bool(colon)
        and len(tail.split()) >= 2
        and not is_a_name(head.strip(" *_"))
        # "Ann Lee and Bo Ray: Joint Work": names, then their talk.
        and not looks_like_names(head.strip(" *_"))
        and _PLACEHOLDER_WORDS.search(text) is None
    )


#: Words of a note where a speaker or title is still to come.
_PLACEHOLDER_WORDS = lazy_compile(
    r"\b(?:tba|tbd|tbc|announced|confirmed|coming\s+soon|to\s+follow|winners?|authors|"
    r"papers|min|minutes|speakers?|representative|panel(?:l)?ists?|moderators?|chairs?|"
    r"hosts?|presenters?|organi[sz]ers?)\b",
    re.IGNORECASE,
)


#: A line that is only a bracket: "(Cerebras Systems)".
_IN_BRACKETS = lazy_compile(r"\s*\([^()]+\)\s*")


def _people_named(names: str, cell: Cell, warnings: list[PageWarning]) -> tuple[Person, ...]:
    """The people ``names`` gives (found elsewhere in the row than its Speaker cell), read
    as a speaker cell at ``cell`` would be, with the pages ``cell`` links their names to."""
    links = tuple((label, url) for label, url in cell.content.links if label and label in names)
    written = Cell(
        raw=names,
        line=cell.line,
        column=cell.column,
        content=Inline(text=names, links=links, lines=(names,)),
    )
    people, _ = read_people(written, None, warnings)
    return people


def _first_line(cell: Cell) -> Cell | None:
    """The cell's first line (up to its first line break) as a cell of its own, or ``None``
    where its Markdown does not give the first of the lines the cell's reading gives."""
    raw = _LINE_BREAK.split(cell.raw, maxsplit=1)[0]
    first = Cell(raw=raw, line=cell.line, column=cell.column)
    lines = cell.content.written_lines
    return first if lines and first.content.text == lines[0] else None


#: A line break in a cell's Markdown: "<br>", or a backslash or newline the line ends in.
_LINE_BREAK = lazy_compile(r"<br\s*/?>|\\?\n", re.IGNORECASE)


def _entries(items: Sequence[Inline], depth: int = 0) -> list[str]:
    """The entries of a cell's list, and of the lists inside them, one line each."""
    out: list[str] = []
    for item in items:
        if item.text:
            out.append(f"{'  ' * depth}• {item.text}")
        out.extend(_entries(item.items, depth + 1))
    return out


def _described(cell: Cell | None) -> str | None:
    """A description cell's words with its list's entries ("<ul><li>Overview</li>..."), each
    on a line: a cell that is only a list is still all said."""
    if cell is None:
        return None
    lines = [cell.content.text] if cell.content.text else []
    return "\n".join([*lines, *_entries(cell.content.items)]) or None


#: A line of a description that names the item's people: "Panelists: Ann Lee, Bo Ray".
_PEOPLE_LINE = lazy_compile(
    r"\W*(?:panel(?:l)?ists?|speakers?|presenters?|presented\s+by)\s*:\s*(?P<names>\S.*)",
    re.IGNORECASE,
    needs="panel speaker presenter presented",
)


def _people_listed(cell: Cell | None) -> str | None:
    """The names a description cell's line or list entry gives the item's people with."""
    if cell is None:
        return None
    lines = [*cell.content.written_lines, *(item.text for item in cell.content.items)]
    found = [m.group("names") for line in lines if (m := _PEOPLE_LINE.fullmatch(line))]
    return "; ".join(found) or None


def _label_in_session_cell(
    row: Sequence[Cell], columns: Mapping[Column, int]
) -> tuple[str, ItemKind] | None:
    """The session cell's text and the kind it names, when it is only a kind label
    ("Keynote", "Invited Speaker")."""
    cell = cell_at(row, columns.get(Column.SESSION))
    if cell is None or cell.is_empty:
        return None
    text = cell.content.text.strip(" *_:")
    kind = kind_of_label(text)
    return (text, kind) if kind is not None else None
