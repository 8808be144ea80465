"""Every page in ``tests/pages/``: a valid page gives exactly its program, an invalid one
exactly its error.

Each ``valid/NAME.md`` sits beside ``NAME.json``, the program it must give
(instants with their UTC offsets, people, links, sessions, warnings); each
``invalid/NAME.md`` beside ``NAME.json``, the error it must raise (line,
column, message).  The pages were written by hand in the forms real
workshop sites use; the expectations were checked against the pages by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fastpath_ical import ItemKind, PageError, PageReading, read_page
from fastpath_ical.ics import FeedOptions, feed_bytes
from fastpath_ical.page._blocks import Table
from fastpath_ical.page._columns import Column, layout, with_header
from fastpath_ical.page._markdown import blocks
from fastpath_ical.page._timetables import track_columns
from paths import TESTS
from readback import READERS, by_uid, reader_params

PAGES = TESTS / "pages"
VALID = sorted((PAGES / "valid").glob("*.md"))
INVALID = sorted((PAGES / "invalid").glob("*.md"))


def describe(reading: PageReading) -> dict[str, Any]:
    """A reading as plain JSON data, the form the expectations are stored in."""
    program = reading.program
    return {
        "title": program.title,
        "short_name": program.short_name,
        "date": program.date.isoformat(),
        "timezone": program.timezone,
        "location": program.location,
        "home_page": program.home_page,
        "organizers": [[p.name, p.affiliation, p.profile] for p in program.organizers],
        "items": [
            {
                "start": item.start.isoformat(),
                "end": item.end.isoformat(),
                "kind": item.kind.value,
                "title": item.title,
                "people": [[p.name, p.affiliation, p.profile] for p in item.people],
                "links": [[link.kind.value, link.url] for link in item.links],
                "session": item.session,
                "chair": item.chair,
                "extra": [list(pair) for pair in item.extra],
                # Only where there is one, so the older fixtures need not say "abstract": null.
                **({"abstract": item.abstract} if item.abstract is not None else {}),
            }
            for item in program.items
        ],
        "warnings": [str(warning) for warning in reading.warnings],
    }


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_page_has_its_expectation_and_every_expectation_its_page() -> None:
    """A page without its .json would be read by no test; a .json without its page, checked by
    none; anything else in the folders is neither."""
    for folder in ("valid", "invalid"):
        files = sorted(path.name for path in (PAGES / folder).iterdir())
        pages = {name.removesuffix(".md") for name in files if name.endswith(".md")}
        expectations = {name.removesuffix(".json") for name in files if name.endswith(".json")}
        assert pages == expectations, folder
        assert len(files) == 2 * len(pages), folder
    assert len(VALID) >= 10
    assert len(INVALID) >= 10


def test_the_valid_pages_give_every_kind_of_item() -> None:
    """Each ItemKind the reader can produce is pinned by some fixture's expected program."""
    kinds = {
        item["kind"]
        for page in VALID
        for item in json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["items"]
    }
    assert {kind.value for kind in ItemKind} == kinds


def test_the_valid_pages_have_every_kind_of_column() -> None:
    """Each Column the reader knows heads a program table in some fixture.

    The tables are laid out by the reader's own ``layout``, as ``read_page`` does: a column
    that no fixture has is one whose reading no test pins.
    """
    seen: set[Column] = set()
    for page in VALID:
        for block in blocks(_read(page)):
            if isinstance(block, Table):
                tracked = track_columns(with_header(block))
                table = tracked[1] if tracked else layout(with_header(block))
                if table.is_schedule:
                    seen |= set(table.columns)
    assert set(Column) == seen


@pytest.mark.parametrize("page", VALID, ids=[p.stem for p in VALID])
def test_valid_page_gives_its_program(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert expected == describe(read_page(_read(page)))


@pytest.mark.parametrize("page", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_page_raises_its_error(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    with pytest.raises(PageError) as caught:
        read_page(_read(page))
    error = caught.value
    actual = {"line": error.line, "column": error.column, "message": error.message}
    assert expected == actual


@pytest.mark.parametrize("page", VALID, ids=[p.stem for p in VALID])
@pytest.mark.parametrize("reader", reader_params())
def test_valid_page_feed_reads_back_with_the_same_instants(page: Path, reader: str) -> None:
    """Parsers we did not write see each item at the instants the page gives.

    The feed is written in UTC here: this checks the reader's instants, not how
    the feed writes local times (vobject caches a VTIMEZONE by TZID across files).
    """
    program = read_page(_read(page)).program
    data = feed_bytes(program, FeedOptions(utc=True))
    seen = sorted(READERS[reader](data), key=lambda e: e.start)
    expected = [(item.start_utc, item.end_utc) for item in program.items]
    assert expected == [(event.start, event.end) for event in seen]
    by_uid(seen)
