"""What the benchmarks hold fastpath-ical to: the same events, written without it.

* :func:`icalendar_loop`: a plain icalendar program, the way anyone would
  write one: an ``Event`` per row with ``add()`` for each property,
  ``add_missing_timezones()`` for the VTIMEZONE, ``to_ical()``.  ``full``
  adds every property the project's feed has (DTSTAMP, SEQUENCE, the
  attachments, CATEGORIES, LOCATION, STATUS, TRANSP); without it, only
  DTSTART, DTEND, SUMMARY, DESCRIPTION, URL and UID.
* :func:`text_writer`: the floor, the same events as text written
  directly: f-strings, RFC 5545 escaping by ``str.replace``, folding by
  slicing, one VTIMEZONE made once.  Nothing can write a feed much faster
  in Python.

Both read :func:`pages.rows`, never the page, and are run as
``python benchmarks/baselines.py {icalendar,icalendar-light,text} ROWS.json``
so that a command-line run of fastpath-ical can be compared with a whole
process doing the same work.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from pages import Row, Speaker

__all__ = ["icalendar_loop", "load_rows", "text_writer"]

_STAMP = dt.datetime(2031, 1, 6, tzinfo=dt.UTC)


def _description(row: Row) -> str:
    lines = [f"{s.name} ({s.affiliation})" for s in row.speakers]
    lines.append(row.title)
    links = [f"Slides: {row.slides}"] if row.slides else []
    links += [f"Video: {row.video}"] if row.video else []
    links += [f"Speaker page: {s.profile}" for s in row.speakers]
    if links:
        lines += ["", *links]
    lines += ["", "BenchML 2031 – Benchmark Workshop on Systems for Machine Learning"]
    return "\n".join(lines)


def _summary(row: Row) -> str:
    names = ", ".join(s.name for s in row.speakers)
    return f"{row.title} – {names}" if names else row.title


def _times(row: Row, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    day = dt.date.fromisoformat(row.day)
    start = dt.datetime.combine(day, dt.time.fromisoformat(row.start), zone)
    end = dt.datetime.combine(day, dt.time.fromisoformat(row.end), zone)
    return start, end


def icalendar_loop(items: Sequence[Row], zone_name: str, *, full: bool = True) -> bytes:
    """The feed of ``items``, written by a plain icalendar loop."""
    zone = ZoneInfo(zone_name)
    calendar = Calendar()
    calendar.add("PRODID", "-//benchmark//icalendar loop//EN")
    calendar.add("VERSION", "2.0")
    for number, row in enumerate(items):
        start, end = _times(row, zone)
        event = Event()
        event.add("UID", f"benchml-{number}@example.org")
        event.add("DTSTART", start)
        event.add("DTEND", end)
        event.add("SUMMARY", _summary(row))
        event.add("DESCRIPTION", _description(row))
        event.add("URL", row.video or "https://example.org/benchml")
        if full:
            event.add("DTSTAMP", _STAMP)
            event.add("SEQUENCE", 0)
            event.add("LOCATION", "Zürich, Switzerland")
            event.add("CATEGORIES", ["BenchML 2031", row.kind.capitalize()])
            event.add("STATUS", "CONFIRMED")
            event.add("TRANSP", "OPAQUE" if row.kind == "talk" else "TRANSPARENT")
            for url in (row.slides, row.video):
                if url:
                    parameters = {"FMTTYPE": "application/pdf"} if url.endswith(".pdf") else {}
                    event.add("ATTACH", url, parameters=parameters)
        calendar.add_component(event)
    if full:
        calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    data = line.encode()
    if len(data) <= 75:
        return line
    out, rest = [], data
    while len(rest) > 75:
        cut = 75 if not out else 74
        while rest[cut] & 0xC0 == 0x80:
            cut -= 1
        out.append(rest[:cut].decode())
        rest = rest[cut:]
    out.append(rest.decode())
    return "\r\n ".join(out)


def text_writer(items: Sequence[Row], zone_name: str) -> bytes:
    """The same events as :func:`icalendar_loop` (``full``), written as text directly."""
    zone = ZoneInfo(zone_name)
    first, last = _times(items[0], zone)[0], _times(items[-1], zone)[1]
    block = Timezone.from_tzid(
        zone_name, first_date=first.date() - dt.timedelta(days=366), last_date=last.date()
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//benchmark//text writer//EN"]
    lines += block.to_ical().decode().rstrip("\r\n").split("\r\n")
    stamp = _STAMP.strftime("%Y%m%dT%H%M%SZ")
    for number, row in enumerate(items):
        start, end = _times(row, zone)
        lines += [
            "BEGIN:VEVENT",
            f"SUMMARY:{_escape(_summary(row))}",
            f"DTSTART;TZID={zone_name}:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={zone_name}:{end:%Y%m%dT%H%M%S}",
            f"DTSTAMP:{stamp}",
            f"UID:benchml-{number}@example.org",
            "SEQUENCE:0",
            "CATEGORIES:BenchML 2031," + row.kind.capitalize(),
            _fold(f"DESCRIPTION:{_escape(_description(row))}"),
            "LOCATION:Zürich\\, Switzerland",
            "STATUS:CONFIRMED",
            "TRANSP:" + ("OPAQUE" if row.kind == "talk" else "TRANSPARENT"),
            _fold("URL:" + (row.video or "https://example.org/benchml")),
        ]
        for url in (row.slides, row.video):
            if url:
                fmt = ";FMTTYPE=application/pdf" if url.endswith(".pdf") else ""
                lines.append(_fold(f"ATTACH{fmt}:{url}"))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def load_rows(path: Path) -> list[Row]:
    """Rows written by ``json.dump([row, ...])`` (a row's speakers as lists)."""
    return [
        Row(*fields[:5], tuple(Speaker(*s) for s in fields[5]), *fields[6:])
        for fields in json.loads(path.read_text(encoding="utf-8"))
    ]


def main(argv: Sequence[str]) -> None:
    """``KIND ROWS.json ZONE``: write the feed to stdout's bit bucket, as ``build -o /dev/null``."""
    kind, rows_file, zone = argv
    items = load_rows(Path(rows_file))
    if kind == "text":
        data = text_writer(items, zone)
    else:
        data = icalendar_loop(items, zone, full=kind == "icalendar")
    Path("/dev/null").write_bytes(data)


if __name__ == "__main__":
    main(sys.argv[1:])
