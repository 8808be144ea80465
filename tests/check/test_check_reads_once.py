"""``check`` reads a page's Markdown once, and keeps nothing of it afterwards."""

from __future__ import annotations

from typing import Any

import pytest

from fastpath_ical.check import check_page
from fastpath_ical.page import _markdown, read_page
from fastpath_ical.page._shipped import fastpath2021_page


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    parse = _markdown._MARKDOWN.parse

    def counting(src: str, env: Any = None) -> Any:
        calls.append(src)
        return parse(src, env)

    monkeypatch.setattr(_markdown._MARKDOWN, "parse", counting)
    return calls


def test_check_reads_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    report = check_page(fastpath2021_page())
    assert report.items
    assert 1 == len(calls)


def test_a_page_read_twice_outside_a_check_is_read_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    page = fastpath2021_page()
    read_page(page)
    read_page(page)
    assert 2 == len(calls)
