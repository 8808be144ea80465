"""Reading feeds back with parsers this project did not write.

Each reader turns ``.ics`` bytes into the same plain records, so a test can
say "every parser sees exactly these events".  icalendar wrote the bytes, so
it is never the only reader: ``ical`` (strict RFC 5545, Home Assistant),
``vobject`` (Radicale) and ``recurring-ical-events`` read them too, and,
when node and ``tests/js/node_modules`` are there (``npm ci`` in tests/js),
Mozilla's ical.js, the parser inside Thunderbird, through
``tests/js/read_ics.mjs``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import attrs
import icalendar
import pytest
import recurring_ical_events
import vobject
import vobject.icalendar
from ical.calendar_stream import IcsCalendarStream

UTC = dt.UTC


@attrs.frozen
class Seen:
    """One VEVENT as a parser saw it, instants in UTC."""

    uid: str
    start: dt.datetime
    end: dt.datetime
    summary: str
    description: str
    location: str
    url: str | None
    attachments: tuple[str, ...]


def _utc(value: object) -> dt.datetime:
    assert isinstance(value, dt.datetime), f"expected a date-time, got {value!r}"
    assert value.tzinfo is not None, f"floating time {value!r}"
    return value.astimezone(UTC)


def read_icalendar(data: bytes) -> list[Seen]:
    calendar = icalendar.Calendar.from_ical(data)
    return [
        Seen(
            uid=str(event["UID"]),
            start=_utc(event.start),
            end=_utc(event.end),
            summary=str(event.get("SUMMARY", "")),
            description=str(event.get("DESCRIPTION", "")),
            location=str(event.get("LOCATION", "")),
            url=str(event["URL"]) if "URL" in event else None,
            attachments=tuple(str(a) for a in _as_list(event.get("ATTACH"))),
        )
        for event in calendar.walk("VEVENT")
    ]


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def read_ical(data: bytes) -> list[Seen]:
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return [
        Seen(
            uid=str(event.uid),
            start=_utc(event.dtstart),
            end=_utc(event.dtend),
            summary=event.summary or "",
            description=event.description or "",
            location=event.location or "",
            url=event.url,
            attachments=tuple(a.uri for a in event.attach if a.uri),
        )
        for event in calendar.events
    ]


def read_vobject(data: bytes) -> list[Seen]:
    calendar = vobject.readOne(data.decode("utf-8"))
    calendar.validate(raiseException=True)
    out = []
    for event in getattr(calendar, "vevent_list", []):
        contents = event.contents
        out.append(
            Seen(
                uid=event.uid.value,
                start=_utc(event.dtstart.value),
                end=_utc(event.dtend.value),
                summary=event.summary.value if "summary" in contents else "",
                description=event.description.value if "description" in contents else "",
                location=event.location.value if "location" in contents else "",
                url=event.url.value if "url" in contents else None,
                attachments=tuple(a.value for a in contents.get("attach", [])),
            )
        )
    return out


def read_recurring(data: bytes) -> list[Seen]:
    calendar = icalendar.Calendar.from_ical(data)
    occurrences = recurring_ical_events.of(calendar).between(
        dt.datetime(1900, 1, 1, tzinfo=UTC), dt.datetime(2200, 1, 1, tzinfo=UTC)
    )
    return [
        Seen(
            uid=str(event["UID"]),
            start=_utc(event["DTSTART"].dt),
            end=_utc(event["DTEND"].dt),
            summary=str(event.get("SUMMARY", "")),
            description=str(event.get("DESCRIPTION", "")),
            location=str(event.get("LOCATION", "")),
            url=str(event["URL"]) if "URL" in event else None,
            attachments=tuple(str(a) for a in _as_list(event.get("ATTACH"))),
        )
        for event in occurrences
    ]


JS_DIR = Path(__file__).parent / "js"
ICALJS_SCRIPT = JS_DIR / "read_ics.mjs"
NODE = shutil.which("node")


def icaljs_missing() -> str | None:
    """Why ical.js cannot run here, or None when it can."""
    if NODE is None:
        return "ical.js reader skipped: node is not on PATH"
    if not (JS_DIR / "node_modules" / "ical.js").is_dir():
        return "ical.js reader skipped: run `npm ci` in tests/js to install ical.js"
    return None


def read_icaljs(data: bytes, *, jcal: bool = False) -> list[Seen]:
    """ical.js, run by node; a time it cannot place in UTC fails the read.

    With ``jcal``, ``data`` is jCal (RFC 7265) JSON, which ical.js reads as it is.
    """
    assert NODE is not None, icaljs_missing()
    done = subprocess.run(
        [NODE, str(ICALJS_SCRIPT), *(["--jcal"] if jcal else [])],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
        cwd=JS_DIR,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return [
        Seen(
            uid=event["uid"],
            start=_utc_text(event["start"], event["uid"]),
            end=_utc_text(event["end"], event["uid"]),
            summary=event["summary"],
            description=event["description"],
            location=event["location"],
            url=event["url"],
            attachments=tuple(event["attachments"]),
        )
        for event in json.loads(done.stdout)
    ]


def _utc_text(value: str | None, uid: str) -> dt.datetime:
    assert value is not None, f"ical.js could not place {uid} in UTC (floating or unknown TZID)"
    return _utc(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))


#: Every reader by name; tests parametrize over these.
READERS: dict[str, Callable[[bytes], list[Seen]]] = {
    "icalendar": read_icalendar,
    "ical": read_ical,
    "vobject": read_vobject,
    "recurring-ical-events": read_recurring,
}
if icaljs_missing() is None:
    READERS["ical.js"] = read_icaljs


def reader_params() -> list[object]:
    """Every reader's name for ``parametrize``, ical.js too where it cannot run.

    Where node or ical.js is missing its cases are collected and skipped with
    the reason, so the count of skipped tests says what was not checked,
    instead of the cases vanishing from the run.
    """
    reason = icaljs_missing()
    return [
        pytest.param(name, marks=pytest.mark.skip(reason=reason))
        if name not in READERS and reason is not None
        else name
        for name in sorted([*READERS, "ical.js"] if "ical.js" not in READERS else READERS)
    ]


def forget_vobject_timezones() -> None:
    """Make vobject forget every VTIMEZONE it has seen.

    vobject keeps the first VTIMEZONE it saw for a TZID for the life of the
    process (``__tzidMap``), so a feed for another year would be read with an
    earlier feed's rules, an hour off across a DST change.  Call it before
    each vobject read of a feed that may not be the first.
    """
    registry = vars(vobject.icalendar)["__tzidMap"]
    for tzid in [key for key in registry if key != "UTC"]:
        del registry[tzid]


def by_uid(events: list[Seen]) -> dict[str, Seen]:
    table = {event.uid: event for event in events}
    assert len(table) == len(events), "duplicate UIDs"
    return table
