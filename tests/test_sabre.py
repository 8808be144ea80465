"""sabre/vobject, the parser of Nextcloud and Baïkal, reads what the CalDAV mode writes.

Debian's ``php-sabre-vobject`` (sabre/vobject 2.1) runs ``tests/php/read_objects.php``:
its parser and validator, and the rules RFC 4791 (4.1) sets for a calendar object
(no METHOD, one component type, one UID), which sabre/vobject 4's CalDAV profile holds
on a server ("A calendar object on a CalDAV server MUST NOT have a METHOD property").
The tests skip, saying so, where PHP or the package is missing; ``.ci/run`` installs it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from fastpath_ical import Program, uids
from fastpath_ical.cli import main

SCRIPT = Path(__file__).parent / "php" / "read_objects.php"
SABRE = Path("/usr/share/php/Sabre/VObject/includes.php")

pytestmark = pytest.mark.skipif(
    shutil.which("php") is None or not SABRE.exists(),
    reason="php-sabre-vobject is not installed (apt-get install php-sabre-vobject)",
)


def sabre(*paths: Path) -> dict[str, dict[str, object]]:
    done = subprocess.run(
        ["php", str(SCRIPT), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found: dict[str, dict[str, object]] = json.loads(done.stdout)
    return found


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_every_calendar_object_is_one_sabre_accepts(program: Program, tmp_path: Path) -> None:
    """``build --split DIR --no-method``: every file valid, no METHOD, one VEVENT and one UID,
    at the program's instants."""
    assert 0 == main(["build", "--split", str(tmp_path), "--no-method", "--html"])
    read = sabre(*sorted(tmp_path.iterdir()))
    want = dict(zip(uids(program), program.items, strict=True))
    seen = {}
    for path, entry in read.items():
        assert (None, [], None) == (entry["error"], entry["messages"], entry["method"]), path
        assert ["VEVENT"] == entry["types"], path
        (uid,) = entry["uids"]  # type: ignore[misc]
        (event,) = entry["events"]  # type: ignore[misc]
        seen[uid] = event
    assert sorted(want) == sorted(seen)
    for uid, item in want.items():
        assert (_utc(item.start), _utc(item.end)) == (seen[uid]["start"], seen[uid]["end"]), uid
        assert "\\" not in str(seen[uid]["alt"]), "a stray backslash in X-ALT-DESC"


def test_the_importable_split_files_keep_method_publish(tmp_path: Path) -> None:
    """Without --no-method a single-talk file is for import, and says METHOD:PUBLISH."""
    assert 0 == main(["build", "--split", str(tmp_path)])
    read = sabre(*sorted(tmp_path.iterdir()))
    assert {"PUBLISH"} == {entry["method"] for entry in read.values()}
