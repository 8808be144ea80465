"""The site in a real browser, as visitors in several zones see it.

Debian's Chromium, headless, driven by Playwright with its executable path
given (Playwright never downloads a browser here).  One browser for the
module; each visitor is a context with its own time zone.  Every request
the page makes that would leave the machine is answered by the test, after
it checked the URL; screenshots (desktop and phone) go to tests/artifacts/.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from fastpath_ical import Program, read_program
from fastpath_ical.datenames import month_name, weekday_name
from fastpath_ical.ics import keys
from fastpath_ical.site import render_site, write_site
from sitekit import BASE, HOSTILE, Served, hostile_program, serving

CHROMIUM = os.environ.get("FASTPATH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
ZONES = ("Asia/Tokyo", "America/Los_Angeles", "Europe/Zurich")
TWO_DAYS = Path(__file__).parent / "pages" / "valid" / "02-cest-two-days-24h.md"

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is in the [test] extra")
pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None,
    reason=f"no Chromium at {CHROMIUM} (.ci/run installs Debian's chromium package)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def build(program: Program, folder: Path) -> Path:
    write_site(folder, render_site(program, base_url=BASE))
    return folder / "index.html"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory, program: Program) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sites")
    return {
        "shipped": build(program, root / "shipped"),
        "two-days": build(read_program(TWO_DAYS.read_text(encoding="utf-8")), root / "two-days"),
        "hostile": build(hostile_program(), root / "hostile"),
    }


def programs(program: Program) -> dict[str, Program]:
    return {
        "shipped": program,
        "two-days": read_program(TWO_DAYS.read_text(encoding="utf-8")),
        "hostile": hostile_program(),
    }


class Outside:
    """Answers every request that would leave the machine, after writing its URL down."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, route: Any) -> None:
        url = route.request.url
        host = urlsplit(url).hostname or ""
        if url.startswith("file:") or host == "127.0.0.1":
            route.continue_()
            return
        self.urls.append(url)
        route.fulfill(status=200, content_type="text/html", body="<p>stand-in</p>")


def visitor(browser: Any, zone: str, **options: Any) -> tuple[Any, Outside]:
    context = browser.new_context(timezone_id=zone, locale="en-US", **options)
    outside = Outside()
    context.route("**/*", outside)
    return context, outside


def expected_local(program: Program, zone: str) -> list[tuple[str, str | None]]:
    """What each item should say in ``zone``: its times there, and its date there if another."""
    here = ZoneInfo(zone)
    rows = []
    for item in program.items:
        start, end = item.start_utc.astimezone(here), item.end_utc.astimezone(here)
        text = f"Your time: {start:%H:%M}–{end:%H:%M}"
        days = (end.date() - start.date()).days
        if days and not (days == 1 and end.time() == dt.time(0)):
            text += f" (+{days} day)"
        program_date = item.start.astimezone(program.zone).date()
        other = None
        if start.date() != program_date:
            other = start.date().isoformat()
            shift = (start.date() - program_date).days
            text += f", {weekday_name(start.date())} {start.day} {month_name(start.date())}"
            text += " (a day later)" if shift == 1 else " (a day earlier)"
        rows.append((text, other))
    return rows


def shown(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(  # type: ignore[no-any-return]
        ".item",
        """items => items.map(item => {
            const local = item.querySelector('.local');
            return {
                when: item.querySelector('.when time').textContent,
                local: local.hidden ? null : local.textContent,
                other: local.getAttribute('data-other-date'),
                visible: local.offsetParent !== null,
            };
        })""",
    )


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("name", ["shipped", "two-days"])
def test_times_in_the_visitors_zone(
    browser: Any, sites: dict[str, Path], program: Program, name: str, zone: str
) -> None:
    """Each item shows the visitor's time, computed by the browser, equal to zoneinfo's; an
    item on another date there is marked; a visitor whose clock is the program's gets no
    second line."""
    target = programs(program)[name]
    context, outside = visitor(browser, zone)
    errors: list[str] = []
    page = context.new_page()
    page.on("console", lambda message: errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(sites[name].as_uri())
    rows = shown(page)
    same = all(
        item.start_utc.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        == item.start.astimezone(target.zone).replace(tzinfo=None)
        for item in target.items
    )
    banner = page.inner_text("#your-zone")
    assert zone in banner
    if same:
        assert "same clock times" in banner
        assert all(row["local"] is None for row in rows)
    else:
        expected = expected_local(target, zone)
        assert [text for text, _ in expected] == [row["local"] for row in rows]
        assert [other for _, other in expected] == [row["other"] for row in rows]
        assert all(row["visible"] for row in rows)
    assert [] == errors
    assert [] == outside.urls
    context.close()


def test_tokyo_sees_the_talks_on_monday(browser: Any, sites: dict[str, Path]) -> None:
    """FastPath 2021 from Tokyo: the opening at 23:50 on Sunday, every talk after it on Monday."""
    context, _ = visitor(browser, "Asia/Tokyo")
    page = context.new_page()
    page.goto(sites["shipped"].as_uri())
    rows = shown(page)
    assert "Your time: 23:50–00:00" == rows[0]["local"]
    assert rows[0]["other"] is None
    assert "Your time: 00:00–00:35, Monday 29 March (a day later)" == rows[1]["local"]
    assert all(row["other"] == "2021-03-29" for row in rows[1:])
    context.close()


def test_complete_without_scripts(browser: Any, sites: dict[str, Path], program: Program) -> None:
    """Scripts off: every time in the program's zone and UTC, no empty or half-filled lines."""
    context, _ = visitor(browser, "Asia/Tokyo", java_script_enabled=False)
    page = context.new_page()
    page.goto(sites["shipped"].as_uri())
    rows = shown(page)
    assert len(program.items) == len(rows)
    assert "10:50–11:00 EDT" == rows[0]["when"]
    assert all(row["local"] is None for row in rows)
    assert not page.is_visible("#your-zone")
    assert page.inner_text(".item:nth-child(2) .utc") == "15:00–15:35 UTC"
    context.close()


@pytest.fixture(scope="module")
def served(sites: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("browser-serve") / "serve.log"
    with serving(str(sites["shipped"].parent), log=log) as server:
        yield server


def check_service_url(url: str, program: Program) -> None:
    """The URL has the form its service documents (docs/links.md), with the program's values."""
    parts = urlsplit(url)
    fields = {key: values[0] for key, values in parse_qs(parts.query, strict_parsing=True).items()}
    feed = BASE + "fastpath2021.ics"
    if parts.hostname == "calendar.google.com" and parts.path == "/calendar/render":
        assert "TEMPLATE" == fields["action"]
        start, end = fields["dates"].split("/")
        instants = {
            (f"{i.start_utc:%Y%m%dT%H%M%SZ}", f"{i.end_utc:%Y%m%dT%H%M%SZ}") for i in program.items
        }
        assert (start, end) in instants
        assert program.timezone == fields["ctz"]
        assert fields["text"]
        assert fields["details"]
    elif parts.hostname == "calendar.google.com" and parts.path == "/calendar/r":
        assert "webcal://example.org/ws/fastpath2021.ics" == fields["cid"]
    elif parts.hostname in ("outlook.live.com", "outlook.office.com"):
        if parts.path == "/calendar/0/addfromweb":
            assert feed == fields["url"]
            assert fields["name"].startswith("FastPath 2021 – ")
        else:
            assert "/calendar/0/deeplink/compose" == parts.path
            assert ("/calendar/action/compose", "addevent") == (fields["path"], fields["rru"])
            assert fields["startdt"].endswith("Z")
            assert fields["enddt"].endswith("Z")
            assert fields["subject"]
    else:
        assert parts.hostname in (
            "tinyurl.com",
            "www.youtube.com",
            "ckaestne.github.io",
            "www.ispass.org",
        ), url


def test_every_link_followed_without_leaving_the_machine(
    browser: Any, served: Served, program: Program
) -> None:
    """Each link's target is requested: the site's own files from the loopback server (each
    .ics parses, as text/calendar), every other one answered by the test after its URL is
    checked against the service's format; a click on a button goes where its href says."""
    context, outside = visitor(browser, "Europe/Zurich")
    page = context.new_page()
    page.goto(served.url)
    anchors = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    assert len(anchors) > 60
    own = 0
    for href in anchors:
        scheme = urlsplit(href).scheme
        if scheme == "webcal":
            assert "webcal://example.org/ws/fastpath2021.ics" == href
            continue
        if urlsplit(href).hostname == "127.0.0.1":
            response = context.request.get(href)
            assert 200 == response.status, href
            if href.endswith(".ics"):
                assert "text/calendar; charset=utf-8" == response.headers["content-type"]
                assert Calendar.from_ical(response.body()).walk("VEVENT")
            own += 1
            continue
        before = len(outside.urls)
        other = context.new_page()
        other.goto(href)
        other.close()
        assert [href] == outside.urls[before:], href
        check_service_url(href, program)
    assert own >= len(keys(program)) + 2
    for selector in (".item-talk .fpi-add a >> nth=0", ".fpi-subscribe a >> nth=1"):
        expected = page.get_attribute(selector, "href")
        page.click(selector)
        page.wait_for_url(expected)
        assert expected == outside.urls[-1]
        page.go_back()
    context.close()


def test_hostile_text_runs_nothing_and_breaks_no_layout(
    browser: Any, sites: dict[str, Path]
) -> None:
    """Titles full of markup and template code show as text; no dialog opens, no script but
    ours runs, and a 300-letter word does not widen a phone's page."""
    context, outside = visitor(
        browser, "America/Los_Angeles", viewport={"width": 360, "height": 740}, is_mobile=True
    )
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(sites["hostile"].as_uri())
    assert HOSTILE == page.inner_text(".item >> nth=0 >> h3")
    assert 1 == page.locator("script").count()
    assert 0 == page.locator("img, b, i").count()
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]
    page.screenshot(path=str(ARTIFACTS / "hostile-phone-los-angeles.png"), full_page=True)
    assert [] == dialogs
    assert [] == outside.urls
    context.close()


CONTRAST = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.offsetParent === null || el.closest('.vh, .skip')) continue;
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(style.fontSize) >= 24 ||
      (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push([el.tagName, el.className, ratio.toFixed(2)]);
  }
  return bad;
}"""


def test_text_contrast_meets_wcag_aa(browser: Any, sites: dict[str, Path]) -> None:
    """Every visible piece of text against its background: 4.5:1, or 3:1 when large."""
    context, _ = visitor(browser, "Asia/Tokyo")
    page = context.new_page()
    page.goto(sites["shipped"].as_uri())
    assert [] == page.evaluate(CONTRAST)
    context.close()


def test_print_leaves_out_the_buttons(browser: Any, sites: dict[str, Path]) -> None:
    context, _ = visitor(browser, "Europe/Zurich")
    page = context.new_page()
    page.goto(sites["shipped"].as_uri())
    page.emulate_media(media="print")
    assert not page.is_visible(".subscribe")
    assert not page.is_visible(".fpi-add >> nth=0")
    assert page.is_visible(".item >> nth=1 >> h3")
    context.close()


@pytest.mark.parametrize(
    ("label", "viewport", "mobile"),
    [
        ("desktop", {"width": 1280, "height": 900}, False),
        ("phone", {"width": 390, "height": 844}, True),
    ],
)
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Europe/Zurich"])
def test_screenshots(
    browser: Any,
    sites: dict[str, Path],
    label: str,
    viewport: dict[str, int],
    mobile: bool,
    zone: str,
) -> None:
    """Full-page screenshots kept as test artifacts; the page never scrolls sideways."""
    ARTIFACTS.mkdir(exist_ok=True)
    context, outside = visitor(browser, zone, viewport=viewport, is_mobile=mobile)
    for name in ("shipped", "two-days"):
        page = context.new_page()
        page.goto(sites[name].as_uri())
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (name, width)
        city = zone.split("/")[-1].lower()
        path = ARTIFACTS / f"{name}-{label}-{city}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        page.close()
    assert [] == outside.urls
    context.close()
