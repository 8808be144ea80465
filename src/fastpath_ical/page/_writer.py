"""Writing a :class:`~fastpath_ical.model.Program` back as a program page.

The page is the format organizers edit, so a program that only exists as
values (built in code, or read from another page) can be published and
edited the same way.  The page uses only forms :func:`~fastpath_ical.page.read_page`
reads, and says everything explicitly (the zone by IANA name, each item's
kind, a UTC offset beside every wall-clock time that happens twice), so that
reading it back gives the same program: that round trip is a property test.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from .._patterns import lazy_compile
from ..datenames import month_name, weekday_name
from ..model import Item, LinkKind, Person, Program
from ..zones import format_offset, is_repeated, load_zone

__all__ = ["write_page"]

_LINK_LABELS = {
    LinkKind.SLIDES: "Slides",
    LinkKind.VIDEO: "Video",
    LinkKind.PROFILE: "Profile",
    LinkKind.OTHER: "Web",
}
# Characters Markdown or the table would read as markup, written as entities,
# which the reader decodes after it has taken the markup apart.
_ENTITIES = {ch: f"&#{ord(ch)};" for ch in "&<>*_[]|\\`#~"}
# A name the reader would split into several people is written with a <br>,
# which makes the reader take one name per line.
_SEPARATOR = lazy_compile(r",|;|&|\+|\band\b", re.IGNORECASE)


def _text(value: str) -> str:
    """Cell text the reader reads back as written; a line break, which would end the
    table row and lose the rest, becomes ``<br>``."""
    escaped = "".join(_ENTITIES.get(ch, ch) for ch in value)
    return "<br>".join(line.strip() for line in escaped.replace("\t", " ").split("\n"))


def _link(label: str, url: str | None) -> str:
    return f"[{_text(label)}]({url})" if url else _text(label)


def _clock(moment: dt.datetime, zone: ZoneInfo) -> str:
    """``HH:MM``, with the UTC offset when the zone shows that wall-clock time twice."""
    local = moment.astimezone(zone)
    text = f"{local:%H:%M}"
    if is_repeated(local):
        offset = local.utcoffset()
        assert offset is not None
        text += f" {format_offset(offset)}"
    return text


def _people_cells(people: tuple[Person, ...]) -> tuple[str, str]:
    names = [_link(person.name, person.profile) for person in people]
    speaker = "<br>".join(names)
    if len(people) == 1 and _SEPARATOR.search(people[0].name):
        speaker += "<br>"
    if len(people) < 2 and all(person.affiliation is None for person in people):
        # Two people or more, each on a line: "Ann Lee<br>MIT" alone reads as one person
        # and her affiliation, so the Affiliation column pairs every line ("—" for none).
        return speaker, ""
    affiliation = "<br>".join(_text(person.affiliation or "—") for person in people)
    return speaker, affiliation


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cell or " " for cell in cells) + " |"


def _table(items: list[Item], zone: ZoneInfo, extra: list[str], optional: list[str]) -> str:
    header = ["Time", "Kind", "Speaker", "Affiliation", "Title", "Links", *optional, *extra]
    lines = [_row(header), _row("---" for _ in header)]
    for item in items:
        speaker, affiliation = _people_cells(item.people)
        links = " ".join(_link(_LINK_LABELS[link.kind], link.url) for link in item.links)
        cells = [
            f"{_clock(item.start, zone)} - {_clock(item.end, zone)}",
            item.kind.value,
            speaker,
            affiliation,
            _text(item.title),
            links,
        ]
        values = {
            "Session": item.session,
            "Chair": item.chair,
            "Abstract": item.abstract,
        }
        cells += [_text(values[name] or "") for name in optional]
        extras = dict(item.extra)
        cells += [_text(extras.get(name, "")) for name in extra]
        lines.append(_row(cells))
    return "\n".join(lines)


def write_page(program: Program, *, timezone: str | None = None) -> str:
    """The program as a Markdown page, its times shown in ``timezone`` (default: its own).

    Items are grouped by their local day in that zone, one heading and one
    table per day.
    """
    zone = load_zone(timezone or program.timezone)
    out = [f"# {_text(program.title)}", ""]
    short = _link(program.short_name, program.home_page)
    if program.conference is not None:
        conference = _link(program.conference.name, program.conference.url)
        out += [f"**{short}** is in conjunction with **{conference}**", ""]
    else:
        out += [f"Short name: {short}", ""]
    if program.recording:
        out += [f"Recording: [Video of the workshop]({program.recording})", ""]
    out += [f"Location: {_text(program.location)}", "", f"Time zone: {zone.key}", ""]
    if program.organizers:
        out += ["| Organizer | Affiliation |", "| --- | --- |"]
        for person in program.organizers:
            out.append(_row([_link(person.name, person.profile), _text(person.affiliation or "")]))
        out.append("")
    optional = [
        name
        for name, present in (
            ("Session", any(item.session for item in program.items)),
            ("Chair", any(item.chair for item in program.items)),
            ("Abstract", any(item.abstract for item in program.items)),
        )
        if present
    ]
    extra: list[str] = []
    for item in program.items:
        extra += [name for name, _ in item.extra if name not in extra]
    days: dict[dt.date, list[Item]] = {}
    for item in program.items:
        days.setdefault(item.start.astimezone(zone).date(), []).append(item)
    for day, items in days.items():
        out += [f"## {weekday_name(day)}, {month_name(day)} {day.day}, {day.year}", ""]
        out += [_table(items, zone, extra, optional), ""]
    for note in program.notes:
        out += [_text(note), ""]
    return "\n".join(out)
