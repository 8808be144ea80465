"""Front matter: the YAML (``---``) or TOML (``+++``) block a Jekyll, Hugo or Zola page starts with.

It is metadata for the site generator, not page text: read as page text, its
last line became the calendar's name.  Here it is parsed by a real YAML or
TOML parser, its lines are blanked out of the text the Markdown reader sees
(so line numbers stay true), and what it says about the event (``title``,
``date``, ``location``, ``timezone``) is kept for the reader to weigh.

A ``fastpath-ical:`` mapping inside it pins a reading without changing what
visitors see: ``timezone``, ``date``, ``end`` (the end of the last item of
each day), ``title``, ``short_name`` and ``location``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._patterns import lazy_compile
from ..errors import PageError

__all__ = ["FrontMatter", "Pins", "split_front_matter"]

#: Keys of the ``fastpath-ical:`` block, and what each must be.
#: An HTML tag in a value: "<br>", "<a href=...>", "</b>".
_A_TAG = lazy_compile(r"</?[A-Za-z][^<>]*>", needs="<")

_PIN_KEYS = ("timezone", "date", "end", "title", "short_name", "location")


@attrs.frozen
class Pins:
    """What the organizer pinned for fastpath-ical in the front matter, with its line."""

    timezone: str | None = None
    date: dt.date | None = None
    end: dt.time | None = None
    title: str | None = None
    short_name: str | None = None
    location: str | None = None
    line: int = 1


@attrs.frozen
class FrontMatter:
    """The front matter's values the reader uses, each with the line it is on."""

    data: Mapping[str, Any] = attrs.field(factory=dict)
    #: 1-based lines of the opening and closing fences; (0, 0) for a page without.
    lines: tuple[int, int] = (0, 0)
    pins: Pins = Pins()

    def text(self, key: str) -> str | None:
        """A top-level value as one line of text, or ``None`` when absent or not text."""
        value = self.data.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value)
            if _A_TAG.search(text):
                # 'title: "Workshop on Things <br>(2024)"': the site shows it as HTML.
                from bs4 import BeautifulSoup

                text = BeautifulSoup(text, "html.parser").get_text(" ")
            text = " ".join(text.split())
            return text or None
        return None

    def date(self, key: str = "date") -> dt.date | None:
        value = self.data.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return None

    def years(self) -> tuple[tuple[int, int], ...]:
        """(year, line) of each year a top-level value names ("description: ICBINB@NeurIPS
        2021", "date: 2021-10-01"): the page's own words too, though not shown as text."""
        found: list[tuple[int, int]] = []
        for key, value in self.data.items():
            if isinstance(value, str | int | dt.date) and not isinstance(value, bool):
                text = value.isoformat() if isinstance(value, dt.date) else str(value)
                found.extend((int(year), self.line_of(key)) for year in _YEAR.findall(text))
        return tuple(found)

    def line_of(self, key: str) -> int:
        """The line a top-level key is written on (the opening fence when not found)."""
        return self._key_lines.get(key, self.lines[0] or 1)

    _key_lines: Mapping[str, int] = attrs.field(factory=dict, alias="key_lines")


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_YAML_FENCE = lazy_compile(r"^---[ \t]*$")
_YAML_END = lazy_compile(r"^(?:---|\.\.\.)[ \t]*$")
_TOML_FENCE = lazy_compile(r"^\+\+\+[ \t]*$")
_KEY = lazy_compile(r"^([A-Za-z_][\w-]*)\s*[:=]|^\[\[?\s*([A-Za-z_][\w-]*)")


def split_front_matter(lines: list[str]) -> tuple[FrontMatter, list[str]]:
    """The front matter of a page's ``lines`` and the lines with it blanked out.

    Only a block that opens on the very first line counts, as in Jekyll and
    Hugo; a ``---`` later on is a thematic break.  A block that does not parse
    is an error naming its line: the site generator would fail on it too.
    """
    if not lines:
        return FrontMatter(), lines
    if _METADATA.match(lines[0]):
        return _metadata(lines)
    if _YAML_FENCE.match(lines[0]):
        end_pattern, kind = _YAML_END, "yaml"
    elif _TOML_FENCE.match(lines[0]):
        end_pattern, kind = _TOML_FENCE, "toml"
    else:
        return FrontMatter(), lines
    end = next((i for i in range(1, len(lines)) if end_pattern.match(lines[i])), None)
    if end is None:
        return FrontMatter(), lines  # no closing fence: Jekyll reads it as page text too
    body = "\n".join(lines[1:end])
    data = _parse(body, kind)
    key_lines = {}
    for index in range(1, end):
        found = _KEY.match(lines[index])
        key = found and (found.group(1) or found.group(2))  # "title:", "[[extra.activities]]"
        if key and key not in key_lines:
            key_lines[key] = index + 1
    front = FrontMatter(
        data=data,
        lines=(1, end + 1),
        pins=_pins(data, key_lines.get("fastpath-ical", 1)),
        key_lines=key_lines,
    )
    return front, [""] * (end + 1) + lines[end + 1 :]


#: A Pelican or MultiMarkdown metadata line ("Title: Schedule", "Date: 2018-08-01").
_METADATA = lazy_compile(
    r"^(?P<key>title|date|modified|category|tags|slug|authors?|summary|status|lang|"
    r"template|save_as|url|sortorder|order):[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
    needs=(
        "author category date lang modified order save_as slug status summary tags "
        "template title url"
    ),
)


def _metadata(lines: list[str]) -> tuple[FrontMatter, list[str]]:
    """Pelican's metadata lines at the top of a page, up to the first blank line.

    Their values are kept as text, never as dates: Pelican's ``Date`` is when
    the page was posted (a 2018 date above a 2020 program), not the event's.
    """
    data: dict[str, str] = {}
    key_lines: dict[str, int] = {}
    end = 0
    while end < len(lines) and (found := _METADATA.match(lines[end])):
        key = found.group("key").lower()
        data.setdefault(key, found.group("value").strip())
        key_lines.setdefault(key, end + 1)
        end += 1
    front = FrontMatter(data=data, lines=(1, end), key_lines=key_lines)
    return front, [""] * end + lines[end:]


def _parse(body: str, kind: str) -> Mapping[str, Any]:
    import tomllib

    import yaml  # only for a page with front matter; most pages have none

    try:
        data = yaml.safe_load(body) if kind == "yaml" else tomllib.loads(body)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 2, mark.column + 1) if mark else (2, 1)
        raise PageError(
            f"the front matter is not YAML: {exc.problem or exc}",
            line=line,
            column=column,
            expected="YAML between the '---' lines, such as 'title: My Workshop'",
        ) from None
    except yaml.YAMLError as exc:
        raise PageError(f"the front matter is not YAML: {exc}", line=2) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        line, column = (int(found.group(1)) + 1, int(found.group(2))) if found else (2, 1)
        raise PageError(
            f"the front matter is not TOML: {str(exc).split(' (at')[0]}",
            line=line,
            column=column,
            expected="TOML between the '+++' lines, such as 'title = \"My Workshop\"'",
        ) from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise PageError(
            "the front matter is not a mapping of keys to values",
            line=2,
            expected="'key: value' lines, such as 'title: My Workshop'",
        )
    return data


def _pins(data: Mapping[str, Any], line: int) -> Pins:
    block = data.get("fastpath-ical", data.get("fastpath_ical"))
    if block is None:
        return Pins(line=line)
    if not isinstance(block, Mapping):
        raise PageError(
            "'fastpath-ical:' in the front matter must hold keys such as 'timezone:'",
            line=line,
            expected=f"some of: {', '.join(_PIN_KEYS)}",
        )
    unknown = sorted(str(key) for key in block if key not in _PIN_KEYS)
    if unknown:
        raise PageError(
            f"'fastpath-ical:' has an unknown key {unknown[0]!r}",
            line=line,
            expected=f"some of: {', '.join(_PIN_KEYS)}",
        )
    return Pins(
        timezone=_pin_text(block, "timezone", line),
        date=_pin_date(block, line),
        end=_pin_time(block, line),
        title=_pin_text(block, "title", line),
        short_name=_pin_text(block, "short_name", line),
        location=_pin_text(block, "location", line),
        line=line,
    )


def _pin_text(block: Mapping[str, Any], key: str, line: int) -> str | None:
    value = block.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise PageError(f"'fastpath-ical: {key}:' must be text, got {value!r}", line=line)
    return value.strip()


def _pin_date(block: Mapping[str, Any], line: int) -> dt.date | None:
    value = block.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PageError(
        f"'fastpath-ical: date:' must be a date such as 2024-12-15, got {value!r}", line=line
    )


def _pin_time(block: Mapping[str, Any], line: int) -> dt.time | None:
    value = block.get("end")
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        # YAML 1.1 reads an unquoted 18:00 as a sexagesimal number, 18 * 60 + 0.
        return dt.time(value // 60, value % 60)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PageError(f"'fastpath-ical: end:' must be a time such as 18:00, got {value!r}", line=line)
