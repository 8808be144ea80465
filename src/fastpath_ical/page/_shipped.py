"""The program that ships with the package: FastPath 2021, read from its own page.

The Markdown page is package data, byte for byte as published; the program
is read from it on each call, so the page stays the single source of truth.
"""

from __future__ import annotations

import pkgutil

from ..model import Program
from ._reader import read_program

__all__ = ["FASTPATH2021_PAGE", "fastpath2021", "fastpath2021_page"]

FASTPATH2021_PAGE = "fastpath2021-program.md"


def fastpath2021_page() -> str:
    """The shipped FastPath 2021 program page, as published.

    Read through the package's loader (``pkgutil.get_data``, which a zipped install
    answers too), not ``importlib.resources``, whose import and reader machinery cost
    the command line about 6 ms of start-up (issue 13).  Newlines are read as text mode
    reads them, so the text is what ``read_text`` gave."""
    data = pkgutil.get_data("fastpath_ical", f"data/{FASTPATH2021_PAGE}")
    if data is None:  # pragma: no cover - a loader that cannot read data
        raise FileNotFoundError(FASTPATH2021_PAGE)
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def fastpath2021() -> Program:
    """The FastPath 2021 program (Sunday 28 March 2021, virtual, times in America/New_York)."""
    return read_program(fastpath2021_page())
