"""Links a site generator writes as a tag: Hugo's ``{{< relref "/mon" >}}``, Jekyll's
``{{ site.baseurl }}/slides.pdf`` and ``{{ '/slides.pdf' | relative_url }}``.

In the page as stored, such a link's destination holds spaces and braces, so Markdown
reads no link and the title would keep the markup; on the published site it is a
relative link. The tags are replaced by the path they make, padded with spaces to their
length (a link destination may end in spaces) so that every column after them stays
where the page has it.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile

__all__ = ["site_link_targets"]


#: Hugo's link shortcodes ("{{< relref "/programme/mon" >}}"): the page they link to.
_HUGO_REF = lazy_compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"(?P<target>[^\"\s]+)\"\s*[>%]\}\}")


#: Jekyll's site address before a link's path ("({{ site.baseurl }}/slides.pdf)") and its
#: filters ("{{ '/slides.pdf' | relative_url }}"): the path is the link, relative.
_LIQUID_URL = lazy_compile(
    r"\{\{-?\s*site\.(?:base)?url\s*-?\}\}"
    r"|\{\{-?\s*[\"'](?P<target>[^\"'\s]+)[\"']\s*\|\s*(?:relative|absolute)_url\s*-?\}\}",
    needs="site. _url",
)


def _liquid_target(match: re.Match[str]) -> str:
    """A Liquid site address as its path, padded to its length (columns stay put)."""
    return (match.group("target") or "").rjust(len(match.group(0)))


def _hugo_target(match: re.Match[str]) -> str:
    """The shortcode's target, padded to its length: a link destination may end in
    spaces, and the columns after it stay where the page has them."""
    return match.group("target").ljust(len(match.group(0)))


def site_link_targets(text: str) -> str:
    """``text`` with each site generator's link tag replaced by its path, as long as it."""
    return _HUGO_REF.sub(_hugo_target, _LIQUID_URL.sub(_liquid_target, text))
