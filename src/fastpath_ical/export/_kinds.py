"""How each kind of item and of link is named in the schedule formats: one table each.

A new :class:`~fastpath_ical.model.ItemKind` or
:class:`~fastpath_ical.model.LinkKind` needs one row here (a test fails
until it has one); every writer reads these tables and nothing else.

frab XML and schedule.json take free text for an event's type: they get the
kind's label (``Talk``, ``Remarks``, ``Break``), the word the feed's
CATEGORIES use.  schedule2 JSON takes one word of a fixed list, and writes
breaks and the like as "meta events" without speakers or links.
"""

from __future__ import annotations

import attrs

from ..model import ItemKind, LinkKind

__all__ = ["KINDS", "LINKS", "KindNames", "LinkNames", "link_label"]


@attrs.frozen
class KindNames:
    """An item kind in schedule2 JSON: its ``type``, and whether it is a meta event."""

    schedule2: str
    meta: bool = False


@attrs.frozen
class LinkNames:
    """A link kind: its label, and its ``type`` in schedule.json and in schedule2 JSON."""

    label: str
    schedule: str
    schedule2: str


KINDS: dict[ItemKind, KindNames] = {
    ItemKind.TALK: KindNames("TALK"),
    ItemKind.KEYNOTE: KindNames("TALK"),
    ItemKind.INVITED: KindNames("TALK"),
    ItemKind.CONTRIBUTED: KindNames("TALK"),
    ItemKind.PANEL: KindNames("DISCUSSION"),
    ItemKind.POSTERS: KindNames("OTHER"),
    ItemKind.SESSION: KindNames("OTHER"),
    ItemKind.REMARKS: KindNames("OTHER"),
    ItemKind.BREAK: KindNames("BREAK", meta=True),
    ItemKind.SOCIAL: KindNames("META", meta=True),
    ItemKind.ACTIVITY: KindNames("OTHER"),
}

LINKS: dict[LinkKind, LinkNames] = {
    LinkKind.SLIDES: LinkNames("Slides", "slides", "SLIDES"),
    LinkKind.VIDEO: LinkNames("Video", "media", "MEDIA"),
    LinkKind.PROFILE: LinkNames("Profile", "related", "RELATED"),
    LinkKind.OTHER: LinkNames("Web", "web", "WEB"),
}


def link_label(kind: LinkKind) -> str:
    """``Slides``: the words a schedule app shows for a link."""
    return LINKS[kind].label
