"""Pages modelled on real workshop program pages: the reader reads what a person reads.

Each ``tests/pages/real/NAME.md`` reproduces the shape of a program page
published in a public repository (named in ``NAME.json``: repository, path,
commit) with its own names, titles and URLs; ``NAME.json`` holds what a person
reads on it, written by hand before the reader ran, and the options a person
had to bring from outside the page (a zone, a date).  ``status`` says how the
reader does today: ``exact`` (every item's UTC start and end, title, people,
affiliations and links as the person read them), ``refused`` (a PageError on
the line the person would also ask about), or ``gap: ...`` (a known
shortfall, kept as a strict expected failure so that the day it reads right,
the test says so and the status is raised).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from fastpath_ical import PageError, PageReading, read_page
from paths import TESTS

REAL = TESTS / "pages" / "real"
PAGES = sorted(page for page in REAL.glob("*.md") if page.name != "README.md")


def _record(page: Path) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return record


def _params() -> list[Any]:
    params = []
    for page in PAGES:
        status = _record(page)["status"]
        marks = [pytest.mark.xfail(strict=True, reason=status)] if status.startswith("gap") else []
        params.append(pytest.param(page, id=page.stem, marks=marks))
    return params


def _utc(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC) if text else None


def _read(page: Path, options: dict[str, Any]) -> PageReading:
    keywords = dict(options)
    if "date" in keywords:
        keywords["date"] = dt.date.fromisoformat(keywords["date"])
    return read_page(page.read_text(encoding="utf-8"), **keywords)


def _what_a_person_reads(reading: PageReading) -> list[dict[str, Any]]:
    return [
        {
            "start": item.start_utc,
            "end": item.end_utc,
            "title": item.title,
            "people": [(p.name, p.affiliation) for p in item.people],
            "links": sorted(
                {link.url for link in item.links} | {p.profile for p in item.people if p.profile}
            ),
        }
        for item in reading.program.items
    ]


def _expected(record: dict[str, Any]) -> list[dict[str, Any]]:
    def absolute(url: str) -> bool:
        return url.startswith(("http://", "https://"))

    return [
        {
            "start": _utc(item["start"]),
            "end": _utc(item["end"]),
            "title": item["title"],
            "people": [(p["name"], p.get("affiliation")) for p in item["people"]],
            # A relative link has no site to be relative to without --page-url.
            "links": sorted(
                {link["url"] for link in item.get("links", []) if absolute(link["url"])}
                | {p["profile"] for p in item["people"] if p.get("profile")}
            ),
        }
        for item in record["expected"]["items"]
    ]


@pytest.mark.parametrize("page", _params())
def test_a_real_page_reads_as_a_person_reads_it(page: Path) -> None:
    record = _record(page)
    expected = record["expected"]
    if expected["verdict"] == "refuse":
        with pytest.raises(PageError) as caught:
            _read(page, record["options"])
        assert caught.value.line == expected["refuse"]["line"], caught.value
        return
    assert _expected(record) == _what_a_person_reads(_read(page, record["options"]))


def test_every_page_names_what_it_is_modelled_on() -> None:
    assert len(PAGES) >= 40
    for page in PAGES:
        source = _record(page)["modelled_on"]
        assert source["repo"].count("/") == 1, page
        assert len(source["commit"]) == 40, page
        assert source["path"], page


def test_the_status_is_counted() -> None:
    """The closing note's numbers come from here: exact, refused at the right row, gaps."""
    statuses = [_record(page)["status"].split(":")[0] for page in PAGES]
    assert set(statuses) <= {"exact", "refused", "gap"}
    assert statuses.count("exact") + statuses.count("refused") >= 15
