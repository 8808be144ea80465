"""The README's example and the core examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
import pytest

from paths import ROOT
from run_example import run_example

ROOT = ROOT


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.S)


def _run_blocks(path: Path) -> dict[str, object]:
    """Run every Python block of a Markdown file in one namespace, as a reader would paste them."""
    blocks = python_blocks(path.read_text(encoding="utf-8"))
    assert blocks, f"{path.name} has a library example"
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, path.name, "exec"), namespace)
    return namespace


def test_readme_library_example_prints_the_second_talk(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's talk is Christian Kästner's, 11:35 EDT, which the page says is 15:35 UTC."""
    namespace = _run_blocks(ROOT / "README.md")
    assert [
        "Christian Kästner - Toward a system-wide and interdisciplinary perspective on ML system "
        "performance",
        "2021-03-28T11:35:00-04:00 = 2021-03-28T15:35:00+00:00",
    ] == capsys.readouterr().out.splitlines()
    ics = namespace["ics"]
    assert isinstance(ics, bytes)
    events = icalendar.Calendar.from_ical(ics).events
    assert 9 == len(events)  # FeedOptions(breaks=False): the two breaks are left out
    assert not [event for event in events if "Break" in str(event.get("CATEGORIES").cats)]


#: The talks of the shipped page, each at its US EDT time plus four hours (the page's own note:
#: "11:00 am US EDT = 15:00 UTC").
TUTORIAL_TALKS = [
    "15:00 UTC  Ana Klimovic: Ingesting and Processing Data Efficiently for Machine Learning",
    "15:35 UTC  Christian Kästner: Toward a system-wide and interdisciplinary perspective on ML "
    "system performance",
    "16:10 UTC  Kaoutar El Maghraoui: Hardware-aware Automated AI for Efficient Deep Learning "
    "across Hybrid Deployments: Current Landscape and Future Directions",
    "17:45 UTC  Siva Hari: Resilience and Safety for Autonomous Vehicles",
    "18:20 UTC  Amrita Mazumdar: Learning for Better Video Processing Systems",
    "19:15 UTC  Martin Maas: A Taxonomy of Machine Learning for Systems Problems",
    "19:50 UTC  Jongsoo Park: Embedding Operations in Deep Learning Recommendation Models",
]


def test_tutorial_example_prints_the_talks_and_the_first_uid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace = _run_blocks(ROOT / "docs" / "tutorial.md")
    assert [
        *TUTORIAL_TALKS,
        "fastpath-2021-opening-remarks@fastpath-ical 2021-03-28T10:50:00-04:00",
    ] == capsys.readouterr().out.splitlines()
    calendar = namespace["calendar"]
    assert isinstance(calendar, icalendar.Calendar)
    assert 11 == len(icalendar.Calendar.from_ical(calendar.to_ical()).events)


def test_build_feed_example(tmp_path: Path) -> None:
    result = run_example("build_feed.py", str(tmp_path))
    assert "Christian Kästner: Toward a system-wide" in result.stdout
    assert "11:00 (15:00 UTC)  Ana Klimovic" in result.stdout
    whole = icalendar.Calendar.from_ical((tmp_path / "fastpath2021.ics").read_bytes())
    talks = icalendar.Calendar.from_ical((tmp_path / "fastpath2021-talks-utc.ics").read_bytes())
    assert len(whole.events) == 11
    assert len(talks.events) == 9
    assert not talks.walk("VTIMEZONE")
