"""The program as a reader in another zone sees it: their clock, the program's, and UTC.

People join a workshop from everywhere, and a page that only says "11:00 am
US EDT" leaves each of them to do the arithmetic (and to miss that Europe
changed its clocks that very night).  An agenda is the same instants as the
feed, shown in the reader's zone, with the program's own clock and UTC beside
them so that nobody has to trust one conversion alone.

Everything here is a pure function of a :class:`~fastpath_ical.model.Program`
and a zone: the machine's own zone is the command line's business, never
read here.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
import zoneinfo
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

from ._arguments import checked
from .datenames import long_date, weekday_name
from .ics import DASH, calendar_name
from .model import ItemKind, Program, Span
from .zones import load_zone, zone_label

__all__ = [
    "Agenda",
    "AgendaRow",
    "agenda",
    "agenda_json",
    "agenda_markdown",
    "agenda_records",
    "agenda_text",
    "same_zone",
    "zone_label",
]

UTC = dt.UTC

#: Names of UTC itself, for which a UTC column beside the reader's would say the same twice.
_UTC_NAMES = frozenset(
    (
        "UTC",
        "Etc/UTC",
        "Etc/UCT",
        "UCT",
        "Etc/Universal",
        "Universal",
        "Etc/Zulu",
        "Zulu",
        "GMT",
        "Etc/GMT",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "GMT0",
        "GMT+0",
        "GMT-0",
        "Etc/Greenwich",
        "Greenwich",
    )
)


@attrs.frozen(kw_only=True)
class AgendaRow(Span):
    """One item, its instants shown in the reader's zone, the program's zone and UTC.

    ``new_day`` is true when the reader's date differs from the row above
    (or for the first row): in Tokyo the FastPath 2021 talks start on Monday,
    although the page says Sunday.
    """

    kind: ItemKind
    title: str
    people: tuple[str, ...]
    start: dt.datetime
    end: dt.datetime
    program_start: dt.datetime
    program_end: dt.datetime
    new_day: bool


@attrs.frozen(kw_only=True)
class Agenda:
    """A program's items for a reader in ``zone`` (an IANA name).

    ``name`` is the feed's calendar name, so an agenda and a subscription are
    headed alike.
    """

    title: str
    short_name: str
    name: str
    zone: str
    program_zone: str
    rows: tuple[AgendaRow, ...]


def _zone(zone: str | ZoneInfo) -> ZoneInfo:
    if isinstance(zone, ZoneInfo):
        return zone
    return load_zone(zone)


@checked
def agenda(program: Program, zone: str | ZoneInfo) -> Agenda:
    """The program's items for a reader in ``zone``: the same instants, their clock.

    Conversion goes through UTC with zoneinfo, so the length of an item is
    its true length even when it crosses midnight or a DST change in either
    zone.
    """
    reader = _zone(zone)
    home = program.zone
    rows: list[AgendaRow] = []
    previous: dt.date | None = None
    for item in program.items:
        start = item.start_utc.astimezone(reader)
        rows.append(
            AgendaRow(
                kind=item.kind,
                title=item.title,
                people=tuple(person.name for person in item.people),
                start=start,
                end=item.end_utc.astimezone(reader),
                program_start=item.start_utc.astimezone(home),
                program_end=item.end_utc.astimezone(home),
                new_day=start.date() != previous,
            )
        )
        previous = start.date()
    return Agenda(
        title=program.title,
        short_name=program.short_name,
        name=calendar_name(program),
        zone=reader.key,
        program_zone=program.timezone,
        rows=tuple(rows),
    )


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


@checked
def agenda_records(schedule: Agenda) -> list[dict[str, object]]:
    """The agenda as JSON-ready records, one per item.

    ``start`` and ``end`` carry the reader's offset, ``program_start`` and
    ``program_end`` the program's, ``start_utc`` and ``end_utc`` are UTC
    (``+00:00``): any ISO 8601 reader gets the same instant from each.
    """
    return [
        {
            "kind": row.kind.value,
            "title": row.title,
            "people": list(row.people),
            "start": _iso(row.start),
            "end": _iso(row.end),
            "start_utc": _iso(row.start_utc),
            "end_utc": _iso(row.end_utc),
            "program_start": _iso(row.program_start),
            "program_end": _iso(row.program_end),
            "zone": schedule.zone,
            "program_zone": schedule.program_zone,
            "date": row.start.date().isoformat(),
            "minutes": int(row.duration.total_seconds()) // 60,
        }
        for row in schedule.rows
    ]


@checked
def agenda_json(schedule: Agenda) -> str:
    """The agenda as a JSON list (see :func:`agenda_records`), UTF-8 text as is."""
    return json.dumps(agenda_records(schedule), ensure_ascii=False, indent=2) + "\n"


def _span(start: dt.datetime, end: dt.datetime, day: dt.date, *, label: bool = True) -> str:
    """``10:50–11:00 EDT``; ``Sun 11:00–11:35`` on another date than ``day``; ``(+1)`` past
    midnight; ``01:30 BST–01:30 GMT`` when the two ends have different offsets (the item
    crosses a DST change), so that neither end is read with the other's offset."""
    weekday = f"{weekday_name(start, short=True)} " if start.date() != day else ""
    days = (end.date() - start.date()).days
    later = f" ({days:+d})" if days else ""
    if label and start.utcoffset() != end.utcoffset():
        return f"{weekday}{start:%H:%M} {zone_label(start)}–{end:%H:%M} {zone_label(end)}{later}"
    shown = f"{weekday}{start:%H:%M}–{end:%H:%M}{later}"
    return f"{shown} {zone_label(start)}" if label else shown


@functools.cache
def _tzif(key: str) -> bytes | None:
    """The compiled rules of a zone, as zoneinfo finds them (the system's, else tzdata's)."""
    for root in zoneinfo.TZPATH:
        path = Path(root, key)
        if path.is_file():
            return path.read_bytes()
    try:
        resource = importlib.resources.files("tzdata.zoneinfo").joinpath(*key.split("/"))
        return resource.read_bytes() if resource.is_file() else None
    except (ModuleNotFoundError, OSError, ValueError):
        return None


@checked
def same_zone(first: str, second: str) -> bool:
    """Whether two zone names are one zone: the same name, or a link to it (``US/Eastern``
    and ``America/New_York`` keep the same clocks, so a column for each says it twice)."""
    if first == second:
        return True
    rules = _tzif(first)
    return rules is not None and rules == _tzif(second)


def _people(row: AgendaRow) -> str:
    return ", ".join(row.people)


def _what(row: AgendaRow) -> str:
    who = _people(row)
    return f"{row.title}{DASH}{who}" if who and row.kind.has_speakers else row.title


def _day_heading(day: dt.date) -> str:
    return long_date(day)


def _own_zone(schedule: Agenda) -> bool:
    return same_zone(schedule.zone, schedule.program_zone)


def _zones_line(schedule: Agenda) -> str:
    shown = [f"Times in {schedule.zone}"]
    if _own_zone(schedule):
        shown[0] += " (the program's own zone)"
    else:
        shown.append(f"in the program's zone ({schedule.program_zone})")
    if schedule.zone not in _UTC_NAMES:
        shown.append("in UTC")
    return ", then ".join(shown) + "."


@checked
def agenda_text(schedule: Agenda) -> str:
    """Plain text for a terminal: a heading at each change of the reader's date.

    A time on another date than the heading's carries its weekday, and an end
    past midnight carries ``(+1)``, so the program's Sunday next to a reader's
    Monday cannot be misread.
    """
    lines = [schedule.name, _zones_line(schedule)]
    for row in schedule.rows:
        day = row.start.date()
        if row.new_day:
            lines += ["", _day_heading(day)]
        columns: list[str] = [_span(row.start, row.end, day)]
        if not _own_zone(schedule):
            columns.append(_span(row.program_start, row.program_end, day))
        if schedule.zone not in _UTC_NAMES:
            columns.append(f"{_span(row.start_utc, row.end_utc, day, label=False)} UTC")
        lines.append(f"  {' | '.join(columns)}  {row.kind.label}: {_what(row)}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


@checked
def agenda_markdown(schedule: Agenda) -> str:
    """A Markdown table per reader's date, to paste into a page or a message."""
    header: Sequence[str] = [f"Time ({schedule.zone})"]
    if not _own_zone(schedule):
        header = [*header, f"Program ({schedule.program_zone})"]
    if schedule.zone not in _UTC_NAMES:
        header = [*header, "UTC"]
    header = [*header, "Kind", "Title", "People"]
    lines = [f"# {_cell(schedule.name)}", "", _zones_line(schedule)]
    for row in schedule.rows:
        day = row.start.date()
        if row.new_day:
            lines += [
                "",
                f"## {_day_heading(day)}",
                "",
                "| " + " | ".join(header) + " |",
                "|" + " --- |" * len(header),
            ]
        cells = [_span(row.start, row.end, day)]
        if not _own_zone(schedule):
            cells.append(_span(row.program_start, row.program_end, day))
        if schedule.zone not in _UTC_NAMES:
            cells.append(_span(row.start_utc, row.end_utc, day, label=False))
        cells += [row.kind.label, row.title, _people(row)]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"
