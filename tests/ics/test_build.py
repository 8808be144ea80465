"""The shipped program's feed: golden bytes, and what independent parsers read in it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time

import pytest
import vobject.icalendar
from hypothesis import given
from icalendar import Calendar

from fastpath_ical import (
    FeedOptions,
    Item,
    ItemKind,
    OptionsError,
    Program,
    build_calendar,
    feed_bytes,
    read_feed,
)
from paths import TESTS
from readback import READERS, by_uid, reader_params
from strategies import programs

GOLDEN = TESTS / "golden"
UTC = dt.UTC


def utc(hhmm: str) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime(2021, 3, 28, hours, minutes, tzinfo=UTC)


# The page, transcribed by hand in UTC: "10:50 am - 4:30 pm US EDT = 14:50 - 20:30 UTC",
# and EDT is UTC-4 on 28 March 2021, so every row is its EDT time + 4 hours.
PAGE = {
    "fastpath-2021-opening-remarks@fastpath-ical": ("14:50", "15:00", "Opening Remarks", (), ()),
    "fastpath-2021-ana-klimovic@fastpath-ical": (
        "15:00",
        "15:35",
        "Ingesting and Processing Data Efficiently for Machine Learning",
        ("Ana Klimovic", "ETH-Zurich"),
        (
            "https://tinyurl.com/fastpath2021/Slides/FastPath2021_A_Klimovic.pdf",
            "https://www.youtube.com/watch?v=1vNthyxtaUE&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=3",
        ),
    ),
    "fastpath-2021-christian-kastner@fastpath-ical": (
        "15:35",
        "16:10",
        "Toward a system-wide and interdisciplinary perspective on ML system performance",
        ("Christian Kästner", "Carnegie Mellon University"),
        (
            "https://ckaestne.github.io/seai/talks/fastpath21/fastpath.html",
            "https://www.youtube.com/watch?v=SGJogMiRkWU&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=4",
        ),
    ),
    "fastpath-2021-kaoutar-el-maghraoui@fastpath-ical": (
        "16:10",
        "16:45",
        "Hardware-aware Automated AI for Efficient Deep Learning across Hybrid Deployments: "
        "Current Landscape and Future Directions",
        ("Kaoutar El Maghraoui", "IBM Research"),
        (
            "https://tinyurl.com/fastpath2021/Slides/FastPath2021_K_ElMaghroui.pdf",
            "https://www.youtube.com/watch?v=oGQg061Wmoo&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=5",
        ),
    ),
    "fastpath-2021-lunch-dinner-breakfast@fastpath-ical": (
        "16:45",
        "17:45",
        "LUNCH / DINNER / BREAKFAST",
        (),
        (),
    ),
    "fastpath-2021-siva-hari@fastpath-ical": (
        "17:45",
        "18:20",
        "Resilience and Safety for Autonomous Vehicles",
        ("Siva Hari", "NVidia"),
        (
            "https://tinyurl.com/fastpath2021/Slides/FastPath2021_S_Hari.pdf",
            "https://www.youtube.com/watch?v=Oe5tEe4SRPQ&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=6",
        ),
    ),
    "fastpath-2021-amrita-mazumdar@fastpath-ical": (
        "18:20",
        "18:55",
        "Learning for Better Video Processing Systems",
        ("Amrita Mazumdar", "Vignette AI / Univ of Washington"),
        (
            "https://tinyurl.com/fastpath2021/Slides/FastPath2021_A_Mazumdar.pdf",
            "https://www.youtube.com/watch?v=mAS_o3R0qag&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=7",
        ),
    ),
    "fastpath-2021-break@fastpath-ical": ("18:55", "19:15", "BREAK", (), ()),
    "fastpath-2021-martin-maas@fastpath-ical": (
        "19:15",
        "19:50",
        "A Taxonomy of Machine Learning for Systems Problems",
        ("Martin Maas", "Google Brain"),
        (),
    ),
    "fastpath-2021-jongsoo-park@fastpath-ical": (
        "19:50",
        "20:25",
        "Embedding Operations in Deep Learning Recommendation Models",
        ("Jongsoo Park", "Facebook"),
        (
            "https://tinyurl.com/fastpath2021/Slides/FastPath2021_J_Park.pdf",
            "https://www.youtube.com/watch?v=rsph4ohjwoc&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=8",
        ),
    ),
    "fastpath-2021-closing-remarks@fastpath-ical": ("20:25", "20:30", "Closing Remarks", (), ()),
}
OPENING_VIDEO = (
    "https://www.youtube.com/watch?v=9_6d5TJCyGw&list=PLiFY02l7XTtu56WoMabDUjo-xfESEDs14&index=2"
)
URL_RE = re.compile(r"https?://\S+")


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("fastpath2021.ics", FeedOptions()),
        ("fastpath2021-utc.ics", FeedOptions(utc=True)),
        ("fastpath2021-no-breaks.ics", FeedOptions(breaks=False)),
    ],
)
def test_golden_bytes(program: Program, name: str, options: FeedOptions) -> None:
    """The shipped feed is byte for byte the reviewed golden file (regenerate.py rewrites it)."""
    assert (GOLDEN / name).read_bytes() == feed_bytes(program, options)


#: Two machines as unlike as can be: other zones (a day apart, both sides of the date line),
#: other locales, and, under faketime, clocks decades apart in other seasons.
_MACHINES = (
    {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "FAKETIME": "2001-01-01 00:00:01"},
    {"TZ": "America/Adak", "LC_ALL": "C.UTF-8", "FAKETIME": "2037-07-15 23:59:58"},
)


def _build_elsewhere(machine: dict[str, str], *options: str) -> bytes:
    """``fastpath-ical build -o -`` in a process of its own, on ``machine``'s zone and clock."""
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "FAKETIME")}
    env.update({k: v for k, v in machine.items() if k != "FAKETIME"})
    command = [sys.executable, "-m", "fastpath_ical", "build", *options, "-o", "-"]
    if FAKETIME is not None:
        command = [FAKETIME, "-f", f"@{machine['FAKETIME']}", *command]
    done = subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)
    return done.stdout


FAKETIME = shutil.which("faketime")


@pytest.mark.parametrize("options", [(), ("--all-day", "--html", "--alarm", "15m", "--utc")])
def test_a_build_elsewhere_and_at_another_time_is_the_same_bytes(options: tuple[str, ...]) -> None:
    """Nothing reads the clock, the machine's zone or its locale: two processes on unlike
    machines write the same bytes, the golden ones for the default feed.

    With faketime (Debian's ``faketime``, installed by .ci/run) their clocks are 36 years
    apart; without it the second process starts over a second after the first, so a read
    of the clock would still show in DTSTAMP, but not a read of the date.
    """
    first = _build_elsewhere(_MACHINES[0], *options)
    if FAKETIME is None:
        time.sleep(1.1)
    second = _build_elsewhere(_MACHINES[1], *options)
    assert first == second
    assert 11 + len(options[:1]) == len(Calendar.from_ical(first).events)  # --all-day: one more
    if not options:
        assert (GOLDEN / "fastpath2021.ics").read_bytes() == first


@pytest.mark.parametrize("reader", reader_params())
@pytest.mark.parametrize("utc_mode", [False, True])
def test_every_parser_reads_the_page(program: Program, reader: str, utc_mode: bool) -> None:
    """Each independent parser sees every row of the page at its UTC instant, with its people,
    title and exactly the slide and video links the page has."""
    events = by_uid(READERS[reader](feed_bytes(program, FeedOptions(utc=utc_mode))))
    assert sorted(PAGE) == sorted(events)
    for uid, (start, end, title, person, links) in PAGE.items():
        event = events[uid]
        assert (utc(start), utc(end)) == (event.start, event.end), uid
        assert title in event.summary
        lines = event.description.split("\n")
        assert title in lines
        if person:
            name, affiliation = person
            assert f"{name} ({affiliation})" == lines[0]
            assert name in event.summary
        expected_links = set(links) | ({OPENING_VIDEO} if "opening" in uid else set())
        assert expected_links == set(event.attachments)
        for url in expected_links:
            assert url in lines[lines.index(title) + 1 :] or any(
                line.endswith(url) for line in lines
            )
        described = set(URL_RE.findall(event.description))
        media = {u for u in described if "Slides" in u or "youtube" in u or "seai" in u}
        assert expected_links == media
        assert event.location == "Virtual"


def test_organizers_are_named_in_remarks(program: Program) -> None:
    events = by_uid(READERS["ical"](feed_bytes(program)))
    description = events["fastpath-2021-opening-remarks@fastpath-ical"].description
    assert description.startswith(
        "Parijat Dube (IBM)\nYuhao Zhu (Univ of Rochester)\nErik Altman (IBM)\nOpening Remarks"
    )


def test_no_breaks_leaves_out_only_breaks(program: Program) -> None:
    events = by_uid(READERS["vobject"](feed_bytes(program, FeedOptions(breaks=False))))
    breaks = {
        "fastpath-2021-lunch-dinner-breakfast@fastpath-ical",
        "fastpath-2021-break@fastpath-ical",
    }
    assert sorted(set(PAGE) - breaks) == sorted(events)


def test_calendar_properties(program: Program) -> None:
    calendar = Calendar.from_ical(feed_bytes(program))
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert str(calendar["PRODID"]).startswith("-//fastpath-ical//")
    assert str(calendar["X-WR-TIMEZONE"]) == "America/New_York"
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert str(calendar["NAME"]).startswith("FastPath 2021")
    assert "ISPASS 2021" in str(calendar["DESCRIPTION"])
    assert str(calendar["URL"]) == "https://tinyurl.com/fastpath2021"
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["REFRESH-INTERVAL"].dt == dt.timedelta(days=1)
    assert str(calendar["X-PUBLISHED-TTL"].to_ical(), "ascii") == "P1D"
    for event in calendar.walk("VEVENT"):
        assert "ORGANIZER" not in event
        assert "ATTENDEE" not in event
        assert event["DTSTAMP"].dt.tzinfo is not None
        assert event["CATEGORIES"]


def test_event_kinds_are_categories_and_breaks_are_free(program: Program) -> None:
    calendar = Calendar.from_ical(feed_bytes(program))
    kinds = {item.title: item.kind for item in program.items}
    for event in calendar.walk("VEVENT"):
        title = str(event["SUMMARY"]).split(" – ")[0]
        label = {ItemKind.TALK: "Talk", ItemKind.REMARKS: "Remarks", ItemKind.BREAK: "Break"}
        assert label[kinds[title]] in event.categories
        expected = "TRANSPARENT" if kinds[title] is ItemKind.BREAK else "OPAQUE"
        assert expected == event["TRANSP"]


def test_vtimezone_is_one_yearly_rule_from_the_year_before(program: Program) -> None:
    """icalendar's default 1970-2038 block is read an hour off by vobject and ical.js,
    libical rejects its COMMENT, Outlook keeps only its latest STANDARD and DAYLIGHT:
    the feed's block is those two, each a yearly rule from the year before the program."""
    calendar = Calendar.from_ical(feed_bytes(program))
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "America/New_York"
    assert "COMMENT" not in timezone
    assert ["STANDARD", "DAYLIGHT"] == [sub.name for sub in timezone.subcomponents]
    assert all(2020 == sub["DTSTART"].dt.year for sub in timezone.subcomponents)
    assert all("RRULE" in sub for sub in timezone.subcomponents)
    used = {event["DTSTART"].params["TZID"] for event in calendar.walk("VEVENT")}
    assert {"America/New_York"} == used


def test_utc_mode_has_no_tzid(program: Program) -> None:
    data = feed_bytes(program, FeedOptions(utc=True))
    assert b"TZID" not in data
    assert b"BEGIN:VTIMEZONE" not in data
    assert re.findall(rb"^DTSTART:\d{8}T\d{6}Z\r$", data, re.M)


def check_content_lines(data: bytes) -> None:
    """RFC 5545 section 3.1: CRLF, at most 75 octets a line, folds between characters."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold that split a character would not decode


def test_content_lines(program: Program) -> None:
    check_content_lines(feed_bytes(program))
    assert "Kästner".encode() in feed_bytes(program).replace(b"\r\n ", b"")


def test_uids_are_unique_and_stable(program: Program) -> None:
    calendar = build_calendar(program)
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids) == 11
    assert sorted(PAGE) == sorted(uids)


def forget_vobject_timezones() -> None:
    """vobject keeps the first VTIMEZONE it saw for a TZID for the life of the process;
    a feed for another year must not be read with an earlier feed's rules."""
    registry = vars(vobject.icalendar)["__tzidMap"]
    for tzid in [key for key in registry if key != "UTC"]:
        del registry[tzid]


@given(programs())
def test_generated_programs_read_back_everywhere(generated: Program) -> None:
    """For any valid program, in any of the test zones, every independent parser reads every
    item at its instant, with the summary the feed wrote."""
    for utc_mode in (False, True):
        data = feed_bytes(generated, FeedOptions(utc=utc_mode))
        check_content_lines(data)
        expected = sorted((item.start_utc, item.end_utc) for item in generated.items)
        for name, reader in READERS.items():
            forget_vobject_timezones()
            events = reader(data)
            assert expected == sorted((e.start, e.end) for e in events), name
            assert len({e.uid for e in events}) == len(generated.items), name


def test_a_calendar_name_with_commas_is_escaped() -> None:
    """icalendar writes a plain NAME as it is; RFC 7986 makes it TEXT, whose commas are escaped."""
    start = dt.datetime(2023, 3, 1, 10, tzinfo=dt.UTC)
    program = Program(
        title="Languages, Tools, and Techniques",
        short_name="LTT 2023",
        date=start.date(),
        timezone="UTC",
        items=(
            Item(start=start, end=start + dt.timedelta(hours=1), kind=ItemKind.TALK, title="T"),
        ),
    )
    data = feed_bytes(program)
    assert b"NAME:LTT 2023 \xe2\x80\x93 Languages\\, Tools\\, and Techniques\r\n" in data
    assert b"X-WR-CALNAME:LTT 2023 \xe2\x80\x93 Languages\\, Tools\\, and Techniques" in data
    assert (
        "LTT 2023 – Languages, Tools, and Techniques"
        == read_feed(data).short_name + " – " + read_feed(data).title
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"refresh": 5},
        {"refresh": dt.timedelta(0)},
        {"utc": "no"},
        {"breaks": 0},
        {"html": None},
        {"uid_domain": "example.org\r\nX-EVIL:1"},
        {"uid_domain": ""},
        {"stamp": dt.datetime(2021, 3, 28)},
        {"alarm": -dt.timedelta(minutes=5)},
    ],
)
def test_feed_options_refuse_what_cannot_work(bad: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        FeedOptions(**bad)  # type: ignore[arg-type]


def test_a_utc_feed_says_its_times_are_utc(program: Program) -> None:
    """``--utc`` writes every time in UTC, so the calendar's description says so (it said
    "Times in America/New_York"), and still names the program's zone, which a reader of the
    feed without X-WR-TIMEZONE takes back from it."""
    calendar = Calendar.from_ical(feed_bytes(program, FeedOptions(utc=True)))
    first = str(calendar["DESCRIPTION"]).split("\n")[0]
    assert first.endswith(". Times in UTC (the program is in America/New_York).")
    assert "Times in America/New_York" not in calendar.to_ical().decode()
    calendar.pop("X-WR-TIMEZONE")
    assert "America/New_York" == read_feed(calendar.to_ical()).timezone
