"""Print an HTML list of "add to calendar" and "subscribe" links for a program.

Run:  python examples/calendar_links.py [https://example.org/fastpath2021.ics]

The links come from fastpath_ical.links; this script only decides the
markup.  html.escape is needed because the links contain "&".
"""

from __future__ import annotations

import sys
from html import escape

from fastpath_ical import fastpath2021
from fastpath_ical.ics import calendar_name, summary
from fastpath_ical.links import program_event_links, subscribe_links


def links_html(feed_url: str) -> str:
    program = fastpath2021()
    feed = subscribe_links(feed_url, name=calendar_name(program))
    lines = [
        "<p>Subscribe: "
        f'<a href="{escape(feed.webcal)}">Apple / Thunderbird / Outlook</a> · '
        f'<a href="{escape(feed.google)}">Google</a> · '
        f'<a href="{escape(feed.outlook)}">Outlook.com</a> · '
        f'<a href="{escape(feed.office365)}">Office 365</a></p>',
        "<ul>",
    ]
    for links in program_event_links(program):
        lines.append(
            f"<li>{escape(summary(links.item))}: "
            f'<a href="{escape(links.google)}">Google</a> · '
            f'<a href="{escape(links.outlook)}">Outlook.com</a> · '
            f'<a href="{escape(links.office365)}">Office 365</a></li>'
        )
    lines.append("</ul>")
    return "\n".join(lines)


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else "https://example.org/fastpath2021.ics"
    print(links_html(url))
