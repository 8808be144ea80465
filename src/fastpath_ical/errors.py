"""The project's exceptions: one root, small subclasses that carry their data.

Every error the library raises on bad input is a :class:`FastpathError`, so a
caller (and the command line) can catch one type and print one line.  The root
is a :class:`ValueError` because every one of them means "this input is wrong".
"""

from __future__ import annotations

__all__ = [
    "AlarmError",
    "ExportError",
    "FastpathError",
    "FeedError",
    "ForeignFeedError",
    "LinkError",
    "LocalTimeError",
    "OptionsError",
    "PageError",
    "PreviousFeedError",
    "ProgramError",
    "ProgramJsonError",
    "PublishError",
    "RemovalError",
    "SelectError",
    "SizeError",
    "ZoneError",
]


class FastpathError(ValueError):
    """Root of every error fastpath-ical raises about its input."""


class ProgramError(FastpathError):
    """A program, item, person or link breaks an invariant of the model."""


class ZoneError(FastpathError):
    """A time zone could not be resolved to exactly one IANA zone."""

    def __init__(self, message: str, *, text: str = "") -> None:
        super().__init__(message)
        self.text = text


class LocalTimeError(FastpathError):
    """A wall-clock time does not exist, or exists twice, in its zone.

    It names the item, because the fix is on the page: say which offset is
    meant, or move the item.
    """

    def __init__(self, message: str, *, item: str, local: str, zone: str) -> None:
        super().__init__(message)
        self.item = item
        self.local = local
        self.zone = zone


class PageError(FastpathError):
    """A program page could not be read.

    ``line`` and ``column`` are 1-based and point at ``text``, the offending
    piece of the page; ``expected`` says what would have been readable there;
    ``code`` names the kind of problem where its wording names the row.
    ``problems``: when the error stands for several (``read_page(all_errors=True)``
    on a page none of whose rows can be read), every row's error in page order, this
    one's first; a checker names them all, as it does when some rows can be read.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int,
        column: int = 1,
        text: str = "",
        expected: str = "",
        code: str = "",
        problems: tuple[PageError, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.text = text
        self.expected = expected
        #: What kind of problem, where the same problem is worded per row ("no-end").
        self.code = code
        self.problems = problems

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


class OptionsError(FastpathError):
    """Options for building a feed that cannot work (a negative refresh, a naive stamp)."""


class FeedError(FastpathError):
    """Bytes that are not an iCalendar feed fastpath-ical can read back.

    ``uid`` names the event at fault, when one is.
    """

    def __init__(self, message: str, *, uid: str = "") -> None:
        super().__init__(message)
        self.uid = uid


class PreviousFeedError(FeedError):
    """The previous feed given to an update cannot be read as events to update from."""


class ForeignFeedError(PreviousFeedError):
    """The previous feed is another program's: merged in, its events would be cancelled.

    ``name`` and ``previous_name`` are the two calendars' names (``""`` where a
    feed has none), ``domains`` and ``previous_domains`` their UIDs' domains.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str,
        previous_name: str,
        domains: tuple[str, ...] = (),
        previous_domains: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.name = name
        self.previous_name = previous_name
        self.domains = domains
        self.previous_domains = previous_domains


class RemovalError(FastpathError):
    """An update would cancel more of the published events than one update may.

    A subscribed feed reaches calendars whose owners never see the page: a
    misread page that drops talks cancels them in every one of those
    calendars at once.  ``cancelled`` are the UIDs (``summaries`` what each
    one's SUMMARY and start say), ``published`` how many live events the
    previous feed had and ``allowed`` how many one update may cancel.
    """

    def __init__(
        self,
        message: str,
        *,
        cancelled: tuple[str, ...],
        summaries: tuple[str, ...],
        published: int,
        allowed: int,
    ) -> None:
        super().__init__(message)
        self.cancelled = cancelled
        self.summaries = summaries
        self.published = published
        self.allowed = allowed


class SizeError(FastpathError):
    """An input larger than fastpath-ical reads: refused before any work is spent on it.

    ``size`` is what was given and ``limit`` the most that is read, both in bytes.
    """

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit


class AlarmError(FastpathError):
    """A reminder lead time that cannot be read; ``text`` is what was given."""

    def __init__(self, message: str, *, text: str) -> None:
        super().__init__(message)
        self.text = text


class SelectError(FastpathError):
    """A selector that matches no item; ``selector`` is what was given."""

    def __init__(self, message: str, *, selector: str) -> None:
        super().__init__(message)
        self.selector = selector


class LinkError(FastpathError):
    """A feed URL that no calendar service can subscribe to."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class ProgramJsonError(FastpathError):
    """Text that is not a program in fastpath-ical's JSON form.

    ``pointer`` is the JSON Pointer (RFC 6901) of the offending value, ``""``
    for the whole document, so the message can name exactly what to fix.
    """

    def __init__(self, message: str, *, pointer: str = "") -> None:
        super().__init__(f"{pointer or '/'}: {message}")
        self.message = message
        self.pointer = pointer


class ExportError(FastpathError):
    """A program that a schedule format cannot carry faithfully, or an unknown format.

    ``item`` names the item at fault, when one is.
    """

    def __init__(self, message: str, *, item: str = "") -> None:
        super().__init__(message)
        self.item = item


class PublishError(FastpathError):
    """A calendar server refused a request, or could not be reached.

    ``url`` is what was asked for and ``status`` the HTTP status (0: no answer).
    Nothing is lost: every object is written on its own, so running the same
    push again finishes the job.
    """

    def __init__(self, message: str, *, url: str, status: int = 0) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
