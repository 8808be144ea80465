"""An update written one event at a time, as :func:`~fastpath_ical.ics.feed_bytes` writes a feed.

``update_bytes(update_from_feed(build_calendar(program, options), data, now))``
holds the whole new calendar as icalendar events (about 6.5 KB an event),
the lines written of them to compare them with the previous feed, and the
previous feed's lines, all at once: 1.9 to 2.3 GB at 100,000 items (issue
13).  :func:`stream_update` takes the same steps on the same values, but
never holds the new calendar: each new event is made, its times noted, its
lines but its stamps written and compared with those of the previous feed's
event of its ``UID:`` line (``_unchanged``), and let go.  Kept of each are its
UID, its times (for the VTIMEZONE plans), its lines (for an event found
unchanged, the previous feed's very strings, which are equal to them) and,
for one not found so, what the carried-UID rule compares
(``_updates._Orphan``).  An event whose values are needed again is made again
where they are, as ``feed_bytes`` makes an event again that its VTIMEZONE
plan writes in UTC: one whose content is compared with its previous self (it
was not found unchanged line for line), one given a carried UID, one with a
reminder inside or without a ``UID:`` line of its own (written whole, as
:func:`~fastpath_ical.ics.update_bytes` writes them).

The rest of the previous feed (the events that changed or go) is read as
:func:`~fastpath_ical.ics.read_previous_for` reads it (``read_rest``), the
update's rules are ``_updates``'s own (``carry_pairs``, ``restamp``,
``cancel``), and every line is written as ``update_bytes`` writes it.  Where
the update made whole would do more than the common case (a previous feed
it reads whole, or with an error; two new events of one ``UID:`` line; its
second VTIMEZONE plan writing an event in UTC), :func:`stream_update` says
so with None, and the caller makes the update whole: the same bytes either
way.  Property tests hold it to ``update_bytes(update_from_feed(...))``,
with the warnings, counts and removal guard of the update made whole.
"""

from __future__ import annotations

import collections
import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

import attrs
from icalendar import Component, Event

from .._arguments import checked, unchecked
from ..errors import RemovalError
from ..model import Program
from ._build import _feed_parts, _ItemEvent
from ._bytes import LineWriter, fold
from ._carried import Carried, carried_lines, read_whole, stamped_lines
from ._gone import read_going
from ._guards import check_cancelled, said_of
from ._item_lines import ItemLines
from ._options import FeedOptions
from ._outcome import _stamp_lines, cancel, cancelled_before
from ._unchanged import (
    _ESCAPED,
    _STAMPS,
    Shape,
    _own_shape,
    _readable,
    paired_blocks,
    read_blocks,
    stamp_values,
    without_found,
)
from ._updates import ADDED, CHANGED, UNCHANGED, _Orphan, carry_pairs, restamp
from ._vtimezone import event_label, plan_zones, to_utc, zoned_times

__all__ = ["Outcomes", "Streamed", "UpdateToWrite", "stream_update", "update_to_write"]


@attrs.frozen(kw_only=True, eq=False)
class Streamed:
    """An update as :func:`stream_update` wrote it: its bytes, and what the command line
    says of it and checks (``Update``'s counts, the removal guard's answer)."""

    data: bytes
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    cancelled: tuple[str, ...]
    #: How many events the feed has (those of the program and those kept of the previous).
    events: int
    #: What the removal guard (:func:`~fastpath_ical.ics.check_removals`) raises of the
    #: update made whole, None if nothing: worked out while the events it names are held.
    refusal: RemovalError | None
    #: The new calendar's warnings (events written in UTC), as ``build_calendar`` gives them.
    warnings: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Outcomes:
    """What an update found each new event to be, in feed order, known once it is written."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False)
class UpdateToWrite:
    """An update :func:`update_to_write` made, not yet written: what the command line says
    and checks of it first, and the writing of its feed."""

    cancelled: tuple[str, ...]
    #: How many events the feed has (those of the program and those kept of the previous).
    events: int
    #: What the removal guard raises of the update made whole, None if nothing.
    refusal: RemovalError | None
    #: The new calendar's warnings (events written in UTC), as ``build_calendar`` gives them.
    warnings: tuple[str, ...]
    _write: Callable[[BinaryIO], Outcomes] = attrs.field(alias="write")

    def write(self, out: BinaryIO) -> Outcomes:
        """Write the feed into ``out``, each event as it is made (``update_bytes``' bytes),
        and say what each new event was found to be.  Once only: what was kept of each
        event is let go as it is written."""
        return self._write(out)


@attrs.frozen(eq=False)
class _Made:
    """What is kept of one new event between its making and its writing."""

    uid: str
    #: Its own ``UID:`` line, None unless it has exactly one (``_unchanged._own_shape``).
    uid_line: str | None
    #: Its lines but its stamps; for one found unchanged, the previous feed's (equal); for
    #: another, packed into one string (:func:`_packed`).
    kept: Sequence[str] | str
    #: Whether its lines may be paired with the previous feed's, and written again with
    #: only its stamps anew (``_unchanged.as_before``'s condition).
    usable: bool
    #: A component inside it (a reminder): written whole.
    nested: bool
    #: The event of the previous feed (its position) whose lines but stamps it has, or -1.
    block: int
    #: What the carried-UID rule compares of it; None for one found unchanged.
    orphan: _Orphan | None
    times: tuple[tuple[str, dt.datetime], ...]
    #: Not cancelled: as the removal guard reads its previous self, found unchanged.
    live: bool


def _made(
    event: Event, writer: LineWriter, shapes: Sequence[Shape], paired: Mapping[str, int]
) -> _Made:
    """What is kept of ``event``, paired with the previous feed's event of its ``UID:`` line
    if their lines but their stamps are the same."""
    uid_line, kept = _own_shape(writer, event)
    uid = str(event.get("UID", ""))
    usable = (
        uid_line is not None
        and uid_line == f"UID:{uid}"
        and not _ESCAPED.search(uid)
        and _readable(event)
    )
    block, lines = _paired(uid_line if usable else None, kept, shapes, paired)
    return _Made(
        uid=uid,
        uid_line=uid_line,
        kept=lines,
        usable=usable,
        nested=bool(event.subcomponents),
        block=block,
        orphan=None if block >= 0 else _Orphan(event),
        times=tuple(zoned_times(event)),
        live=str(event.get("STATUS", "")).strip().upper() != "CANCELLED",
    )


def _paired(
    uid_line: str | None, lines: list[str], shapes: Sequence[Shape], paired: Mapping[str, int]
) -> tuple[int, Sequence[str] | str]:
    """The previous feed's event (its position) whose lines but stamps are ``lines``, found by
    its ``UID:`` line, and the lines to keep: that event's very strings (the new ones are
    let go), or, with none (-1), ``lines`` packed (:func:`_packed`)."""
    block = paired.get(uid_line, -1) if uid_line is not None else -1
    if block >= 0 and shapes[block][1] == lines:
        return block, shapes[block][1]
    return -1, _packed(lines)


def _made_of(
    make: Callable[[], Event],
    writer: LineWriter,
    direct: ItemLines,
    shapes: Sequence[Shape],
    paired: Mapping[str, int],
) -> _Made:
    """:func:`_made` of the event ``make`` makes; for an item's event that holds only its
    properties, from its lines written directly (``_item_lines``), the event made only
    where it is not found unchanged (the carried-UID rule compares it)."""
    properties = make.properties() if isinstance(make, _ItemEvent) else None
    if properties is None:
        return _made(make(), writer, shapes, paired)
    values = {name: value for name, value, _ in properties}
    lines, times = direct.lines(properties, left_out=_STAMPS)
    uid = str(values["UID"])
    uid_line = next(line for line in lines if line.partition(":")[0] == "UID")
    # An item's event is always one read_previous keeps (``_readable``): its UID, and its
    # DTSTART and DTEND aware date-times.
    usable = uid_line == f"UID:{uid}" and bool(uid.strip()) and not _ESCAPED.search(uid)
    block, kept = _paired(uid_line if usable else None, lines, shapes, paired)
    return _Made(
        uid=uid,
        uid_line=uid_line,
        kept=kept,
        usable=usable,
        nested=False,
        block=block,
        orphan=None if block >= 0 else _Orphan(make()),
        times=tuple(times),
        live=str(values.get("STATUS", "")).strip().upper() != "CANCELLED",
    )


def _packed(lines: list[str]) -> Sequence[str] | str:
    """An event's lines as one string, a line break between two (a string a line, and the
    list, are about 700 bytes more an event): where no line holds a line break, which
    :func:`_unpacked` then splits them at."""
    text = "\n".join(lines)
    return text if text.count("\n") == len(lines) - 1 else tuple(lines)


def _unpacked(lines: Sequence[str] | str) -> Sequence[str]:
    return lines.split("\n") if isinstance(lines, str) else lines


def _read(previous: Mapping[str, Any] | _Gone) -> Event:
    """A previous event the update read: one not present in the new calendar, so not one
    found unchanged, which is held by its stamps alone."""
    assert isinstance(previous, Event)
    return previous


@attrs.frozen(eq=False)
class _Gone:
    """What is kept of a previous event that goes, or may (an orphan a new event may be
    given), made from its own lines (``_gone.read_going``): what the update reads of it,
    and its own lines as cancelled, written; not the event (about 4 KB)."""

    uid: str
    #: What the carried-UID rule compares of it.
    orphan: _Orphan
    #: Cancelled already: kept as it was, and not counted as one the update cancels.
    cancelled_before: bool
    #: What the removal guard says of it, where it is published (its STATUS not CANCELLED).
    said: str | None
    times: tuple[tuple[str, dt.datetime], ...]
    #: Its lines but those set aside, as :func:`~._outcome.cancel` leaves it, written
    #: (``LineWriter.lines_of``), packed (:func:`_packed`).
    lines: Sequence[str] | str


def _gone(
    stub: Event,
    carried: Carried,
    now: dt.datetime,
    typed: dict[tuple[str, object, object], Any],
    sharing: LineWriter,
) -> _Gone:
    """What is kept of a stub made from its lines: cancelled and written at once (its lines
    are a function of it and ``now``, whenever they are written), and let go."""
    kept, _ = cancel(stub, now, typed)
    published = str(stub.get("STATUS", "")).strip().upper() != "CANCELLED"
    return _Gone(
        uid=str(stub["UID"]),
        orphan=_Orphan(stub),
        cancelled_before=cancelled_before(stub),
        said=said_of(stub) if published else None,
        times=tuple(zoned_times(stub)),
        lines=_packed(sharing.lines_of(kept)),
    )


def _uid(previous: Mapping[str, Any] | _Gone) -> str:
    return previous.uid if isinstance(previous, _Gone) else str(previous["UID"])


def _cancelled_before(previous: Mapping[str, Any] | _Gone) -> bool:
    return previous.cancelled_before if isinstance(previous, _Gone) else cancelled_before(previous)


def _times(previous: Mapping[str, Any] | _Gone) -> tuple[tuple[str, dt.datetime], ...]:
    return previous.times if isinstance(previous, _Gone) else tuple(zoned_times(_read(previous)))


def _remade(make: Callable[[], Event], *, utc: bool) -> Event:
    """The event made again, written in UTC where the new calendar's VTIMEZONE plan wrote it so."""
    event = make()
    if utc:
        to_utc([event])
    return event


@checked
def stream_update(
    program: Program,
    options: FeedOptions,
    data: bytes,
    now: dt.datetime,
    *,
    method: bool = True,
) -> Streamed | None:
    """``update_bytes(update_from_feed(build_calendar(program, options), data, now),
    method=method)``, made and written one event at a time; None where that update
    does more than this one does (the caller then makes it whole: the same bytes).

    :func:`update_to_write`, written into one buffer: the command line writes it to
    its file instead, as it is made."""
    update = unchecked(update_to_write)(program, options, data, now, method=method)
    del data
    if update is None:
        return None
    out = io.BytesIO()
    outcomes = update.write(out)
    return Streamed(
        data=out.getvalue(),
        added=outcomes.added,
        changed=outcomes.changed,
        unchanged=outcomes.unchanged,
        cancelled=update.cancelled,
        events=update.events,
        refusal=update.refusal,
        warnings=update.warnings,
    )


@checked
def update_to_write(
    program: Program,
    options: FeedOptions,
    data: bytes,
    now: dt.datetime,
    *,
    method: bool = True,
) -> UpdateToWrite | None:
    """:func:`stream_update`'s update, made but for its bytes: what the command line says
    and checks of it (the removal guard's answer, the warnings) before a byte is written,
    and its :meth:`~UpdateToWrite.write`, which writes the feed into a file as it is made
    (128 MB at 100,000 items with half the talks replaced, not held whole).

    The feed's bytes are let go once read into lines, where the caller holds them no
    longer: the command line calls the function without its argument check
    (``unchecked``), which would hold them to the end."""
    if now.utcoffset() is None:
        return None  # the update made whole says what is wrong
    now = now.astimezone(dt.UTC)
    read = read_blocks(data)
    del data
    if read is None:
        return None
    lines, blocks, shapes = read
    del read  # the lines of an event found unchanged are let go once it is written
    paired = paired_blocks(shapes)
    head, makers = _feed_parts(program, options, method=method)
    writer = LineWriter()
    direct = ItemLines(writer)
    made = [_made_of(make, writer, direct, shapes, paired) for make in makers]
    # The new calendar's VTIMEZONE plan, as build_calendar's with_timezones plans it.
    notes: list[str] = []
    plan = plan_zones(
        [m.times for m in made],
        label=lambda index: event_label(makers[index]()),
        same=lambda first, second: makers[first]() == makers[second](),
        warnings=notes,
    )
    for index in plan.utc:
        made[index] = _made(_remade(makers[index], utc=True), writer, shapes, paired)
    if max(collections.Counter(m.uid_line for m in made if m.uid_line).values(), default=1) > 1:
        return None
    # The events found unchanged, as as_before finds them: each the only one of its UID: line.
    by_line = {m.uid_line: m for m in made if m.usable}
    stamps: dict[str, dict[str, Any]] = {}
    found: set[int] = set()
    values: dict[str, Any] = {}
    for index, ((start, _), (uid_line, _, stamp_lines)) in enumerate(
        zip(blocks, shapes, strict=True)
    ):
        # A new event's block is the only one of its UID: line with its lines but stamps.
        pair = by_line.get(uid_line)
        if pair is None or pair.block != index:
            continue
        previous = stamp_values(pair.uid, stamp_lines, values)
        if previous is None:
            return None
        stamps[pair.uid] = previous
        found.add(start)
    if not stamps:
        return None
    rest, others = without_found(lines, blocks, shapes, found)
    del lines, blocks, shapes, paired, by_line
    held = [rest]  # let go by _prepared once read
    del rest
    return _prepared(head, makers, made, plan.utc, stamps, held, others, now, notes)


def _prepared(
    head: Component,
    makers: Sequence[Callable[[], Event]],
    made: list[_Made],
    utc: frozenset[int],
    stamps: Mapping[str, Mapping[str, Any]],
    held: list[list[str]],
    others: Sequence[tuple[int, int, str | None]],
    now: dt.datetime,
    notes: list[str],
) -> UpdateToWrite | None:
    """The update of the new events ``made`` against the previous feed's events found
    unchanged (``stamps``) and the rest of it (its content lines, ``held``: read here and
    let go), as ``_updates._update`` makes it, to be written as ``update_bytes`` writes
    it."""
    typed: dict[tuple[str, object, object], Any] = {}
    # The stubs and the stamps share most of their values: each line written once.
    sharing = LineWriter(values_shared=True)

    def keep(stub: Event, carried: Carried) -> _Gone:
        return _gone(stub, carried, now, typed, sharing)

    read_back = read_going(held.pop(), {m.uid for m in made}, others, stamps, keep)
    if read_back is None:
        return None  # the update made whole reads it otherwise, or says what is wrong
    events, gone = read_back
    del read_back
    before: dict[str, Mapping[str, Any] | _Gone] = {}
    for previous in (*events, *stamps.values()):
        before.setdefault(_uid(previous), previous)
    present = {m.uid for m in made}
    news = [
        (index, m.orphan)
        for index, m in enumerate(made)
        if m.uid not in before and m.orphan is not None
    ]
    orphans = []
    for uid, old in before.items():
        if uid not in present:
            orphans.append(old.orphan if isinstance(old, _Gone) else _Orphan(_read(old)))
    given = dict(carry_pairs(news, orphans))
    uids = [given.get(index, m.uid) for index, m in enumerate(made)]
    for uid in uids:  # an orphan given to a new event is compared whole
        if uid in gone:
            before[uid] = read_whole(gone[uid])
    kept_uids = set(uids)
    going = [uid for uid in before if uid not in kept_uids]
    # Of what is carried of an event that goes, only its lines set aside are written again:
    # the rest of its lines (the previous feed's, read) are let go.
    aside = {uid: gone[uid].aside for uid in going if uid in gone}
    del gone
    cancelled = [uid for uid in going if not _cancelled_before(before[uid])]
    # The removal guard's answer, while the events it names are held (or what it says of them).
    live = [
        e
        for e in events
        if not isinstance(e, _Gone) and str(e.get("STATUS", "")).strip().upper() != "CANCELLED"
    ]
    said = {e.uid: e.said for e in events if isinstance(e, _Gone) and e.said is not None}
    unlisted = sum(1 for m in made if m.live and m.uid in stamps)
    try:
        check_cancelled(cancelled, live, unlisted, said)
        refusal = None
    except RemovalError as error:
        # Without its traceback, which would hold this frame, and all it holds, alive.
        refusal = error.with_traceback(None)
    del events, live, said
    # The calendar with the events that go, planned again (with_timezones): their times are
    # their previous selves' (cancelling them changes no time).  One the plan writes in UTC
    # is made whole again by the update; so is this one.
    times = [m.times for m in made]
    times.extend(_times(before[uid]) for uid in going)
    second = plan_zones(times, label=str)
    if second.utc:
        return None
    del times
    count = len(made) + len(going)
    written = False

    def write(out: BinaryIO) -> Outcomes:
        """The feed, into ``out``, each event let go once written; once only."""
        nonlocal written
        if written:
            raise RuntimeError("an update is written once: its events are let go as written")
        written = True
        writer = LineWriter()
        start, end = writer.folded(head).rsplit(b"\r\n", 1)
        out.write(start)
        for block in second.blocks:
            out.write(b"\r\n")
            out.write(writer.folded(block))
        outcomes: dict[str, list[str]] = {ADDED: [], CHANGED: [], UNCHANGED: []}
        queue = collections.deque(made)  # each let go once written
        made.clear()
        for index, uid in enumerate(uids):
            m = queue.popleft()
            earlier = before.get(uid)
            if isinstance(earlier, _Gone):  # not so: one given to a new event was read whole
                raise TypeError(f"a stub kept as its lines is compared: {uid}")
            whole = m.nested or not m.usable or uid != m.uid
            if whole or (earlier is not None and uid not in stamps):
                event = _remade(makers[index], utc=index in utc)
                if uid != m.uid:  # a carried UID, given as _carry gives it
                    event.pop("UID")
                    event.add("UID", uid)
            else:
                event = Event()  # stands in for it: only its stamps are set and written
            outcomes[restamp(event, earlier, now, typed, same=uid in stamps)].append(uid)
            out.write(b"\r\n")
            if whole:
                out.write(writer.folded(event))
            else:
                lines = stamped_lines(_unpacked(m.kept), _stamp_lines(sharing, event))
                out.write(b"\r\n".join([fold(line) for line in lines]))
        # The events that go, each cancelled, written and let go (its previous self too).
        for uid in going:
            old = before.pop(uid)
            set_aside = aside.pop(uid, None)
            out.write(b"\r\n")
            if isinstance(old, _Gone) and set_aside is not None:  # cancelled as it was read
                lines = carried_lines(_unpacked(old.lines), set_aside)
                out.write(b"\r\n".join([fold(line) for line in lines]))
                continue
            kept, _ = cancel(_read(old), now, typed)
            if set_aside is None:
                out.write(writer.folded(kept))
            else:
                lines = carried_lines(sharing.lines_of(kept), set_aside)
                out.write(b"\r\n".join([fold(line) for line in lines]))
        out.write(b"\r\n")
        out.write(end)
        out.write(b"\r\n")
        return Outcomes(
            added=tuple(outcomes[ADDED]),
            changed=tuple(outcomes[CHANGED]),
            unchanged=tuple(outcomes[UNCHANGED]),
        )

    return UpdateToWrite(
        cancelled=tuple(cancelled),
        events=count,
        refusal=refusal,
        warnings=tuple(notes),
        write=write,
    )
