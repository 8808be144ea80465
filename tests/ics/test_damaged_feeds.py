"""Feeds damaged by hand or by other tools: read back or updated, only the project's errors.

icalendar keeps a broken value and raises when it is read, from deep inside; a
TZID naming a tzdata folder makes zoneinfo raise IsADirectoryError while parsing.
"""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import (
    FastpathError,
    FeedError,
    Item,
    PreviousFeedError,
    build_calendar,
    fastpath2021,
    feed_bytes,
    read_feed,
)
from fastpath_ical.ics import read_previous, update

NOW = dt.datetime(2021, 4, 1, tzinfo=dt.UTC)
FIRST = b"BEGIN:VEVENT\r\n"


@pytest.fixture(scope="module")
def good() -> bytes:
    return feed_bytes(fastpath2021())


DAMAGE = {
    "two DTSTART lines": lambda g: g.replace(FIRST, FIRST + b"DTSTART:20210328T150000Z\r\n", 1),
    "TZID naming a folder": lambda g: g.replace(
        b"DTSTART;TZID=America/New_York", b"DTSTART;TZID=Europe", 1
    ),
    "DTEND in year 1": lambda g: g.replace(
        b"DTEND;TZID=America/New_York:20210328T110000", b"DTEND:00010101T000000Z", 1
    ),
    "DTEND garbage": lambda g: g.replace(
        b"DTEND;TZID=America/New_York:20210328T110000", b"DTEND:garbage", 1
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_read_feed_says_feed_error(good: bytes, damage: str) -> None:
    with pytest.raises(FeedError):
        read_feed(DAMAGE[damage](good))


@pytest.mark.parametrize("damage", ["two DTSTART lines", "TZID naming a folder", "DTEND garbage"])
def test_previous_feed_says_previous_feed_error(good: bytes, damage: str) -> None:
    with pytest.raises(PreviousFeedError):
        read_previous(DAMAGE[damage](good))


@pytest.fixture(scope="module")
def good_items(good: bytes) -> tuple[Item, ...]:
    return read_feed(good).items


@given(st.data())
def test_any_line_replaced_by_any_text_raises_only_project_errors(
    good: bytes, good_items: tuple[Item, ...], data: st.DataObject
) -> None:
    """One content line of the shipped feed becomes arbitrary text: read it back, update from it.

    Either is refused with the project's own error, or it succeeds and the damage stays in its
    own event: every other item reads back as it was, and every other talk is unchanged.
    """
    lines = good.split(b"\r\n")
    index = data.draw(st.integers(0, len(lines) - 1))
    name = lines[index].split(b":", 1)[0]
    value = data.draw(st.text(max_size=40)).encode("utf-8", "surrogatepass")
    lines[index] = name + b":" + value.replace(b"\r", b"").replace(b"\n", b"")
    damaged = b"\r\n".join(lines)
    # The event the damaged line is in, its BEGIN and END lines too (None: a line of the
    # calendar or of its VTIMEZONE).
    opened = good.split(b"\r\n")[: index + 1].count(b"BEGIN:VEVENT")
    hit = opened - 1 if opened > lines[:index].count(b"END:VEVENT") else None
    untouched = [item for number, item in enumerate(good_items) if number != hit]

    with contextlib.suppress(FastpathError):
        program = read_feed(damaged)
        assert set(untouched) <= set(program.items)

    fresh = build_calendar(fastpath2021())
    with contextlib.suppress(FastpathError):
        result = update(fresh, read_previous(damaged), NOW)
        kept = dict(result.carried)  # a talk matched to its damaged UID keeps that UID
        uids = [kept.get(str(event["UID"]), str(event["UID"])) for event in fresh.events]
        assert sorted(uids) == sorted((*result.added, *result.changed, *result.unchanged))
        others = {uid for number, uid in enumerate(uids) if number != hit}
        assert others <= set(result.unchanged)
