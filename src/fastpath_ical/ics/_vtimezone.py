"""VTIMEZONE blocks that every reader, Outlook included, reads the way zoneinfo does.

RFC 5545 readers follow a VTIMEZONE as written; Outlook and Exchange do not.
[MS-OXCICAL] (2.1.3.1.1.19) keeps one STANDARD and one DAYLIGHT (the latest
DTSTART of each) and reads each as an *annual* onset: a YEARLY RRULE with
BYMONTH and one ``BYDAY=nDD`` (n = 1 to 4, or -1 for the last) or one
BYMONTHDAY.  A block without STANDARD, or with RDATEs only, is read hours
off.  So each block here is written the way Outlook keeps a zone (and Google
Calendar and Outlook export one): exactly one STANDARD and, where the zone
changes its clocks in the program's years, one DAYLIGHT, each with its
yearly rule.

The rule is not written by hand: the changes of offset are found in
zoneinfo by bisection on UTC instants, year by year for the years the events
fall in; each year with two changes back and forth between two offsets
offers a rule (every way of writing its two days), and every offset an
event is at offers a fixed one.  The rule that places the most events right
under the Outlook reading wins, then the one that reproduces the most of
tzdata's changes in those years.  STANDARD is the smaller offset, DAYLIGHT
the larger (Europe/Dublin's "negative" summer time is written as Outlook
and Google write it: GMT standard, IST daylight).

Every TZID time is then held to the written block under three readings
(:func:`block_agrees`): the RFC's, the common one of libical and ical.js,
and Outlook's.  A time the block cannot hold for all of them (a zone that
changed its rules between two program days, a change no BYDAY or
BYMONTHDAY expresses, Casablanca's Ramadan across two years, a wall-clock
time the clocks repeat) is written in UTC instead, and the caller is told
why through ``warnings``: never wrong, only less pretty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import product
from zoneinfo import ZoneInfo

import attrs
from dateutil import rrule
from icalendar import Calendar, Component, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from ..zones import is_portable_zone, is_repeated

__all__ = ["block_agrees", "with_timezones"]

_TIMES = ("DTSTART", "DTEND")
_OBSERVANCES = (TimezoneStandard, TimezoneDaylight)
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: How far apart zoneinfo is sampled before bisection; no two changes of
#: offset in tzdata since 1900 are closer than this.
_STEP = 6 * 3600


# -- the changes tzdata has ------------------------------------------------------------


@attrs.frozen
class _Change:
    """One change of UTC offset: its local onset (in the offset before it), both offsets."""

    onset: dt.datetime
    before: dt.timedelta
    after: dt.timedelta
    name: str


def _offset(zone: ZoneInfo, epoch: int) -> dt.timedelta:
    offset = dt.datetime.fromtimestamp(epoch, dt.UTC).astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _changes_in(zone: ZoneInfo, year: int) -> tuple[_Change, ...]:
    """The changes of offset whose local onset falls in ``year``, found by bisection."""
    start = int(dt.datetime(year, 1, 1, tzinfo=dt.UTC).timestamp()) - 2 * 86400
    end = int(dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC).timestamp()) + 2 * 86400
    out: list[_Change] = []
    here, offset = start, _offset(zone, start)
    while here < end:
        there = min(here + _STEP, end)
        if _offset(zone, there) == offset:
            here = there
            continue
        low, high = here, there  # offset at low, another at high
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if _offset(zone, middle) == offset else (low, middle)
        moment = dt.datetime.fromtimestamp(high, dt.UTC)
        after = _offset(zone, high)
        onset = (moment + offset).replace(tzinfo=None)
        if onset.year == year:
            name = moment.astimezone(zone).tzname() or ""
            out.append(_Change(onset=onset, before=offset, after=after, name=name))
        here, offset = high, after
    return tuple(out)


# -- yearly rules, as Outlook keeps them ---------------------------------------------


@attrs.frozen
class _Day:
    """A day in a month each year: the nth (1-4, or -1: last) weekday, or a day of the month."""

    month: int
    week: int | None = None
    weekday: int | None = None
    monthday: int | None = None

    def in_year(self, year: int) -> dt.date:
        if self.monthday is not None:
            return dt.date(year, self.month, self.monthday)
        assert self.week is not None
        assert self.weekday is not None
        if self.week > 0:
            first = dt.date(year, self.month, 1)
            return first + dt.timedelta(
                days=(self.weekday - first.weekday()) % 7 + 7 * (self.week - 1)
            )
        last = _month_end(year, self.month)
        return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)

    def recur(self) -> vRecur:
        parts: dict[str, list[object]] = {"FREQ": ["YEARLY"], "BYMONTH": [self.month]}
        if self.monthday is not None:
            parts["BYMONTHDAY"] = [self.monthday]
        else:
            assert self.week is not None
            assert self.weekday is not None
            parts["BYDAY"] = [f"{self.week}{_DAYS[self.weekday]}"]
        return vRecur(parts)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _ways(day: dt.date) -> list[_Day]:
    """Every yearly day that falls on ``day`` this year, the way tzdata's rules mostly read first.

    "Last Sunday" before "4th Sunday" for a day in the month's last week;
    a day of the month only where it exists every year (not 29 February).
    """
    week = (day.day - 1) // 7 + 1
    out = []
    if day + dt.timedelta(days=7) > _month_end(day.year, day.month):
        out.append(_Day(month=day.month, week=-1, weekday=day.weekday()))
    if week <= 4:
        out.append(_Day(month=day.month, week=week, weekday=day.weekday()))
    if day.day <= (28 if day.month == 2 else 30):
        out.append(_Day(month=day.month, monthday=day.day))
    return out


@attrs.frozen
class _Observance:
    """One STANDARD or DAYLIGHT: its yearly onset (none: from the start), the offsets, the name."""

    day: _Day | None
    time: dt.time
    before: dt.timedelta
    after: dt.timedelta
    name: str

    def onset_in(self, year: int) -> dt.datetime:
        assert self.day is not None
        return dt.datetime.combine(self.day.in_year(year), self.time)


@attrs.frozen
class _Rule:
    """What Outlook keeps of a zone: a standard offset, and maybe a daylight one, yearly."""

    standard: _Observance
    daylight: _Observance | None = None
    #: How unusual the way of writing its days is (0: the way tzdata's rules mostly read).
    oddness: int = 0

    def offset_at(self, wall: dt.datetime) -> dt.timedelta:
        """The offset Outlook gives ``wall`` (2.1.3.1.1.19): daylight from its onset, in
        standard time, to the standard onset, in daylight time, in the wall time's year."""
        if self.daylight is None:
            return self.standard.after
        start = self.daylight.onset_in(wall.year)
        end = self.standard.onset_in(wall.year)
        daylight = start <= wall < end if start < end else not end <= wall < start
        return self.daylight.after if daylight else self.standard.after

    def changes_in(self, year: int) -> set[tuple[dt.datetime, dt.timedelta]]:
        if self.daylight is None:
            return set()
        return {(o.onset_in(year), o.after) for o in (self.standard, self.daylight)}


def _fixed(offset: dt.timedelta, name: str) -> _Rule:
    return _Rule(_Observance(day=None, time=dt.time(), before=offset, after=offset, name=name))


def _yearly(changes: Sequence[_Change]) -> Iterator[_Rule]:
    """The rules one year's two changes (there and back between two offsets) can be read as."""
    if len(changes) != 2:
        return
    first, second = changes
    if not (first.after == second.before and second.after == first.before != first.after):
        return
    to_standard, to_daylight = sorted(changes, key=lambda change: change.after)
    for oddness, (standard_day, daylight_day) in enumerate(
        product(_ways(to_standard.onset.date()), _ways(to_daylight.onset.date()))
    ):
        yield _Rule(
            standard=_observance(to_standard, standard_day),
            daylight=_observance(to_daylight, daylight_day),
            oddness=oddness,
        )


def _observance(change: _Change, day: _Day) -> _Observance:
    return _Observance(
        day=day,
        time=change.onset.time(),
        before=change.before,
        after=change.after,
        name=change.name,
    )


def _best_rule(zone: ZoneInfo, moments: Sequence[dt.datetime]) -> _Rule:
    """The rule that places the most of ``moments`` right, then reproduces the most changes."""
    years = sorted({m.year for m in moments})
    changes = {year: _changes_in(zone, year) if 1 < year < 9999 else () for year in years}
    candidates = list(
        dict.fromkeys(
            _fixed(offset, moment.tzname() or "")
            for moment in moments
            if (offset := moment.utcoffset()) is not None
        )
    )
    for year in years:
        candidates.extend(_yearly(changes[year]))

    def score(rule: _Rule) -> tuple[int, int, int]:
        right = sum(rule.offset_at(m.replace(tzinfo=None)) == m.utcoffset() for m in moments)
        kept = sum(
            len(rule.changes_in(year) & {(c.onset, c.after) for c in changes[year]})
            for year in years
        )
        return right, kept, -rule.oddness

    return max(candidates, key=score)


def _block(tzid: str, rule: _Rule, first_year: int) -> Timezone:
    """The VTIMEZONE of ``rule``, its onsets from the year before ``first_year`` on.

    A year early, so that every event has an onset before it (a January
    time south of the equator is in the daylight time of the October before).
    """
    block = Timezone()
    block.add("TZID", tzid)
    observances: list[tuple[type[Component], _Observance]] = [(TimezoneStandard, rule.standard)]
    if rule.daylight is not None:
        observances.append((TimezoneDaylight, rule.daylight))
    for kind, observance in observances:
        component = kind()
        if observance.day is None:
            component.add("DTSTART", dt.datetime(max(first_year - 1, 1), 1, 1))
        else:
            component.add("DTSTART", observance.onset_in(max(first_year - 1, 1)))
            component.add("RRULE", observance.day.recur())
        component.add("TZOFFSETFROM", observance.before)
        component.add("TZOFFSETTO", observance.after)
        if observance.name:
            component.add("TZNAME", observance.name)
        block.add_component(component)
    return block


# -- the calendar ----------------------------------------------------------------------


def with_timezones(calendar: Calendar, warnings: list[str] | None = None) -> Calendar:
    """``calendar`` with exactly the VTIMEZONEs its events use, each one yearly rule, checked.

    An event is written in UTC instead when its TZID is not an IANA zone
    (from an old or foreign previous feed: a TZID without its VTIMEZONE is
    read as floating, or as UTC), or when one of its times is one the block
    cannot hold for every reader (:func:`block_agrees`); each such case adds
    one sentence to ``warnings``, when given.  Times already in UTC (the
    repeated hour, ``utc`` feeds) are left as they are, without a word.
    """
    events = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    foreign: dict[str, list[Component]] = {}
    for event in events:
        for tzid, _ in _zoned_times(event):
            if not is_portable_zone(tzid) and event not in foreign.setdefault(tzid, []):
                foreign[tzid].append(event)
    for tzid, moved in sorted(foreign.items()):
        _to_utc(moved)
        _say(warnings, f"TZID {tzid!r} is not an IANA time zone", moved)
    rules: dict[str, _Rule] = {}
    unheld: dict[tuple[str, bool], list[Component]] = {}
    while True:
        moments: dict[str, list[dt.datetime]] = {}
        for event in events:
            for tzid, moment in _zoned_times(event):
                moments.setdefault(tzid, []).append(moment)
        for tzid, zoned in moments.items():
            rules.setdefault(tzid, _best_rule(ZoneInfo(tzid), zoned))
        blocks = {
            tzid: _block(tzid, rules[tzid], min(m.year for m in zoned))
            for tzid, zoned in sorted(moments.items())
        }
        wrong = [
            (tzid, event)
            for event in events
            for tzid, moment in _zoned_times(event)
            if not block_agrees(blocks[tzid], moment)
        ]
        if not wrong:
            break
        for tzid, event in wrong:
            repeated = any(is_repeated(moment) for _, moment in _zoned_times(event))
            if event not in unheld.setdefault((tzid, repeated), []):
                unheld[tzid, repeated].append(event)
        _to_utc(event for _, event in wrong)
    for (tzid, repeated), moved in sorted(unheld.items()):
        why = (
            f"a time in {tzid} that the clocks repeat has no single instant in a VTIMEZONE"
            if repeated
            else f"the clock changes of {tzid} follow no one yearly rule across the program's "
            "days (Outlook keeps a zone as one)"
        )
        _say(warnings, why, moved)
    calendar.subcomponents[:] = [*blocks.values(), *events]
    return calendar


def _say(warnings: list[str] | None, why: str, events: Sequence[Component]) -> None:
    if warnings is None:
        return
    names = ", ".join(f"{str(e.get('SUMMARY', e.get('UID', '?')))!r}" for e in events[:3])
    more = f" and {len(events) - 3} more" if len(events) > 3 else ""
    count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
    warnings.append(f"{why}: {count} written in UTC ({names}{more})")


# -- how readers read a block --------------------------------------------------------


def block_agrees(block: Timezone, moment: dt.datetime) -> bool:
    """Whether every reader of ``block`` places ``moment``'s wall-clock time at ``moment``.

    Three readings are asked.  The RFC's (5545, 3.6.5): an onset is a local
    time in the offset before it, and an offset holds from its onset, as an
    instant, to the next one; a wall time the block skips or repeats has no
    single instant.  The common one (libical, ical.js): the offset of the
    last onset at or before the wall time, both compared as local times.
    Outlook's ([MS-OXCICAL] 2.1.3.1.1.19): the latest STANDARD and DAYLIGHT
    only, each a yearly rule, daylight from its onset to the standard onset
    of the same year.
    """
    wall = moment.replace(tzinfo=None)
    true = moment.astimezone(dt.UTC).replace(tzinfo=None)
    onsets = sorted(_onsets(block, wall.year + 1))
    if not onsets:
        return False
    by_instant = []
    for index, (start, before, after) in enumerate(onsets):
        candidate = wall - after
        later = onsets[index + 1 :]
        if (index == 0 or start - before <= candidate) and (
            not later or candidate < later[0][0] - later[0][1]
        ):
            by_instant.append(candidate)
    by_wall = [after for start, _, after in onsets if start <= wall] or [onsets[0][2]]
    outlook = _outlook_rule(block)
    return (
        by_instant == [true]
        and wall - by_wall[-1] == true
        and outlook is not None
        and wall - outlook.offset_at(wall) == true
    )


def _onsets(
    block: Timezone, last_year: int
) -> Iterator[tuple[dt.datetime, dt.timedelta, dt.timedelta]]:
    """(local onset, offset before, offset after) of each observance, up to ``last_year``."""
    end = dt.datetime(last_year + 1, 1, 1)
    for observance in block.subcomponents:
        if not isinstance(observance, _OBSERVANCES):
            continue
        before, after = observance.TZOFFSETFROM, observance.TZOFFSETTO
        start = observance.DTSTART.replace(tzinfo=None)
        starts = {start, *(rdate.replace(tzinfo=None) for rdate, _ in observance.rdates)}
        for recur in _as_list(observance.get("RRULE")):
            parts = dict(recur)
            until = parts.pop("UNTIL", None)
            text = vRecur(parts).to_ical().decode()  # type: ignore[no-untyped-call]
            rule = rrule.rrulestr(text, dtstart=start)
            limit = end
            if until:
                last = until[0]
                if isinstance(last, dt.datetime) and last.tzinfo is not None:
                    last = last.astimezone(dt.UTC).replace(tzinfo=None) + before
                limit = min(end, last if isinstance(last, dt.datetime) else end)
            starts.update(rule.between(start, limit, inc=True))
        for onset in starts:
            if onset < end:
                yield onset, before, after


def _as_list(value: object) -> list[vRecur]:
    if value is None:
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, vRecur)]


def _outlook_rule(block: Timezone) -> _Rule | None:
    """The rule Outlook keeps of ``block``, or None where it keeps none it can use."""
    latest: dict[str, TimezoneStandard | TimezoneDaylight] = {}
    for observance in block.subcomponents:
        if isinstance(observance, _OBSERVANCES):
            kept = latest.get(observance.name)
            if kept is None or kept.DTSTART.replace(tzinfo=None) < observance.DTSTART.replace(
                tzinfo=None
            ):
                latest[observance.name] = observance
    if "STANDARD" not in latest:
        return None
    standard = _outlook_observance(latest["STANDARD"])
    if "DAYLIGHT" not in latest:
        return _fixed(standard.after, standard.name)
    daylight = _outlook_observance(latest["DAYLIGHT"])
    if standard.day is None or daylight.day is None:
        return None
    return _Rule(standard=standard, daylight=daylight)


def _outlook_observance(observance: TimezoneStandard | TimezoneDaylight) -> _Observance:
    recurs = _as_list(observance.get("RRULE"))
    start = observance.DTSTART.replace(tzinfo=None)
    day = _outlook_day(recurs[0], start) if len(recurs) == 1 else None
    return _Observance(
        day=day,
        time=start.time(),
        before=observance.TZOFFSETFROM,
        after=observance.TZOFFSETTO,
        name=str(observance.get("TZNAME", "")),
    )


def _parts(recur: vRecur, name: str) -> list[str]:
    value = recur.get(name, [])
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _outlook_day(recur: vRecur, start: dt.datetime) -> _Day | None:
    """The yearly day of an RRULE as [MS-OXCICAL] 2.1.3.1.1.19.2.2 takes it, or None."""
    freq, months = _parts(recur, "FREQ"), _parts(recur, "BYMONTH") or [str(start.month)]
    days, monthdays = _parts(recur, "BYDAY"), _parts(recur, "BYMONTHDAY")
    if (
        set(recur) - {"FREQ", "BYMONTH", "BYDAY", "BYMONTHDAY", "WKST"}
        or freq != ["YEARLY"]
        or len(months) != 1
        or bool(days) == bool(monthdays)
    ):
        return None
    if monthdays:
        return (
            _Day(month=int(months[0]), monthday=int(monthdays[0])) if len(monthdays) == 1 else None
        )
    text = days[0].upper() if len(days) == 1 else ""
    number, weekday = text[:-2], text[-2:]
    if weekday not in _DAYS or number not in ("1", "2", "3", "4", "-1", "+1", "+2", "+3", "+4"):
        return None
    return _Day(month=int(months[0]), week=int(number), weekday=_DAYS.index(weekday))


# -- events ----------------------------------------------------------------------------


def _zoned_times(event: Component) -> Iterable[tuple[str, dt.datetime]]:
    """(TZID, aware value) of each TZID-bearing DTSTART/DTEND of an event."""
    for name in _TIMES:
        prop = event.get(name)
        tzid = prop.params.get("TZID") if prop is not None else None
        if tzid and isinstance(prop.dt, dt.datetime) and prop.dt.tzinfo is not None:
            yield str(tzid), prop.dt


def _to_utc(events: Iterable[Component]) -> None:
    for event in events:
        for name in _TIMES:
            value = event.get(name)
            if value is not None and isinstance(value.dt, dt.datetime):
                event.pop(name)
                event.add(name, value.dt.astimezone(dt.UTC))
