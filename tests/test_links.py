"""Calendar links carry exactly the feed's data: parsed back, every field equals the model."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import ItemKind, Program, uids
from fastpath_ical.ics import calendar_name, describe, summary
from fastpath_ical.links import (
    LinkError,
    google_event_link,
    outlook_event_link,
    program_event_links,
    subscribe_links,
    webcal_url,
)
from strategies import programs, titles, urls

UTC = dt.UTC


def split(link: str) -> tuple[str, dict[str, str]]:
    """The link without its query, and each query field decoded; a field twice is an error."""
    parts = urlsplit(link)
    assert link.isascii(), "a link is ASCII; everything else is percent-encoded"
    assert " " not in link
    assert "+" not in parts.query, "spaces are %20 and plus signs %2B, never '+'"
    fields = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert all(len(values) == 1 for values in fields.values()), fields
    return f"{parts.scheme}://{parts.netloc}{parts.path}", {k: v[0] for k, v in fields.items()}


def google_dates(start: dt.datetime, end: dt.datetime) -> str:
    return f"{start.astimezone(UTC):%Y%m%dT%H%M%SZ}/{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def check_event_links(program: Program) -> None:
    links = program_event_links(program, kinds=frozenset(ItemKind))
    assert [link.uid for link in links] == list(uids(program))
    for links_of_item, item in zip(links, program.items, strict=True):
        base, google = split(links_of_item.google)
        assert base == "https://calendar.google.com/calendar/render"
        assert google == {
            "action": "TEMPLATE",
            "text": summary(item),
            "dates": google_dates(item.start, item.end),
            "details": describe(program, item),
            "location": program.location,
            "ctz": program.timezone,
        }
        for link, host in (
            (links_of_item.outlook, "outlook.live.com"),
            (links_of_item.office365, "outlook.office.com"),
        ):
            base, outlook = split(link)
            assert base == f"https://{host}/calendar/0/deeplink/compose"
            start = dt.datetime.fromisoformat(outlook.pop("startdt"))
            end = dt.datetime.fromisoformat(outlook.pop("enddt"))
            assert (item.start_utc, item.end_utc) == (start, end)
            assert start.utcoffset() == dt.timedelta(0)
            assert outlook == {
                "path": "/calendar/action/compose",
                "rru": "addevent",
                "subject": summary(item),
                "body": describe(program, item),
                "location": program.location,
            }


def test_shipped_program_links_carry_every_field(program: Program) -> None:
    """Each FastPath 2021 item's three links decode to its summary, times, text and place."""
    check_event_links(program)


def test_shipped_talk_link_is_exactly_as_documented(program: Program) -> None:
    """One literal link, so a change of format cannot pass unnoticed."""
    opening = program_event_links(program)[0]
    assert opening.google.startswith(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Opening%20Remarks"
        "&dates=20210328T145000Z%2F20210328T150000Z&details=Parijat%20Dube%20%28IBM%29%0A"
    )
    assert opening.google.endswith("&location=Virtual&ctz=America%2FNew_York")
    assert opening.outlook.startswith(
        "https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose"
        "&rru=addevent&subject=Opening%20Remarks&startdt=2021-03-28T14%3A50%3A00Z"
        "&enddt=2021-03-28T15%3A00%3A00Z&body=Parijat%20Dube"
    )


@given(programs())
def test_generated_program_links_carry_every_field(program: Program) -> None:
    """Unicode titles, names and places survive percent-encoding in every link."""
    check_event_links(program)


def test_reserved_characters_survive(program: Program) -> None:
    """&, =, #, %, + and / in a title do not end, split or change a field."""
    tricky = "C++ & Rust: 100% #1 / a=b? ü 😀"
    item = attrs.evolve(program.items[1], title=tricky, people=())
    program = attrs.evolve(program, items=(item,), location="Room 1 & 2; #3")
    _, google = split(google_event_link(program, item))
    _, outlook = split(outlook_event_link(program, item))
    assert (tricky, tricky) == (google["text"], outlook["subject"])
    assert ("Room 1 & 2; #3", "Room 1 & 2; #3") == (google["location"], outlook["location"])
    assert "+" not in google_event_link(program, item).split("?")[1]


def test_breaks_are_left_out_unless_asked(program: Program) -> None:
    """Nobody adds a coffee break to a calendar by hand; the links default to talks and remarks."""
    default = program_event_links(program)
    assert all(link.item.kind is not ItemKind.BREAK for link in default)
    assert len(default) == len([i for i in program.items if i.kind is not ItemKind.BREAK])
    assert len(program_event_links(program, kinds=frozenset(ItemKind))) == len(program.items)


@pytest.mark.parametrize(
    ("url", "webcal"),
    [
        ("https://example.org/fp.ics", "webcal://example.org/fp.ics"),
        (
            "http://example.org:8080/a/b.ics?x=1&y=%C3%BC",
            "webcal://example.org:8080/a/b.ics?x=1&y=%C3%BC",
        ),
        ("HTTPS://Example.org/fp.ics", "webcal://Example.org/fp.ics"),
    ],
)
def test_webcal_keeps_host_path_and_query(url: str, webcal: str) -> None:
    """webcal:// replaces only the scheme."""
    assert webcal == webcal_url(url)


@given(urls(), titles())
def test_subscribe_links_carry_url_and_name(url: str, name: str) -> None:
    """Google gets the webcal URL in cid; Outlook gets the http(s) URL and the name."""
    url = url.split("#")[0]
    links = subscribe_links(url, name=name)
    assert links.webcal == "webcal://" + url.split("://", 1)[1]
    base, google = split(links.google)
    assert (base, google) == ("https://calendar.google.com/calendar/r", {"cid": links.webcal})
    for link, host in (
        (links.outlook, "outlook.live.com"),
        (links.office365, "outlook.office.com"),
    ):
        base, fields = split(link)
        assert (base, fields) == (
            f"https://{host}/calendar/0/addfromweb",
            {"url": url, "name": name},
        )


def test_subscribe_link_names_the_calendar_as_the_feed_does(program: Program) -> None:
    """Outlook's add-from-web form is pre-filled with the feed's own NAME."""
    links = subscribe_links("https://example.org/fp.ics", name=calendar_name(program))
    _, fields = split(links.outlook)
    assert fields["name"] == (
        "FastPath 2021 – International Workshop on Performance Analysis of Machine Learning Systems"
    )


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/fp.ics",
        "webcal://example.org/fp.ics",
        "example.org/fp.ics",
        "https:///fp.ics",
        "https://example.org/a b.ics",
        "https://example.org/fp.ics#x",
        "",
    ],
)
def test_unsubscribable_urls_are_link_errors(url: str) -> None:
    """Only an http(s) URL with a host can be polled; the error keeps the URL."""
    with pytest.raises(LinkError) as caught:
        subscribe_links(url, name="x")
    assert url == caught.value.url
    assert isinstance(caught.value, ValueError)


@given(st.sampled_from(["http", "https"]), urls())
def test_webcal_of_http_and_https_is_the_same(scheme: str, url: str) -> None:
    """Whichever scheme the feed is served with, the webcal link is the same."""
    url = url.split("#")[0]
    rest = url.split("://", 1)[1]
    assert webcal_url(f"{scheme}://{rest}") == f"webcal://{rest}"


@pytest.mark.parametrize(
    ("url", "path", "query"),
    [
        ("https://example.org/fp.ics?c=Kästner", "/fp.ics", "c=K%C3%A4stner"),
        ("https://example.org/Kästner fp.ics".replace(" ", "_"), "/K%C3%A4stner_fp.ics", ""),
        ("https://example.org/fp.ics?x=100%", "/fp.ics", "x=100%25"),
        ("https://example.org/fp.ics?y=%C3%BC", "/fp.ics", "y=%C3%BC"),
    ],
)
def test_subscribe_links_are_percent_encoded_uris(url: str, path: str, query: str) -> None:
    """Non-ASCII in a feed URL is UTF-8 %XX in every link (RFC 3986: a URI is ASCII), and
    parsed back it is the same text."""
    links = subscribe_links(url, name="x")
    for link in (links.webcal, split(links.google)[1]["cid"], split(links.outlook)[1]["url"]):
        assert link.isascii(), link
        parts = urlsplit(link)
        assert (parts.path, parts.query) == (path, query)
        assert unquote(parts.query) == unquote(urlsplit(url).query)
    assert links.webcal.startswith("webcal://example.org/")
    idna = subscribe_links("https://bücher.example/fp.ics", name="x")
    assert "webcal://xn--bcher-kva.example/fp.ics" == idna.webcal


@pytest.mark.parametrize("url", ["https://[::1", "http://:80/x", "http://a:xx/x"])
def test_malformed_urls_are_link_errors(url: str) -> None:
    """A URL urlsplit cannot read, or one with no host, is a LinkError, not a ValueError
    from deep inside urllib."""
    with pytest.raises(LinkError):
        subscribe_links(url, name="x")
