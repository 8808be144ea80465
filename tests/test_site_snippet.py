"""The snippet: the site's subscribe and per-talk buttons, for a Jekyll or Hugo page."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from markdown_it import MarkdownIt

from fastpath_ical import Program, fastpath2021
from fastpath_ical.ics import calendar_name, keys
from fastpath_ical.links import program_event_links, subscribe_links
from fastpath_ical.site import render_site, render_snippet
from sitekit import BASE, HOSTILE, fastpath, hostile_program

NS = "{http://www.w3.org/1999/xhtml}"


def fragment(text: str) -> ET.Element:
    """The fragment as html5lib reads it in strict mode (a parse error raises)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parseFragment(text)  # type: ignore[no-any-return]


def markdown(text: str) -> ET.Element:
    """The Markdown as CommonMark renders it, raw HTML allowed (as kramdown and Hugo do)."""
    return fragment(MarkdownIt("commonmark", {"html": True}).render(text))


def links_of(root: ET.Element) -> list[tuple[str, str]]:
    return [("".join(a.itertext()), a.get("href", "")) for a in root.iter(NS + "a")]


def expected_links(program: Program) -> list[str]:
    feed = subscribe_links(BASE + "fastpath2021.ics", name=calendar_name(program))
    out = [feed.webcal, feed.google, feed.outlook, feed.office365, feed.url]
    names = dict(zip((i.start for i in program.items), keys(program), strict=True))
    for links in program_event_links(program):
        out += [links.google, links.outlook, links.office365]
        out.append(f"{BASE}events/{names[links.item.start]}.ics")
    return out


@pytest.mark.parametrize("form", ["html", "markdown"])
def test_the_links_are_the_sites(program: Program, form: str) -> None:
    """Every button is the links module's link, or the site's own file at the base URL."""
    text = render_snippet(program, base_url=BASE, format=form)  # type: ignore[arg-type]
    root = fragment(text) if form == "html" else markdown(text)
    found = [unquote(href) for _, href in links_of(root)]
    assert [unquote(link) for link in expected_links(program)] == found
    site = render_site(program, base_url=BASE)
    for href in found:
        if href.startswith(BASE + "events/"):
            assert href.removeprefix(BASE) in site


@pytest.mark.parametrize("form", ["html", "markdown"])
def test_hostile_titles_are_text_and_no_template_code(form: str) -> None:
    """Markup, Liquid and Hugo syntax in a title show as written; no { or } is left for a
    template engine to read, and nothing becomes an element."""
    text = render_snippet(hostile_program(), base_url=BASE, format=form)  # type: ignore[arg-type]
    assert "{" not in text
    assert "}" not in text
    root = fragment(text) if form == "html" else markdown(text)
    assert not [e for e in root.iter() if e.tag in (NS + "script", NS + "b", NS + "img")]
    assert not [e for e in root.iter() if any(name.startswith("on") for name in e.attrib)]
    assert HOSTILE in "".join(root.itertext())
    for _, href in links_of(root):
        assert urlsplit(href).scheme in ("https", "webcal"), href


def test_the_command_writes_either_form(tmp_path: Path) -> None:
    out = tmp_path / "program-buttons.html"
    done = fastpath("snippet", "--base-url", BASE, "-o", str(out))
    assert f"wrote {out}" in done.stderr
    assert out.read_text(encoding="utf-8") == render_snippet(fastpath2021(), base_url=BASE)
    printed = fastpath("snippet", "--base-url", BASE, "--format", "markdown").stdout
    assert printed.startswith("**Subscribe to the program**")
    bad = fastpath("snippet", "--base-url", "https://x.org/?q", check=False)
    assert (1, 1) == (bad.returncode, len(bad.stderr.splitlines()))
    assert bad.stderr.startswith("fastpath-ical: --base-url: ")
