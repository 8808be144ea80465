"""Rows whose times meet: a session over its talks, tracks side by side, a meal beside talks.

A row whose range holds the rows under it names their session ("11:30 - 12:00
Contributed talks" over "11:31 - 11:36 ..."), unless it is a break or a social
event, or holds one row only and is no session: breakfast from 8:00 to 10:00
is not a session because a kickoff happens at 9:00, nor is a build sprint
because a checkpoint happens during it.  Either way the row is an item beside
the rows it holds, as a person who copies the page's timed lines into a
calendar has it: the session from 11:30 to 12:00, and its talks.  Rows that start
together are parallel tracks, and a start-only one ends at the next later start.
Any other overlap is a page that contradicts itself, and is refused where it
happens (``Horizon``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from .._patterns import lazy_compile
from ..errors import PageError
from ..model import Item, ItemKind
from ._records import PageWarning, Row
from ._walls import at_time_cell

__all__ = [
    "Holders",
    "Horizon",
    "Horizons",
    "find_holders",
    "next_start",
    "overlap_error",
    "refuse_session_beside",
]

Walls = Sequence[tuple[dt.time, dt.time | None]]

#: Kinds whose range never names a session: they run beside the rows they hold.
_BESIDE = frozenset({ItemKind.BREAK, ItemKind.SOCIAL})
#: What stays open while the program goes on, the session of none of it: "07:30 – 20:30
#: | Registration Check in" over the day's tutorials, an exhibition, a help desk.
_OPEN_ALL_DAY = lazy_compile(
    r"\b(?:registration|check[- ]?in|(?:help|info(?:rmation)?|registration)\s+desk|"
    r"exhibits?|exhibition|sponsor\s+booths?|badge\s+pick[- ]?up)\b",
    re.IGNORECASE,
    needs="registration check desk exhibit sponsor badge",
)


@attrs.frozen
class Holders:
    """``held``: each held row's session row; ``beside``: each item's last row it holds."""

    held: dict[int, int]
    beside: dict[int, int]

    @property
    def sessions(self) -> frozenset[int]:
        """The rows that are the session of the rows they hold."""
        return frozenset(self.held.values())


def find_holders(
    rows: Sequence[Row], walls: Walls, zone: ZoneInfo, warnings: list[PageWarning]
) -> Holders:
    """Rows whose time holds the rows under it, and what each is: a session, or beside them."""
    held: dict[int, int] = {}
    beside: dict[int, int] = {}
    for index, (start, end) in enumerate(walls):
        if end is None or index in held or index + 1 >= len(rows) or rows[index].track:
            continue  # a track's cell is an item of its own, whatever runs beside it
        if _clocks_change(rows[index].day.date, zone):
            continue  # wall-clock order is not time's order on such a day
        inside = []
        for after in range(index + 1, len(rows)):
            if rows[after].day.date != rows[index].day.date:
                break
            begin, finish = walls[after]
            if not (start <= begin < end) or (finish is not None and finish > end):
                break
            if (begin, finish) == (start, end) and not _heads(rows[index], rows[after]):
                break  # the same time twice: two tracks side by side, not a session and its talk
            inside.append(after)
        if not inside:
            continue
        row = rows[index]
        beside[index] = inside[-1]
        if (
            row.kind in _BESIDE
            or (len(inside) == 1 and row.kind is not ItemKind.SESSION)
            or _OPEN_ALL_DAY.search(row.title)
        ):
            reading = "read as an item beside them"
        else:
            held.update((after, index) for after in inside)
            reading = "read as their session, an item beside them"
        warnings.append(
            PageWarning(
                row.line,
                row.time_cell.column,
                f"{row.title!r} ({start:%H:%M} - {end:%H:%M}) holds the {len(inside)} item(s) "
                f"under it: {reading}",
            )
        )
    return Holders(held, beside)


def _heads(row: Row, other: Row) -> bool:
    """Whether ``row``, at the same time as ``other``, is its session's heading: a session
    over a talk ("Session 2: 14:00 - 15:00" over its one talk), not two tracks."""
    return row.kind is ItemKind.SESSION and other.kind is not ItemKind.SESSION


def _clocks_change(day: dt.date, zone: ZoneInfo) -> bool:
    first = dt.datetime.combine(day, dt.time(0), tzinfo=zone).utcoffset()
    last = dt.datetime.combine(day, dt.time(23, 59), tzinfo=zone).utcoffset()
    return first != last


def next_start(
    index: int, rows: Sequence[Row], starts: Sequence[dt.datetime]
) -> dt.datetime | None:
    """When a start-only row ends: the next later start on its day.

    Rows that start with it are beside it (parallel items), and so are another
    track's, so they are passed over; ``None`` when the day has no later start.
    """
    track = rows[index].track
    for after in range(index + 1, len(rows)):
        if rows[after].day.date != rows[index].day.date:
            return None
        if track is not None and rows[after].track not in (None, track):
            continue  # another track's row: it does not end this one
        if starts[after] != starts[index]:
            return starts[after]
    return None


def refuse_session_beside(row: Row, open_ended: bool, above: Row, above_open: bool) -> None:
    """Refuse two rows that start together where one is a session with a start only.

    Two sessions, or two talks, that start together are parallel tracks.  A
    session row with a start and no range beside a talk is the talk's heading
    on a page that gave the session no range; read side by side, the session's
    name would be an item of its own in the feed.
    """
    for session, is_open, other in ((row, open_ended, above), (above, above_open, row)):
        if session.kind is ItemKind.SESSION and is_open and other.kind is not ItemKind.SESSION:
            raise at_time_cell(
                row,
                f"{row.title!r} starts at {row.time_cell.content.text!r} as {above.title!r} "
                f"(line {above.line}) does, and {session.title!r} is a session with no end: "
                "its heading, or a track beside it?",
                expected="the session's time range over its talks (10:30 - 12:00), or an end "
                "for each row",
                code="parallel",
            )


@attrs.define
class Horizon:
    """How early the next item may start: not before the items above it have ended.

    Items that start together (tracks) are measured against what ended before
    them, not against each other; a meal beside the rows it holds counts only
    once they are past.
    """

    #: The item ending last before the items that start with the one above.
    before: Item | None = None
    #: The item ending last so far.
    latest: Item | None = None
    #: The last item added.
    last: Item | None = None
    #: Meals beside rows, by the index of the last row each holds.
    waiting: dict[int, Item] = attrs.field(factory=dict)

    def limit(self, start: dt.datetime) -> Item | None:
        """The item a row starting at ``start`` must not start before the end of."""
        if self.last is not None and start.astimezone(dt.UTC) == self.last.start_utc:
            return self.before
        return self.latest

    def add(self, item: Item, holds_until: int | None, *, counts: bool = True) -> None:
        """Add ``item``; one beside the rows up to ``holds_until`` counts once they are
        past, or never if not ``counts`` (its range is written beyond doubt, see
        :func:`~._clock.written_beyond_doubt`)."""
        if self.last is None or item.start_utc != self.last.start_utc:
            self.before = self.latest
        self.last = item
        if holds_until is not None:
            if counts:
                self.waiting[holds_until] = item
        else:
            self._count(item)

    def passed(self, index: int) -> None:
        """Row ``index`` is read: a meal that held it up to here now counts."""
        meal = self.waiting.pop(index, None)
        if meal is not None:
            self._count(meal)

    def _count(self, item: Item) -> None:
        if self.latest is None or item.end_utc > self.latest.end_utc:
            self.latest = item


@attrs.define
class Horizons:
    """A :class:`Horizon` for each track, and one for what belongs to no track.

    A track's items may overlap another track's (that is what tracks are); an item
    of no track may overlap none, and every track's items are measured against it.
    """

    shared: Horizon = attrs.field(factory=Horizon)
    #: What holds for every track: the items of no track only.
    common: Horizon = attrs.field(factory=Horizon)
    tracks: dict[str, Horizon] = attrs.field(factory=dict)

    def of(self, track: str | None) -> Horizon:
        if track is None:
            return self.shared
        if track not in self.tracks:
            self.tracks[track] = attrs.evolve(self.common, waiting=dict(self.common.waiting))
        return self.tracks[track]

    def add(
        self, item: Item, track: str | None, holds_until: int | None, *, counts: bool = True
    ) -> None:
        self.shared.add(item, holds_until, counts=counts)
        if track is None:
            self.common.add(item, holds_until, counts=counts)
            for horizon in self.tracks.values():
                horizon.add(item, holds_until, counts=counts)
        else:
            self.of(track).add(item, holds_until, counts=counts)

    def passed(self, index: int) -> None:
        for horizon in (self.shared, self.common, *self.tracks.values()):
            horizon.passed(index)


def overlap_error(row: Row, start_at: dt.datetime, limit: Item, above: Item | None) -> PageError:
    """The error for a row that starts before ``limit`` ends, naming it."""
    which = "the item above it" if limit is above else repr(limit.title)
    return at_time_cell(
        row,
        f"{row.title!r} starts at {start_at:%H:%M}, before {which} ends ({limit.end:%H:%M})",
        expected="items that do not overlap, or parallel items that start together",
    )
