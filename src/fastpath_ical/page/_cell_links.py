"""The links in a row's cells, and what each is: slides, a video, a paper, a profile.

A link's label says first ("Paper" in a Slides column is a paper), then its
column, then its address.  Only http(s) links reach a feed: a relative link
is made whole against the page's address when it is known, and any other
link is left out and said.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from .._patterns import lazy_compile
from ..errors import ProgramError
from ..model import Link, LinkKind
from ._blocks import Cell
from ._columns import Column
from ._inline import Inline
from ._records import PageWarning

__all__ = ["cell_links", "link_kind", "listed_links", "text_without_links"]


_LABEL_KINDS = (
    (lazy_compile(r"\b(slides?|deck|presentation)\b", re.I), LinkKind.SLIDES),
    (lazy_compile(r"\b(video|recording|youtube|watch)\b", re.I), LinkKind.VIDEO),
    (
        lazy_compile(r"\b(paper|pdf|preprint|arxiv|doi|code|artifact|website|web)\b", re.I),
        LinkKind.OTHER,
    ),
    (lazy_compile(r"^\s*(profile|bio|homepage|home page)\s*$", re.I), LinkKind.PROFILE),
)


#: A site generator's tag left in an address ("/blob/{{site.release_tag}}/a.html"), as
#: written or as the Markdown parser escapes it.
_TEMPLATE = lazy_compile(r"\{\{|\{%|%7B%7B|%7B%25", re.IGNORECASE)
_SLIDES_URL = lazy_compile(r"\.pptx?\b|speakerdeck|slideshare|/slides?/")
_VIDEO_URL = lazy_compile(r"youtube\.com|youtu\.be|vimeo\.com")
_SCHEME = lazy_compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_HTTP = lazy_compile(r"https?://", re.IGNORECASE)
#: A map of a place ("https://maps.app.goo.gl/...", "https://www.openstreetmap.org/#map=..."):
#: where a room or a restaurant is, no material of the item.
_MAP = lazy_compile(
    r"https?://(?:[\w-]+\.)*(?:maps\.google\.[a-z.]+|google\.[a-z.]+/maps|goo\.gl/maps|"
    r"maps\.app\.goo\.gl|openstreetmap\.org/(?:#map=|\?mlat=|node/|way/|relation/|search)|"
    r"maps\.apple\.com|bing\.com/maps)",
    re.IGNORECASE,
    needs="maps google openstreetmap",
)
_HTTP_HOST = lazy_compile(r"https?://\S", re.IGNORECASE)


def link_kind(label: str, url: str, column: Column | None) -> LinkKind:
    """What a link is: its label says first ("Paper" in a Slides column is a paper), then
    its column, then its address."""
    for pattern, kind in _LABEL_KINDS:
        if pattern.search(label):
            return kind
    if column is Column.SLIDES:
        return LinkKind.SLIDES
    if column is Column.VIDEO:
        return LinkKind.VIDEO
    lowered = url.lower()
    if _SLIDES_URL.search(lowered):
        return LinkKind.SLIDES
    if _VIDEO_URL.search(lowered):
        return LinkKind.VIDEO
    return LinkKind.OTHER


def _absolute(url: str, base_url: str | None) -> str:
    """A relative link ("slides/a.pdf") against the page's own address, when it is known."""
    if base_url is None or _SCHEME.match(url):
        return url
    if url.startswith("#"):
        return url
    return urljoin(base_url, url)


def cell_links(
    cell: Cell, column: Column | None, warnings: list[PageWarning], base_url: str | None
) -> tuple[Link, ...]:
    """A cell's http(s) links; any other link is left out, and said, but a link in the page.

    A feed reaches readers who never see the page: a relative link ("slides.pdf")
    has no site to be relative to there, and ``javascript:`` or ``data:`` links
    must not reach a calendar at all.
    """
    links: list[Link] = []
    for label, written in cell.content.links:
        url = _absolute(written, base_url)
        if _TEMPLATE.search(url):
            warnings.append(
                PageWarning(
                    cell.line,
                    cell.column,
                    f"link {label!r} to {url[:80]!r} left out: it holds a template tag that "
                    "the site fills in when it builds the page, so its address is unknown here",
                )
            )
            continue
        if _MAP.match(url):
            warnings.append(
                PageWarning(
                    cell.line,
                    cell.column,
                    f"link {label!r} to {url[:80]!r} left out: a map of a place, no material "
                    "of the item",
                )
            )
            continue
        try:
            if _HTTP.match(url):
                links.append(Link(kind=link_kind(label, url, column), url=url))
                continue
        except ProgramError:
            pass
        if url.startswith("#") or not url.strip():
            continue
        warnings.append(
            PageWarning(
                cell.line,
                cell.column,
                f"link {label!r} to {url[:80]!r} left out: only http(s) links with a host "
                "go into a feed",
            )
        )
    return tuple(links)


def listed_links(content: Inline) -> tuple[Link, ...]:
    """The http(s) links of an entry of a list inside a cell (a session's paper)."""
    return tuple(
        Link(kind=link_kind(label, url, None), url=url)
        for label, url in content.links
        if _HTTP_HOST.match(url) and not _TEMPLATE.search(url)
    )


def text_without_links(content: Inline) -> str:
    """What a cell says besides its links' labels ("[slides] [video]" says nothing)."""
    text = content.text
    for label, _ in content.links:
        text = text.replace(label, "", 1)
    return text.strip(" ,;|/·•-")
