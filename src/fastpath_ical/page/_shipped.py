"""The program that ships with the package: FastPath 2021, read from its own page.

The Markdown page is package data, byte for byte as published; the program
is read from it on each call, so the page stays the single source of truth.
"""

from __future__ import annotations

from importlib.resources import files

from ..model import Program
from ._reader import read_program

__all__ = ["FASTPATH2021_PAGE", "fastpath2021", "fastpath2021_page"]

FASTPATH2021_PAGE = "fastpath2021-program.md"


def fastpath2021_page() -> str:
    """The shipped FastPath 2021 program page, as published."""
    return files("fastpath_ical").joinpath("data", FASTPATH2021_PAGE).read_text(encoding="utf-8")


def fastpath2021() -> Program:
    """The FastPath 2021 program (Sunday 28 March 2021, virtual, times in America/New_York)."""
    return read_program(fastpath2021_page())
