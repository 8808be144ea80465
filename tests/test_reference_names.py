"""docs/reference.md names every public name of the library: the reference moves with the code."""

from __future__ import annotations

import importlib
import re

import pytest

from paths import ROOT

#: The public modules and packages; each one's ``__all__`` is its public surface.
PUBLIC = [
    "fastpath_ical",
    "fastpath_ical.model",
    "fastpath_ical.page",
    "fastpath_ical.ics",
    "fastpath_ical.check",
    "fastpath_ical.export",
    "fastpath_ical.site",
    "fastpath_ical.publish",
    "fastpath_ical.links",
    "fastpath_ical.agenda",
    "fastpath_ical.zones",
    "fastpath_ical.errors",
    "fastpath_ical.output",
    "fastpath_ical.text",
    "fastpath_ical.datenames",
    "fastpath_ical.cli",
]


def _library() -> str:
    text = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    return text[text.index("\n## Library") :]


@pytest.mark.parametrize("module", PUBLIC)
def test_every_public_name_is_in_the_reference(module: str) -> None:
    """Each name of ``__all__`` is written in code (`name`, `name(...)`, `module.name`) under
    "## Library", and the module itself has a heading there."""
    library = _library()
    assert re.search(rf"^### .*`{re.escape(module)}`", library, re.M), module
    missing = [
        name
        for name in importlib.import_module(module).__all__
        if not re.search(rf"`(?:[\w.]+\.)?{re.escape(name)}(?![\w])", library)
    ]
    assert [] == missing


def test_the_reference_names_no_module_that_is_gone() -> None:
    """Module names in the reference's code spans all import."""
    named = set(re.findall(r"`(fastpath_ical(?:\.[a-z_]+)*)`", _library()))
    assert "fastpath_ical.ics" in named
    for module in sorted(named):
        importlib.import_module(module)
