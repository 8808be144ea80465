"""The library speaks of arguments and values; only the command line speaks of flags.

A program that calls ``read_page`` or ``check_page`` has no ``--tz`` to give:
telling it so is telling it nothing.  Every message the reader and the checker
give on the test pages (errors, what was expected, warnings, findings) is held
to that; the command line turns arguments into flags (``cli._common.as_flags``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from fastpath_ical.check import check_page
from fastpath_ical.errors import PageError
from fastpath_ical.page import read_page
from paths import TESTS

#: A flag ("--tz", "--end 18:00") or a command line ("fastpath-ical build ... | grep").
_COMMAND_LINE = re.compile(r"(?<![\w-])--[a-z]|\bfastpath-ical [a-z]|\| *grep\b")

PAGES = sorted(
    path
    for folder in ("pages/valid", "pages/invalid", "pages/real", "pages_check")
    for path in (TESTS / folder).glob("*.md")
    if path.name != "README.md"
)


def _said(text: str) -> Iterator[str]:
    try:
        reading = read_page(text, all_errors=True)
    except PageError as exc:
        for error in exc.problems or (exc,):
            yield from (error.message, error.expected)
        return
    for error in reading.problems:
        yield from (error.message, error.expected)
    yield from (warning.message for warning in reading.warnings)
    for finding in check_page(text).findings:
        yield from (finding.message, finding.right)


@pytest.mark.parametrize("page", PAGES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_no_library_message_names_a_flag(page: Path) -> None:
    said = list(_said(page.read_text(encoding="utf-8")))
    assert [] == [text for text in said if _COMMAND_LINE.search(text)]
