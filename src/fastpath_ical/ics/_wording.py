"""What the feed says in words, written once for the writer and its readers.

SUMMARY, DESCRIPTION, the calendar's name and description: the builder
writes them, the read-back, updates, selections, calendar links and the
agenda read or repeat them, so the labels and separators live here and
nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._arguments import checked, unchecked
from ..datenames import long_date
from ..model import Item, ItemKind, LinkKind, Person, Program

__all__ = [
    "ABSTRACT_LABEL",
    "DASH",
    "LINK_LABELS",
    "calendar_description",
    "calendar_name",
    "describe",
    "details",
    "person_line",
    "summary",
    "summary_of",
]


LINK_LABELS = {
    LinkKind.SLIDES: "Slides",
    LinkKind.VIDEO: "Video",
    LinkKind.PROFILE: "Speaker page",
    LinkKind.OTHER: "Link",
}


#: What separates a talk's title from its speakers in SUMMARY, and the short name from
#: the title in the calendar's name; readers of our feeds split on it.
DASH = " – "


@checked
def summary(item: Item) -> str:
    """SUMMARY: the title, and for someone's talk (a keynote, a panel) the speakers after a dash."""
    return summary_of(item.kind, item.title, item.people)


def summary_of(kind: ItemKind, title: str, people: Sequence[Person]) -> str:
    """:func:`summary` from an item's parts, for readers that rebuild it to compare."""
    names = ", ".join(person.name for person in people)
    if kind.has_speakers and people and names != title:
        return f"{title}{DASH}{names}"
    return title


def person_line(name: str, affiliation: str | None) -> str:
    return f"{name} ({affiliation})" if affiliation else name


#: The label of the abstract's first line in DESCRIPTION.
ABSTRACT_LABEL = "Abstract: "


def _field_lines(label: str, text: str) -> list[str]:
    """``label: text``; a second or later line of ``text`` indented by two spaces."""
    first, *rest = text.split("\n")
    return [f"{label}: {first}", *(f"  {line}" for line in rest)]


@checked
def details(item: Item) -> list[str]:
    """The item's session, chair and other columns, one ``Label: text`` line each.

    ``Session: …``, ``Chair: …``, then each of :attr:`Item.extra` in page
    order (``Room: LT1``); an empty text is left out, so an item with none of
    them has no lines and its DESCRIPTION is as before.
    """
    fields = [("Session", item.session), ("Chair", item.chair), *item.extra]
    return [line for label, text in fields if text for line in _field_lines(label, text)]


_details = unchecked(details)  # describe's own item, checked at its door


@checked
def describe(program: Program, item: Item) -> str:
    """DESCRIPTION, plain text a person reads in any client.

    Speakers with affiliations and the title; then, each as a paragraph when
    the item has it: its :func:`details` (session, chair, other columns), its
    abstract (first line labelled ``Abstract:``), each link on its own line;
    last, what the program is.  Google Calendar ignores URL and ATTACH, so
    every link is here too.  ``_readback`` reads it back.
    """
    lines = [person_line(person.name, person.affiliation) for person in item.people]
    lines.append(item.title)
    if fields := _details(item):
        lines += ["", *fields]
    if item.abstract:
        lines += ["", ABSTRACT_LABEL + item.abstract]
    links = [
        f"{LINK_LABELS[link.kind]}: {link.url}"
        for kind in (LinkKind.SLIDES, LinkKind.VIDEO, LinkKind.OTHER)
        for link in item.links_of(kind)
    ]
    links += [
        f"{LINK_LABELS[LinkKind.PROFILE]} ({person.name}): {person.profile}"
        if len(item.people) > 1
        else f"{LINK_LABELS[LinkKind.PROFILE]}: {person.profile}"
        for person in item.people
        if person.profile
    ]
    if links:
        lines += ["", *links]
    lines += ["", _program_line(program)]
    if program.home_page:
        lines.append(f"Program: {program.home_page}")
    return "\n".join(lines)


def _program_line(program: Program) -> str:
    line = program.short_name
    if program.title != program.short_name:
        line += f"{DASH}{program.title}"
    if program.conference:
        line += f", with {program.conference.name}"
    return line


@checked
def calendar_name(program: Program) -> str:
    """The calendar's NAME: ``FastPath 2021 – International Workshop on ...``.

    Feeds, subscribe links and agendas name the program the same way, so a
    subscription carries the name a reader saw elsewhere.
    """
    short_name, title = program.short_name, program.title
    return title if title == short_name else f"{short_name}{DASH}{title}"


def calendar_description(program: Program, *, utc: bool = False) -> str:
    """What the program is, when and where; then what the page says beside the talks.

    The recording, the conference's page and the organizers are on the page and
    in no event, so the calendar's description is the one place that keeps them.
    A feed written in UTC (``utc``) says so, and names the program's zone after it.
    """
    days = ", ".join(long_date(day) for day in program.dates)
    where = "virtual" if program.virtual else program.location
    text = f"{program.title}"
    if program.conference:
        text += f", held with {program.conference.name}"
    zone = f"UTC (the program is in {program.timezone})" if utc else program.timezone
    when = f"{days}, {where}" if where else days  # no place said: none written
    lines = [f"{text}. {when}. Times in {zone}."]
    if program.recording:
        lines.append(f"Recording: {program.recording}")
    if program.conference and program.conference.url:
        lines.append(f"{program.conference.name}: {program.conference.url}")
    if program.organizers:
        lines.append("Organizers:")
        lines += [person_line(person.name, person.affiliation) for person in program.organizers]
    return "\n".join(lines)
