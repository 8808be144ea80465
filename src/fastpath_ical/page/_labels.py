"""Lines that say one thing about the event: a label, "in conjunction with", the front matter.

"Location: Raleigh, NC", "Time zone: Europe/Zurich", "Organizers: A (IBM);
B (MIT)", "Workshop: [FPW](url)", "Recording: <url>"; "FastPath is held in
conjunction with [ISPASS 2021](url)"; a place alone on a line under the
title; and the front matter's ``timezone``, ``location`` and subtitle, read
as if the page wrote them.
"""

from __future__ import annotations

import re

from ..errors import PageError, ProgramError, ZoneError
from ..model import Conference
from ..zones import resolve_zone, zone_of_place
from ._blocks import Paragraph
from ._frontmatter import FrontMatter
from ._inline import Inline, from_html, from_markdown
from ._people import people_list
from ._records import Header
from ._zone_statements import read_zone_statement

__all__ = [
    "LABEL",
    "front_matter_lines",
    "is_place_line",
    "is_recording",
    "read_conjunction",
    "read_front_matter",
    "read_label",
    "said_in_conjunction",
]


_CONJUNCTION = re.compile(
    r"\b(in conjunction with|co-?located with|held with|held in conjunction with|part of)\b",
    re.IGNORECASE,
)


LABEL = re.compile(
    r"^\s*(?:(?P<pin>📍)\s*(?P<pinned>.+)$|"
    r"(?P<label>location|venue|where|place|time\s*zone|timezone|times|"
    r"organi[sz]ers?|organi[sz]ed by|short\s+name|home\s*page|website|web\s*site|"
    r"workshop|recording|video|videos)\s*:\s*(?P<value>.*)$)",
    re.IGNORECASE,
)


#: Front matter keys whose text a reader sees under the title, as page text.
_SUBTITLES = ("subtitle", "description", "tagline", "summary")


def front_matter_lines(front: FrontMatter) -> list[Paragraph]:
    """The front matter's subtitle or description as lines of the page: themes show it
    under the title, and a page may give its date, place or zone only there."""
    out: list[Paragraph] = []
    for key in _SUBTITLES:
        value = front.text(key)
        if value:
            content = from_html(value) if "<" in value else from_markdown(value)
            out.append(Paragraph(content, value, front.line_of(key)))
    return out


def read_front_matter(front: FrontMatter, header: Header) -> None:
    """What the front matter says about the event, as if written on labelled lines.

    Its ``timezone`` is a statement of the times' zone, its ``location`` (or
    ``venue``) the place; its ``title`` is taken only if the page has no
    heading that names the workshop (the reader decides, see ``_reader``).
    """
    for key in ("timezone", "time_zone", "time-zone", "tz"):
        value = front.text(key)
        if value:
            read_zone_statement(value, front.line_of(key), header, labelled=True)
            break
    for key in ("location", "venue", "place", "where"):
        value = front.text(key)
        if value:
            header.location = value
            header.location_line = front.line_of(key)
            break


def is_place_line(text: str) -> bool:
    """A short line that is only a place the zone table knows ("Rome, Italy")."""
    text = text.strip(" .")
    return (
        0 < len(text) <= 60
        and not re.search(r"\d|\b(?:times?|local)\b", text, re.IGNORECASE)
        and len(text.split()) <= 6
        and zone_of_place(text) is not None
    )


def read_label(label: str, value: str, content: Inline, line: int, header: Header) -> None:
    """Labelled lines ("Location: Raleigh, NC", "Time zone: Europe/Zurich")."""
    key = re.sub(r"\s+", " ", label.lower())
    value = value.strip()
    offset = content.text.find(value) if value else 0
    links = [url for _, url in content.links if re.match(r"https?://", url, re.IGNORECASE)]
    if key in ("location", "venue", "where", "place"):
        if value:
            header.location = value
            header.location_line = line
        read_zone_statement(value, line, header, offset=offset)
    elif key in ("time zone", "timezone", "times"):
        before = header.zone_problem
        read_zone_statement(value, line, header, offset=offset, labelled=True)
        if header.zone is None and header.zone_problem is before and value:
            try:
                resolve_zone(value)
            except ZoneError as exc:
                header.zone_problem = PageError(
                    str(exc),
                    line=line,
                    column=offset + 1,
                    text=value,
                    expected="an IANA zone such as Europe/Zurich, or --tz",
                )
    elif key.startswith("organi"):
        header.organizers = people_list(content, value)
    elif key in ("short name", "workshop"):
        labels = [text for text, _ in content.links]
        header.short_name = labels[0] if labels else value
        if links:
            header.home_page = links[0]
    elif key in ("home page", "homepage", "website", "web site"):
        if links:
            header.home_page = links[0]
        elif re.match(r"https?://\S+$", value):
            header.home_page = value
    elif key in ("recording", "video", "videos"):
        if links:
            header.recording = links[0]
        elif re.match(r"https?://\S+$", value):
            header.recording = value


def read_conjunction(content: Inline, header: Header, line: int) -> None:
    match = _CONJUNCTION.search(content.text)
    assert match is not None
    before, after = content.text[: match.start()], content.text[match.end() :]
    # Links come in the order they are written: those whose labels the part before
    # "in conjunction with" holds are its, the rest the conference's (a label may be
    # in both parts: "**[A](...)** is in conjunction with **A**").
    links = [link for link in content.links if link[0]]
    count = 0
    rest = before
    while count < len(links) and links[count][0] in rest:
        rest = rest[rest.index(links[count][0]) + len(links[count][0]) :]
        count += 1
    links_before = links[:count]
    links_after = [link for link in links[count:] if link[0] in after]
    if links_before:
        header.short_name = links_before[0][0]
        if re.match(r"https?://", links_before[0][1]):
            header.home_page = links_before[0][1]
    else:
        short = re.sub(r"\s+(?:is|was|will be)(?:\s+held)?\s*$", "", before.strip(" *"))
        # "Rome, Italy — co-located with ...", "Montréal, Canada (co-located with ...)",
        # "Orlando, FL. Held in conjunction with ...": what comes before a dash, a
        # parenthesis or a full stop is the place or another sentence, not the name.
        separated = re.search(r"(?:[—–\-|·•(.:;,]|\s-)\s*$", short)
        place = re.split(r"\s+[—–\-|·•]\s+|\s*\(|\.\s|\.$", short.strip())[0].strip(" ,.—–-|·•")
        # A lone word before "is in conjunction with" names the workshop even when it is
        # also a place ("NH", "Lyon"); only "City, Region" reads as a place there.
        if separated or ("," in short and is_place_line(short)):
            if place and header.location is None and is_place_line(place):
                header.location = place
                header.location_line = line
        elif short:
            header.short_name = short
    name = after.strip(" .*")
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].strip(" .*")  # "Montréal, Canada (co-located with CGO 2023)"
    try:
        if links_after:
            url = links_after[0][1]
            header.conference = Conference(
                name=links_after[0][0], url=url if re.match(r"https?://", url) else None
            )
        elif name:
            header.conference = Conference(name=name)
    except ProgramError:
        header.conference = None


def is_recording(content: Inline) -> bool:
    label = " ".join(text for text, _ in content.links) or content.text
    return bool(re.search(r"\b(video|recording|playlist|youtube)\b", label, re.IGNORECASE))


def said_in_conjunction(text: str) -> bool:
    """Whether a line says the workshop is held with a conference ("co-located with")."""
    return _CONJUNCTION.search(text) is not None
