"""Sessions, chairs, extra columns and abstracts reach the calendar, and come back.

A page's Session, Chair and Abstract columns, and the columns the reader does
not know (kept as extra text, e.g. Room), are written in the plain-text
DESCRIPTION that every client shows (and so in X-ALT-DESC with ``--html``),
read back by :func:`~fastpath_ical.ics.read_feed`, and are content to
:mod:`fastpath_ical.updates`: changing one is an update subscribers see.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import given, settings

from fastpath_ical import FeedOptions, Program, build_calendar, feed_bytes, read_page
from fastpath_ical.cli import main
from fastpath_ical.ics import describe, details, read_feed, read_previous, update
from readback import READERS, by_uid, forget_vobject_timezones
from strategies import programs

PAGE = """\
# Workshop on Reproducible Systems Research

Short name: RSR 2024

Location: Edinburgh, UK

Tuesday, 14 May 2024 (BST)

| Time | Session | Chair | Speaker | Affiliation | Title | Room | Abstract | Slides |
|---|---|---|---|---|---|---|---|---|
| 09:00 - 09:15 | Opening | Ada Byron | | | Welcome | LT1 | | |
| 09:15 - 10:00 | Systems | Jane Doe | Ana Souza | University of Lisbon | Artifacts that Still Build | LT1 | We rebuilt 200 artifacts from 2015; most did not build. Here is why, & what helps. | [Slides](https://example.org/rsr/souza.pdf) |
| 10:00 - 10:30 | | | | | Coffee break | Foyer | | |
| 10:30 - 11:15 | Measurement | Ken Ito | Zoë Müller | ETH Zürich | Noise in Cloud Benchmarks <2x> | LT2 | Cloud variance, measured. | |
"""  # noqa: E501

SOUZA = "rsr-2024-ana-souza@fastpath-ical"
MULLER = "rsr-2024-zoe-muller@fastpath-ical"
BREAK = "rsr-2024-coffee-break@fastpath-ical"
NOW = dt.datetime(2024, 5, 20, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "rsr2024.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rsr(page_path: Path) -> Program:
    return read_page(page_path.read_text(encoding="utf-8")).program


@pytest.fixture(scope="module")
def built(page_path: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The feed the command line builds from the page."""
    out = tmp_path_factory.mktemp("feed") / "rsr2024.ics"
    assert 0 == main(["build", str(page_path), "-o", str(out)])
    return out.read_bytes()


def test_the_page_has_sessions_chairs_rooms_and_abstracts(rsr: Program) -> None:
    """The fixture says what this module is about (the page reader is tested elsewhere)."""
    talk = rsr.items[1]
    assert ("Systems", "Jane Doe", (("Room", "LT1"),)) == (talk.session, talk.chair, talk.extra)
    assert talk.abstract is not None
    assert talk.abstract.startswith("We rebuilt")
    assert (("Room", "Foyer"),) == rsr.items[2].extra


def test_description_carries_them_in_reading_order(rsr: Program) -> None:
    """Speaker and title, then session, chair and other columns, then the abstract,
    then links, then the program: each part its own paragraph."""
    assert describe(rsr, rsr.items[1]) == (
        "Ana Souza (University of Lisbon)\n"
        "Artifacts that Still Build\n"
        "\n"
        "Session: Systems\n"
        "Chair: Jane Doe\n"
        "Room: LT1\n"
        "\n"
        "Abstract: We rebuilt 200 artifacts from 2015; most did not build. "
        "Here is why, & what helps.\n"
        "\n"
        "Slides: https://example.org/rsr/souza.pdf\n"
        "\n"
        "RSR 2024 – Workshop on Reproducible Systems Research"
    )
    assert "Coffee break\n\nRoom: Foyer\n\nRSR 2024" in describe(rsr, rsr.items[2])


def test_every_parser_reads_them_in_the_description(rsr: Program, built: bytes) -> None:
    """Every independent parser sees the session, chair, room and abstract of each item,
    exactly the text describe() wrote."""
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(built).walk("VEVENT")]
    expected = dict(zip(uids, rsr.items, strict=True))
    assert {SOUZA, MULLER, BREAK} <= set(expected)
    for name, reader in READERS.items():
        forget_vobject_timezones()
        seen = by_uid(reader(built))
        assert sorted(expected) == sorted(seen), name
        for uid, item in expected.items():
            assert describe(rsr, item) == seen[uid].description, (name, uid)
        souza = seen[SOUZA].description
        for text in ("Session: Systems", "Chair: Jane Doe", "Room: LT1", "Abstract: We rebuilt"):
            assert text in souza, (name, text)
        assert "Session: Measurement\nChair: Ken Ito\nRoom: LT2" in seen[MULLER].description
        assert "Room: Foyer" in seen[BREAK].description, name


def test_the_feed_reads_back_with_them(rsr: Program, built: bytes) -> None:
    """read_feed gives back each item's session, chair, extra columns and abstract."""
    back = read_feed(built)

    def said(program: Program) -> list[tuple[object, ...]]:
        return [(i.session, i.chair, i.extra, i.abstract) for i in program.items]

    assert said(rsr) == said(back)


def _text_of(markup: str) -> str:
    """The text an HTML parser reads in ``markup`` (references resolved, comments dropped)."""
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append  # type: ignore[method-assign]
    parser.feed(markup)
    parser.close()
    return "".join(parts)


def test_html_description_says_the_same(rsr: Program) -> None:
    """X-ALT-DESC (``--html``) has the same lines, escaped: "&" and "<" are text, not markup."""
    calendar = build_calendar(rsr, FeedOptions(html=True))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    souza = str(events[SOUZA]["X-ALT-DESC"])
    assert "<p>Session: Systems<br>Chair: Jane Doe<br>Room: LT1</p>" in souza
    assert "<p>Abstract: We rebuilt" in souza
    assert "Here is why&#44 & what helps.</p>" in souza  # a bare & HTML reads as itself
    muller = str(events[MULLER]["X-ALT-DESC"])
    assert "Noise in Cloud Benchmarks &#60<!---->2x&#62" in muller
    assert "Noise in Cloud Benchmarks <2x>" in _text_of(muller)
    assert "Room: LT2" in muller


def test_no_new_property_and_categories_unchanged(built: bytes) -> None:
    """The session is not a CATEGORIES value and the room not LOCATION (docs/compatibility.md)."""
    calendar = icalendar.Calendar.from_ical(built)
    for event in calendar.walk("VEVENT"):
        assert ["RSR 2024"] == [str(c) for c in event["CATEGORIES"].cats][:1]
        assert 2 == len(event["CATEGORIES"].cats)
        assert "Edinburgh, UK" == str(event["LOCATION"])


def _edit(program: Program, index: int, **changes: object) -> Program:
    items = list(program.items)
    items[index] = attrs.evolve(items[index], **changes)  # type: ignore[arg-type]
    return attrs.evolve(program, items=tuple(items))


@pytest.mark.parametrize(
    "changes",
    [
        {"session": "Reproducibility"},
        {"chair": "John Roe"},
        {"extra": (("Room", "LT3"),)},
        {"abstract": "A shorter abstract."},
        {"session": None, "chair": None, "extra": (), "abstract": None},
    ],
    ids=["session", "chair", "room", "abstract", "all-removed"],
)
def test_a_changed_session_room_or_abstract_is_an_update(
    rsr: Program, changes: dict[str, object]
) -> None:
    """A reader sees the change, so SEQUENCE + 1 on that event alone; the UID stays."""
    previous = feed_bytes(rsr)
    edited = _edit(rsr, 1, **changes)
    result = update(build_calendar(edited, FeedOptions(stamp=NOW)), read_previous(previous), NOW)
    assert (SOUZA,) == result.changed
    assert () == result.added == result.cancelled
    sequences = {str(e["UID"]): int(e["SEQUENCE"]) for e in result.calendar.walk("VEVENT")}
    assert 1 == sequences.pop(SOUZA)
    assert set(sequences.values()) == {0}


def test_an_unchanged_program_with_them_is_no_update(rsr: Program) -> None:
    """Rebuilt against itself, the feed with details is byte for byte the same."""
    previous = feed_bytes(rsr)
    result = update(build_calendar(rsr, FeedOptions(stamp=NOW)), read_previous(previous), NOW)
    assert () == result.changed
    assert previous == result.calendar.to_ical()


def test_an_item_without_them_is_described_as_before(program: Program) -> None:
    """No session, chair, extra or abstract: no details paragraph (the golden files hold
    the shipped program's bytes)."""
    assert all(details(item) == [] for item in program.items)
    assert "Session:" not in describe(program, program.items[1])


def test_a_multi_line_cell_is_indented_and_reads_back(rsr: Program) -> None:
    """A cell with a line break (a page's <br>) continues on indented lines."""
    edited = _edit(rsr, 1, extra=(("Room", "LT1\nthen LT2"), ("Track", "A")))
    assert "Room: LT1\n  then LT2\nTrack: A" in describe(edited, edited.items[1])
    assert edited.items[1].extra == read_feed(feed_bytes(edited)).items[1].extra


@settings(max_examples=10)
@given(programs(details=True, max_items=4, max_days=1))
def test_generated_details_read_the_same_everywhere(generated: Program) -> None:
    """Any session, chair, extra cells and abstract: every parser reads the DESCRIPTION
    describe() wrote.  Few examples: ical.js starts a node process for each."""
    data = feed_bytes(generated)
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]
    expected = dict(zip(uids, generated.items, strict=True))
    for name, reader in READERS.items():
        forget_vobject_timezones()
        seen = by_uid(reader(data))
        for uid, item in expected.items():
            assert describe(generated, item) == seen[uid].description, (name, uid)
