"""A program into the files of a static site, as ``{relative path: bytes}``.

Pure: the same program, calendar and base URL give the same bytes, so a
rebuild of an unchanged page changes nothing a host or a browser cache could
notice.  The feed and the per-item files are the ``ics`` package's bytes
(cut from the one calendar, so a talk has the same UID and SEQUENCE in its
own file as in the feed); the links are :mod:`fastpath_ical.links`'; this
module only decides the page around them.

The page is a Jinja2 template with autoescaping on, so a title is text
whatever it holds; a URL becomes a link only when it is http(s) (the model
already insists on that; the templates check again rather than trust it:
the environment and its filters are ``_templates``).
Its one script and one style sheet are inline, allowed by hash in a
Content-Security-Policy: no other script can run, and nothing is fetched
from anywhere, so the page works the same from ``file://`` and any host.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import attrs
from icalendar import Calendar

from .._arguments import checked
from ..datenames import long_date, weekday_name
from ..errors import LinkError, OptionsError
from ..export import program_to_json
from ..ics import build_calendar, calendar_bytes, calendar_name, keys, split, uids
from ..links import EventLinks, SubscribeLinks, program_event_links, subscribe_links
from ..model import Item, ItemKind, LinkKind, Person, Program
from ..zones import format_offset, zone_label
from ._templates import asset, csp_hash, environment

__all__ = [
    "EVENTS",
    "feed_file_name",
    "render_site",
    "render_snippet",
    "site_url",
]

#: The folder of the per-item files; the site command owns it (stale files there are removed).
EVENTS = "events"

SnippetFormat = Literal["html", "markdown"]


@checked
def feed_file_name(program: Program) -> str:
    """``fastpath2021.ics`` for FastPath 2021: the short name, letters and digits only."""
    return (re.sub(r"[^a-z0-9]+", "", program.short_name.lower()) or "program") + ".ics"


@checked
def site_url(url: str) -> str:
    """The URL the site folder is published at, as a folder (ending in ``/``).

    It must be one a calendar service can fetch the feed under
    (:func:`fastpath_ical.links.subscribe_links` checks that); a query would be
    lost when the feed's name is joined to it.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        raise LinkError(f"not a URL: {url!r}", url=url) from None
    if parts.query:
        raise LinkError(f"a site's base URL has no use for a ?query, got {url!r}", url=url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    folder = urlunsplit(parts._replace(path=path))
    subscribe_links(folder + "feed.ics", name="check")  # LinkError for anything unfetchable
    return folder


@attrs.frozen(kw_only=True)
class _Entry:
    """One item as the page shows it; every string is plain text, escaped by the template."""

    key: str
    kind: str
    kind_label: str
    title: str
    people: tuple[Person, ...]
    links: tuple[tuple[str, str], ...]
    details: tuple[tuple[str, str], ...]
    abstract: str | None
    date: str
    start: str
    end: str
    start_utc: str
    end_utc: str
    when: str
    utc: str
    add: EventLinks | None
    file: str | None


@attrs.frozen(kw_only=True)
class _Day:
    iso: str
    heading: str
    entries: tuple[_Entry, ...]


def _utc_iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _span(start: dt.datetime, end: dt.datetime, *, label: bool) -> str:
    """``11:00–11:35 EDT``; ``(+1)`` past midnight; each end labelled when the offset changes."""
    days = (end.date() - start.date()).days
    later = f" ({days:+d} day)" if days == 1 else f" ({days:+d} days)" if days else ""
    if label and start.utcoffset() != end.utcoffset():
        return f"{start:%H:%M} {zone_label(start)}–{end:%H:%M} {zone_label(end)}{later}"
    text = f"{start:%H:%M}–{end:%H:%M}{later}"
    return f"{text} {zone_label(start)}" if label else text


def _utc_span(item: Item, day: dt.date) -> str:
    """``15:00–15:35 UTC``, with the UTC date when it is not the program's."""
    start, end = item.start_utc, item.end_utc
    text = f"{_span(start, end, label=False)} UTC"
    if start.date() != day:
        text += f", {weekday_name(start.date(), short=True)} {start.day} {start:%b}"
    return text


#: How the page labels an item's links (a speaker's page is on their name instead).
_LINK_LABELS = {LinkKind.SLIDES: "Slides", LinkKind.VIDEO: "Video", LinkKind.OTHER: "Link"}


def _links(item: Item) -> tuple[tuple[str, str], ...]:
    return tuple(
        (_LINK_LABELS[link.kind], link.url)
        for kind in (LinkKind.SLIDES, LinkKind.VIDEO, LinkKind.OTHER)
        for link in item.links_of(kind)
    )


def _details(item: Item) -> tuple[tuple[str, str], ...]:
    """Session, chair and the page's other columns, as the feed's DESCRIPTION names them."""
    fields = [("Session", item.session), ("Chair", item.chair), *item.extra]
    return tuple((label, text) for label, text in fields if text)


def _event_files(
    program: Program, calendar: Calendar, carried: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, bytes]]:
    """Each item's file name by its rule UID, and every file's bytes.

    An item's file is named by its key (``events/ana-klimovic.ics``), so the
    site and a snippet made without the previous feed agree on it; its
    contents are the feed's event, under the UID ``carried`` kept for it.
    Events that are not items (cancelled ones carried from a previous feed,
    the all-day event) keep the name :func:`fastpath_ical.ics.split` gives.
    """
    by_uid = {}
    for key, single in split(calendar, program):
        (event,) = single.walk("VEVENT")
        by_uid[str(event["UID"])] = (key, calendar_bytes(single))
    names: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for key, uid in zip(keys(program), uids(program), strict=True):
        found = by_uid.pop(carried.get(uid, uid), None)
        if found is not None:
            names[uid] = f"{EVENTS}/{key}.ics"
            files[names[uid]] = found[1]
    for key, data in by_uid.values():
        name = f"{EVENTS}/{key}.ics"
        while name in files:
            name = name.removesuffix(".ics") + "_.ics"
        files[name] = data
    return names, files


def _days(
    program: Program, links: Mapping[str, EventLinks], files: Mapping[str, str]
) -> tuple[_Day, ...]:
    zone = program.zone
    days: dict[dt.date, list[_Entry]] = {}
    for key, uid, item in zip(keys(program), uids(program), program.items, strict=True):
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        days.setdefault(start.date(), []).append(
            _Entry(
                key=key,
                kind=item.kind.value,
                kind_label=item.kind.label,
                title=item.title,
                people=item.people,
                links=_links(item),
                details=_details(item),
                abstract=item.abstract,
                date=start.date().isoformat(),
                start=start.isoformat(timespec="minutes"),
                end=end.isoformat(timespec="minutes"),
                start_utc=_utc_iso(start),
                end_utc=_utc_iso(end),
                when=_span(start, end, label=True),
                utc=_utc_span(item, start.date()),
                add=links.get(uid),
                file=files.get(uid),
            )
        )
    return tuple(
        _Day(iso=day.isoformat(), heading=long_date(day), entries=tuple(entries))
        for day, entries in days.items()
    )


def _zone_line(program: Program) -> str:
    """``America/New_York (EDT, UTC-04:00)``: every label and offset the program's days have."""
    zone = program.zone
    seen: dict[str, None] = {}
    for item in program.items or ():
        for moment in (item.start, item.end):
            local = moment.astimezone(zone)
            offset = local.utcoffset()
            assert offset is not None
            label = zone_label(local)
            named = label if label.startswith("UTC") else f"{label}, UTC{format_offset(offset)}"
            seen[named] = None
    return f"{program.timezone} ({'; '.join(seen)})" if seen else program.timezone


def _context(
    program: Program,
    *,
    base_url: str,
    feed_name: str,
    calendar: Calendar,
    carried: Mapping[str, str],
) -> tuple[dict[str, Any], dict[str, bytes]]:
    folder = site_url(base_url)
    name = calendar_name(program)
    subscribe: SubscribeLinks = subscribe_links(folder + feed_name, name=name)
    links = {
        entry.uid: entry
        for entry in program_event_links(program, kinds=frozenset(ItemKind) - {ItemKind.BREAK})
    }
    names, files = _event_files(program, calendar, carried)
    context = {
        "program": program,
        "name": name,
        "base_url": folder,
        "feed_name": feed_name,
        "subscribe": subscribe,
        "dates": ", ".join(long_date(day) for day in program.dates),
        "zone": program.timezone,
        "zone_line": _zone_line(program),
        "days": _days(program, links, names),
    }
    return context, files


@checked
def render_site(
    program: Program,
    *,
    base_url: str,
    calendar: Calendar | None = None,
    feed_name: str | None = None,
    carried: Mapping[str, str] | Iterable[tuple[str, str]] = (),
) -> dict[str, bytes]:
    """Every file of the site folder, by path relative to it (``/`` separated).

    ``calendar`` is the feed to publish (by default :func:`build_calendar`
    of the program, with breaks): pass the one an update against the
    previous feed gave, with its ``carried`` UIDs, so each per-item file
    carries the feed's event.  ``base_url`` is where the folder will be
    published: the subscribe links need it; the page's own links to its
    files are relative.
    """
    calendar = build_calendar(program) if calendar is None else calendar
    feed_name = feed_name or feed_file_name(program)
    context, files = _context(
        program,
        base_url=base_url,
        feed_name=feed_name,
        calendar=calendar,
        carried=dict(carried),
    )
    import markupsafe

    css, script = asset("site.css"), asset("site.js")
    page = (
        environment()
        .get_template("index.html")
        .render(
            context,
            # Our own files, inline as written: the hashes below must match them byte for byte.
            css=markupsafe.Markup(css),
            script=markupsafe.Markup(script),
            style_hash=csp_hash(css),
            script_hash=csp_hash(script),
        )
    )
    out = {
        "index.html": page.encode("utf-8"),
        feed_name: calendar_bytes(calendar),
        # The model itself, for tools: versioned JSON with a schema (reference/program-json.md).
        "program.json": program_to_json(program).encode("utf-8"),
    }
    out.update(sorted(files.items()))
    return out


@checked
def render_snippet(
    program: Program,
    *,
    base_url: str,
    format: SnippetFormat = "html",
    feed_name: str | None = None,
) -> str:
    """The subscribe and per-talk buttons, for an organizer's own Jekyll or Hugo page.

    Its links point at the site published at ``base_url`` (the feed, and
    each item's file by its key), so the snippet and the site folder built
    from the same page agree.  ``{`` and ``}`` in any text are written as
    entities, so Liquid and Hugo leave them alone.
    """
    feed_name = feed_name or feed_file_name(program)
    context, _ = _context(
        program,
        base_url=base_url,
        feed_name=feed_name,
        calendar=build_calendar(program),
        carried={},
    )
    if format == "html":
        return environment(snippet=True).get_template("snippet.html").render(context)
    if format == "markdown":
        return environment().get_template("snippet.md").render(context)
    raise OptionsError(f"format must be 'html' or 'markdown', got {format!r}")
