"""Pages edited the way people edit them, and an independent judge of what a page says.

The mutations (:data:`MUTATIONS`) are the small edits a real page gets: a
blank line, a note or an HTML comment between rows, a row split in two, a
digit changed, two cells swapped, a CR pasted in, a row duplicated or
deleted, a pipe deleted, a time typed wrong, a weekday changed.  Each one
records which lines of the original it touched and where every other line
went, so the judge can ask of an untouched row: is it still there?

The judge (:func:`judge`) does not run the reader again.  It holds a
reading to what the mutated page says, with its own small parsers:

* the page's lines split where CommonMark splits them (CR, LF, CRLF);
* tables found from a header row and its ``|---|`` separator, read leniently
  (a blank line, a comment or a note between rows of one program does not end
  it), their time columns named by their headers (Time, Start, End, When);
* times read by a loose pattern that also finds what is no time (``25:99``,
  ``11:60``, ``11:0``, ``1:100``), so a cell the reader read only in part
  shows.

A reading passes when every item's start is the first time in its row's
time cells and its end is the second where there is one, the words of its
title are on its line, every row of the original program that the edit did
not touch is still an item (at the line it moved to, with its start and
title), and no line that gives a weekday with a date of the program
contradicts it.  Otherwise the reading is silently wrong: a finding.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
from hypothesis import strategies as st

from fastpath_ical import FastpathError, PageError, PageReading, Program, read_page
from fastpath_ical.ics import build_calendar
from fastpath_ical.page import fastpath2021_page

ROOT = Path(__file__).resolve().parent.parent.parent
VALID = ROOT / "tests" / "pages" / "valid"
REAL = ROOT / "tests" / "pages" / "real"


def corpus(*, real: bool = False) -> dict[str, str]:
    """The pages to mutate: the shipped page and every valid fixture page, by name.

    With ``real``, also the pages modelled on real programs (``tests/pages/real``) that
    read without options and that the judge reads as the reader does unedited.
    """
    pages = {"fastpath2021-program.md": fastpath2021_page()}
    for path in sorted(VALID.glob("*.md")):
        pages[path.name] = path.read_text(encoding="utf-8")
    for path in sorted(REAL.glob("*.md")) if real else ():
        text = path.read_text(encoding="utf-8")
        try:
            reading = read_page(text)
        except FastpathError:
            continue
        unedited = Mutant("none", "", text, tuple(range(len(lines_of(text)))))
        if judge(reading, text, unedited).ok:
            pages[f"real/{path.name}"] = text
    return pages


# --- lines, as CommonMark splits them --------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
#: A CR alone inside a table row, the rest of the row after it: pasted, not a line end.
_STRAY_CR = re.compile(r"(?<=[^\r\n])\r(?!\n)(?=[^|\r\n][^\r\n]*\|[ \t]*$)", re.MULTILINE)


def lines_of(text: str) -> list[str]:
    """The page's lines without their ends, split at CR, LF and CRLF (CommonMark 2.1).

    One exception, the convention of the reader's line numbers (docs/reading-pages.md):
    a CR alone inside a table row, with the rest of the row after it, is a stray
    character of the row (a word processor's), not the end of a line; it reads as a space.
    """
    text = _STRAY_CR.sub(" ", text)
    return [m.group(0).rstrip("\r\n") for m in _LINE.finditer(text)]


def _join(lines: Sequence[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


# --- mutations ---------------------------------------------------------------------------


@attrs.frozen
class Mutant:
    """A mutated page: what was done, its text, and where the original's lines went.

    ``moved[i]`` is the 0-based line of the mutant that holds the original's line ``i``
    unchanged, or ``None`` when the edit touched it.
    """

    name: str
    detail: str
    text: str
    moved: tuple[int | None, ...]

    def __str__(self) -> str:
        return f"{self.name}: {self.detail}"


def _shifted(count: int, at: int, by: int, touched: Sequence[int] = ()) -> tuple[int | None, ...]:
    """Lines ``at`` and after move by ``by``; ``touched`` lines are gone."""
    return tuple(None if i in touched else (i + by if i >= at else i) for i in range(count))


def _table_lines(lines: Sequence[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.lstrip().startswith("|")]


def _rows(lines: Sequence[str]) -> list[int]:
    """Table lines that are not separators: header and body rows."""
    return [i for i in _table_lines(lines) if not re.fullmatch(r"\s*\|[\s|:-]*", lines[i])]


#: Malformed times a hurried hand types; none is a time.
BAD_TIMES = ("25:99", "11:60", "11:0", "1:100", "9:5", "24:30", "10::30", "1O:30")
#: Lines put between rows: none of them ends the program.
BETWEEN = (
    "",
    "<!-- moved to the afternoon -->",
    "Note: the lunch room has changed.",
    "   ",
    "<!--",
    "**Afternoon**",
)


@st.composite
def mutants(draw: st.DrawFn, pages: dict[str, str]) -> tuple[str, Mutant]:
    """A page of ``pages`` and one mutation of it (sometimes two, applied in turn)."""
    name = draw(st.sampled_from(sorted(pages)))
    text = pages[name]
    mutant = draw(_one_mutation(text))
    if draw(st.integers(0, 9)) == 0:  # now and then a second edit on top
        second = draw(_one_mutation(mutant.text))
        moved = tuple(
            None if where is None else second.moved[where] if where < len(second.moved) else None
            for where in mutant.moved
        )
        mutant = Mutant(
            name=f"{mutant.name}+{second.name}",
            detail=f"{mutant.detail}; then {second.detail}",
            text=second.text,
            moved=moved,
        )
    return name, mutant


@st.composite
def _one_mutation(draw: st.DrawFn, text: str) -> Mutant:
    lines = lines_of(text)
    rows = _rows(lines) or list(range(len(lines)))
    table = _table_lines(lines) or list(range(len(lines)))
    kind = draw(st.sampled_from(sorted(MUTATIONS)))
    return MUTATIONS[kind](draw, lines, rows, table)


Mutation = Callable[[st.DrawFn, list[str], list[int], list[int]], Mutant]


def _insert_between(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    at = draw(st.integers(min(table), max(table) + 1))
    added = draw(st.sampled_from(BETWEEN))
    new = [*lines[:at], added, *lines[at:]]
    return Mutant(
        name="insert-line",
        detail=f"line {at + 1} inserted: {added!r}",
        text=_join(new),
        moved=_shifted(len(lines), at, 1),
    )


def _split_row(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(rows))
    pipes = [m.start() for m in re.finditer(r"\|", lines[i])][1:-1] or [len(lines[i]) // 2]
    cut = draw(st.sampled_from(pipes))
    new = [*lines[:i], lines[i][:cut], lines[i][cut:], *lines[i + 1 :]]
    return Mutant(
        name="split-row",
        detail=f"line {i + 1} split at column {cut + 1}",
        text=_join(new),
        moved=_shifted(len(lines), i + 1, 1, touched=[i]),
    )


def _paste_cr(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(rows))
    at = draw(st.integers(0, len(lines[i])))
    new = [*lines[:i], lines[i][:at] + "\r" + lines[i][at:], *lines[i + 1 :]]
    text = _join(new)
    # A CR ends a line in Markdown, unless it is a stray one inside a row (lines_of).
    grown = len(lines_of(text)) - len(lines)
    return Mutant(
        name="paste-cr",
        detail=f"a CR pasted into line {i + 1} at column {at + 1}",
        text=text,
        moved=_shifted(len(lines), i + 1, grown, touched=[i]),
    )


def _change_digit(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    digits = [(i, m.start()) for i, line in enumerate(lines) for m in re.finditer(r"\d", line)]
    if not digits:
        return _insert_between(draw, lines, rows, table)
    i, at = draw(st.sampled_from(digits))
    new_digit = draw(st.sampled_from([d for d in "0123456789" if d != lines[i][at]]))
    new = list(lines)
    new[i] = lines[i][:at] + new_digit + lines[i][at + 1 :]
    return Mutant(
        name="change-digit",
        detail=f"line {i + 1}, column {at + 1}: {lines[i][at]!r} to {new_digit!r}",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[i]),
    )


def _swap_cells(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(rows))
    cells = lines[i].strip().strip("|").split("|")
    if len(cells) < 2:
        return _delete_pipe(draw, lines, rows, table)
    a, b = draw(st.lists(st.integers(0, len(cells) - 1), min_size=2, max_size=2, unique=True))
    cells[a], cells[b] = cells[b], cells[a]
    new = list(lines)
    new[i] = "|" + "|".join(cells) + "|"
    return Mutant(
        name="swap-cells",
        detail=f"line {i + 1}: cells {a + 1} and {b + 1} swapped",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[i]),
    )


def _duplicate_row(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(rows))
    new = [*lines[: i + 1], lines[i], *lines[i + 1 :]]
    return Mutant(
        name="duplicate-row",
        detail=f"line {i + 1} duplicated",
        text=_join(new),
        moved=_shifted(len(lines), i + 1, 1, touched=[i]),
    )


def _delete_line(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(table))
    new = [*lines[:i], *lines[i + 1 :]]
    return Mutant(
        name="delete-line",
        detail=f"line {i + 1} deleted: {lines[i][:40]!r}",
        text=_join(new),
        moved=_shifted(len(lines), i + 1, -1, touched=[i]),
    )


def _delete_pipe(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    i = draw(st.sampled_from(table))
    pipes = [m.start() for m in re.finditer(r"\|", lines[i])]
    at = draw(st.sampled_from(pipes)) if pipes else 0
    new = list(lines)
    new[i] = lines[i][:at] + lines[i][at + 1 :]
    return Mutant(
        name="delete-pipe",
        detail=f"line {i + 1}: the pipe at column {at + 1} deleted",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[i]),
    )


def _bad_time(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    timed = [
        (i, m) for i in rows for m in [_TIME.search(lines[i])] if m is not None and "|" in lines[i]
    ]
    if not timed:
        return _change_digit(draw, lines, rows, table)
    i, m = draw(st.sampled_from(timed))
    bad = draw(st.sampled_from(BAD_TIMES))
    new = list(lines)
    new[i] = lines[i][: m.start()] + bad + lines[i][m.end() :]
    return Mutant(
        name="bad-time",
        detail=f"line {i + 1}: {m.group(0)!r} typed as {bad!r}",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[i]),
    )


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _change_weekday(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    named = [(i, m) for i, line in enumerate(lines) for m in re.finditer("|".join(_WEEKDAYS), line)]
    if not named:
        return _change_digit(draw, lines, rows, table)
    i, m = draw(st.sampled_from(named))
    other = draw(st.sampled_from([day for day in _WEEKDAYS if day != m.group(0)]))
    new = list(lines)
    new[i] = lines[i][: m.start()] + other + lines[i][m.end() :]
    return Mutant(
        name="change-weekday",
        detail=f"line {i + 1}: {m.group(0)} to {other}",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[i]),
    )


def _swap_rows(draw: st.DrawFn, lines: list[str], rows: list[int], table: list[int]) -> Mutant:
    pairs = [(a, b) for a, b in itertools.pairwise(rows) if b == a + 1]
    if not pairs:
        return _duplicate_row(draw, lines, rows, table)
    a, b = draw(st.sampled_from(pairs))
    new = list(lines)
    new[a], new[b] = lines[b], lines[a]
    return Mutant(
        name="swap-rows",
        detail=f"lines {a + 1} and {b + 1} swapped",
        text=_join(new),
        moved=_shifted(len(lines), len(lines), 0, touched=[a, b]),
    )


MUTATIONS: dict[str, Mutation] = {
    "insert-line": _insert_between,
    "split-row": _split_row,
    "paste-cr": _paste_cr,
    "change-digit": _change_digit,
    "swap-cells": _swap_cells,
    "duplicate-row": _duplicate_row,
    "delete-line": _delete_line,
    "delete-pipe": _delete_pipe,
    "bad-time": _bad_time,
    "change-weekday": _change_weekday,
    "swap-rows": _swap_rows,
}


# --- times, read loosely -------------------------------------------------------------------

#: Anything that looks like a time, well formed or not; ``noon`` and ``midnight`` too.
_TIME = re.compile(
    r"(?<![\w:.])(?:noon|midnight|"
    r"\d{1,4}(?:\s?[:.h]\s?[\dO]{1,3}|(?<=\d)[:.]{2}\d{1,3}|h(?![a-z]))?"
    r"(?:\s?[ap]\.?m\.?|\s?[ap](?![a-z]))?)(?![\w:])",
    re.IGNORECASE,
)
#: A UTC offset beside a time ("01:30 -04:00"), a zone written beside it: not times.
_OFFSET = re.compile(
    r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?(?![\d:])|(?<=\d)\s[+\-−]\d{2}:?\d{2}(?![\d:])"
)


def times_in(cell: str, *, hhmm: bool = True) -> list[tuple[int, int] | None]:
    """Each time-like token of ``cell`` in order: (hour, minute), or None if it is no time.

    Without ``hhmm`` (text outside a time column) four bare digits are a year, not "0900".
    """
    cell = _OFFSET.sub(" ", html.unescape(cell))
    cell = re.sub(r"\b(12(?::00)?)\s*(?:noon|midnight)\b", r"\1", cell, flags=re.I)  # "12:00 noon"
    found: list[tuple[int, int] | None] = []
    for m in _TIME.finditer(cell):
        token = m.group(0).lower().replace(" ", "")
        if token == "noon":
            found.append((12, 0))
            continue
        if token == "midnight":
            found.append((0, 0))
            continue
        meridiem = re.search(r"([ap])\.?m?\.?$", token)
        core = re.sub(r"[ap]\.?m?\.?$", "", token)
        value = _clock(core, meridiem.group(1) if meridiem else None)
        if re.fullmatch(r"\d{1,4}", core) and meridiem is None and (value is None or not hhmm):
            continue  # a bare number (a day, a count, a year) is no time unless it says am/pm
        found.append(value)
    return found


def _clock(core: str, meridiem: str | None) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2})?)?", core) or re.fullmatch(r"(\d{2})(\d{2})", core)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if re.fullmatch(r"\d{1,2}", core) and meridiem is None:
        return None
    if minute > 59 or hour > 24 or (meridiem and not 1 <= hour <= 12) or (hour == 24 and minute):
        return None
    if meridiem == "p" and hour != 12:
        hour += 12
    if meridiem == "a" and hour == 12:
        hour = 0
    return hour % 24, minute


def same_clock(token: tuple[int, int] | None, moment: dt.datetime) -> bool:
    """Whether a written time names the wall clock of ``moment`` (12-hour pages: either half)."""
    return token is not None and (token[0] % 12, token[1]) == (moment.hour % 12, moment.minute)


# --- tables, read leniently ----------------------------------------------------------------

_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*")
_TIME_HEADER = re.compile(r"\b(time|times|start|starts|end|ends|from|to|when|hour|slot)\b", re.I)


def cells_of(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return re.split(r"(?<!\\)\|", body)


def time_columns(lines: Sequence[str]) -> dict[int, list[int]]:
    """For each line inside a table (0-based), the indices of its time columns.

    A table starts at a header row followed by a separator and runs over
    every later line that starts with a pipe, across blank lines, comments
    and notes, until a heading or the next table's header.
    """
    columns: dict[int, list[int]] = {}
    current: list[int] | None = None
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and "|" in line and _SEPARATOR.fullmatch(lines[i + 1]):
            headers = cells_of(line)
            current = [k for k, header in enumerate(headers) if _TIME_HEADER.search(header)]
            continue
        if _SEPARATOR.fullmatch(line):
            continue
        if line.lstrip().startswith("#"):
            current = None
        if current is not None and line.lstrip().startswith("|"):
            columns[i] = current
    return columns


def row_times(line: str, columns: list[int] | None) -> list[tuple[int, int] | None]:
    """The times of a row, read from its time columns (from every cell without a table)."""
    cells = cells_of(line) if "|" in line else [line]
    chosen = [cells[k] for k in columns if k < len(cells)] if columns else cells
    found: list[tuple[int, int] | None] = []
    for cell in chosen:
        found += times_in(_unlinked(cell), hhmm=bool(columns))
    if not found and columns:  # cells out of place: the row's first times wherever they are
        for cell in cells:
            found += times_in(_unlinked(cell), hhmm=False)
    return found


def _unlinked(text: str) -> str:
    """Markdown link targets out (a URL holds digits and colons that are no times)."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"https?://\S+", " ", text)


# --- words ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = html.unescape(text).replace("\u00a0", " ")
    # Mojibake a word processor made ("JosÃ©"): the reader repairs it, so may we.
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text + " " + text.encode("cp1252").decode("utf-8")
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


# --- the judge -----------------------------------------------------------------------------


@attrs.frozen
class Verdict:
    """What became of a mutant: ``ok`` (refused with a located error, or read right), or not."""

    ok: bool
    outcome: str  # "error", "read", "finding"
    reason: str = ""


_DATE = re.compile(
    r"\b(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
    r"(?:(?P<month1>[A-Z][a-z]{2,8})\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]{2,8})\.?)"
    r",?\s+(?P<year>\d{4})\b"
)
_MONTHS = {
    month: number
    for number, month in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


def stated_weekdays(lines: Sequence[str]) -> list[tuple[int, dt.date, str]]:
    """(line, date, weekday) for each "Sunday, March 28, 2021" a page writes."""
    found = []
    for i, line in enumerate(lines):
        for m in _DATE.finditer(line):
            month = _MONTHS.get((m.group("month1") or m.group("month2") or "")[:3].lower())
            day = int(m.group("day1") or m.group("day2") or 0)
            if month is None:
                continue
            try:
                date = dt.date(int(m.group("year")), month, day)
            except ValueError:
                continue
            found.append((i, date, m.group("weekday")[:3].lower()))
    return found


def judge(original: PageReading, original_text: str, mutant: Mutant) -> Verdict:
    """Whether reading ``mutant`` fails with a located error or gives what the page says."""
    lines = lines_of(mutant.text)
    try:
        reading = read_page(mutant.text)
    except PageError as exc:
        if 1 <= exc.line <= max(len(lines), 1):
            return Verdict(ok=True, outcome="error")
        return Verdict(False, "finding", f"PageError at line {exc.line} of {len(lines)}: {exc}")
    except FastpathError as exc:
        return Verdict(False, "finding", f"{type(exc).__name__} without a line: {exc}")
    except Exception as exc:  # a crash is a finding, never a pass
        return Verdict(False, "finding", f"crash: {type(exc).__name__}: {exc}")
    reason = wrong_reading(original, reading, lines, mutant)
    if reason:
        return Verdict(False, "finding", reason)
    try:
        calendar = build_calendar(reading.program)
    except FastpathError as exc:
        return Verdict(False, "finding", f"read, but the feed cannot be built: {exc}")
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    if len(events) != len(reading.program.items):
        count = len(reading.program.items)
        return Verdict(False, "finding", f"{count} items, {len(events)} events")
    return Verdict(ok=True, outcome="read")


def wrong_reading(
    original: PageReading, reading: PageReading, lines: Sequence[str], mutant: Mutant
) -> str:
    """Why ``reading`` is not what ``lines`` say, or ``""``."""
    program = reading.program
    if len(reading.item_lines) != len(program.items):
        return f"{len(program.items)} items but {len(reading.item_lines)} item lines"
    columns = time_columns(lines)
    for item, number in zip(program.items, reading.item_lines, strict=True):
        if not 1 <= number <= len(lines):
            return f"item {item.title!r} from line {number}, which the page does not have"
        line = lines[number - 1]
        local_start = item.start.astimezone(program.zone)
        local_end = item.end.astimezone(program.zone)
        written = row_times(line, columns.get(number - 1))
        if not written:
            continue  # a row timed by its neighbours (an untimed paper): its title is checked
        if not same_clock(written[0], local_start):
            return (
                f"line {number}: {item.title!r} starts {local_start:%H:%M}, "
                f"but the row's first time is {_said(written[0], line)}"
            )
        if len(written) > 1 and not same_clock(written[1], local_end):
            return (
                f"line {number}: {item.title!r} ends {local_end:%H:%M}, "
                f"but the row's second time is {_said(written[1], line)}"
            )
        said = set(words(line)) | set(words(_repaired(line)))
        missing = [word for word in words(item.title) if word not in said]
        if missing:
            return f"line {number}: title {item.title!r} has {missing} that the line does not"
    lost = lost_rows(original, reading, mutant)
    if lost:
        return lost
    return weekday_contradicted(program, lines)


def _repaired(line: str) -> str:
    """``line`` with each word that is UTF-8 read as cp1252 ("KÃ¤stner") read right: the
    page's own words, which a person reading it also recognises."""
    out = []
    for token in line.split():
        try:
            out.append(token.encode("cp1252").decode("utf-8"))
        except UnicodeError:
            out.append(token)
    return " ".join(out)


def _said(token: tuple[int, int] | None, line: str) -> str:
    return "no time" if token is None else f"{token[0]:02d}:{token[1]:02d}"


def lost_rows(original: PageReading, reading: PageReading, mutant: Mutant) -> str:
    """An untouched row of the original program that is no item now, or ``""``."""
    now = {
        number: item for item, number in zip(reading.program.items, reading.item_lines, strict=True)
    }
    zone, old_zone = reading.program.zone, original.program.zone
    commented = _commented_lines(mutant.text)
    for item, number in zip(original.program.items, original.item_lines, strict=True):
        if number - 1 >= len(mutant.moved):
            continue
        where = mutant.moved[number - 1]
        if where is None or where in commented:
            continue  # gone, or inside an HTML comment: a browser does not show it either
        found = now.get(where + 1)
        if found is None:
            return f"the row of {item.title!r} (line {number}, now {where + 1}) is lost"
        before, after = item.start.astimezone(old_zone), found.start.astimezone(zone)
        if (before.hour % 12, before.minute) != (after.hour % 12, after.minute):
            return (
                f"the untouched row of {item.title!r} (line {where + 1}) starts "
                f"{after:%H:%M}, not {before:%H:%M} as before"
            )
    return ""


def _commented_lines(text: str) -> set[int]:
    """Indexes of the lines an HTML comment covers (from ``<!--`` to ``-->``)."""
    covered: set[int] = set()
    for comment in re.finditer(r"<!--.*?(?:-->|\Z)", text, re.S):
        first = len(lines_of(text[: comment.start()] + "x")) - 1
        covered.update(range(first, first + len(lines_of(comment.group(0)))))
    return covered


def weekday_contradicted(program: Program, lines: Sequence[str]) -> str:
    """A line that names a day of the program with another weekday, or ``""``."""
    for i, date, weekday in stated_weekdays(lines):
        if date in program.dates and date.strftime("%a").lower() != weekday:
            return (
                f"line {i + 1} says {date.isoformat()} is a {weekday.title()}, it is a "
                f"{date:%A}, and the page was read without a word"
            )
    return ""
