"""The program as CSV: one row per item, its times in the program's zone and in UTC.

For a spreadsheet or a script that wants rows, not a calendar.  Each instant
is given twice, with its offset in the program's zone and in UTC, so that a
reader who trusts neither conversion can check one against the other; the
length is the true one (a talk across a DST change is not an hour off).
Several people or links in one cell are joined by ``"; "`` (names) and a
space (URLs, which never hold one).  The csv module quotes what needs it.
"""

from __future__ import annotations

import csv
import io

from .._arguments import checked
from ..ics import DEFAULT_UID_DOMAIN, uids
from ..model import LinkKind, Program
from ._schedule import room_of

__all__ = ["CSV_COLUMNS", "program_csv"]

#: The header row, in order.
CSV_COLUMNS = (
    "uid",
    "date",
    "start",
    "end",
    "timezone",
    "start_utc",
    "end_utc",
    "minutes",
    "kind",
    "title",
    "people",
    "affiliations",
    "session",
    "chair",
    "room",
    "slides",
    "video",
    "links",
    "abstract",
)


@checked
def program_csv(program: Program, *, uid_domain: str = DEFAULT_UID_DOMAIN) -> str:
    """The items as CSV text with a header row (``\\r\\n`` line ends, as RFC 4180 has them)."""
    zone = program.zone
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item, uid in zip(program.items, uids(program, uid_domain=uid_domain), strict=True):
        start = item.start_utc.astimezone(zone)
        end = item.end_utc.astimezone(zone)
        others = [link for link in item.links if link.kind not in (LinkKind.SLIDES, LinkKind.VIDEO)]
        writer.writerow(
            (
                uid,
                start.date().isoformat(),
                start.isoformat(),
                end.isoformat(),
                program.timezone,
                item.start_utc.isoformat(),
                item.end_utc.isoformat(),
                f"{item.duration.total_seconds() / 60:g}",
                item.kind.value,
                item.title,
                "; ".join(person.name for person in item.people),
                "; ".join(person.affiliation or "" for person in item.people)
                if any(person.affiliation for person in item.people)
                else "",
                item.session or "",
                item.chair or "",
                room_of(item, program),
                " ".join(link.url for link in item.links_of(LinkKind.SLIDES)),
                " ".join(link.url for link in item.links_of(LinkKind.VIDEO)),
                " ".join(link.url for link in others),
                item.abstract or "",
            )
        )
    return out.getvalue()
