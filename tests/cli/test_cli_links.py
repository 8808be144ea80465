"""``fastpath-ical links``: the library's links, as text for people and JSON for programs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fastpath_ical import ItemKind, Program, fastpath2021_page
from fastpath_ical.cli import main
from fastpath_ical.ics import calendar_name, summary
from fastpath_ical.links import program_event_links, subscribe_links

FEED = "https://example.org/fastpath2021.ics"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["links", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_lists_every_talk_and_remarks_with_the_library_links(
    capsys: pytest.CaptureFixture[str], program: Program
) -> None:
    """The JSON is the library's answer, field for field, breaks left out."""
    status, out, err = run(capsys, "--format", "json", "--feed-url", FEED)
    assert (0, "") == (status, err)
    data = json.loads(out)
    expected = program_event_links(program)
    assert [e.uid for e in expected] == [e["uid"] for e in data["events"]]
    for links, event in zip(expected, data["events"], strict=True):
        assert event == {
            "uid": links.uid,
            "kind": links.item.kind.value,
            "summary": summary(links.item),
            "start": links.item.start_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": links.item.end_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "google": links.google,
            "outlook": links.outlook,
            "office365": links.office365,
        }
    feed = subscribe_links(FEED, name=calendar_name(program))
    assert data["subscribe"] == {
        "url": FEED,
        "webcal": feed.webcal,
        "google": feed.google,
        "outlook": feed.outlook,
        "office365": feed.office365,
    }
    assert data["program"] == "FastPath 2021"


def test_json_without_feed_url_has_no_subscribe_links(capsys: pytest.CaptureFixture[str]) -> None:
    """Subscribing needs the URL the feed is published at; without it there is nothing to give."""
    status, out, _ = run(capsys, "--format", "json")
    assert 0 == status
    assert json.loads(out)["subscribe"] is None


def test_breaks_flag_adds_breaks(capsys: pytest.CaptureFixture[str], program: Program) -> None:
    """--breaks gives every item, breaks included, in program order."""
    status, out, _ = run(capsys, "--format", "json", "--breaks")
    assert 0 == status
    kinds = [event["kind"] for event in json.loads(out)["events"]]
    assert [item.kind.value for item in program.items] == kinds
    assert ItemKind.BREAK.value in kinds


def test_text_names_each_talk_and_its_links(
    capsys: pytest.CaptureFixture[str], program: Program
) -> None:
    """Every talk's summary and all three of its links are on the page, each once."""
    status, out, _ = run(capsys, "--feed-url", FEED)
    assert 0 == status
    for links in program_event_links(program):
        assert 1 == out.count(f"\n{summary(links.item)}\n")
        for link in (links.google, links.outlook, links.office365):
            assert 1 == out.count(f": {link}\n")
    assert out.startswith("Subscribe")
    assert "webcal://example.org/fastpath2021.ics\n" in out


def test_page_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' reads the page from stdin, as for build."""
    page = fastpath2021_page().replace("FastPath 2021", "FastPath 2099")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    status, out, _ = run(capsys, "-", "--format", "json")
    assert 0 == status
    assert "FastPath 2099" == json.loads(out)["program"]


@pytest.mark.parametrize(
    ("argv", "where"),
    [
        (["--feed-url", "ftp://example.org/f.ics"], "fastpath-ical: --feed-url: "),
        (["--feed-url", "webcal://example.org/f.ics"], "fastpath-ical: --feed-url: "),
        (["--feed-url", "https://[::1"], "fastpath-ical: --feed-url: not a URL"),
        (["--feed-url", "http://:80/x"], "fastpath-ical: --feed-url: a feed URL must name a host"),
        (["/no/such/page.md"], "/no/such/page.md: cannot read page"),
    ],
)
def test_errors_are_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], argv: list[str], where: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (1, "") == (status, out)
    assert err.startswith(where)
    assert 1 == err.count("\n")


def test_bad_page_is_located(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A page that is not UTF-8 is reported at its line and column, not as a traceback."""
    page = tmp_path / "p.md"
    page.write_bytes(b"# T\n\xff\n")
    status, _, err = run(capsys, str(page))
    assert 1 == status
    assert err.startswith(f"{page}:2:1: not UTF-8")


def test_installed_command_runs() -> None:
    """The console script reaches the subcommand (what a user types)."""
    done = subprocess.run(
        [sys.executable, "-m", "fastpath_ical", "links", "--format", "json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert json.loads(done.stdout)["events"]
