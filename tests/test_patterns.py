"""Patterns compiled on first use: the same answers as ``re.compile``, and no compiling before."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from fastpath_ical._patterns import LazyPattern, lazy_compile

SOURCE = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"
TEXT = "From 9:30 to 10:45, then 14:00."


def test_nothing_is_compiled_before_the_first_match() -> None:
    pattern = lazy_compile(SOURCE)
    assert pattern._compiled is None
    assert SOURCE == pattern.pattern  # the source is known without compiling
    assert pattern._compiled is None
    assert pattern.search(TEXT) is not None
    assert pattern._compiled is not None


def _span(match: re.Match[str] | None) -> tuple[int, int]:
    assert match is not None
    return match.span()


def test_every_method_answers_as_the_compiled_pattern_does() -> None:
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(SOURCE, flags)
        # A fresh lazy pattern for each method: the first call, which compiles, is checked too.
        assert _span(compiled.match(TEXT, 5)) == _span(lazy_compile(SOURCE, flags).match(TEXT, 5))
        assert lazy_compile(SOURCE, flags).match(TEXT) is None
        assert lazy_compile(SOURCE, flags).fullmatch("9:30") is not None
        assert lazy_compile(SOURCE, flags).fullmatch(TEXT) is None
        assert _span(compiled.search(TEXT, 10)) == _span(
            lazy_compile(SOURCE, flags).search(TEXT, 10)
        )
        assert [m.span() for m in compiled.finditer(TEXT)] == [
            m.span() for m in lazy_compile(SOURCE, flags).finditer(TEXT)
        ]
        assert compiled.findall(TEXT) == lazy_compile(SOURCE, flags).findall(TEXT)
        assert compiled.sub("T", TEXT, 2) == lazy_compile(SOURCE, flags).sub("T", TEXT, 2)
        assert compiled.subn(lambda m: m["hour"], TEXT) == lazy_compile(SOURCE, flags).subn(
            lambda m: m["hour"], TEXT
        )
        assert compiled.split(TEXT, 1) == lazy_compile(SOURCE, flags).split(TEXT, 1)
        assert compiled.flags == lazy_compile(SOURCE, flags).flags
        assert compiled.groups == lazy_compile(SOURCE, flags).groups
        assert compiled.groupindex == lazy_compile(SOURCE, flags).groupindex
        assert compiled == lazy_compile(SOURCE, flags).compiled


def test_once_compiled_its_methods_are_the_compiled_patterns_own() -> None:
    """After the first match a lazy pattern costs what a compiled one does: no extra call."""
    pattern = lazy_compile(SOURCE)
    pattern.findall(TEXT)
    assert pattern.search == pattern.compiled.search
    assert getattr(pattern.search, "__self__", None) is pattern.compiled
    assert 3 == len(pattern.findall(TEXT))


def test_a_malformed_pattern_fails_on_first_use() -> None:
    pattern = lazy_compile(r"(unclosed")
    with pytest.raises(re.error, match="missing \\)"):
        pattern.search("unclosed")


def test_no_module_holds_a_pattern_compiled_at_import() -> None:
    """Every module-level pattern of the library is a LazyPattern: compiling them all at
    import was most of what starting the command line cost.  Checked in a fresh
    interpreter, before anything is read."""
    script = """
import importlib, pkgutil, re, sys
import fastpath_ical
from fastpath_ical._patterns import LazyPattern
import fastpath_ical.cli, fastpath_ical.cli._build, fastpath_ical.page, fastpath_ical.ics._build
held = []
for name, module in sorted(sys.modules.items()):
    if not name.startswith("fastpath_ical"):
        continue
    for attribute, value in vars(module).items():
        values = value if isinstance(value, (tuple, list)) else (value,)
        for item in values:
            found = item[0] if isinstance(item, tuple) and item else item
            if isinstance(found, re.Pattern):
                held.append(f"{name}.{attribute}")
print("\\n".join(held))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    held = done.stdout.split()
    assert [] == held, "compiled at import; use fastpath_ical._patterns.lazy_compile"


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """Compiled at import, a malformed pattern stopped the import; compiled on first use, it
    would wait for the page that reaches it.  So every one is compiled here."""
    import importlib
    import pkgutil

    import fastpath_ical

    found = 0
    for module in pkgutil.walk_packages(fastpath_ical.__path__, "fastpath_ical."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            values = value if isinstance(value, tuple | list) else (value,)
            for item in values:
                pattern = item[0] if isinstance(item, tuple) and item else item
                if isinstance(pattern, LazyPattern):
                    assert isinstance(pattern.compiled, re.Pattern)
                    found += 1
    assert found > 200


def test_the_lazy_patterns_are_lazy_in_the_modules_too() -> None:
    """What the check above stands on: the reader's patterns are there, as LazyPatterns."""
    from fastpath_ical.page import _clock, _titles

    assert isinstance(_clock._DATE, LazyPattern)
    assert all(isinstance(cut, LazyPattern) for cut in _titles._CUTS)
