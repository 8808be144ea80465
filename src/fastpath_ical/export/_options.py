"""What varies between exports of the same program: :class:`ExportOptions`."""

from __future__ import annotations

import enum
import re

import attrs

from ..errors import ExportError
from ..ics import FeedOptions

__all__ = ["ExportFormat", "ExportOptions"]


class ExportFormat(enum.Enum):
    """Every format :func:`~fastpath_ical.export.export` writes, by the name the CLI takes."""

    ICS = "ics"
    JCAL = "jcal"
    XCAL = "xcal"
    FRAB = "frab"
    SCHEDULE_JSON = "schedule-json"
    SCHEDULE1_JSON = "schedule1-json"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


def _language(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2}", value):
        raise ExportError(
            f"{attribute.name} must be an ISO 639-1 code of two lower-case letters, got {value!r}"
        )


def _version(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ExportError(f"{attribute.name} must be a non-blank string or None, got {value!r}")


def _feed(_: object, attribute: attrs.Attribute[FeedOptions], value: object) -> None:
    if not isinstance(value, FeedOptions):
        raise ExportError(f"{attribute.name} must be FeedOptions, got {value!r}")


@attrs.frozen(kw_only=True)
class ExportOptions:
    """What varies between exports of the same program.

    ``feed`` makes the calendar of ``ics``, ``jcal`` and ``xcal`` exactly as
    ``build`` does, and its ``uid_domain`` is the one every schedule guid is
    derived from.  ``language`` is the talks' language, which schedule2 JSON
    requires and the model does not know (``en`` unless said).  ``version``
    is the schedule's version in frab XML and the schedule JSON forms; by
    default a digest of the program, which changes exactly when it does.
    """

    feed: FeedOptions = attrs.field(factory=FeedOptions, validator=_feed)
    language: str = attrs.field(default="en", validator=_language)
    version: str | None = attrs.field(default=None, validator=_version)

    @property
    def uid_domain(self) -> str:
        return self.feed.uid_domain
