"""examples/calendar_links.py runs and prints links a browser would follow unchanged."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from fastpath_ical import Program
from fastpath_ical.links import program_event_links
from paths import ROOT
from run_example import run_example
from test_links import split

EXAMPLE = ROOT / "examples" / "calendar_links.py"


class Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for name, value in attrs if name == "href" and value]


def test_example_prints_every_link_intact(program: Program) -> None:
    """Each href, once the HTML is parsed, is the library's link, and parses back."""
    done = run_example(EXAMPLE.name, "https://example.org/f.ics")
    parser = Hrefs()
    parser.feed(done.stdout)
    hrefs = parser.hrefs
    assert "webcal://example.org/f.ics" == hrefs[0]
    expected = [
        link
        for links in program_event_links(program)
        for link in (links.google, links.outlook, links.office365)
    ]
    assert expected == hrefs[4:]
    for href in hrefs[1:]:
        split(href)


def test_links_how_to_python_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The Python in docs/links.md runs as written and prints the feed's webcal link."""
    text = (EXAMPLE.parent.parent / "docs" / "links.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/links.md", "exec"), {})
    assert "webcal://example.org/fastpath2021.ics" in capsys.readouterr().out
