"""Measure the reader on folders of pages, each ``NAME.md`` beside a hand-written ``NAME.json``.

The records have the shape of ``tests/pages/real/*.json`` (``options`` and ``expected``).
The folders may hold real published pages kept outside the repository (their text is
not ours to commit): this is how a held-out set is measured before the reader learns
from it.  Each page is counted as one of

- exact: built, and every item's UTC start and end, title, people, affiliations and
  links are what the person read;
- right: refused at the line the person would also ask about;
- wrong: built, but not what the person read, or built where the person refuses
  (a silently wrong feed: the count that must stay at nought);
- other: refused where the person reads a program, or refused at another line.

usage: python tools/corpus_check.py DIR... [-v] [--statuses]
       (FP_SRC=path/to/src to measure other code; --statuses raises the gap statuses of
       modelled pages now read exactly or refused at the right line)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.environ.get("FP_SRC", str(Path(__file__).resolve().parents[1] / "src")))

from fastpath_ical import PageError, read_page  # noqa: E402


def _utc(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC) if text else None


def _absolute(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def expected_items(record: dict[str, Any], text: str | None = None) -> list[dict[str, Any]]:
    """What the person read; with the page's ``text``, a link the person resolved from a
    relative one (not written whole on the page) is left out, as the reader leaves it
    without ``--page-url``."""

    def written(url: str) -> bool:
        return _absolute(url) and (text is None or url in text)

    return [
        {
            "start": _utc(item["start"]),
            "end": _utc(item["end"]),
            "title": item["title"],
            "people": [(p["name"], p.get("affiliation")) for p in item["people"]],
            "links": sorted(
                {link["url"] for link in item.get("links", []) if written(link["url"])}
                | {p["profile"] for p in item["people"] if p.get("profile") and written(p["profile"])}
            ),
        }
        for item in record["expected"]["items"]
    ]


def read_items(program: Any) -> list[dict[str, Any]]:
    return [
        {
            "start": item.start_utc,
            "end": item.end_utc,
            "title": item.title,
            "people": [(p.name, p.affiliation) for p in item.people],
            "links": sorted(
                {link.url for link in item.links} | {p.profile for p in item.people if p.profile}
            ),
        }
        for item in program.items
    ]


def read(page: Path, options: dict[str, Any]) -> Any:
    keywords = dict(options)
    if "date" in keywords:
        keywords["date"] = dt.date.fromisoformat(keywords["date"])
    return read_page(page.read_text(encoding="utf-8"), **keywords)


def measure(page: Path) -> tuple[str, str]:
    """The page's count and a line saying why."""
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    expected = record["expected"]
    try:
        reading = read(page, record.get("options") or {})
    except PageError as error:
        if expected["verdict"] == "refuse" and error.line == expected["refuse"]["line"]:
            return "right", str(error)
        want = expected["refuse"]["line"] if expected["verdict"] == "refuse" else "a program"
        return "other", f"refused: {error} (person: {want})"
    except Exception as error:  # noqa: BLE001 - a crash is counted, never hidden
        return "other", f"CRASH {type(error).__name__}: {error}"
    if expected["verdict"] == "refuse":
        return "wrong", f"built {len(reading.program.items)} items; person refuses at line {expected['refuse']['line']}"
    got, want = read_items(reading.program), expected_items(record, page.read_text(encoding="utf-8"))
    if got == want:
        return "exact", ""
    return "wrong", _first_difference(got, want)


def _first_difference(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> str:
    lines = [f"{len(got)} items read, {len(want)} expected"]
    for index, (g, w) in enumerate(zip(got, want, strict=False)):
        if g != w:
            for key in g:
                if g[key] != w[key]:
                    lines.append(f"  item {index + 1} {key}: read {g[key]!r} / person {w[key]!r}")
            if len(got) != len(want):
                break  # the items after it are out of step
    return "\n".join(lines)


def raise_status(page: Path, count: str) -> bool:
    """Raise a modelled page's ``gap`` status to what it now reads as (``--statuses``):
    its strict expected failure would pass, and fail the tests.  Only the status line
    of the record changes."""
    record_path = page.with_suffix(".json")
    text = record_path.read_text(encoding="utf-8")
    status = json.loads(text)["status"]
    if not status.startswith("gap") or count not in ("exact", "right"):
        return False
    new = "exact" if count == "exact" else "refused"
    line = f'"status": {json.dumps(status, ensure_ascii=False)}'
    if text.count(line) != 1:
        raise SystemExit(f"{record_path}: status line not found as written")
    record_path.write_text(text.replace(line, f'"status": "{new}"'), encoding="utf-8")
    print(f"raised {page.name}: {status!r} -> {new!r}")
    return True


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    statuses = "--statuses" in argv
    folders = [Path(arg) for arg in argv if arg not in ("-v", "--statuses")]
    counts = {"exact": 0, "right": 0, "wrong": 0, "other": 0}
    for folder in folders:
        pages = sorted(p for p in folder.glob("*.md") if p.with_suffix(".json").exists())
        for page in pages:
            count, why = measure(page)
            counts[count] += 1
            if statuses:
                raise_status(page, count)
            if verbose or count == "wrong":
                print(f"{count:5} {page}" + (f"\n  {why}" if why and (verbose or count == "wrong") else ""))
    print(" ".join(f"{key}={value}" for key, value in counts.items()), f"of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
