"""The site folder: its files are the feed's, its HTML is valid, escaped and accessible."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import attrs
import html5lib
import pytest
from icalendar import Calendar

from fastpath_ical import (
    FeedOptions,
    Person,
    Program,
    build_calendar,
    feed_bytes,
    read_program,
)
from fastpath_ical.export import program_from_json, program_schema
from fastpath_ical.ics import (
    FEED_ONLY,
    calendar_name,
    keys,
    read_previous,
    uids,
    update,
)
from fastpath_ical.links import program_event_links, subscribe_links
from fastpath_ical.site import EVENTS, feed_file_name, render_site, write_site
from sitekit import BASE, HOSTILE, fastpath, hostile_program, with_bad_url

PAGES = Path(__file__).parent / "pages" / "valid"
SHIPPED = (
    Path(__file__).parent.parent / "src" / "fastpath_ical" / "data" / "fastpath2021-program.md"
)
NS = "{http://www.w3.org/1999/xhtml}"


def parse(data: bytes) -> ET.Element:
    """The document, by html5lib in strict mode: any HTML5 parse error raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(data)  # type: ignore[no-any-return]


def elements(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(NS + tag))


def text(element: ET.Element) -> str:
    return "".join(element.itertext())


def hrefs(root: ET.Element) -> list[str]:
    return [a.get("href", "") for a in elements(root, "a")]


def site_pages() -> list[Path]:
    return sorted(PAGES.glob("*.md"))


@pytest.fixture(scope="module")
def shipped(program: Program) -> dict[str, bytes]:
    return render_site(program, base_url=BASE)


def test_the_feed_is_the_build_commands_feed(
    program: Program, shipped: dict[str, bytes], tmp_path: Path
) -> None:
    """fastpath2021.ics in the site is byte for byte what `build` writes."""
    fastpath("build", "-o", str(tmp_path / "built.ics"))
    assert (tmp_path / "built.ics").read_bytes() == shipped["fastpath2021.ics"]
    assert feed_bytes(program) == shipped[feed_file_name(program)]


def test_one_file_per_item_with_the_feeds_event(
    program: Program, shipped: dict[str, bytes]
) -> None:
    """events/KEY.ics holds one VEVENT, the feed's, and none of the feed-only properties."""
    feed = Calendar.from_ical(shipped["fastpath2021.ics"])
    by_uid = {str(event["UID"]): event for event in feed.walk("VEVENT")}
    names = {f"{EVENTS}/{key}.ics" for key in keys(program)}
    assert names == {name for name in shipped if name.startswith(f"{EVENTS}/")}
    for key, uid in zip(keys(program), uids(program), strict=True):
        single = Calendar.from_ical(shipped[f"{EVENTS}/{key}.ics"])
        (event,) = single.walk("VEVENT")
        assert uid == str(event["UID"])
        assert by_uid[uid].to_ical() == event.to_ical()
        assert not [name for name in FEED_ONLY if name in single]
        assert ["America/New_York"] == [str(tz["TZID"]) for tz in single.walk("VTIMEZONE")]


def test_program_json_is_the_model_by_its_schema(
    program: Program, shipped: dict[str, bytes]
) -> None:
    """program.json validates against the shipped JSON Schema and reads back as the program."""
    import json

    import jsonschema

    document = json.loads(shipped["program.json"])
    jsonschema.Draft202012Validator(program_schema()).validate(document)
    assert program_from_json(shipped["program.json"].decode("utf-8")) == program


def test_rebuilding_an_unchanged_page_changes_no_byte(tmp_path: Path) -> None:
    """The second run writes nothing: same bytes, same modification times."""
    out = tmp_path / "site"
    first = fastpath("site", "-o", str(out), "--base-url", BASE)
    assert "14 changed, 0 unchanged" in first.stderr
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    second = fastpath("site", "-o", str(out), "--base-url", BASE)
    assert "0 changed, 14 unchanged" in second.stderr
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    assert before == after


def test_stale_item_files_go_and_nothing_else(tmp_path: Path) -> None:
    """A talk removed from the page loses its file in events/; the organizer's files stay."""
    page = (
        Path(__file__).parent.parent / "src/fastpath_ical/data/fastpath2021-program.md"
    ).read_text(encoding="utf-8")
    out = tmp_path / "site"
    (out / EVENTS).mkdir(parents=True)
    keep = [out / "CNAME", out / "notes.ics", out / EVENTS / "README.txt"]
    for path in keep:
        path.write_text("mine\n", encoding="utf-8")
    first = tmp_path / "page.md"
    first.write_text(page, encoding="utf-8")
    fastpath("site", str(first), "-o", str(out), "--base-url", BASE)
    assert (out / EVENTS / "martin-maas.ics").is_file()
    shorter = "\n".join(line for line in page.splitlines() if "Martin Maas" not in line)
    first.write_text(shorter + "\n", encoding="utf-8")
    done = fastpath("site", str(first), "-o", str(out), "--base-url", BASE)
    assert "removed 1 stale" in done.stderr
    assert not (out / EVENTS / "martin-maas.ics").exists()
    assert all(path.read_text(encoding="utf-8") == "mine\n" for path in keep)
    assert b"Martin Maas" not in (out / "index.html").read_bytes()


def test_previous_moves_sequence_only_for_the_changed_talk(
    tmp_path: Path, program: Program
) -> None:
    """With --previous, the feed and the talk's own file carry the update; others keep bytes."""
    page = (
        Path(__file__).parent.parent / "src/fastpath_ical/data/fastpath2021-program.md"
    ).read_text(encoding="utf-8")
    out = tmp_path / "site"
    fastpath("site", "-o", str(out), "--base-url", BASE)
    published = tmp_path / "published.ics"
    published.write_bytes((out / "fastpath2021.ics").read_bytes())
    old_files = {p.name: p.read_bytes() for p in (out / EVENTS).iterdir()}
    changed = tmp_path / "page.md"
    changed.write_text(
        page.replace("Resilience and Safety", "Resilience, Safety"), encoding="utf-8"
    )
    fastpath(
        "site", str(changed), "-o", str(out), "--base-url", BASE,
        "--previous", str(published), "--stamp", "2021-03-20T12:00:00Z",
    )  # fmt: skip
    feed = Calendar.from_ical((out / "fastpath2021.ics").read_bytes())
    sequences = {str(e["UID"]): int(e.get("SEQUENCE", 0)) for e in feed.walk("VEVENT")}
    hari = "fastpath-2021-siva-hari@fastpath-ical"
    assert {hari: 1} == {uid: seq for uid, seq in sequences.items() if seq}
    new_files = {p.name: p.read_bytes() for p in (out / EVENTS).iterdir()}
    assert {"siva-hari.ics"} == {name for name in new_files if new_files[name] != old_files[name]}
    (event,) = Calendar.from_ical(new_files["siva-hari.ics"]).walk("VEVENT")
    assert 1 == int(event["SEQUENCE"])
    assert str(event["SUMMARY"]).startswith("Resilience, Safety")


def test_a_carried_uid_is_in_the_items_file(program: Program) -> None:
    """After a corrected speaker name, the item's file (named by its key) has the kept UID."""
    old = build_calendar(program)
    items = list(program.items)
    index = next(
        i for i, item in enumerate(items) if item.people and "Maghraoui" in item.people[0].name
    )
    wrong = attrs.evolve(items[index].people[0], name="Kaoutar El Maghroui")
    assert isinstance(wrong, Person)
    items[index] = attrs.evolve(items[index], people=(wrong,))
    renamed = attrs.evolve(program, items=tuple(items))
    result = update(
        build_calendar(renamed, FeedOptions()),
        read_previous(old.to_ical()),
        dt.datetime(2021, 3, 20, tzinfo=dt.UTC),
    )
    files = render_site(renamed, base_url=BASE, calendar=result.calendar, carried=result.carried)
    (event,) = Calendar.from_ical(files[f"{EVENTS}/kaoutar-el-maghroui.ics"]).walk("VEVENT")
    assert "fastpath-2021-kaoutar-el-maghraoui@fastpath-ical" == str(event["UID"])
    assert f"{EVENTS}/kaoutar-el-maghraoui.ics" not in files


@pytest.mark.parametrize("page", site_pages(), ids=lambda p: p.stem)
def test_every_valid_page_gives_valid_html5(page: Path) -> None:
    """html5lib in strict mode reads the page of every valid fixture without a parse error."""
    program = read_program(page.read_text(encoding="utf-8"))
    files = render_site(program, base_url=BASE)
    root = parse(files["index.html"])
    titles = [text(h3).strip() for h3 in elements(root, "h3")]
    assert len(program.items) == len(titles)
    for item, title in zip(program.items, titles, strict=True):
        assert title.startswith(item.title)


def test_accessibility_basics(shipped: dict[str, bytes]) -> None:
    """lang, one h1, landmarks, headings in order, every link with text, times machine-readable."""
    root = parse(shipped["index.html"])
    html = root if root.tag == NS + "html" else next(root.iter(NS + "html"))
    assert "en" == html.get("lang")
    assert 1 == len(elements(root, "h1"))
    for landmark in ("header", "main", "footer"):
        assert 1 == len(elements(root, landmark)), landmark
    levels = [int(e.tag[-1]) for e in root.iter() if re.fullmatch(rf"{re.escape(NS)}h[1-6]", e.tag)]
    assert 1 == levels[0]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))
    for a in elements(root, "a"):
        assert text(a).strip(), a.attrib
    for element in elements(root, "time"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d", element.get("datetime", ""))
    meta = {m.get("name"): m.get("content") for m in elements(root, "meta")}
    assert "width=device-width, initial-scale=1" == meta["viewport"]


def test_links_are_the_links_modules(program: Program, shipped: dict[str, bytes]) -> None:
    """Every subscribe and add-to-calendar href is the one fastpath_ical.links makes."""
    root = parse(shipped["index.html"])
    found = hrefs(root)
    feed = subscribe_links(BASE + "fastpath2021.ics", name=calendar_name(program))
    for link in (feed.webcal, feed.google, feed.outlook, feed.office365):
        assert 1 == found.count(link)
    for links in program_event_links(program):
        for link in (links.google, links.outlook, links.office365):
            assert 1 == found.count(link)
    assert {f"{EVENTS}/{key}.ics" for key in keys(program)} <= set(found)
    for href in found:
        assert urlsplit(href).scheme in ("", "http", "https", "webcal"), href


def test_no_external_assets_and_scripts_only_by_hash(shipped: dict[str, bytes]) -> None:
    """Nothing is loaded from anywhere; the CSP allows exactly the inline style and script."""
    root = parse(shipped["index.html"])
    assert not [e for e in root.iter() if e.get("src") is not None]
    assert ["alternate"] == [link.get("rel") for link in elements(root, "link")]
    (script,) = elements(root, "script")
    (style,) = elements(root, "style")
    csp = next(
        m.get("content", "")
        for m in elements(root, "meta")
        if m.get("http-equiv") == "Content-Security-Policy"
    )

    def sha(body: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()

    assert f"script-src '{sha(script.text or '')}'" in csp
    assert f"style-src '{sha(style.text or '')}'" in csp
    assert "default-src 'none'" in csp


def test_hostile_text_stays_text() -> None:
    """Markup in titles, names, places and abstracts is shown as written and never parsed."""
    program = hostile_program()
    files = render_site(program, base_url=BASE)
    root = parse(files["index.html"])
    assert 1 == len(elements(root, "script"))
    assert not elements(root, "img")
    assert not elements(root, "b")
    assert not [e for e in root.iter() if any(name.startswith("on") for name in e.attrib)]
    h3 = [text(e) for e in elements(root, "h3")]
    assert HOSTILE == h3[0]
    assert text(elements(root, "h1")[0]) == program.title
    assert 'Eve <img src=x onerror=alert(1)> "E"' in text(root)
    assert f"Line one {HOSTILE}\nLine two" in text(root)
    slides = next(a for a in elements(root, "a") if text(a) == "Slides")
    assert "https://example.org/s.pdf?a=1&b='\"><script>" == slides.get("href")


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>",
        "ftp://x/y",
        " http://x/",
    ],
)
def test_a_url_that_is_not_http_never_becomes_a_link(url: str) -> None:
    """Even past the model's validator, a non-http(s) URL is shown as text, not linked."""
    files = render_site(with_bad_url(hostile_program(), url), base_url=BASE)
    root = parse(files["index.html"])
    assert url.strip() not in [href.strip() for href in hrefs(root)]
    assert "Slides" in [text(li).strip() for li in elements(root, "li")]
    assert not [h for h in hrefs(root) if urlsplit(h).scheme not in ("", "http", "https", "webcal")]


@pytest.mark.parametrize(
    ("base", "message"),
    [
        ("ftp://example.org/", "must be http or https"),
        ("https://example.org/x?y=1", "?query"),
        ("https://example.org/#top", "#fragment"),
        ("example.org", "must be http or https"),
    ],
)
def test_a_bad_base_url_is_one_line(base: str, message: str, tmp_path: Path) -> None:
    done = fastpath("site", "-o", str(tmp_path / "s"), "--base-url", base, check=False)
    assert 1 == done.returncode
    assert 1 == len(done.stderr.splitlines()), done.stderr
    assert done.stderr.startswith("fastpath-ical: --base-url: ")
    assert message in done.stderr
    assert not (tmp_path / "s").exists()


def test_base_url_without_slash_is_a_folder(program: Program) -> None:
    files = render_site(program, base_url="https://example.org/ws")
    assert b"webcal://example.org/ws/fastpath2021.ics" in files["index.html"]


def test_write_site_refuses_a_path_outside(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="plain relative path"):
        write_site(tmp_path, {"../x.ics": b"x"})
    assert not (tmp_path.parent / "x.ics").exists()


def test_without_jinja2_site_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """site and snippet name the extra to install, in one line, exit 1."""
    import importlib.util

    from fastpath_ical.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "jinja2" else real(name, *a)
    )
    for argv in (
        ["site", "-o", str(tmp_path / "s"), "--base-url", BASE],
        ["snippet", "--base-url", BASE],
    ):
        assert 1 == main(argv)
        err = capsys.readouterr().err
        assert 1 == len(err.splitlines())
        assert "pip install 'fastpath-ical[site]'" in err


@pytest.mark.parametrize("command", ["site", "snippet", "serve"])
def test_every_option_is_in_the_reference(command: str) -> None:
    """docs/reference.md names every option the command's --help lists."""
    reference = (Path(__file__).parent.parent / "docs" / "reference.md").read_text(encoding="utf-8")
    section = reference.split(f"### `fastpath-ical {command}`", 1)[1].split("\n### ", 1)[0]
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", fastpath(command, "--help").stdout))
    assert options - {"--help"}
    assert [] == sorted(option for option in options - {"--help"} if f"`{option}" not in section)
