"""jCal (RFC 7265): the very calendar of the ``.ics`` feed, as JSON.

icalendar turns the calendar :func:`~fastpath_ical.ics.build_calendar`
makes into jCal, so every event, VTIMEZONE and property is the feed's own:
nothing is built twice.  Mozilla's ical.js keeps calendars in this form.
"""

from __future__ import annotations

import json
from typing import Any

from .._arguments import checked
from ..ics import build_calendar
from ..model import Program
from ._options import ExportOptions

__all__ = ["jcal", "jcal_json"]


@checked
def jcal(program: Program, options: ExportOptions) -> list[Any]:
    """The feed as a jCal array: ``["vcalendar", [properties], [components]]``."""
    document: list[Any] = build_calendar(program, options.feed).to_jcal()
    return document


@checked
def jcal_json(program: Program, options: ExportOptions | None = None) -> str:
    """The feed as jCal text, UTF-8 as is, with a final line break."""
    document = jcal(program, options or ExportOptions())
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
