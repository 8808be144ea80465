"""The templates' Jinja2 environment, and the filters that keep each value what it is.

Autoescaping makes every value text in HTML; the filters go further where a
value lands somewhere HTML escaping does not cover: a URL becomes a link only
when it is http(s) (or webcal, for the links the ``links`` module made), text
in the Markdown snippet is shown as written by CommonMark and kramdown, and
``{`` and ``}`` never reach Liquid or Hugo as template tags.  What the page
says is ``_render``'s.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.resources
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import jinja2

__all__ = ["asset", "csp_hash", "environment"]


def _url(value: object, schemes: tuple[str, ...]) -> str | None:
    """``value`` if it is a URL with a host in one of ``schemes``; anything else is no link."""
    if not isinstance(value, str) or any(ch.isspace() or not ch.isprintable() for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in schemes or not parts.netloc:
        return None
    return value


def _http_url(value: object) -> str | None:
    """An http(s) URL, for what the page gave: slides, videos, speakers' pages."""
    return _url(value, ("http", "https"))


def _link_url(value: object) -> str | None:
    """An http(s) or webcal URL, for the links the ``links`` module made."""
    return _url(value, ("http", "https", "webcal"))


#: What Markdown (CommonMark, kramdown), Liquid or Hugo could read as markup in running text.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()<>~|!$#]")


def _markdown_text(value: object) -> str:
    """Text that CommonMark and kramdown show as written: markup characters as numeric
    character references (both read those; kramdown lacks some backslash escapes).

    ``{`` and ``}`` become references too, so Liquid (Jekyll) and Hugo's
    shortcodes never read a title as a template tag.
    """
    text = " ".join(str(value).split()).replace("&", "&amp;")
    return _MARKDOWN_SPECIAL.sub(lambda match: f"&#{ord(match.group())};", text)


#: Characters a Markdown link destination cannot hold as they are.
_MARKDOWN_URL = str.maketrans({ch: f"%{ord(ch):02X}" for ch in "()<>[]{}|\\ "})


def _markdown_url(value: object) -> str:
    """A link destination that cannot end the link early; the same URL to any server."""
    url = _link_url(value)
    return "" if url is None else url.translate(_MARKDOWN_URL)


def _no_braces(value: object) -> Any:
    """The HTML snippet's finalize: text escaped, ``{`` and ``}`` as entities for Liquid, Hugo."""
    import markupsafe

    escaped = markupsafe.escape(value)
    return markupsafe.Markup(str(escaped).replace("{", "&#123;").replace("}", "&#125;"))


def asset(name: str) -> str:
    return (importlib.resources.files(__package__) / "templates" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def environment(*, snippet: bool = False) -> jinja2.Environment:
    """Jinja2, autoescaping every ``.html`` template; the ``[site]`` extra provides it."""
    try:
        import jinja2
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("fastpath_ical.site needs Jinja2: install fastpath-ical[site]") from exc
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("fastpath_ical.site", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_no_braces if snippet else None,
    )
    environment.filters["http_url"] = _http_url
    environment.filters["link_url"] = _link_url
    environment.filters["md"] = _markdown_text
    environment.filters["md_url"] = _markdown_url
    return environment
