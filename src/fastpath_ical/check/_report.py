"""The findings record of ``check`` and the wording every check shares.

Each check (statements, conversions, the schedule) says what it finds as a
:class:`Finding`; the words for an offset, a place and a written time are
here once, so that two findings about the same instant say it alike.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from ..errors import PageError
from ..page._clock import ClockTime

__all__ = [
    "CheckReport",
    "Finding",
    "Severity",
    "format_like",
    "hours",
    "ordered",
    "page_finding",
    "place",
    "readings",
    "said_but",
]


class Severity(enum.Enum):
    """``error`` fails ``check``; ``warning`` fails it only in strict mode; ``note`` never."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the page gets wrong (or may): where, what it says, what is right.

    ``code`` names the check: ``abbreviation``, ``conversion``, ``span``,
    ``page`` (the reader rejected the page: overlap, order, a time that does
    not exist), ``gap``, ``dst`` or ``reading`` (a reader's warning).
    """

    line: int
    column: int = 1
    severity: Severity
    code: str
    says: str
    right: str
    message: str

    def __str__(self) -> str:
        label = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"line {self.line}: {label}{self.message}"


@attrs.frozen(kw_only=True)
class CheckReport:
    """The findings on one page, in page order, and what was checked."""

    findings: tuple[Finding, ...]
    items: int = 0
    statements: int = 0

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    def failed(self, *, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))


def said_but(*, line: int, column: int, code: str, says: str, right: str) -> Finding:
    """An error worded as the checks word one: what the page says, but what is right
    (``"EST" but New York keeps EDT (UTC-4) on 2024-08-05``)."""
    return Finding(
        line=line,
        column=column,
        severity=Severity.ERROR,
        code=code,
        says=says,
        right=right,
        message=f'"{says}" but {right}',
    )


def page_finding(exc: PageError) -> Finding:
    """What the reader could not read, in the reader's own words, as an error."""
    return Finding(
        line=exc.line,
        column=exc.column,
        severity=Severity.ERROR,
        code="page",
        says=exc.text,
        right=exc.expected,
        message=exc.message,
    )


def ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """In page order, each message once per line: two checks may see the same mistake."""
    seen: set[tuple[int, str]] = set()
    out: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.line, f.column)):
        if (finding.line, finding.message) not in seen:
            seen.add((finding.line, finding.message))
            out.append(finding)
    return tuple(out)


def place(zone: str) -> str:
    """``New York`` for ``America/New_York``: how a sentence names a zone."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def hours(offset: dt.timedelta | None) -> str:
    """``UTC-4``, ``UTC+5:30``: how people write an offset in a sentence."""
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    whole, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{whole}" + (f":{rest:02d}" if rest else "")


def readings(clock: ClockTime) -> tuple[dt.time, ...]:
    """The wall-clock times a written time can mean: one, or morning and afternoon.

    A page that writes "11:00" for a time it also writes as "11:00 am" is
    not wrong, so a check accepts either reading of a time without am/pm.
    """
    if clock.meridiem is not None or clock.is_24h:
        return (clock.to_time(),)
    return tuple(dict.fromkeys((clock.to_time("am"), clock.to_time("pm"))))


def format_like(clock: ClockTime, value: dt.time) -> str:
    """``value`` written the way the page wrote ``clock``: the right time in the page's style."""
    if clock.meridiem is None:
        return f"{value:%H:%M}"
    hour = value.hour % 12 or 12
    return f"{hour}:{value:%M} {'am' if value.hour < 12 else 'pm'}"
