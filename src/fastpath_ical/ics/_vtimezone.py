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

The yearly rule is modelled in ``_rules``; the three readings of a block are
``_readings``.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import product
from zoneinfo import ZoneInfo

import attrs
from icalendar import Calendar, Component, Timezone, TimezoneDaylight, TimezoneStandard

from .._arguments import checked, unchecked
from ..zones import is_portable_zone, is_repeated
from ._readings import Reading, block_agrees
from ._rules import Observance, Rule, YearlyDay, fixed_rule, ways

_is_repeated = unchecked(is_repeated)  # per time of an event: an aware datetime

__all__ = [
    "ZonePlan",
    "block_agrees",
    "event_label",
    "plan_zones",
    "to_utc",
    "with_timezones",
    "zoned_times",
]

_TIMES = ("DTSTART", "DTEND")
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


@functools.lru_cache(maxsize=1024)
def _changes_in(zone: ZoneInfo, year: int) -> tuple[_Change, ...]:
    """The changes of offset whose local onset falls in ``year``, found by bisection.

    Kept per zone and year: a split feed asks again for every one-event file.
    """
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


def _yearly(changes: Sequence[_Change]) -> Iterator[Rule]:
    """The rules one year's two changes (there and back between two offsets) can be read as."""
    if len(changes) != 2:
        return
    first, second = changes
    if not (first.after == second.before and second.after == first.before != first.after):
        return
    to_standard, to_daylight = sorted(changes, key=lambda change: change.after)
    for oddness, (standard_day, daylight_day) in enumerate(
        product(ways(to_standard.onset.date()), ways(to_daylight.onset.date()))
    ):
        yield Rule(
            standard=_observance(to_standard, standard_day),
            daylight=_observance(to_daylight, daylight_day),
            oddness=oddness,
        )


def _observance(change: _Change, day: YearlyDay) -> Observance:
    return Observance(
        day=day,
        time=change.onset.time(),
        before=change.before,
        after=change.after,
        name=change.name,
    )


def _best_rule(zone: ZoneInfo, moments: Sequence[dt.datetime]) -> Rule:
    """The rule that places the most of ``moments`` right, then reproduces the most changes."""
    years = sorted({m.year for m in moments})
    changes = {year: _changes_in(zone, year) if 1 < year < 9999 else () for year in years}
    # Each offset and name once (a feed has a handful among thousands of times), in order.
    fixed = dict.fromkeys(
        (offset, moment.tzname() or "")
        for moment in moments
        if (offset := moment.utcoffset()) is not None
    )
    candidates = list(dict.fromkeys(fixed_rule(offset, name) for offset, name in fixed))
    for year in years:
        candidates.extend(_yearly(changes[year]))
    placed = _Placed.of(moments)
    tzdata = {year: {(c.onset, c.after) for c in changes[year]} for year in years}

    def score(rule: Rule) -> tuple[int, int, int]:
        right = sum(placed[year].right(rule, year) for year in years)
        kept = sum(len(rule.changes_in(year) & tzdata[year]) for year in years)
        return right, kept, -rule.oddness

    return max(candidates, key=score)


class _Placed:
    """One year's wall-clock times in order, with their offsets counted, to score rules.

    A rule's daylight time is one stretch of the year (or all of it but one),
    so how many times it places right is a difference of running counts at
    the stretch's two ends, found by bisection: the cost of a rule is not
    the number of events.
    """

    def __init__(self, moments: Iterable[dt.datetime]) -> None:
        pairs = sorted((m.replace(tzinfo=None), m.utcoffset()) for m in moments)
        self.walls = [wall for wall, _ in pairs]
        self.counts: dict[dt.timedelta | None, list[int]] = {}
        for offset in {offset for _, offset in pairs}:
            running = [0]
            for _, other in pairs:
                running.append(running[-1] + (other == offset))
            self.counts[offset] = running

    @staticmethod
    def of(moments: Iterable[dt.datetime]) -> dict[int, _Placed]:
        by_year: dict[int, list[dt.datetime]] = {}
        for moment in moments:
            by_year.setdefault(moment.year, []).append(moment)
        return {year: _Placed(zoned) for year, zoned in by_year.items()}

    def _count(self, offset: dt.timedelta, low: int, high: int) -> int:
        running = self.counts.get(offset)
        return running[high] - running[low] if running else 0

    def right(self, rule: Rule, year: int) -> int:
        """How many of the times :meth:`Rule.offset_at` gives their own offset."""
        size = len(self.walls)
        standard = rule.standard.after
        if rule.daylight is None:
            return self._count(standard, 0, size)
        daylight = rule.daylight.after
        start, end = rule.daylight.onset_in(year), rule.standard.onset_in(year)
        if start < end:  # daylight from start to end
            low, high = bisect_left(self.walls, start), bisect_left(self.walls, end)
            inside, outside = daylight, standard
        else:  # standard from end to start
            low, high = bisect_left(self.walls, end), bisect_left(self.walls, start)
            inside, outside = standard, daylight
        return (
            self._count(inside, low, high)
            + self._count(outside, 0, low)
            + self._count(outside, high, size)
        )


def _block(tzid: str, rule: Rule, first_year: int) -> Timezone:
    """The VTIMEZONE of ``rule``, its onsets from the year before ``first_year`` on.

    A year early, so that every event has an onset before it (a January
    time south of the equator is in the daylight time of the October before).
    """
    block = Timezone()
    block.add("TZID", tzid)
    observances: list[tuple[type[Component], Observance]] = [(TimezoneStandard, rule.standard)]
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


@checked
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
    plan = plan_zones(
        [list(zoned_times(event)) for event in events],
        label=lambda index: event_label(events[index]),
        same=lambda first, second: events[first] == events[second],
        warnings=warnings,
    )
    to_utc(events[index] for index in sorted(plan.utc))
    calendar.subcomponents[:] = [*plan.blocks, *events]
    return calendar


@attrs.frozen
class ZonePlan:
    """What :func:`with_timezones` does to a calendar's events, worked out from their times:
    the VTIMEZONE blocks, and which events (by position) are written in UTC instead."""

    blocks: tuple[Timezone, ...]
    utc: frozenset[int]


def plan_zones(
    times: Sequence[Sequence[tuple[str, dt.datetime]]],
    *,
    label: Callable[[int], str],
    same: Callable[[int, int], bool] | None = None,
    warnings: list[str] | None = None,
) -> ZonePlan:
    """The :class:`ZonePlan` of events whose TZID times are ``times`` (per event, as
    :func:`zoned_times` gives them); ``label`` names an event in a warning, ``same`` tells
    two events apart in one (by default, events at two positions are two events).

    Only the times are needed, so a feed can be written one event at a time and the
    events let go (:func:`~fastpath_ical.ics.feed_bytes`).
    """
    alike = same or (lambda first, second: first == second)
    utc: set[int] = set()
    foreign: dict[str, list[int]] = {}
    portable: dict[str, bool] = {}  # asked once a name, not once a time
    for index, zoned in enumerate(times):
        for tzid, _ in zoned:
            if tzid not in portable:
                portable[tzid] = is_portable_zone(tzid)
            if not portable[tzid]:
                listed = foreign.setdefault(tzid, [])
                if not any(alike(index, i) for i in listed):
                    listed.append(index)
    for tzid, moved in sorted(foreign.items()):
        utc.update(moved)
        _say(warnings, f"TZID {tzid!r} is not an IANA time zone", moved, label)
    rules: dict[str, Rule] = {}
    unheld: dict[tuple[str, bool], list[int]] = {}
    while True:
        moments: dict[str, list[dt.datetime]] = {}
        for index, zoned in enumerate(times):
            if index not in utc:
                for tzid, moment in zoned:
                    moments.setdefault(tzid, []).append(moment)
        for tzid, zoned_moments in moments.items():
            if tzid not in rules:
                rules[tzid] = _best_rule(ZoneInfo(tzid), zoned_moments)
        spans = {
            tzid: (min(m.year for m in zoned_moments), max(m.year for m in zoned_moments))
            for tzid, zoned_moments in sorted(moments.items())
        }
        blocks = {tzid: _block(tzid, rules[tzid], first) for tzid, (first, _) in spans.items()}
        readings = {
            tzid: _reading_of(tzid, rules[tzid], first, last)
            for tzid, (first, last) in spans.items()
        }
        answers = {
            tzid: _answers_of(tzid, rules[tzid], first, last)
            for tzid, (first, last) in spans.items()
        }
        wrong = [
            (tzid, index)
            for index, zoned in enumerate(times)
            if index not in utc
            for tzid, moment in zoned
            if not _agrees(readings[tzid], moment, answers[tzid])
        ]
        if not wrong:
            break
        for tzid, index in wrong:
            repeated = any(_is_repeated(moment) for _, moment in times[index])
            listed = unheld.setdefault((tzid, repeated), [])
            if not any(alike(index, i) for i in listed):
                listed.append(index)
        utc.update(index for _, index in wrong)
    for (tzid, repeated), moved in sorted(unheld.items()):
        why = (
            f"a time in {tzid} that the clocks repeat has no single instant in a VTIMEZONE"
            if repeated
            else f"the clock changes of {tzid} follow no one yearly rule across the program's "
            "days (Outlook keeps a zone as one)"
        )
        _say(warnings, why, moved, label)
    return ZonePlan(blocks=tuple(blocks.values()), utc=frozenset(utc))


#: What :func:`_agrees` found, by wall-clock time and offset, for one reading.
_Answers = dict[tuple[dt.datetime, dt.timedelta | None], bool]
#: Answers kept for one reading, at most: emptied past this many.
_ANSWERS_KEPT = 200_000


def _agrees(reading: Reading, moment: dt.datetime, answers: _Answers) -> bool:
    """``reading.agrees(moment)``, asked once for each wall-clock time and offset of a zone:
    the answer is a function of the two (the time, and the instant they make), and a
    feed's times repeat (a talk ends when the next begins; an update's cancelled talks
    are at the new ones' times, and its calendar is planned again with them)."""
    key = (moment.replace(tzinfo=None), moment.utcoffset())
    known = answers.get(key)
    if known is None:
        if len(answers) > _ANSWERS_KEPT:
            answers.clear()
        known = answers[key] = reading.agrees(moment)
    return known


def event_label(event: Component) -> str:
    """How a warning names an event: its SUMMARY, else its UID."""
    return str(event.get("SUMMARY", event.get("UID", "?")))


def _say(
    warnings: list[str] | None, why: str, events: Sequence[int], label: Callable[[int], str]
) -> None:
    """One sentence: why, how many events, the first three by name."""
    if warnings is None:
        return
    names = ", ".join(f"{label(index)!r}" for index in events[:3])
    more = f" and {len(events) - 3} more" if len(events) > 3 else ""
    count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
    warnings.append(f"{why}: {count} written in UTC ({names}{more})")


@functools.lru_cache(maxsize=64)
def _reading_of(tzid: str, rule: Rule, first_year: int, last_year: int) -> Reading:
    """The readings of the block :func:`_block` writes, for times up to ``last_year``.

    The block is a function of these arguments, so its onsets are worked out
    once, not for every time of every event (nor again for every one-event
    file of a split feed).
    """
    return Reading(_block(tzid, rule, first_year), last_year + 1)


@functools.lru_cache(maxsize=64)
def _answers_of(tzid: str, rule: Rule, first_year: int, last_year: int) -> _Answers:
    """Where :func:`_agrees` keeps its answers for the reading :func:`_reading_of` gives these
    arguments: kept as long as the reading, so that a calendar planned again (an update
    plans the new calendar, then the new calendar with the events that go) asks the
    reading only of the times it had not asked it of."""
    return {}


# -- events ----------------------------------------------------------------------------


def zoned_times(event: Component) -> Iterator[tuple[str, dt.datetime]]:
    """(TZID, aware value) of each TZID-bearing DTSTART/DTEND of an event."""
    for name in _TIMES:
        prop = event.get(name)
        tzid = prop.params.get("TZID") if prop is not None else None
        if tzid and isinstance(prop.dt, dt.datetime) and prop.dt.tzinfo is not None:
            yield str(tzid), prop.dt


def to_utc(events: Iterable[Component]) -> None:
    for event in events:
        for name in _TIMES:
            value = event.get(name)
            if value is not None and isinstance(value.dt, dt.datetime):
                event.pop(name)
                event.add(name, value.dt.astimezone(dt.UTC))
