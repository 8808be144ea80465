"""Every feed the project writes reads the same in every parser, and the same as the model.

icalendar writes the bytes, so agreement among parsers that did not write
them is the evidence: ``ical`` (Home Assistant), ``vobject`` (Radicale),
``recurring-ical-events`` and, where node is installed, Mozilla's ical.js
(Thunderbird).  Each must see, per event: the UID, both instants in UTC, the
summary, the URL and the attachments (and the description and location, which
are the feed's links in text).
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fastpath_ical import FeedOptions, ItemKind, LinkKind, Program, feed_bytes, uids
from fastpath_ical.ics import describe, summary
from readback import (
    READERS,
    Seen,
    by_uid,
    forget_vobject_timezones,
    icaljs_missing,
    read_icaljs,
)
from strategies import programs

SHIPPED = {
    "default": FeedOptions(),
    "utc": FeedOptions(utc=True),
    "no-breaks": FeedOptions(breaks=False),
}


def expected(program: Program, options: FeedOptions) -> dict[str, Seen]:
    """What the model says each event is: the specification the parsers are held to."""
    seen = []
    for uid, item in zip(uids(program, uid_domain=options.uid_domain), program.items, strict=True):
        if item.kind is ItemKind.BREAK and not options.breaks:
            continue
        videos = item.links_of(LinkKind.VIDEO)
        seen.append(
            Seen(
                uid=uid,
                start=item.start_utc,
                end=item.end_utc,
                summary=summary(item),
                description=describe(program, item),
                location=program.location,
                url=videos[0].url if videos else program.home_page,
                attachments=tuple(
                    link.url
                    for kind in (LinkKind.SLIDES, LinkKind.VIDEO)
                    for link in item.links_of(kind)
                ),
            )
        )
    return by_uid(seen)


def assert_all_agree(program: Program, options: FeedOptions) -> None:
    data = feed_bytes(program, options)
    want = expected(program, options)
    for name, read in READERS.items():
        forget_vobject_timezones()
        got = by_uid(read(data))
        assert want.keys() == got.keys(), f"{name}: UIDs differ"
        for uid, event in want.items():
            # attrs.asdict names the field that differs in pytest's diff.
            assert attrs.asdict(event) == attrs.asdict(got[uid]), f"{name} reads {uid} differently"


@pytest.mark.parametrize("options", SHIPPED.values(), ids=SHIPPED.keys())
def test_shipped_feeds_read_the_same_everywhere(program: Program, options: FeedOptions) -> None:
    """The three shipped variants: every parser sees the model's events, no more, no fewer."""
    assert_all_agree(program, options)


@settings(max_examples=15)
@given(programs(), st.booleans())
def test_generated_feeds_read_the_same_everywhere(program: Program, utc: bool) -> None:
    """Any zone, DST day, unicode title or link: the parsers agree with the model.

    Few examples: ical.js starts a node process for each.
    """
    assert_all_agree(program, FeedOptions(utc=utc))


def test_icaljs_is_among_the_readers() -> None:
    """ical.js is the one reader outside Python; its absence is said, not hidden."""
    reason = icaljs_missing()
    if reason is not None:
        pytest.skip(reason)
    assert "ical.js" in READERS


def test_icaljs_reader_refuses_a_time_it_cannot_place() -> None:
    """A TZID with no VTIMEZONE is floating to ical.js: the reader fails rather than guess."""
    reason = icaljs_missing()
    if reason is not None:
        pytest.skip(reason)
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:u@x\r\n"
        b"DTSTAMP:20210328T000000Z\r\nDTSTART;TZID=America/New_York:20210328T105000\r\n"
        b"DTEND;TZID=America/New_York:20210328T110000\r\nSUMMARY:S\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    with pytest.raises(AssertionError, match="could not place u@x"):
        read_icaljs(data)


def test_icaljs_reader_reports_a_parse_error() -> None:
    """Bytes ical.js cannot parse fail the read with ical.js's own message."""
    reason = icaljs_missing()
    if reason is not None:
        pytest.skip(reason)
    with pytest.raises(AssertionError, match=r"read_ics\.mjs"):
        read_icaljs(b"BEGIN:VCALENDAR\r\nthis is not a content line\r\n")
