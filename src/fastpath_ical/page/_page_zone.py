"""The zone of the program's times, settled for the page, and held to what the page says.

The timezone argument wins; else the zone the page states (``_zone_statements``),
else one a table's header or its times name, else the zone of the page's place, said
in a warning.  Two statements that disagree, or a zone and the offset written
beside it that give other clocks on a program day, are an error; an
abbreviation the zone does not keep on a program day is a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from .._patterns import lazy_compile
from ..errors import PageError, ZoneError
from ..model import Item
from ..zones import (
    AMBIGUOUS_ZONES,
    StatedZone,
    format_offset,
    resolve_zone,
    zone_country,
    zone_of_place,
)
from ._clock import parse_time_range
from ._columns import Column
from ._mentions import town_in_event_name, towns_named
from ._records import (
    Header,
    OffsetBeside,
    PageWarning,
    Schedule,
    SettledZone,
    Statement,
    ZoneSource,
    ZoneStatement,
)
from ._zone_names import is_aoe, noon_offset, standard_offset, zone_candidates, zone_in_place

__all__ = ["place_keeps_the_zone", "settle_zone", "warn_abbreviation"]


#: Where a zone came from that the page's statements are not held to.
_GIVEN = (ZoneSource.OPTION, ZoneSource.PIN)


def settle_zone(
    header: Header,
    tables: Sequence[Schedule],
    warnings: list[PageWarning],
    *,
    timezone: str | None = None,
    pin: str | None = None,
    date: dt.date | None = None,
    lines: Sequence[str] = (),
    names: Sequence[tuple[str, int]] = (),
) -> SettledZone:
    """The zone of the program's times: the ``timezone`` argument, else the front matter's
    ``pin``, else the one the page states, else one a table names, else its place's.

    ``date`` is the first day when the page does not say it (an argument or a pin);
    ``lines`` are the page's, for the towns of its street addresses when it names no place
    (``_mentions``).
    """
    said = header.zone
    settled: SettledZone | None = None
    given = timezone or pin
    if given is not None:
        try:
            zone = resolve_zone(given)
        except ZoneError as exc:
            raise PageError(str(exc), line=1, text=given, expected="an IANA time zone") from None
        settled = SettledZone(zone=zone, source=ZoneSource.OPTION if timezone else ZoneSource.PIN)
    elif said.zone is not None:
        settled = SettledZone(zone=said.zone, source=ZoneSource.STATEMENT, name=said.name)
    problem = said.problem
    if settled is None:
        settled, in_tables = _zone_from_tables(tables, header.date, warnings)
        problem = problem or in_tables
    if settled is None and problem is not None:
        settled = _ambiguous_by_the_place(problem, header, warnings)
        if settled is None:
            raise problem
    stated = said.said
    if settled is None and said.weak is not None:
        weak = said.weak
        statement = Statement("zone", weak.line, weak.column, weak.text)
        settled = SettledZone(
            zone=weak.zone, source=ZoneSource.STATEMENT, name=weak.text, statement=statement
        )
        stated += (weak,)
    first_day = header.date or next((s.day.date for s in tables if s.day is not None), None) or date
    if settled is None:
        settled = _zone_from_place(header, warnings, first_day, lines, names)
    if settled.source not in _GIVEN and first_day is not None:
        days = sorted({first_day, *(s.day.date for s in tables if s.day is not None)})
        _check_offsets_said(said.offsets, days)
        _check_said_zones(stated, tables, first_day)
        settled = _prefer_the_place(settled, header, first_day, warnings)
        _check_the_place(settled, header, days)
    return settled


#: Names of US clocks that another country gives a clock of its own.
_NAMED_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "EASTERN": ("AU",),
    "EST": ("AU",),
    "CENTRAL": ("AU",),
    "PST": ("PH",),
    "BST": ("BD",),
    "MST": ("MY",),
}
#: The US clocks' names, which Arizona, Saskatchewan and Mexico keep another clock under.
_US_CLOCKS = frozenset(
    {"EASTERN", "EST", "EDT", "ET", "CENTRAL", "CDT", "CT", "MOUNTAIN", "MST", "MDT", "MT"}
    | {"PACIFIC", "PST", "PDT", "PT"}
)


def _check_the_place(settled: SettledZone, header: Header, days: Sequence[dt.date]) -> None:
    """A US or UK clock's name that the page's own place uses for a clock of its own is
    not for the reader to choose: an error names both.

    "Brisbane, Australia. All times are in Eastern Standard Time" may be Australia's
    Eastern time as well as the US one the name alone means, "Manila ... PST" Philippine
    time, "Phoenix, AZ ... Mountain Time" Arizona's clock, which keeps no summer time.
    Any other place keeps the stated zone: a Stanford seminar in Eastern Time, a London
    venue with times in ET for the online audience.  A fixed offset ("UTC", "GMT+2") and
    an IANA name are what they say, wherever the workshop meets.
    """
    stated = settled.zone
    if settled.source is not ZoneSource.STATEMENT or not header.location:
        return
    if settled.name is None or "/" in settled.name:
        return  # "America/New_York": an IANA name, said on purpose
    said = settled.name.split()[0].upper()
    if said not in _NAMED_ELSEWHERE and said not in _US_CLOCKS:
        return  # "US EDT", "CEST", "UTC": one clock wherever the workshop meets
    ours = zone_country(stated.iana)
    elsewhere = _NAMED_ELSEWHERE.get(said, ()) if ours in ("US", "GB") else ()
    family = said in _US_CLOCKS and ours == "US"
    if not elsewhere and not family:
        return
    iana = zone_in_place(header.location)
    if iana is None or iana == stated.iana:
        return
    theirs = StatedZone(iana)
    # "Stanford, CA ... all times Eastern Time", "Cambridge, UK ... Eastern Time": a
    # seminar may keep another clock than its place's, which the name says; but a name
    # the place's country gives its own clock ("Eastern Standard Time" in Brisbane), or
    # a clock of the same standard offset that keeps no summer time (Phoenix's "Mountain
    # Time"), is the place's as likely.
    if zone_country(iana) not in elsewhere and standard_offset(stated) != standard_offset(theirs):
        return
    for day in days:
        if noon_offset(stated, day) != noon_offset(theirs, day):
            name = settled.name or stated.iana
            raise PageError(
                f"the page says its times are in {name!r} ({stated.iana}), but its place, "
                f"{header.location!r}, keeps {iana}'s clock (UTC"
                f"{format_offset(noon_offset(theirs, day) or dt.timedelta(0))} on "
                f"{day.isoformat()}): say which zone the times are in",
                line=header.location_line or 1,
                text=header.location,
                expected="an IANA zone such as " + iana + ", or the timezone argument",
            )


#: "Time (New Orleans)", "Time [Vienna]": a place in brackets in a column's header.
_HEADER_PLACE = lazy_compile(r"[(\[]\s*(?P<place>[^()\[\]]+?)\s*[)\]]")


def _zone_from_tables(
    tables: Sequence[Schedule], date: dt.date | None, warnings: list[PageWarning]
) -> tuple[SettledZone | None, PageError | None]:
    """A zone in a header cell ("Time (PDT)", "Time (New Orleans)"), else one written
    beside the times; and the first name in a header cell that names no one zone."""
    problem: PageError | None = None
    for schedule in tables:
        day = schedule.day
        for cell in schedule.table.header:
            on = day.date if day else date
            candidates = zone_candidates(cell.content.text, on)
            place = _HEADER_PLACE.search(cell.content.text) if not candidates else None
            iana = zone_of_place(place.group("place")) if place else None
            if place and iana:
                warnings.append(
                    PageWarning(
                        cell.line,
                        cell.column,
                        f"read the times in {iana}, the zone of {place.group('place')!r} "
                        "in the column's header",
                    )
                )
                statement = Statement("zone", cell.line, cell.column + place.start("place"), iana)
                return SettledZone(
                    zone=StatedZone(iana),
                    source=ZoneSource.TABLE,
                    name=place.group("place"),
                    statement=statement,
                ), problem
            for start, name, zone in candidates:
                if isinstance(zone, ZoneError):
                    problem = problem or PageError(
                        str(zone),
                        line=cell.line,
                        column=cell.column + start,
                        text=name,
                        expected="an IANA zone such as America/Chicago, or the timezone argument",
                    )
                    continue
                statement = Statement("zone", cell.line, cell.column + start, name)
                return SettledZone(
                    zone=zone, source=ZoneSource.TABLE, name=name, statement=statement
                ), problem
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
                at = time_cell.content.text.find(clock.zone)
                statement = Statement(
                    "zone", time_cell.line, time_cell.column + max(at, 0), clock.zone
                )
                return SettledZone(
                    zone=zone, source=ZoneSource.TABLE, name=clock.zone, statement=statement
                ), problem
    return None, problem


def _ambiguous_by_the_place(
    problem: PageError, header: Header, warnings: list[PageWarning]
) -> SettledZone | None:
    """ "All times are listed in CST" on a page at a hotel in "Chicago, IL": of the zones an
    ambiguous name may mean (US Central, China, Cuba), the one the page's own place keeps,
    said in a warning; ``None`` when the place names none of them."""
    candidates = AMBIGUOUS_ZONES.get(problem.text.strip().upper(), ())
    if not candidates or not header.location:
        return None
    iana = zone_in_place(header.location)
    if iana not in candidates:
        return None
    warnings.append(
        PageWarning(
            problem.line,
            problem.column,
            f"read {problem.text!r} as {iana}, the zone of the page's place, "
            f"{header.location!r} (give the timezone argument to choose another)",
        )
    )
    return SettledZone(zone=StatedZone(iana, problem.text.strip().upper()), source=ZoneSource.PLACE)


def _check_offsets_said(offsets: Sequence[OffsetBeside], days: Sequence[dt.date]) -> None:
    """A zone and the offset written beside it must give the same clocks on every day.

    "Pacific Time (UTC-7)" on a February page is UTC-8 by its name and UTC-7 by
    its offset: one of the two is wrong, and either reading moves every talk by
    an hour, so the page has to say which.
    """
    for said in offsets:
        if said.zone.abbreviation is not None:
            # "CEST (UTC+2)" names one half of the year, whose offset is the one
            # written; on a day of the other half the abbreviation is what is wrong,
            # which warn_abbreviation says (and `check`, day by day).  An offset the
            # abbreviation never has is wrong on every day: "PST (UTC+8)" (Manila's).
            own = _abbreviation_offsets(said.zone, days[0].year)
            written = noon_offset(said.offset, days[0])
            clocks = {noon_offset(said.zone, day) for day in days}
            if own and written is not None and written not in own | clocks:
                raise _offset_disagrees(
                    said,
                    f"{said.zone.abbreviation} is UTC{format_offset(min(own))} in "
                    f"{said.zone.iana}, not UTC{format_offset(written)}",
                )
            continue
        for day in days:
            named, written = noon_offset(said.zone, day), noon_offset(said.offset, day)
            if named != written and named is not None and written is not None:
                raise _offset_disagrees(
                    said,
                    f"{said.zone.iana} is UTC{format_offset(named)} on "
                    f"{day.isoformat()}, not UTC{format_offset(written)}",
                )


def _offset_disagrees(said: OffsetBeside, why: str) -> PageError:
    return PageError(
        f"{said.text!r}: {why}; write the zone or the offset that the times are in",
        line=said.line,
        column=said.column,
        text=said.text,
        expected="a zone and an offset that agree, or the timezone argument",
    )


def _abbreviation_offsets(zone: StatedZone, year: int) -> set[dt.timedelta]:
    """The offsets ``zone`` keeps while it goes by its abbreviation, in ``year`` (the
    middle of each month: a zone's clocks change twice a year at most)."""
    out: set[dt.timedelta] = set()
    clock = ZoneInfo(zone.iana)
    for month in range(1, 13):
        noon = dt.datetime(year, month, 15, 12, tzinfo=clock)
        offset = noon.utcoffset()
        if noon.tzname() == zone.abbreviation and offset is not None:
            out.add(offset)
    return out


def _check_said_zones(
    stated: Sequence[ZoneStatement], tables: Sequence[Schedule], day: dt.date
) -> None:
    """Two statements of the zone the times are in that disagree are an error, not a choice.

    "(all times UTC)" on the date line and "Time (EDT)" over the table cannot
    both be right, and picking either one silently would move every talk.
    Names of one zone ("US EDT", "Eastern Time", America/New_York) agree.
    """
    said = list(stated)
    for schedule in tables:
        for cell in schedule.table.header:
            on = schedule.day.date if schedule.day else day
            for start, name, zone in zone_candidates(cell.content.text, on):
                if not isinstance(zone, ZoneError):
                    said.append(
                        ZoneStatement(
                            line=cell.line,
                            column=cell.column + start,
                            text=name,
                            zone=zone,
                            says_times=True,
                        )
                    )
    if not said:
        return
    first = said[0]
    for other in said[1:]:
        if noon_offset(other.zone, day) != noon_offset(first.zone, day):
            raise PageError(
                f"{other.text!r} ({other.zone.iana}) disagrees with {first.text!r} "
                f"({first.zone.iana}) on line {first.line}: the times can be in one zone only",
                line=other.line,
                column=other.column,
                text=other.text,
                expected="one zone for the program's times, or the timezone argument",
            )


def _prefer_the_place(
    settled: SettledZone, header: Header, day: dt.date, warnings: list[PageWarning]
) -> SettledZone:
    """An abbreviation two zones share is read in the page's own place, where that fits.

    "MST" means Denver in winter and Phoenix all year; a page from Tempe, AZ
    saying MST in June means Phoenix, which keeps MST then, not Denver (MDT).
    """
    stated = settled.zone
    place = header.location
    if stated.abbreviation is None or not place:
        return settled
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return settled
    noon = dt.datetime.combine(day, dt.time(12))
    if noon.replace(tzinfo=ZoneInfo(iana)).tzname() != stated.abbreviation:
        return settled
    if noon.replace(tzinfo=ZoneInfo(stated.iana)).tzname() == stated.abbreviation:
        return settled
    warnings.append(
        PageWarning(
            header.location_line or 1,
            1,
            f"read {stated.abbreviation!r} as {iana}, the zone of {place!r}, which keeps "
            f"{stated.abbreviation} on {day.isoformat()} ({stated.iana} does not)",
        )
    )
    return attrs.evolve(settled, zone=StatedZone(iana, stated.abbreviation))


def place_keeps_the_zone(
    settled: SettledZone, place: str | None, days: Sequence[dt.date]
) -> SettledZone:
    """ "All times CEST" on a page from Zürich: read in Europe/Zurich, not Europe/Berlin.

    When the page's place names an IANA zone that keeps the stated abbreviation and
    the same UTC offset as the stated zone at every hour of the program's days, the
    place's zone is the one to name: the instants do not change, so nothing is said.
    Only a zone the page gave is so read, not an argument's, a pin's or a place's.
    """
    stated = settled.zone
    if settled.source in (*_GIVEN, ZoneSource.PLACE):
        return settled
    if stated.abbreviation is None or not place or not days:
        return settled
    iana = zone_of_place(place)
    if iana is None or iana == stated.iana:
        return settled
    ours, theirs = ZoneInfo(iana), ZoneInfo(stated.iana)
    for day in days:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(hours=14)
        for hour in range(0, 24 + 28, 1):
            moment = start + dt.timedelta(hours=hour)
            if moment.astimezone(ours).utcoffset() != moment.astimezone(theirs).utcoffset():
                return settled
        noon = dt.datetime.combine(day, dt.time(12))
        if noon.replace(tzinfo=ours).tzname() != stated.abbreviation:
            return settled
    return attrs.evolve(settled, zone=StatedZone(iana, stated.abbreviation))


def warn_abbreviation(
    settled: SettledZone,
    statements: Sequence[Statement],
    date_line: int,
    items: Sequence[Item],
    warnings: list[PageWarning],
) -> None:
    """A stated abbreviation the zone does not keep on a program day ("EST" in June) is said.

    The times are still read in the zone (a page that says EST in summer almost
    always means New York's clocks), but the reader is told, and a strict caller fails.
    Only a zone the page gave is held to its abbreviation.
    """
    stated = settled.zone
    if settled.source in (*_GIVEN, ZoneSource.PLACE) or stated.abbreviation is None:
        return
    line = next(
        (s.line for s in statements if s.kind == "zone" and s.text == settled.name),
        date_line or 1,
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
                f"{settled.name!r} but {stated.iana} keeps {local.tzname()} "
                f"(UTC{format_offset(offset)}) on {local.date().isoformat()}; "
                f"times read as {stated.iana}'s clocks "
                "(give the timezone argument to say otherwise)",
                code="abbreviation",
            )
        )


#: What a page that states no zone is asked for.
_ASK_FOR_A_ZONE = (
    "a zone on the date line or in a note (e.g. 'All times US EDT'), "
    "or the timezone argument with an IANA name such as America/New_York"
)


def _zone_from_place(
    header: Header,
    warnings: list[PageWarning],
    day: dt.date | None,
    lines: Sequence[str],
    names: Sequence[tuple[str, int]] = (),
) -> SettledZone:
    """The zone of the one place the page names, said in a warning; else ask for a zone.

    A zone the page names elsewhere without saying the times are in it ("Pizza at
    noon ET") that gives other clocks than the place's is an error: one of the two
    is wrong, and choosing silently would move every talk.
    """
    place = header.location
    iana = zone_in_place(place) if place else None
    if place and iana:
        _check_named_zones(header, iana, place, day)
        warnings.append(
            PageWarning(
                header.location_line or 1,
                1,
                f"the page states no time zone; read its times in {iana}, "
                f"the zone of {place!r} (give the timezone argument to choose another)",
            )
        )
        return SettledZone(zone=StatedZone(iana), source=ZoneSource.PLACE)
    # "The workshop will take place in the Physics buildings at the": a place that names no
    # zone leaves the towns of the page's addresses to say it.
    towns = _zone_from_towns(header, warnings, day, lines)
    if towns is not None:
        return towns
    if not place:
        for name, name_line in names:
            named = town_in_event_name(name, lines)
            if named is None:
                continue
            # "Aeternity Hackathon Prague 2019": the town the event is named for.
            _check_named_zones(header, named.zone, named.place, day)
            warnings.append(
                PageWarning(
                    name_line,
                    1,
                    f"the page states no time zone and no place; read its times in "
                    f"{named.zone}, the zone of {named.place!r}, which the event's name "
                    "holds (give the timezone argument to choose another)",
                )
            )
            return SettledZone(zone=StatedZone(named.zone), source=ZoneSource.PLACE)
    where = f" only a place ({place!r}, which does not name one zone)" if place else ""
    raise PageError(
        f"the page states no time zone{',' if where else ''}{where}",
        line=header.location_line or header.date_line or 1,
        text=place or "",
        expected=_ASK_FOR_A_ZONE,
    )


def _zone_from_towns(
    header: Header, warnings: list[PageWarning], day: dt.date | None, lines: Sequence[str]
) -> SettledZone | None:
    """The zone of the towns of the street addresses the page gives, when they lie in one
    (a warning names the first); towns of two zones are an error naming both."""
    mentions = towns_named(lines)
    if not mentions:
        return None
    zones = sorted({mention.zone for mention in mentions})
    first = mentions[0]
    if len(zones) > 1:
        other = next(mention for mention in mentions if mention.zone != first.zone)
        raise PageError(
            f"the page states no time zone, and the towns of its addresses lie in {len(zones)} "
            f"({first.place!r} on line {first.line} in {first.zone}, {other.place!r} on "
            f"line {other.line} in {other.zone})",
            line=first.line,
            text=first.place,
            expected=_ASK_FOR_A_ZONE,
        )
    _check_named_zones(header, first.zone, first.place, day)
    warnings.append(
        PageWarning(
            first.line,
            1,
            f"the page states no time zone; read its times in {first.zone}, the zone of "
            f"{first.place!r}, the town of the address it gives "
            "(give the timezone argument to choose another)",
        )
    )
    return SettledZone(zone=StatedZone(first.zone), source=ZoneSource.PLACE)


def _check_named_zones(header: Header, iana: str, place: str, day: dt.date | None) -> None:
    on = day or dt.date(2000, 1, 1)
    for statement in header.statements:
        if statement.kind != "zone":
            continue
        try:
            named = resolve_zone(statement.text)
        except ZoneError:
            continue
        if is_aoe(statement.text):
            continue
        if noon_offset(named, on) != noon_offset(StatedZone(iana), on):
            raise PageError(
                f"the page names {statement.text!r} ({named.iana}) but does not say the "
                f"times are in it, and its place {place!r} is in {iana}: the times can be "
                "in one zone only",
                line=statement.line,
                column=statement.column,
                text=statement.text,
                expected="a statement of the zone of the times (e.g. 'All times are "
                f"{statement.text}'), or the timezone argument",
            )
