"""Statements of a page's zone: which zone names on a line say the times are in them.

"All times US EDT", "Schedule (Eastern Time):", "Time zone: Europe/Zurich",
the zone on a date line: each is a statement of the zone the program's times
are in.  A zone named elsewhere ("Pizza at noon ET") is kept as a statement
too, for checking, but does not give the zone; "All times AoE" is a deadline
convention, taken only when nothing else states a zone.  An ambiguous or
unknown name that does state it is the page's zone problem.
"""

from __future__ import annotations

import re

from ..errors import PageError, ZoneError
from ..zones import StatedZone, resolve_zone, zone_of_place
from ._clock import parse_offset, parse_time_range
from ._records import Day, Header, Statement
from ._zone_names import (
    PLACE_AFTER_OFFSET,
    is_aoe,
    offset_beside,
    place_time,
    the_places_own,
    zone_candidates,
)

__all__ = ["read_zone_statement"]


_UNKNOWN_ZONE = re.compile(
    r"\btimes?\b[^.;=]*?\b(?:in|are|:)\s+(?P<zone>(?-i:[A-Z]{2,5})|[A-Za-z]+/[A-Za-z_]+)\b",
    re.IGNORECASE,
)



def read_zone_statement(
    text: str,
    line: int,
    header: Header,
    *,
    date_line: bool = False,
    offset: int = 0,
    day: Day | None = None,
    labelled: bool = False,
) -> None:
    """Record zone names and conversions; take the first zone as the page's zone.

    ``text`` is the statement with markup removed; ``offset`` is where it starts in
    that line's text, so that columns count from the start of the line.
    """
    stated_before_equals = text.split("=")[0]
    candidates = zone_candidates(text, header.date)
    if "=" in text and len(candidates) >= 2:
        header.statements.append(Statement("conversion", line, offset + 1, text.strip()))
    found = zone_candidates(stated_before_equals, header.date)
    for index, (start, name, zone) in enumerate(found):
        says_times = date_line or labelled or _mentions_times(text, start, start + len(name))
        if isinstance(zone, ZoneError):
            if says_times and header.zone_problem is None:
                header.zone_problem = PageError(
                    str(zone),
                    line=line,
                    column=offset + start + 1,
                    text=name,
                    expected="an IANA zone such as America/Chicago, or --tz",
                )
            break
        if is_aoe(name):
            # A deadline convention: the times' zone only when nothing else states one.
            if says_times and header.weak_zone is None:
                header.weak_zone = (Statement("zone", line, offset + start + 1, name), zone)
            break
        header.statements.append(Statement("zone", line, offset + start + 1, name))
        if says_times:
            header.said_zones.append((line, offset + start + 1, name, zone))
            beside = offset_beside(stated_before_equals, start + len(name), found[index + 1 :])
            if beside is not None:
                text_said = stated_before_equals[start : beside[0] + len(beside[1])]
                text_said += ")" * (text_said.count("(") - text_said.count(")"))
                header.offsets_said.append((line, offset + start + 1, text_said, zone, beside[2]))
            place = PLACE_AFTER_OFFSET.match(stated_before_equals[start + len(name) :])
            iana = zone_of_place(place.group("place")) if place and parse_offset(name) else None
            if place and iana:
                # "GMT+1 (Vienna Time)": the place's clocks and the offset must agree on
                # every program day, or one of them is wrong.
                text_said = stated_before_equals[start : start + len(name) + place.end()].strip()
                header.offsets_said.append(
                    (line, offset + start + 1, text_said, StatedZone(iana), zone)
                )
        if header.zone is None and says_times:
            header.zone = the_places_own(zone, stated_before_equals, header.date)
            header.zone_source = name
        break
    else:
        said_place = place_time(stated_before_equals)
        if said_place is not None:
            start, name, zone = said_place
            header.statements.append(Statement("zone", line, offset + start + 1, name))
            header.said_zones.append((line, offset + start + 1, name, zone))
            if header.zone is None:
                header.zone = zone
                header.zone_source = name
        unknown = _UNKNOWN_ZONE.search(stated_before_equals)
        if (
            said_place is None
            and unknown
            and header.zone_problem is None
            and not parse_time_range(unknown.group("zone"))
        ):
            name = unknown.group("zone")
            try:
                resolve_zone(name)
            except ZoneError as exc:
                if name.upper() not in ("US", "UK", "EU", "AM", "PM", "TBD", "TBA"):
                    header.zone_problem = PageError(
                        str(exc),
                        line=line,
                        column=offset + unknown.start("zone") + 1,
                        text=name,
                        expected="an IANA zone such as Europe/Zurich, or --tz",
                    )
    if date_line:
        span = parse_time_range(stated_before_equals)
        if span is not None and span.end is not None:
            if day is not None:
                day.span = span
            header.statements.append(
                Statement("span", line, offset + span.span[0] + 1, stated_before_equals.strip())
            )


#: "All talks are in", "The schedule is in", "Sessions are held in": the program's times
#: are in the zone that follows.
_PROGRAM_IS_IN = re.compile(
    r"\b(?:program(?:me)?|schedule|agenda|talks?|sessions?|events?|everything|presentations?|"
    r"lectures?|seminars?|meetings?|workshop|slots?|items?)\b[^.;!?]*?\b(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "Schedule (Eastern Time):", "## Program (CEST)": a heading or label ending with a zone.
_LABEL_BEFORE_ZONE = re.compile(r"[^()]{0,80}[(\[]\s*$")


_LABEL_AFTER_ZONE = re.compile(r"\s*[)\]]\s*:?\s*$")


def _mentions_times(text: str, zone_at: int, zone_end: int | None = None) -> bool:
    """Whether the zone at ``zone_at`` in ``text`` is the zone of the program's times.

    It is when the sentence speaks of times, a zone, hours or the clock before it
    ("All times US EDT"), of the program, schedule, talks or sessions being in it
    ("All talks are in Eastern Time (ET)"), or when a heading or label ends with it
    in parentheses ("Schedule (Eastern Time):").
    """
    before = text[:zone_at]
    sentence = re.split(r"[.;!?](?=\s)", before)[-1]
    if re.search(r"\b(times?|timezone|zone|hours|clock)\b", before, re.IGNORECASE):
        return True
    if parse_time_range(before) or _PROGRAM_IS_IN.search(sentence):
        return True
    return (
        zone_end is not None
        and bool(_LABEL_BEFORE_ZONE.fullmatch(sentence))
        and bool(_LABEL_AFTER_ZONE.fullmatch(text[zone_end:]))
    )
