"""The time zone a page's times are in: the zone it states, held to its place.

A page states its zone on the date line, in a note, a label or a column
header; two statements that disagree are an error, an abbreviation a zone
does not keep on the day is a warning, and a page that states none is read
in the zone of its place.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from ..errors import PageError, ZoneError
from ..model import Item
from ..zones import (
    AMBIGUOUS,
    ZONE_NAMES,
    StatedZone,
    format_offset,
    resolve_ambiguous,
    resolve_zone,
    zone_of_place,
)
from ._clock import parse_offset, parse_time_range
from ._columns import Column
from ._records import Day, Header, PageWarning, Schedule, Statement

__all__ = [
    "is_a_place",
    "place_keeps_the_zone",
    "read_zone_statement",
    "settle_zone",
    "warn_abbreviation",
]


_UNKNOWN_ZONE = re.compile(
    r"\btimes?\b[^.;=]*?\b(?:in|are|:)\s+(?P<zone>(?-i:[A-Z]{2,5})|[A-Za-z]+/[A-Za-z_]+)\b",
    re.IGNORECASE,
)


def _zone_token_pattern() -> re.Pattern[str]:
    names = sorted({*ZONE_NAMES, *AMBIGUOUS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(r"(?<![\w/])(?:" + alternatives + r")(?![\w/])", re.IGNORECASE)


_ZONE_TOKEN = _zone_token_pattern()


_OFFSET_TOKEN = re.compile(
    r"(?<![\w/])(?:UTC|GMT)(?:\s*/\s*(?:UTC|GMT))?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?![\d:])",
    re.IGNORECASE,
)

#: "UTC/GMT-4": the two names of one offset.
_BOTH_NAMES = re.compile(r"(?:UTC|GMT)\s*/\s*(?=(?:UTC|GMT))", re.IGNORECASE)


_SHORT_TOKEN = re.compile(r"^[A-Za-z]{1,5}$")


def _zone_candidates(
    text: str, day: dt.date | None = None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """Zone names in ``text`` with their offsets: IANA names and names in the table.

    A short name must be written in capitals ("CET", not "cet" inside a word
    such as "et al."), and an ambiguous one is kept as its error, so the page
    can be told exactly which name to replace, unless an offset written right
    after it ("IST (UTC+05:30)") leaves only one of its zones on ``day``.
    """
    found: list[tuple[int, str, StatedZone | ZoneError]] = []
    for match in _OFFSET_TOKEN.finditer(text):
        # "UTC-7" is a zone of its own, not "UTC" followed by a stray number.
        try:
            stated = resolve_zone(_BOTH_NAMES.sub("", match.group(0)))
            found.append((match.start(), match.group(0), stated))
        except ZoneError as exc:
            found.append((match.start(), match.group(0), exc))
    for match in re.finditer(
        r"\b(?!(?:UTC|GMT)/)[A-Z][A-Za-z_]+/[A-Za-z0-9_+-]+(?:/[A-Za-z_]+)?", text
    ):
        try:
            found.append((match.start(), match.group(0), resolve_zone(match.group(0))))
        except ZoneError:
            two = _two_zones(match.group(0))
            if two is not None:
                found.append((match.start(), match.group(0), two))
    for match in _ZONE_TOKEN.finditer(text):
        name = match.group(0)
        if _SHORT_TOKEN.match(name) and not name.isupper() and name.lower() not in ("aoe",):
            continue
        try:
            found.append((match.start(), name, resolve_zone(name)))
        except ZoneError as exc:
            found.append((match.start(), name, exc))
    found.sort(key=lambda entry: (entry[0], -len(entry[1])))
    kept: list[tuple[int, str, StatedZone | ZoneError]] = []
    end = -1
    for start, name, zone in found:
        if start >= end:
            kept.append((start, name, zone))
            end = start + len(name)
    return _settle_ambiguous(kept, text, day)


def _settle_ambiguous(
    found: list[tuple[int, str, StatedZone | ZoneError]], text: str, day: dt.date | None
) -> list[tuple[int, str, StatedZone | ZoneError]]:
    """ "IST (UTC+05:30)": an ambiguous name with its offset beside it is the one zone
    of its candidates that has that offset; the offset is part of the name then."""
    out: list[tuple[int, str, StatedZone | ZoneError]] = []
    index = 0
    while index < len(found):
        start, name, zone = found[index]
        if isinstance(zone, ZoneError) and index + 1 < len(found):
            after, offset_text, _ = found[index + 1]
            between = text[start + len(name) : after]
            offset = parse_offset(offset_text)
            if offset is not None and re.fullmatch(r"\s*[(\[,=/]?\s*", between):
                settled = resolve_ambiguous(name, offset, day)
                if settled is not None:
                    whole = text[start : after + len(offset_text)]
                    closing = text[after + len(offset_text) :]
                    if between.strip() in ("(", "[") and closing[:1] in (")", "]"):
                        whole += closing[0]
                    out.append((start, whole, settled))
                    index += 2
                    continue
        out.append((start, name, zone))
        index += 1
    return out


def _two_zones(text: str) -> StatedZone | ZoneError | None:
    """ "EDT/PDT": two zones for one column of times, which the reader cannot choose between;
    "EET/EEST", "CET/CEST": the winter and summer names of one zone, which is that zone."""
    names = [name.strip() for name in text.split("/")]
    if len(names) != 2 or not all(_key_in_table(name) for name in names):
        return None
    try:
        first, second = resolve_zone(names[0]), resolve_zone(names[1])
        if first.iana == second.iana:
            return StatedZone(first.iana)
    except ZoneError:
        pass
    return ZoneError(
        f"{text!r} names two time zones, {names[0]} and {names[1]}; the times can be read "
        "in one only: state it (e.g. 'All times US EDT') or give --tz",
        text=text,
    )


def _key_in_table(name: str) -> bool:
    return _SHORT_TOKEN.match(name) is not None and bool(_ZONE_TOKEN.fullmatch(name))


def settle_zone(
    header: Header,
    schedule_tables: Sequence[Schedule],
    timezone: str | None,
    warnings: list[PageWarning],
    *,
    date: dt.date | None = None,
) -> StatedZone:
    """The zone of the program's times: --tz, else the one the page states, else its place's.

    ``date`` is the first day when the page does not say it (an option or a pin).
    """
    if timezone is not None:
        try:
            header.zone = resolve_zone(timezone)
        except ZoneError as exc:
            raise PageError(str(exc), line=1, text=timezone, expected="an IANA time zone") from None
        header.zone_source = "--tz"
    if header.zone is None:
        _zone_from_tables(schedule_tables, header, warnings)
    if header.zone is None and header.zone_problem is not None:
        raise header.zone_problem
    if header.zone is None and header.weak_zone is not None:
        statement, header.zone = header.weak_zone
        header.zone_source = statement.text
        header.statements.append(statement)
        header.said_zones.append((statement.line, statement.column, statement.text, header.zone))
    first_day = (
        header.date
        or next((s.day.date for s in schedule_tables if s.day is not None), None)
        or date
    )
    if header.zone is None:
        _zone_from_place(header, warnings, first_day)
    if header.zone_source != "--tz" and first_day is not None:
        days = sorted({first_day, *(s.day.date for s in schedule_tables if s.day is not None)})
        _check_offsets_said(header, days)
        _check_said_zones(header, schedule_tables, first_day)
        _prefer_the_place(header, first_day, warnings)
    zone = header.zone
    assert zone is not None
    return zone


def is_a_place(text: str) -> bool:
    """Whether ``text`` names a place, not only a zone: "London, UK" does, "US EDT" does not.

    A zone name inside a place ("UK", "Eastern") leaves the rest of it a place.
    """
    rest = text
    for start, name, _ in reversed(_zone_candidates(text)):
        rest = rest[:start] + rest[start + len(name) :]
    rest = re.sub(r"\b(?:all\s+)?times?\b|\bzone\b|\bus\b", "", rest, flags=re.IGNORECASE)
    return bool(re.search(r"[^\W\d_]{2,}", rest))


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
    candidates = _zone_candidates(text, header.date)
    if "=" in text and len(candidates) >= 2:
        header.statements.append(Statement("conversion", line, offset + 1, text.strip()))
    found = _zone_candidates(stated_before_equals, header.date)
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
        if _is_aoe(name):
            # A deadline convention: the times' zone only when nothing else states one.
            if says_times and header.weak_zone is None:
                header.weak_zone = (Statement("zone", line, offset + start + 1, name), zone)
            break
        header.statements.append(Statement("zone", line, offset + start + 1, name))
        if says_times:
            header.said_zones.append((line, offset + start + 1, name, zone))
            beside = _offset_beside(stated_before_equals, start + len(name), found[index + 1 :])
            if beside is not None:
                text_said = stated_before_equals[start : beside[0] + len(beside[1])]
                text_said += ")" * (text_said.count("(") - text_said.count(")"))
                header.offsets_said.append((line, offset + start + 1, text_said, zone, beside[2]))
            place = _PLACE_AFTER_OFFSET.match(stated_before_equals[start + len(name) :])
            iana = zone_of_place(place.group("place")) if place and parse_offset(name) else None
            if place and iana:
                # "GMT+1 (Vienna Time)": the place's clocks and the offset must agree on
                # every program day, or one of them is wrong.
                text_said = stated_before_equals[start : start + len(name) + place.end()].strip()
                header.offsets_said.append(
                    (line, offset + start + 1, text_said, StatedZone(iana), zone)
                )
        if header.zone is None and says_times:
            header.zone = _the_places_own(zone, stated_before_equals, header.date)
            header.zone_source = name
        break
    else:
        place_time = _place_time(stated_before_equals)
        if place_time is not None:
            start, name, zone = place_time
            header.statements.append(Statement("zone", line, offset + start + 1, name))
            header.said_zones.append((line, offset + start + 1, name, zone))
            if header.zone is None:
                header.zone = zone
                header.zone_source = name
        unknown = _UNKNOWN_ZONE.search(stated_before_equals)
        if (
            place_time is None
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


#: "GMT+1 (Vienna Time)", "UTC-5 (New York time)": a place's time in brackets after an offset.
_PLACE_AFTER_OFFSET = re.compile(r"\s*[(\[]\s*(?P<place>[^()\[\]]+?)\s+(?i:time)\s*[)\]]")


def _the_places_own(zone: StatedZone, text: str, day: dt.date | None) -> StatedZone:
    """ "Athens time (EET/EEST)": the place's zone, when it keeps the clocks the names say.

    EET/EEST are Helsinki's names as much as Athens's; the page named Athens.
    """
    found = _place_time(text)
    if found is None or found[2].iana == zone.iana:
        return zone
    on = day or dt.date(2000, 1, 1)
    if all(
        _noon_offset(found[2], on + dt.timedelta(days=offset))
        == _noon_offset(StatedZone(zone.iana), on + dt.timedelta(days=offset))
        for offset in (0, 91, 182, 273)
    ):
        return StatedZone(found[2].iana, zone.abbreviation)
    return zone


def _is_aoe(name: str) -> bool:
    return re.sub(r"\s+", " ", name).strip().lower() in ("aoe", "anywhere on earth")


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


#: "local time (Vancouver)", "All times are local (Vancouver)", "local time in Vancouver".
_LOCAL_PLACE = re.compile(
    r"\blocal(?:\s+time)?\s*(?:\(\s*(?P<a>[^()]+?)\s*\)|(?:in|at)\s+(?P<b>[^.;()]+))",
    re.IGNORECASE,
)


#: "New York time", "Vancouver Time": a place followed by the word time.
_PLACE_THEN_TIME = re.compile(r"(?P<p>(?:[^\W\d_][\w.'’-]*,?\s+){1,4})(?i:time)\b")


def _place_time(text: str) -> tuple[int, str, StatedZone] | None:
    """ "all times are in New York time", "local time (Vancouver)": the zone of a place the
    page's times are said to be in, when the place names one zone."""
    for match in _LOCAL_PLACE.finditer(text):
        group = "a" if match.group("a") else "b"
        place = match.group(group).strip(" ,")
        iana = zone_of_place(place)
        if iana is not None:
            return match.start(group), match.group(0).strip(), StatedZone(iana)
    for match in _PLACE_THEN_TIME.finditer(text):
        words = match.group("p").split()
        for first in range(len(words)):
            if not words[first][:1].isupper():
                continue
            place = " ".join(words[first:]).strip(" ,")
            iana = zone_of_place(place)
            if iana is not None and place.lower() not in ("local",):
                at = match.start("p") + match.group("p").find(words[first])
                return at, text[at : match.end()], StatedZone(iana)
    return None


#: "Time (New Orleans)", "Time [Vienna]": a place in brackets in a column's header.
_HEADER_PLACE = re.compile(r"[(\[]\s*(?P<place>[^()\[\]]+?)\s*[)\]]")


def _zone_from_tables(
    tables: Sequence[Schedule], header: Header, warnings: list[PageWarning]
) -> None:
    """A zone in a header cell ("Time (PDT)", "Time (New Orleans)"), else one written
    beside the times."""
    for schedule in tables:
        day = schedule.day
        for cell in schedule.table.header:
            on = day.date if day else header.date
            candidates = _zone_candidates(cell.content.text, on)
            place = _HEADER_PLACE.search(cell.content.text) if not candidates else None
            iana = zone_of_place(place.group("place")) if place else None
            if place and iana:
                header.zone = StatedZone(iana)
                header.zone_source = place.group("place")
                header.statements.append(
                    Statement("zone", cell.line, cell.column + place.start("place"), iana)
                )
                warnings.append(
                    PageWarning(
                        cell.line,
                        cell.column,
                        f"read the times in {iana}, the zone of {place.group('place')!r} "
                        "in the column's header",
                    )
                )
                return
            for start, name, zone in candidates:
                if isinstance(zone, ZoneError):
                    header.zone_problem = header.zone_problem or PageError(
                        str(zone),
                        line=cell.line,
                        column=cell.column + start,
                        text=name,
                        expected="an IANA zone such as America/Chicago, or --tz",
                    )
                    continue
                header.zone = zone
                header.zone_source = name
                header.statements.append(Statement("zone", cell.line, cell.column + start, name))
                return
    for schedule in tables:
        for row in schedule.table.rows:
            time_cell = schedule.layout.cell(row, Column.TIME)
            times = parse_time_range(time_cell.content.text) if time_cell else None
            if time_cell is None or times is None:
                continue
            for clock in (times.start, times.end):
                if clock is None or clock.zone is None or not clock.zone.isalpha():
                    continue
                try:
                    zone = resolve_zone(clock.zone)
                except ZoneError:
                    continue
                header.zone = zone
                header.zone_source = clock.zone
                at = time_cell.content.text.find(clock.zone)
                header.statements.append(
                    Statement("zone", time_cell.line, time_cell.column + max(at, 0), clock.zone)
                )
                return


def _offset_beside(
    text: str, end: int, after: Sequence[tuple[int, str, StatedZone | ZoneError]]
) -> tuple[int, str, StatedZone] | None:
    """The UTC offset written right after a zone name, "(UTC-7)" in "Pacific Time (UTC-7)"."""
    if not after:
        return None
    start, name, zone = after[0]
    if isinstance(zone, ZoneError) or not re.fullmatch(r"\s*[(,/]?\s*", text[end:start]):
        return None
    if not re.match(r"(?:UTC|GMT)\s*[+\-−]", name, re.IGNORECASE):
        return None
    return start, name, zone


def _check_offsets_said(header: Header, days: Sequence[dt.date]) -> None:
    """A zone and the offset written beside it must give the same clocks on every day.

    "Pacific Time (UTC-7)" on a February page is UTC-8 by its name and UTC-7 by
    its offset: one of the two is wrong, and either reading moves every talk by
    an hour, so the page has to say which.
    """
    for line, column, text, zone, offset_zone in header.offsets_said:
        if zone.abbreviation is not None:
            # "CEST (UTC+2)" names one half of the year, whose offset is the one
            # written; on a day of the other half the abbreviation is what is wrong,
            # which warn_abbreviation says (and `check`, day by day).
            continue
        for day in days:
            named, written = _noon_offset(zone, day), _noon_offset(offset_zone, day)
            if named != written and named is not None and written is not None:
                raise PageError(
                    f"{text!r}: {zone.iana} is UTC{format_offset(named)} on "
                    f"{day.isoformat()}, not UTC{format_offset(written)}; write the zone "
                    "or the offset that the times are in",
                    line=line,
                    column=column,
                    text=text,
                    expected="a zone and an offset that agree, or --tz",
                )


def _noon_offset(zone: StatedZone, day: dt.date) -> dt.timedelta | None:
    return dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(zone.iana)).utcoffset()


def _check_said_zones(header: Header, tables: Sequence[Schedule], day: dt.date) -> None:
    """Two statements of the zone the times are in that disagree are an error, not a choice.

    "(all times UTC)" on the date line and "Time (EDT)" over the table cannot
    both be right, and picking either one silently would move every talk.
    Names of one zone ("US EDT", "Eastern Time", America/New_York) agree.
    """
    said = list(header.said_zones)
    for schedule in tables:
        for cell in schedule.table.header:
            on = schedule.day.date if schedule.day else day
            for start, name, zone in _zone_candidates(cell.content.text, on):
                if not isinstance(zone, ZoneError):
                    said.append((cell.line, cell.column + start, name, zone))
    if not said:
        return
    first_line, _, first_name, first = said[0]
    for line, column, name, zone in said[1:]:
        if _noon_offset(zone, day) != _noon_offset(first, day):
            raise PageError(
                f"{name!r} ({zone.iana}) disagrees with {first_name!r} ({first.iana}) on line "
                f"{first_line}: the times can be in one zone only",
                line=line,
                column=column,
                text=name,
                expected="one zone for the program's times, or --tz",
            )


def _prefer_the_place(header: Header, day: dt.date, warnings: list[PageWarning]) -> None:
    """An abbreviation two zones share is read in the page's own place, where that fits.

    "MST" means Denver in winter and Phoenix all year; a page from Tempe, AZ
    saying MST in June means Phoenix, which keeps MST then, not Denver (MDT).
    """
    stated = header.zone
    place = header.location
    if stated is None or stated.abbreviation is None or not place:
        return
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return
    noon = dt.datetime.combine(day, dt.time(12))
    if noon.replace(tzinfo=ZoneInfo(iana)).tzname() != stated.abbreviation:
        return
    if noon.replace(tzinfo=ZoneInfo(stated.iana)).tzname() == stated.abbreviation:
        return
    header.zone = StatedZone(iana, stated.abbreviation)
    warnings.append(
        PageWarning(
            header.location_line or 1,
            1,
            f"read {stated.abbreviation!r} as {iana}, the zone of {place!r}, which keeps "
            f"{stated.abbreviation} on {day.isoformat()} ({stated.iana} does not)",
        )
    )


def place_keeps_the_zone(header: Header, days: Sequence[dt.date]) -> None:
    """ "All times CEST" on a page from Zürich: read in Europe/Zurich, not Europe/Berlin.

    When the page's place names an IANA zone that keeps the stated abbreviation and
    the same UTC offset as the stated zone at every hour of the program's days, the
    place's zone is the one to name: the instants do not change, so nothing is said.
    """
    stated = header.zone
    place = header.location
    if stated is None or stated.abbreviation is None or not place or not days:
        return
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return
    ours, theirs = ZoneInfo(iana), ZoneInfo(stated.iana)
    for day in days:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(hours=14)
        for hour in range(0, 24 + 28, 1):
            moment = start + dt.timedelta(hours=hour)
            if moment.astimezone(ours).utcoffset() != moment.astimezone(theirs).utcoffset():
                return
        noon = dt.datetime.combine(day, dt.time(12))
        if noon.replace(tzinfo=ours).tzname() != stated.abbreviation:
            return
    header.zone = StatedZone(iana, stated.abbreviation)


def warn_abbreviation(header: Header, items: Sequence[Item], warnings: list[PageWarning]) -> None:
    """A stated abbreviation the zone does not keep on a program day ("EST" in June) is said.

    The times are still read in the zone (a page that says EST in summer almost
    always means New York's clocks), but the reader is told, and --strict fails.
    """
    stated = header.zone
    if stated is None or stated.abbreviation is None:
        return
    line = next(
        (s.line for s in header.statements if s.kind == "zone" and s.text == header.zone_source),
        header.date_line or 1,
    )
    seen: set[dt.date] = set()
    for item in items:
        local = item.start.astimezone(ZoneInfo(stated.iana))
        if local.tzname() == stated.abbreviation or local.date() in seen:
            continue
        seen.add(local.date())
        offset = local.utcoffset()
        assert offset is not None
        warnings.append(
            PageWarning(
                line,
                1,
                f"{header.zone_source!r} but {stated.iana} keeps {local.tzname()} "
                f"(UTC{format_offset(offset)}) on {local.date().isoformat()}; "
                f"times read as {stated.iana}'s clocks (give --tz to say otherwise)",
                code="abbreviation",
            )
        )


def zone_in_place(text: str) -> str | None:
    """The zone of a place, or of the town an address names ("88 Orchard Ave, Berkeley, CA").

    The whole text first; then each "Town, Region" pair and each part between commas
    or brackets, from the end (the town follows the street). None when the parts name
    no zone, or two different ones.
    """
    whole = zone_of_place(text)
    if whole is not None:
        return whole
    parts = [part.strip(" .") for part in re.split(r"[,()\[\]|–—;]", text) if part.strip(" .")]
    parts = [re.sub(r"^\d+[\w-]*\s+", "", part) for part in parts]
    pairs = [f"{a}, {b}" for a, b in itertools.pairwise(parts)]
    found = {
        iana
        for candidate in (*reversed(pairs), *reversed(parts))
        if len(candidate) > 2 and (iana := zone_of_place(candidate)) is not None
    }
    return found.pop() if len(found) == 1 else None


def _zone_from_place(header: Header, warnings: list[PageWarning], day: dt.date | None) -> None:
    """The zone of the one place the page names, said in a warning; else ask for --tz.

    A zone the page names elsewhere without saying the times are in it ("Pizza at
    noon ET") that gives other clocks than the place's is an error: one of the two
    is wrong, and choosing silently would move every talk.
    """
    place = header.location
    iana = zone_in_place(place) if place else None
    if place and iana:
        _check_named_zones(header, iana, place, day)
        header.zone = StatedZone(iana)
        header.zone_source = "place"
        warnings.append(
            PageWarning(
                header.location_line or 1,
                1,
                f"the page states no time zone; read its times in {iana}, "
                f"the zone of {place!r} (give --tz to choose another)",
            )
        )
        return
    where = f" only a place ({place!r}, which does not name one zone)" if place else ""
    raise PageError(
        f"the page states no time zone{',' if where else ''}{where}",
        line=header.location_line or header.date_line or 1,
        text=place or "",
        expected="a zone on the date line or in a note (e.g. 'All times US EDT'), "
        "or --tz with an IANA name such as America/New_York",
    )


def _check_named_zones(header: Header, iana: str, place: str, day: dt.date | None) -> None:
    on = day or dt.date(2000, 1, 1)
    for statement in header.statements:
        if statement.kind != "zone":
            continue
        try:
            named = resolve_zone(statement.text)
        except ZoneError:
            continue
        if _is_aoe(statement.text):
            continue
        if _noon_offset(named, on) != _noon_offset(StatedZone(iana), on):
            raise PageError(
                f"the page names {statement.text!r} ({named.iana}) but does not say the "
                f"times are in it, and its place {place!r} is in {iana}: the times can be "
                "in one zone only",
                line=statement.line,
                column=statement.column,
                text=statement.text,
                expected="a statement of the zone of the times (e.g. 'All times are "
                f"{statement.text}'), or --tz",
            )
