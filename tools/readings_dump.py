"""Write every page's whole reading as text, to compare the reader before and after a change.

For each page of the folders given (default: the pages under tests/), one block: the
error it raises, or its title, location, zone, items (times, kind, title, people with
roles and affiliations, links) and warnings.  Two dumps compared with ``diff`` show
every reading a change moved, not only the ones a test holds.

usage: FP_SRC=path/to/src python tools/readings_dump.py [DIR...] > readings.txt
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ.get("FP_SRC", str(Path(__file__).resolve().parents[1] / "src")))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_check import read  # noqa: E402

from fastpath_ical import PageError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "tests" / "pages" / name for name in ("real", "valid", "invalid")]


def dump(page: Path) -> str:
    record_path = page.with_suffix(".json")
    options = {}
    if record_path.exists():
        options = json.loads(record_path.read_text(encoding="utf-8")).get("options") or {}
    try:
        reading = read(page, options)
    except PageError as error:
        return f"== {page}\nERROR {error}\n"
    except Exception as error:  # noqa: BLE001 - a crash is part of the reading
        return f"== {page}\nCRASH {type(error).__name__}: {error}\n"
    program = reading.program
    lines = [f"== {page}", f"title {program.title!r} location {program.location!r}"]
    for item in program.items:
        people = "; ".join(
            f"{p.name} [{p.affiliation}] {p.profile or ''} {getattr(p, 'role', '')}" for p in item.people
        )
        links = " ".join(link.url for link in item.links)
        lines.append(
            f"  {item.start_utc:%m-%d %H:%M}-{item.end_utc:%H:%M} {item.kind} {item.title!r} | {people} | {links}"
        )
    lines.extend(f"  ! {warning}" for warning in reading.warnings)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    folders = [Path(arg) for arg in argv] or DEFAULT
    for folder in folders:
        for page in sorted(p for p in folder.rglob("*.md") if p.name != "README.md"):
            sys.stdout.write(dump(page))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
