"""Start-up: a command imports what it uses, and nothing does work at import time.

Each case runs in a fresh interpreter, since this one has imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import fastpath_ical
import fastpath_ical.ics
from fastpath_ical.cli import main

#: Libraries that cost tens of milliseconds to import each.
HEAVY = ("icalendar", "markdown_it", "bs4", "jinja2", "dateutil", "yaml")


def _loaded_after(code: str) -> set[str]:
    """The heavy libraries loaded once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    return {name for name in HEAVY if name in modules}


def test_importing_the_package_loads_no_library() -> None:
    assert set() == _loaded_after("import fastpath_ical, fastpath_ical.cli, fastpath_ical.ics")


def test_the_version_loads_no_library() -> None:
    code = "import contextlib\nfrom fastpath_ical.cli import main\n"
    code += "with contextlib.suppress(SystemExit):\n    main(['--version'])"
    assert set() == _loaded_after(code)


def test_the_agenda_does_not_load_icalendar_nor_the_site() -> None:
    code = "from fastpath_ical.cli import main\nmain(['agenda', '--tz', 'UTC', '--format', 'json'])"
    loaded = _loaded_after(code)
    assert "icalendar" not in loaded
    assert "jinja2" not in loaded


def test_a_build_does_not_load_the_site_templates() -> None:
    code = "from fastpath_ical.cli import main\nmain(['build', '-o', '-'])"
    assert "jinja2" not in _loaded_after(code)


def _modules_after(code: str) -> set[str]:
    """Every module loaded once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_a_build_loads_only_what_a_build_uses() -> None:
    """A plain build of the shipped page reads a page and writes a feed: no update machinery
    (feed parsing, the guards), no HTML description, no other subcommand's modules."""
    code = "from fastpath_ical.cli import main\nmain(['build', '-o', '-'])"
    loaded = _modules_after(code)
    assert "fastpath_ical.ics._build" in loaded  # what the check below stands on
    unused = {
        "fastpath_ical.ics._updates",
        "fastpath_ical.ics._guards",
        "fastpath_ical.ics._parse",
        "fastpath_ical.ics._readback",
        "fastpath_ical.ics._select",
        "fastpath_ical.ics._html",
        "fastpath_ical.check",
        "fastpath_ical.agenda",
        "fastpath_ical.links",
        "fastpath_ical.export",
        "fastpath_ical.site",
        "fastpath_ical.publish",
        "fastpath_ical.cli._check",
        "fastpath_ical.cli._agenda",
        "fastpath_ical._towns",
        "difflib",
        "gzip",
        "importlib.metadata",
        "importlib.resources",  # the shipped page is read by pkgutil.get_data
        "tempfile",  # write_atomic imports it when it writes a regular file
        "dateutil.parser",  # a month's name and a day are read without it
    }
    assert set() == unused & loaded


def test_writing_to_dev_null_loads_no_temporary_file_machinery() -> None:
    code = "from fastpath_ical.cli import main\nmain(['build', '-o', '/dev/null'])"
    assert "tempfile" not in _modules_after(code)


def test_a_markdown_page_is_read_without_an_html_parser_or_yaml() -> None:
    """The shipped page has no HTML block nor front matter: Beautiful Soup and PyYAML,
    a tenth of a second together, stay unloaded."""
    code = "from fastpath_ical.cli import main\nmain(['build', '-o', '-'])"
    loaded = _loaded_after(code)
    assert "bs4" not in loaded
    assert "yaml" not in loaded


def test_a_page_with_html_and_front_matter_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: Lazy Workshop\n---\n\nMarch 14, 2031. Time zone: Europe/Berlin\n\n"
        "<table><tr><th>Time</th><th>Talk</th></tr>"
        "<tr><td>09:00 - 10:00</td><td><b>Opening</b></td></tr></table>\n",
        encoding="utf-8",
    )
    code = f"from fastpath_ical.cli import main\nmain(['build', {str(page)!r}, '-o', '-'])"
    loaded = _loaded_after(code)
    assert {"bs4", "yaml"} <= loaded


@pytest.mark.parametrize("package", [fastpath_ical, fastpath_ical.ics], ids=lambda p: p.__name__)
def test_every_public_name_is_found_where_it_is_said_to_be(package: ModuleType) -> None:
    names = set(package.__all__)
    assert names - {"__version__"} == set(package._HOMES)
    for name in sorted(names):
        assert getattr(package, name) is not None
    assert names <= set(dir(package))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        fastpath_ical.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    """With no subcommand named, every one is registered, as before."""
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for command in ("build", "agenda", "check", "links", "export", "site", "snippet", "serve"):
        assert f"    {command}" in shown


def test_a_misspelt_subcommand_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["biuld"])
    assert 2 == exit_.value.code
    error = capsys.readouterr().err
    assert "invalid choice: 'biuld'" in error
    assert "'build'" in error
    assert "'push'" in error
