"""Statements of a page's zone: which zone names on a line say the times are in them.

"All times US EDT", "Schedule (Eastern Time):", "Time zone: Europe/Zurich",
the zone on a date line: each is a statement of the zone the program's times
are in.  A zone named elsewhere ("Pizza at noon ET") is kept as a statement
too, for checking, but does not give the zone; "All times AoE" is a deadline
convention, taken only when nothing else states a zone.  An ambiguous or
unknown name that does state it is the page's zone problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ..errors import PageError, ZoneError
from ..zones import StatedZone, resolve_zone, zone_of_place
from ._clock import TimeRange, parse_offset, parse_time_range
from ._records import OffsetBeside, Statement, ZoneStatement
from ._zone_names import (
    PLACE_AFTER_OFFSET,
    is_aoe,
    offset_beside,
    place_time,
    the_places_own,
    zone_candidates,
)

__all__ = ["LineZones", "read_zone_statement"]


#: Before a zone's name that is a country's: an open bracket, words and a comma ("(U. East
#: Anglia, UK)"), or a preposition and "the" ("initiatives in the UK and Germany").
_AFFILIATION_BEFORE = lazy_compile(
    r"\([^()]*[^\W\d_][^()]*,\s*$|\b(?:in|from|across|throughout|of|to)\s+the\s+$",
    re.IGNORECASE,
)

_UNKNOWN_ZONE = lazy_compile(
    r"\btimes?\b[^.;=]*?\b(?:in|are|:)\s+(?P<zone>(?-i:[A-Z]{2,5})|[A-Za-z]+/[A-Za-z_]+)\b",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class LineZones:
    """What one line says about the zone: its statements about time (for checking), the
    zone names it writes, the offsets beside them, and the zone it says the times are in.

    The header keeps the first ``zone``, ``problem`` and ``weak`` of all its lines.
    """

    statements: tuple[Statement, ...] = ()
    named: tuple[ZoneStatement, ...] = ()
    offsets: tuple[OffsetBeside, ...] = ()
    #: The zone the line says the times are in, and its name as written.
    zone: tuple[StatedZone, str] | None = None
    problem: PageError | None = None
    weak: ZoneStatement | None = None
    #: A date line's first and last time ("(10:00 am - 4:30 pm EDT)").
    span: TimeRange | None = None


def read_zone_statement(
    text: str,
    line: int,
    *,
    on: dt.date | None = None,
    date_line: bool = False,
    offset: int = 0,
    labelled: bool = False,
) -> LineZones:
    """The zone names and conversions ``text`` writes, and the zone it says the times are in.

    ``text`` is the statement with markup removed; ``offset`` is where it starts in
    that line's text, so that columns count from the start of the line; ``on`` is the
    program's first day, when a line above gave it (an offset beside an ambiguous
    name is read on it).
    """
    statements: list[Statement] = []
    named: list[ZoneStatement] = []
    offsets: list[OffsetBeside] = []
    times_zone: tuple[StatedZone, str] | None = None
    problem: PageError | None = None
    weak: ZoneStatement | None = None
    stated_before_equals = text.split("=")[0]
    candidates = zone_candidates(text, on)
    if "=" in text and len(candidates) >= 2:
        statements.append(Statement("conversion", line, offset + 1, text.strip()))
    found = zone_candidates(stated_before_equals, on)
    saying = [
        index
        for index, (start, name, _) in enumerate(found)
        if _mentions_times(text, start, start + len(name))
    ]
    if (
        saying
        and saying[0] > 0
        and re.search(r"[.!?]\s+[A-Z]", text[found[0][0] : found[saying[0]][0]])
    ):
        # "hosted by the Data Lab in Cambridge, UK. All times are Eastern Time (ET).": the
        # sentence that says the times' zone, not a zone's name in a sentence before it
        # ("(US Central Time, UTC-5)" is one statement, its name first).
        found = [found[saying[0]], *found[: saying[0]], *found[saying[0] + 1 :]]
    for index, (start, name, zone) in enumerate(found):
        column = offset + start + 1
        place = _place_then_zone(text, start, start + len(name))
        if (
            place is not None
            and not isinstance(zone, ZoneError)
            and the_places_own(zone, text, on, name, place=place).iana != place[2].iana
        ):
            # "New Haven, CT", "Porto, PT": a state's or a country's code after a town,
            # not a zone its clocks keep.
            place = None
        says_times = (
            date_line
            or labelled
            or place is not None
            or _mentions_times(text, start, start + len(name))
        )
        if isinstance(zone, ZoneError):
            if says_times:
                problem = PageError(
                    str(zone),
                    line=line,
                    column=column,
                    text=name,
                    expected="an IANA zone such as America/Chicago, or the timezone argument",
                )
            break
        if not says_times and _AFFILIATION_BEFORE.search(text[:start]):
            # "Gavin Cawley (U. East Anglia, UK)", "in the UK and Germany": a country, where
            # someone works or what a sentence is about, no zone of the page's times.
            continue
        if is_aoe(name):
            # A deadline convention: the times' zone only when nothing else states one.
            if says_times:
                weak = ZoneStatement(
                    line=line, column=column, text=name, zone=zone, says_times=True
                )
            break
        statements.append(Statement("zone", line, column, name))
        named.append(
            ZoneStatement(line=line, column=column, text=name, zone=zone, says_times=says_times)
        )
        if says_times:
            offsets.extend(
                _offsets(stated_before_equals, start, name, zone, found[index + 1 :], line, column)
            )
            times_zone = the_places_own(zone, stated_before_equals, on, name, place=place), name
        break
    else:
        said_place = place_time(stated_before_equals)
        if said_place is not None:
            start, name, zone = said_place
            column = offset + start + 1
            statements.append(Statement("zone", line, column, name))
            named.append(
                ZoneStatement(line=line, column=column, text=name, zone=zone, says_times=True)
            )
            times_zone = zone, name
        unknown = _UNKNOWN_ZONE.search(stated_before_equals)
        if said_place is None and unknown and not parse_time_range(unknown.group("zone")):
            name = unknown.group("zone")
            try:
                resolve_zone(name)
            except ZoneError as exc:
                if name.upper() not in ("US", "UK", "EU", "AM", "PM", "TBD", "TBA"):
                    problem = PageError(
                        str(exc),
                        line=line,
                        column=offset + unknown.start("zone") + 1,
                        text=name,
                        expected="an IANA zone such as Europe/Zurich, or the timezone argument",
                    )
    span = parse_time_range(stated_before_equals) if date_line else None
    if span is not None and span.end is not None:
        statements.append(
            Statement("span", line, offset + span.span[0] + 1, stated_before_equals.strip())
        )
    else:
        span = None
    return LineZones(
        statements=tuple(statements),
        named=tuple(named),
        offsets=tuple(offsets),
        zone=times_zone,
        problem=problem,
        weak=weak,
        span=span,
    )


def _offsets(
    text: str,
    start: int,
    name: str,
    zone: StatedZone,
    after: Sequence[tuple[int, str, StatedZone | ZoneError]],
    line: int,
    column: int,
) -> list[OffsetBeside]:
    """The offsets written beside the zone ``name`` at ``start`` in ``text`` (at ``column``
    of ``line``)."""
    out: list[OffsetBeside] = []
    beside = offset_beside(text, start + len(name), after)
    if beside is not None:
        said = text[start : beside[0] + len(beside[1])]
        said += ")" * (said.count("(") - said.count(")"))
        out.append(OffsetBeside(line=line, column=column, text=said, zone=zone, offset=beside[2]))
    place = PLACE_AFTER_OFFSET.match(text[start + len(name) :])
    iana = zone_of_place(place.group("place")) if place and parse_offset(name) else None
    if place and iana:
        # "GMT+1 (Vienna Time)": the place's clocks and the offset must agree on
        # every program day, or one of them is wrong.
        said = text[start : start + len(name) + place.end()].strip()
        out.append(
            OffsetBeside(line=line, column=column, text=said, zone=StatedZone(iana), offset=zone)
        )
    return out


#: "All talks are in", "The schedule is in", "Sessions are held in", "The below is stated
#: in": the program's times are in the zone that follows.
_PROGRAM_IS_IN = lazy_compile(
    r"\b(?:program(?:me)?|schedule|agenda|talks?|sessions?|events?|everything|presentations?|"
    r"lectures?|seminars?|meetings?|workshop|slots?|items?)\b[^.;!?]*?\b(?:in|on)\s+(?:the\s+)?$"
    # "The below is stated in UTC time", "Everything below is given in CET" (not "The
    # stream is shown in PT": what is below, above or following is the program).
    r"|\b(?:below|above|following)\b[^.;!?]*?\b(?:stated|given|listed|shown|written|"
    r"expressed)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "Schedule (Eastern Time):", "## Program (CEST)": a heading or label ending with a zone.
_LABEL_BEFORE_ZONE = lazy_compile(r"[^()]{0,80}[(\[]\s*$")


_LABEL_AFTER_ZONE = lazy_compile(r"\s*[)\]]\s*:?\s*$")


#: Words for the times of a program, in the languages pages are written in: "All times
#: are", "All timings are", "Las horas son en horario de Guatemala", "Les heures sont",
#: "Alle Uhrzeiten in".
_TIME_WORDS = lazy_compile(
    r"\b(?:times?|timings?|timezone|zone|hours|clock|horas|horarios?|horário|heures|horaires?|"
    r"fuseau|uhrzeit(?:en)?|zeiten|zeitzone|orari|fuso)\b"
    # "均以臺灣標準時間 UTC+8 為準", "日本時間", "北京时间": time, a zone, in Chinese,
    # Japanese and Korean, written with no space around it.
    r"|時間|时间|時刻|時區|时区|標準時|시간",
    re.IGNORECASE,
)


#: What may follow a zone's name on a line that holds only the zone: its offset, a colon.
_ALONE_AFTER_ZONE = lazy_compile(
    r"\s*(?:\(\s*(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?\s*\))?\s*[.:]?\s*"
)


#: "Vienna, CEST (UTC+2)": a place, then a zone's name, on a line of their own.
_PLACE_BEFORE_ZONE = lazy_compile(r"\W*(?P<place>[^\W\d][^,()|:]{1,40}?)\s*,\s*")


def _place_then_zone(text: str, zone_at: int, zone_end: int) -> tuple[int, str, StatedZone] | None:
    """The place of a line that holds only a place and the zone its clocks keep ("#####
    Vienna, CEST (UTC+2)" under the workshop's name): a statement of the times' zone, as
    nothing else such a line can mean."""
    before = _PLACE_BEFORE_ZONE.fullmatch(text[:zone_at])
    if before is None or not _ALONE_AFTER_ZONE.fullmatch(text[zone_end:]):
        return None
    iana = zone_of_place(before["place"])
    if iana is None:
        return None
    return before.start("place"), before["place"], StatedZone(iana)


def _mentions_times(text: str, zone_at: int, zone_end: int | None = None) -> bool:
    """Whether the zone at ``zone_at`` in ``text`` is the zone of the program's times.

    It is when the sentence speaks of times, a zone, hours or the clock before it
    ("All times US EDT"), of the program, schedule, talks or sessions being in it
    ("All talks are in Eastern Time (ET)"), or when a heading or label ends with it
    in parentheses ("Schedule (Eastern Time):").
    """
    before = text[:zone_at]
    sentence = re.split(r"[.;!?](?=\s)", before)[-1]
    if _TIME_WORDS.search(before):
        return True
    if zone_end is not None and not before.strip() and _ALONE_AFTER_ZONE.fullmatch(text[zone_end:]):
        # "**Central Standard Time**" on a line of its own over the program: nothing
        # else a line holding only a zone's name can mean.
        return True
    found = parse_time_range(before)
    if (
        found is not None
        and _YEARS.match(before, found.span[0])
        and _A_WORD.search(before, found.span[1])
    ):
        # "From 2013-2016 he was a postdoc in Cambridge (UK)": years, words between them
        # and the zone ("The call runs 2000-2100 UTC" is a time, the zone right after it).
        found = None
    if found is not None or _PROGRAM_IS_IN.search(sentence):
        return True
    return (
        zone_end is not None
        and bool(_LABEL_BEFORE_ZONE.fullmatch(sentence))
        and bool(_LABEL_AFTER_ZONE.fullmatch(text[zone_end:]))
        and not _NAMES_A_COUNTRY.fullmatch(text[zone_at:zone_end])
        and "," not in sentence
    )


_A_WORD = lazy_compile(r"[^\W\d_]{2,}")
#: "2013-2016", "in 2013.": a year, or two, though "1900-2000" may be a time range too.
_YEARS = lazy_compile(r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?(?![\d:.]\d)")
#: "Huber, Egerton (UK)": after names, a country, not a label's zone; a list of names
#: (a comma) is no label either.
_NAMES_A_COUNTRY = lazy_compile(r"UK|U\.K\.|US|U\.S\.|USA|EU", re.IGNORECASE)
