"""An event's DESCRIPTION, read back: the text :func:`~fastpath_ical.ics.describe` writes.

People and title, the details paragraph ("Session: …", "Chair: …", "Room: …"),
the abstract and the links, each told by the shape ``describe`` gives it.
The text is trusted only where it agrees with SUMMARY.  The rest of a feed
(the calendar, its events' times and kinds) is read by ``_readback``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ..model import ItemKind, Link, LinkKind, Person
from ._wording import ABSTRACT_LABEL, summary_of

__all__ = ["LINK_KINDS", "Described", "described", "person_of_line"]

LINK_KINDS = {"slides": LinkKind.SLIDES, "video": LinkKind.VIDEO, "link": LinkKind.OTHER}
_LINK_LINE = re.compile(r"^(Slides|Video|Link): (https?://\S+)$")
_PROFILE_LINE = re.compile(r"^Speaker page(?: \((.+)\))?: (https?://\S+)$")
_FIELD_LINE = re.compile(r"^(\S.*?): (.*)$")
_CONTINUED = "  "
_PERSON_LINE = re.compile(r"^(.+?) \((.+)\)$")


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


@attrs.frozen(kw_only=True)
class Described:
    """What an event's DESCRIPTION says of its item."""

    title: str
    people: tuple[Person, ...] = ()
    links: list[Link] = attrs.Factory(list)
    session: str | None = None
    chair: str | None = None
    extra: tuple[tuple[str, str], ...] = ()
    abstract: str | None = None


def described(description: str, summary: str, kind: ItemKind) -> Described:
    """Title, people, details, abstract and links, from the text describe() writes.

    The text is trusted only where it agrees with SUMMARY; otherwise the
    summary is the title and nobody is named.
    """
    lines = description.replace("\r\n", "\n").split("\n")
    if "" not in lines or lines.index("") == 0:
        return Described(title=summary)
    head, rest = lines[: lines.index("")], lines[lines.index("") + 1 :]
    title, person_lines = head[-1], head[:-1]
    people = [person_of_line(line) for line in person_lines]
    if summary_of(kind, title, people) != summary:
        return Described(title=summary)
    paragraphs = _paragraphs(rest)
    program_paragraph = 1 if paragraphs else 0
    body = paragraphs[: len(paragraphs) - program_paragraph]
    links: list[Link] = []
    profiles: list[tuple[str | None, str]] = []
    if body and all(_LINK_LINE.match(line) or _PROFILE_LINE.match(line) for line in body[-1]):
        for line in body.pop():
            if link := _LINK_LINE.match(line):
                links.append(Link(kind=LINK_KINDS[link.group(1).lower()], url=link.group(2)))
            elif profile := _PROFILE_LINE.match(line):
                profiles.append((profile.group(1), profile.group(2)))
    fields = _fields(body.pop(0)) if body and _is_details(body[0]) else []
    session = _take(fields, "Session")
    chair = _take(fields, "Chair")
    if body and body[0][0].startswith(ABSTRACT_LABEL):
        body[0][0] = body[0][0].removeprefix(ABSTRACT_LABEL)
    abstract = "\n\n".join("\n".join(p) for p in body) or None
    return Described(
        title=title,
        people=tuple(_with_profiles(people, profiles)),
        links=links,
        session=session,
        chair=chair,
        extra=tuple(fields),
        abstract=abstract,
    )


def _is_details(paragraph: list[str]) -> bool:
    """Whether ``paragraph`` is the ``Label: text`` lines of :func:`~fastpath_ical.ics.details`."""
    first = paragraph[0]
    return (
        _FIELD_LINE.match(first) is not None
        and not first.startswith(ABSTRACT_LABEL)
        and all(_FIELD_LINE.match(line) or line.startswith(_CONTINUED) for line in paragraph)
    )


def _fields(paragraph: list[str]) -> list[tuple[str, str]]:
    """``(label, text)`` pairs; an indented line continues the text above it."""
    out: list[tuple[str, str]] = []
    for line in paragraph:
        if line.startswith(_CONTINUED) and out:
            label, text = out[-1]
            out[-1] = (label, f"{text}\n{line.removeprefix(_CONTINUED)}")
        elif match := _FIELD_LINE.match(line):
            out.append((match.group(1), match.group(2)))
    return out


def _take(fields: list[tuple[str, str]], label: str) -> str | None:
    """The text of ``label`` if it is the first field (as describe() writes it), removed."""
    if fields and fields[0][0] == label:
        return fields.pop(0)[1]
    return None


def person_of_line(line: str) -> Person:
    match = _PERSON_LINE.match(line)
    if match:
        return Person(name=match.group(1), affiliation=match.group(2))
    return Person(name=line)


def _with_profiles(
    people: list[Person], profiles: list[tuple[str | None, str]]
) -> Iterable[Person]:
    pending = list(profiles)
    for person in people:
        if pending and pending[0][0] in (None, person.name):
            yield attrs.evolve(person, profile=pending.pop(0)[1])
        else:
            yield person
