"""Publishing a program: a static site, a snippet for the workshop's own page, a preview server.

:func:`render_site` turns a program (and its feed) into the files of a
folder any static host serves, :func:`write_site` writes them there and
removes the per-item files of items that are gone, :func:`render_snippet`
gives the subscribe and per-talk buttons for a page built by Jekyll or
Hugo, and :func:`respond` answers a preview server's requests for a folder.
Rendering needs Jinja2 (the ``[site]`` extra); serving does not.
"""

from __future__ import annotations

from ._render import EVENTS, feed_file_name, render_site, render_snippet, site_url
from ._server import Response, content_type, respond
from ._write import Written, write_site

__all__ = [
    "EVENTS",
    "Response",
    "Written",
    "content_type",
    "feed_file_name",
    "render_site",
    "render_snippet",
    "respond",
    "site_url",
    "write_site",
]
