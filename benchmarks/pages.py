"""Program pages of any size, written as an organizer writes them, for the benchmarks.

The pages are Markdown text made here, not by :func:`fastpath_ical.page.write_page`,
so that the benchmark reads what a person would publish: a title, a zone
statement, one ``##`` heading per day with its own table, speakers with
their affiliations and profile links, slides and videos, a few people with
accents in their names, a talk by two speakers now and then, two breaks a
day.  The same rows (:func:`rows`) feed the baselines, which never see the
page, so they do the same work without the project's reader.

Days run from 08:00 to 18:00 in ten-minute slots (60 items a day), one day
after another, so a page of 10,000 items spans 167 days and crosses two
changes of the clocks, and one of 100,000 spans more than four years.  The
zone's changes happen at night, so no wall-clock time on a page is skipped
or repeated.

Every choice is a pure function of the item's index and the seed: the same
arguments give the same page, and ``replaced`` changes only the talks it names.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["FIRST_DAY", "SLOTS_PER_DAY", "Row", "Speaker", "generate_page", "replaced", "rows"]

SLOTS_PER_DAY = 60
FIRST_DAY = dt.date(2031, 1, 6)
_FIRST = ("Ana", "Jürgen", "Zoë", "Siva", "Martin", "Kaoutar", "Søren", "Grace", "Ravi", "Maya")
_LAST = ("Klimovic", "Weiß", "Lefèvre", "Hari", "Maas", "El Maghraoui", "Jensen", "Lee", "Cohen")
_PLACES = ("ETH Zurich", "IBM Research", "TU München", "INRIA", "Google", "Univ of Rochester")
_WORDS = (
    "Scheduling",
    "Memory",
    "Accelerators",
    "Compilers",
    "Data Loading",
    "Inference",
    "Training",
    "Networks",
    "Storage",
    "Profiling",
    "Sparsity",
    "Quantization",
)


class Speaker(NamedTuple):
    name: str
    affiliation: str
    profile: str


class Row(NamedTuple):
    """One item as the page states it: its day, wall-clock start and end, what it is."""

    day: str  # ISO date
    start: str  # HH:MM
    end: str
    kind: str  # "talk" or "break"
    title: str
    speakers: tuple[Speaker, ...]
    slides: str
    video: str


def _suffix(number: int) -> str:
    """A surname part made of letters only, so each speaker's name (and UID) is their own."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    number += 1
    while number:
        number, digit = divmod(number - 1, 26)
        out = letters[digit] + out
    return out.capitalize()


def _speaker(rng: random.Random, number: int) -> Speaker:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {_suffix(number)}"
    return Speaker(name, rng.choice(_PLACES), f"https://example.org/people/{number}")


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def rows(items: int, *, seed: int = 0, replaced: Iterable[int] = ()) -> list[Row]:
    """The items of the page of ``items`` items; those in ``replaced`` are other talks."""
    other = frozenset(replaced)
    out = []
    for index in range(items):
        day, slot = divmod(index, SLOTS_PER_DAY)
        date = (FIRST_DAY + dt.timedelta(days=day)).isoformat()
        start, end = _clock(8 * 60 + slot * 10), _clock(8 * 60 + slot * 10 + 10)
        if slot in (18, 39):
            out.append(Row(date, start, end, "break", "BREAK", (), "", ""))
            continue
        own = seed + (index in other)
        rng = random.Random(f"{own}-{index}")
        speakers = [_speaker(rng, index * 2)]
        if rng.random() < 0.1:
            speakers.append(_speaker(rng, index * 2 + 1))
        title = " ".join(rng.sample(_WORDS, 3)) + f" at Scale, Part {index}"
        slides = f"https://example.org/slides/{own}/{index}.pdf" if rng.random() < 0.7 else ""
        video = f"https://www.youtube.com/watch?v=v{own}x{index}" if rng.random() < 0.6 else ""
        out.append(Row(date, start, end, "talk", title, tuple(speakers), slides, video))
    return out


def replaced(items: int, share: float) -> frozenset[int]:
    """``share`` of the indices below ``items``, spread evenly (the talks an update replaces)."""
    count = int(items * share)
    return frozenset(int(k / share) for k in range(count)) if count else frozenset()


def _page_row(row: Row) -> str:
    if row.kind == "break":
        return f"| {row.start} - {row.end} | BREAK | | | | |"
    names = " <br> ".join(f"**[{s.name}]({s.profile})**" for s in row.speakers)
    places = " <br> ".join(s.affiliation for s in row.speakers)
    slides = f"[Slides]({row.slides})" if row.slides else ""
    video = f"[Video]({row.video})" if row.video else ""
    return f"| {row.start} - {row.end} | {names} | {places} | {row.title} | {slides} | {video} |"


def generate_page(
    items: int, *, zone: str = "Europe/Berlin", seed: int = 0, replaced: Iterable[int] = ()
) -> str:
    """The Markdown page of :func:`rows`, its times in ``zone``."""
    lines = [
        "# Benchmark Workshop on Systems for Machine Learning",
        "",
        f"{FIRST_DAY:%A, %B} {FIRST_DAY.day}, {FIRST_DAY.year} -- Zürich, Switzerland",
        "",
        f"Time zone: {zone}",
        "",
        "**[BenchML 2031](https://example.org/benchml)** is in conjunction with "
        "**[SysConf 2031](https://example.org/sysconf)**",
        "",
        "Organizers: Ana Klimovic (ETH Zurich); Martin Maas (Google)",
    ]
    header = "| Time | Speaker | Affiliation | Talk Title | Slides | Video |"
    rule = "| ---- | ---- | ---- | ---- | ---- | ---- |"
    day = ""
    for row in rows(items, seed=seed, replaced=replaced):
        if row.day != day:
            day = row.day
            date = dt.date.fromisoformat(day)
            lines += ["", f"## {date:%A, %B} {date.day}, {date.year}", "", header, rule]
        lines.append(_page_row(row))
    return "\n".join(lines) + "\n"
