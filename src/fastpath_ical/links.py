"""Links into people's calendars: "add this talk" and "subscribe to the feed".

A link is the only way into a web calendar that takes no file: Google
Calendar and Outlook on the web open a pre-filled "new event" form, or a
pre-filled "add calendar from the web" form, from query parameters alone.
None of these formats is formally specified by its vendor; docs/links.md
names the sources each one is taken from.

An added event is a copy: it has no UID the service keeps, so it is never
updated.  A subscription is not: the service polls the feed and follows
every change by UID.  That is why both kinds of link exist.

Every value is percent-encoded by :mod:`urllib.parse` (``quote``, so a
space is ``%20`` and never ``+``, which Outlook shows literally).  Titles
and descriptions are the feed's own, from :func:`~fastpath_ical.ics.summary`
and :func:`~fastpath_ical.ics.describe`, so a talk reads the same however
it was added.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import SplitResult, quote, urlencode, urlsplit, urlunsplit

import attrs

from ._arguments import checked
from .errors import LinkError
from .ics import DEFAULT_UID_DOMAIN, describe, summary, uids
from .model import Item, ItemKind, Program

__all__ = [
    "GOOGLE_EVENT",
    "GOOGLE_SUBSCRIBE",
    "OFFICE365",
    "OUTLOOK_LIVE",
    "WORTH_ADDING",
    "EventLinks",
    "LinkError",
    "SubscribeLinks",
    "event_links",
    "google_event_link",
    "google_subscribe_link",
    "outlook_event_link",
    "outlook_subscribe_link",
    "program_event_links",
    "subscribe_links",
    "webcal_url",
]

GOOGLE_EVENT = "https://calendar.google.com/calendar/render"
GOOGLE_SUBSCRIBE = "https://calendar.google.com/calendar/r"
#: Outlook.com (personal Microsoft accounts) and Office 365 (work or school
#: accounts) run the same web app on two hosts; a link to the wrong one asks
#: the reader to sign in with the wrong kind of account.
OUTLOOK_LIVE = "outlook.live.com"
OFFICE365 = "outlook.office.com"

#: The items worth a link into someone's calendar: all but breaks (a reader adds lunch
#: to their own day, not a workshop's).
WORTH_ADDING = frozenset(kind for kind in ItemKind if kind is not ItemKind.BREAK)


@attrs.frozen(kw_only=True)
class EventLinks:
    """The "add to my calendar" links of one item, with the UID its feed event has."""

    uid: str
    item: Item
    google: str
    outlook: str
    office365: str


@attrs.frozen(kw_only=True)
class SubscribeLinks:
    """The ways to subscribe to one published feed."""

    url: str
    webcal: str
    google: str
    outlook: str
    office365: str


def _query(fields: dict[str, str], *, safe: str = "") -> str:
    # quote, not quote_plus: Outlook shows a "+" in a subject as a plus sign.
    return urlencode(fields, quote_via=quote, safe=safe)


def _google_instant(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _iso_instant(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@checked
def google_event_link(program: Program, item: Item) -> str:
    """Google Calendar's pre-filled "new event" page for ``item``.

    ``dates`` is in UTC (``Z``), so the instant never depends on the reader's
    zone; ``ctz`` only chooses the zone the form shows the times in: the
    program's, as on the page.
    """
    fields = {
        "action": "TEMPLATE",
        "text": summary(item),
        "dates": f"{_google_instant(item.start)}/{_google_instant(item.end)}",
        "details": describe(program, item),
        **_where(program),
        "ctz": program.timezone,
    }
    return f"{GOOGLE_EVENT}?{_query(fields)}"


def _where(program: Program) -> dict[str, str]:
    """The form's location field, left empty (out) when the page names no place."""
    return {} if program.location is None else {"location": program.location}


@checked
def outlook_event_link(program: Program, item: Item, *, host: str = OUTLOOK_LIVE) -> str:
    """Outlook on the web's pre-filled "new event" form for ``item``, on ``host``."""
    fields = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": summary(item),
        "startdt": _iso_instant(item.start),
        "enddt": _iso_instant(item.end),
        "body": describe(program, item),
        **_where(program),
    }
    # path=/calendar/action/compose is written with its slashes, as in every
    # working example; a slash is legal in a query (RFC 3986, 3.4).
    return f"https://{host}/calendar/0/deeplink/compose?{_query(fields, safe='/')}"


@checked
def event_links(program: Program, item: Item, *, uid: str) -> EventLinks:
    return EventLinks(
        uid=uid,
        item=item,
        google=google_event_link(program, item),
        outlook=outlook_event_link(program, item, host=OUTLOOK_LIVE),
        office365=outlook_event_link(program, item, host=OFFICE365),
    )


@checked
def program_event_links(
    program: Program,
    *,
    kinds: frozenset[ItemKind] = WORTH_ADDING,
    uid_domain: str = DEFAULT_UID_DOMAIN,
) -> tuple[EventLinks, ...]:
    """Links for every item of the given kinds; breaks are left out unless asked for.

    The UID is the one the item has in the feed (same rule, same domain), so a
    page can put each talk's links next to the event a subscriber already has.
    """
    return tuple(
        event_links(program, item, uid=uid)
        for uid, item in zip(uids(program, uid_domain=uid_domain), program.items, strict=True)
        if item.kind in kinds
    )


@checked
def webcal_url(url: str) -> str:
    """The ``webcal://`` form of an http(s) feed URL: a link that opens a calendar app.

    ``webcal`` has no secure variant that clients agree on; Apple Calendar,
    Outlook and Thunderbird fetch ``webcal://`` over HTTPS when the server
    offers it, so an ``https`` URL loses nothing in practice.
    """
    parts = _ascii(_feed_url(url))
    return urlunsplit(("webcal", parts.netloc, parts.path, parts.query, ""))


@checked
def google_subscribe_link(url: str) -> str:
    """Google Calendar's "add calendar by URL" link for a feed.

    The feed goes in ``cid`` as a ``webcal://`` URL: with an ``https`` URL
    there, Google has been reported to read ``cid`` as a calendar ID (an
    address) and refuse it (see docs/links.md).
    """
    return f"{GOOGLE_SUBSCRIBE}?{_query({'cid': webcal_url(url)})}"


@checked
def outlook_subscribe_link(url: str, *, name: str, host: str = OUTLOOK_LIVE) -> str:
    """Outlook on the web's "add calendar from the web" form, pre-filled, on ``host``.

    The feed URL goes in as a URI (non-ASCII percent-encoded, see :func:`webcal_url`).
    """
    feed = urlunsplit(_ascii(_feed_url(url)))
    return f"https://{host}/calendar/0/addfromweb?{_query({'url': feed, 'name': name})}"


@checked
def subscribe_links(url: str, *, name: str) -> SubscribeLinks:
    """Every subscribe link for a feed published at ``url``, named ``name`` where asked."""
    return SubscribeLinks(
        url=url,
        webcal=webcal_url(url),
        google=google_subscribe_link(url),
        outlook=outlook_subscribe_link(url, name=name, host=OUTLOOK_LIVE),
        office365=outlook_subscribe_link(url, name=name, host=OFFICE365),
    )


#: What RFC 3986 allows unescaped in a path or query; "%" keeps existing escapes.
_URI_SAFE = "/?:@!$&'()*+,;=-._~%"


def _ascii(parts: SplitResult) -> SplitResult:
    """The URI form of an IRI: non-ASCII in path and query as UTF-8 %XX, the host as IDNA.

    A calendar app handed ``webcal://…?c=Kästner`` may reject it or encode
    it in another charset; RFC 3986 allows only ASCII in a URI.
    """
    netloc = parts.netloc
    if not netloc.isascii():
        host = parts.hostname or ""
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            url = urlunsplit(parts)
            raise LinkError(f"a feed URL's host is not a valid name: {url!r}", url=url) from None
        user, at, _ = parts.netloc.rpartition("@")
        port = f":{parts.port}" if parts.port is not None else ""
        netloc = quote(user, safe=_URI_SAFE) + at + ascii_host + port
    return parts._replace(
        netloc=netloc,
        path=_quote(parts.path),
        query=_quote(parts.query),
    )


def _quote(text: str) -> str:
    """Percent-encode what a URI cannot hold, keeping escapes already there (a lone % too)."""
    return quote(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", text), safe=_URI_SAFE)


def _feed_url(url: str) -> SplitResult:
    """``url`` split, if a calendar service could fetch it; else :class:`LinkError`."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise LinkError(f"not a URL ({exc}): {url!r}", url=url) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LinkError(f"a feed URL must be http or https, got {url!r}", url=url)
    if not parts.hostname:
        raise LinkError(f"a feed URL must name a host, got {url!r}", url=url)
    if any(ch.isspace() for ch in url):
        raise LinkError(f"a feed URL must not contain white space, got {url!r}", url=url)
    if parts.fragment:
        raise LinkError(f"a feed URL has no use for a #fragment, got {url!r}", url=url)
    return parts
