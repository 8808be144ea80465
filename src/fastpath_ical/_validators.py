"""The model's validators and converters: each states one invariant, and says so in its error.

Every error is a :class:`~fastpath_ical.errors.ProgramError` naming the
field and the value, never a ``TypeError`` from deep inside: a program is
built from pages, JSON and feeds, and each of them can hold anything.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs

from ._patterns import lazy_compile
from ._zone_core import is_portable_zone
from .errors import ProgramError

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "a_date",
    "as_pairs",
    "as_tuple",
    "aware",
    "check_url",
    "header_and_text",
    "http_url",
    "iana_zone",
    "instance_of",
    "is_a",
    "member_of",
    "non_blank",
    "one_line",
    "optional_http_url",
    "optional_line",
    "optional_prose",
    "prose",
    "tuple_of",
]


#: C0 and C1 control characters (DEL too) and lone surrogates: strict calendar
#: parsers reject a feed that carries them.  Multi-line text may keep tab and
#: line feed.
_CONTROL = lazy_compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_PROSE_CONTROL = lazy_compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_text(name: str, value: object, *, multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise ProgramError(f"{name} must be text, got {value!r}")
    # Every character the patterns match is a control character or a surrogate, which
    # str.isprintable() refuses: a printable text (nearly every one) holds none, and the
    # patterns, a third of a millisecond each to compile, are not needed at start-up.
    bad = None if value.isprintable() else (_PROSE_CONTROL if multiline else _CONTROL).search(value)
    if bad is not None:
        raise ProgramError(
            f"{name} must not contain the control character {bad.group()!r}, got {value!r}"
        )
    return value


def one_line(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_text(attribute.name, value)


def optional_line(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(attribute.name, value)


def optional_prose(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(attribute.name, value, multiline=True)


#: An http(s) URL that ``urlsplit`` cannot refuse: an ASCII host of letters, digits, dots and
#: hyphens (no brackets), a port of digits, then printable ASCII without a space.  Its scheme
#: is http or https and its host not empty, so it passes :func:`check_url` as it is, without
#: being split (most URLs of a page are of this kind, and splitting them was most of the check).
_PLAIN_HTTP_URL = lazy_compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]*)?(?:[/?#][!-~]*)?")


def check_url(name: str, value: object) -> None:
    """``value`` is an http(s) URL with a host and no space or control character, or a
    ``ProgramError`` naming ``name``: the one rule for every URL a feed or page carries."""
    if not isinstance(value, str):
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}")
    if _PLAIN_HTTP_URL.fullmatch(value):
        return
    # Printable ASCII without a space (nearly every URL) has neither; anything else is
    # looked at character by character.
    plain = value.isascii() and value.isprintable() and " " not in value
    if not plain and any(
        ch.isspace() or (not ch.isprintable() and _CONTROL.match(ch)) for ch in value
    ):
        raise ProgramError(
            f"{name} must not contain white space or control characters, got {value!r}"
        )
    try:
        parts = urlsplit(value)
    except ValueError as error:
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}: {error}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProgramError(f"{name} must be an http or https URL, got {value!r}")


def http_url(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_url(attribute.name, value)


def optional_http_url(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_url(attribute.name, value)


def non_blank(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not _check_text(attribute.name, value).strip():
        raise ProgramError(f"{attribute.name} must not be blank")


def instance_of(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is one of ``kinds`` (``type(None)`` for optional)."""
    names = " or ".join("None" if kind is type(None) else kind.__name__ for kind in kinds)

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # bool is an int, but a flag is not a number and a number is not a flag.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise ProgramError(f"{attribute.name} must be {names}, got {value!r}")

    return check


#: The years a program may fall in.  Feeds, time zone rules and calendar
#: applications all work a little past an item (the next day, a VTIMEZONE's
#: transitions), which overflows near ``datetime.MAXYEAR``; a page that says
#: "0001" or "9999" is a typo, not a workshop.
MIN_YEAR = 1900
MAX_YEAR = 9000


def _in_years(attribute: attrs.Attribute[Any], value: dt.date) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ProgramError(
            f"{attribute.name} must fall in the years {MIN_YEAR} to {MAX_YEAR}, got {value.year}"
        )


def a_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A datetime is a date too, but a program's date is a day, not an instant.
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ProgramError(f"{attribute.name} must be a date (not a datetime), got {value!r}")
    _in_years(attribute, value)


def aware(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise ProgramError(f"{attribute.name} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ProgramError(f"{attribute.name} must be a time-zone aware datetime, got {value!r}")
    _in_years(attribute, value)


def iana_zone(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Only names another calendar can load: not a tzdata folder ("Europe"), not this
    # machine's "localtime", not the "posix/" and "right/" copies.
    if not isinstance(value, str) or not is_portable_zone(value):
        raise ProgramError(f"{attribute.name} must be an IANA time zone, got {value!r}")


def as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """A collection as a tuple; anything else is left for the validator to reject.

    A string is iterable but is not a collection of people or notes: splitting
    "Bob" into ("B", "o", "b") would hide the caller's mistake.
    """
    if isinstance(values, str | bytes | bytearray | memoryview) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]  # the validator names the field
    return tuple(values)


def as_pairs(values: Iterable[Any]) -> tuple[Any, ...]:
    """:func:`as_tuple`, and each (header, text) pair as a tuple too."""
    outer = as_tuple(values)
    return tuple(as_tuple(pair) for pair in outer) if isinstance(outer, tuple) else outer


def tuple_of(
    check: Callable[[str, object], None],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: a tuple whose every element passes ``check(name, element)``."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ProgramError(f"{attribute.name} must be a list or tuple, got {value!r}")
        for index, element in enumerate(value):
            check(f"{attribute.name}[{index}]", element)

    return validate


def is_a(kind: type) -> Callable[[str, object], None]:
    article = "an" if kind.__name__[0] in "AEIOU" else "a"

    def check(name: str, value: object) -> None:
        if not isinstance(value, kind):
            raise ProgramError(f"{name} must be {article} {kind.__name__}, got {value!r}")

    return check


def prose(name: str, value: object) -> None:
    _check_text(name, value, multiline=True)


def header_and_text(name: str, value: object) -> None:
    if not isinstance(value, tuple) or len(value) != 2:
        raise ProgramError(f"{name} must be a (header, text) pair, got {value!r}")
    _check_text(f"{name} header", value[0])
    _check_text(f"{name} text", value[1], multiline=True)


E = TypeVar("E", bound=enum.Enum)


def member_of(kind: type[E], value: E | str) -> E:
    """``value`` as a member of the enum ``kind`` when it is one's value ("talk"); a string
    that is none is the model's error, anything else is left for the validator."""
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(str(member.value) for member in kind)
            raise ProgramError(f"kind must be one of {known}, got {value!r}") from None
    return value
