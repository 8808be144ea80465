"""Exports: one program, many formats, each a pure function of the model.

The formats (see ``docs/reference/export.md``): the ``.ics`` feed; the same
calendar as jCal (RFC 7265, ``_jcal``) and xCal (RFC 6321, ``_xcal``); the
frab schedule XML that schedule apps read (``_frab``) and its JSON forms,
schedule2 and schedule.json (``_schedule_json``), which share one view of
the program as days, rooms and events (``_schedule``, names from
``_kinds``); the model itself as versioned JSON with its reader
(``_model_json``, ``_model_json_reader``); CSV (``_csv``); and the program page again.
:func:`export` picks one by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._arguments import checked
from ..errors import ExportError
from ..ics import feed_bytes
from ..model import Program
from ..page import write_page
from ._csv import CSV_COLUMNS, program_csv
from ._frab import frab_xml as _frab_xml
from ._jcal import jcal, jcal_json
from ._kinds import KINDS, LINKS, KindNames, LinkNames
from ._model_json import (
    PROGRAM_JSON_FORMAT,
    PROGRAM_JSON_VERSION,
    program_record,
    program_schema,
    program_to_json,
)
from ._model_json_reader import program_from_json
from ._options import ExportFormat, ExportOptions
from ._schedule import GUID_NAMESPACE, acronym, room_of, schedule
from ._schedule_json import schedule1_record, schedule2_record
from ._schedule_json import schedule_json as _dump
from ._xcal import XCAL_NAMESPACE, xcal_from_jcal, xcal_xml

__all__ = [
    "CSV_COLUMNS",
    "GUID_NAMESPACE",
    "KINDS",
    "LINKS",
    "PROGRAM_JSON_FORMAT",
    "PROGRAM_JSON_VERSION",
    "XCAL_NAMESPACE",
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "KindNames",
    "LinkNames",
    "acronym",
    "export",
    "frab_xml",
    "jcal",
    "jcal_json",
    "program_csv",
    "program_from_json",
    "program_record",
    "program_schema",
    "program_to_json",
    "room_of",
    "schedule",
    "schedule1_json",
    "schedule_json",
    "xcal_from_jcal",
    "xcal_xml",
]


@checked
def frab_xml(program: Program, options: ExportOptions | None = None) -> bytes:
    """The program as frab / Pentabarf schedule XML, for Giggity, ConfClerk and the like."""
    options = options or ExportOptions()
    return _frab_xml(program, uid_domain=options.uid_domain, version=options.version)


@checked
def schedule_json(program: Program, options: ExportOptions | None = None) -> str:
    """The program as schedule2 JSON (voc/schedule ``schema2.json``)."""
    return _schedule_text(schedule2_record, program, options)


@checked
def schedule1_json(program: Program, options: ExportOptions | None = None) -> str:
    """The program as schedule.json, the form pretalx and frab export (voc/schedule
    ``schema.json``)."""
    return _schedule_text(schedule1_record, program, options)


def _schedule_text(
    record: Callable[..., dict[str, Any]], program: Program, options: ExportOptions | None
) -> str:
    options = options or ExportOptions()
    return _dump(
        record(
            program,
            uid_domain=options.uid_domain,
            language=options.language,
            version=options.version,
        )
    )


@checked
def export(
    program: Program, format: ExportFormat | str, options: ExportOptions | None = None
) -> bytes:
    """The program in ``format`` (an :class:`ExportFormat` or its name, ``"frab"``), as bytes.

    Text formats are UTF-8.  An unknown name is an
    :class:`~fastpath_ical.errors.ExportError` that lists the known ones.
    """
    try:
        chosen = ExportFormat(format)
    except ValueError:
        known = ", ".join(each.value for each in ExportFormat)
        raise ExportError(f"format must be one of {known}, got {format!r}") from None
    options = options or ExportOptions()
    if chosen is ExportFormat.ICS:
        return feed_bytes(program, options.feed)
    if chosen is ExportFormat.XCAL:
        return xcal_xml(program, options)
    if chosen is ExportFormat.FRAB:
        return frab_xml(program, options)
    text = {
        ExportFormat.JCAL: lambda: jcal_json(program, options),
        ExportFormat.SCHEDULE_JSON: lambda: schedule_json(program, options),
        ExportFormat.SCHEDULE1_JSON: lambda: schedule1_json(program, options),
        ExportFormat.JSON: lambda: program_to_json(program),
        ExportFormat.CSV: lambda: program_csv(program, uid_domain=options.uid_domain),
        ExportFormat.MARKDOWN: lambda: write_page(program),
    }[chosen]()
    return text.encode("utf-8")
