"""The command line: the main job with no input, one-line errors, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fastpath_ical import __version__
from fastpath_ical.cli import main
from fastpath_ical.cli._common import as_flags
from paths import TESTS

GOLDEN = TESTS / "golden"


def test_build_with_no_input_writes_the_shipped_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["build"]) == 0
    assert (GOLDEN / "fastpath2021.ics").read_bytes() == (
        tmp_path / "fastpath2021.ics"
    ).read_bytes()
    assert "wrote fastpath2021.ics (11 events)" in capsys.readouterr().err


def test_build_to_stdout(
    capfdbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["build", "-o", "-", "--utc"]) == 0
    assert (GOLDEN / "fastpath2021-utc.ics").read_bytes() == capfdbinary.readouterr().out


def test_build_a_page_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    from fastpath_ical import fastpath2021_page

    page = tmp_path / "page.md"
    page.write_text(fastpath2021_page(), encoding="utf-8")
    out = tmp_path / "out.ics"
    assert main(["build", str(page), "-o", str(out), "--no-breaks"]) == 0
    assert (GOLDEN / "fastpath2021-no-breaks.ics").read_bytes() == out.read_bytes()


def test_stamp_option_and_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "a.ics"
    assert main(["build", "-o", str(out), "--stamp", "2021-03-01T12:00:00Z"]) == 0
    assert b"DTSTAMP:20210301T120000Z" in out.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1614600000")
    assert main(["build", "-o", str(out)]) == 0
    assert b"DTSTAMP:20210301T120000Z" in out.read_bytes()


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err.strip()


def test_missing_page_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["build", str(tmp_path / "nope.md")]) == 1
    assert one_line_error(capsys).endswith("cannot read page: No such file or directory")


def test_malformed_page_names_line_and_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "bad.md"
    page.write_text(
        "# Workshop\nMonday, March 28, 2021 -- Virtual (all times US EDT)\n\n"
        "| Time | Title |\n| --- | --- |\n| 10:00 - 11:00 | A |\n",
        encoding="utf-8",
    )
    assert main(["build", str(page), "-o", str(tmp_path / "x.ics")]) == 1
    error = one_line_error(capsys)
    assert error.startswith(f"{page}:2:1: Monday does not match 2021-03-28")
    assert not (tmp_path / "x.ics").exists()


def test_non_utf8_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "latin1.md"
    page.write_bytes("# W\nK\u00e4stner\n".encode("latin-1"))
    assert main(["build", str(page)]) == 1
    assert one_line_error(capsys).startswith(f"{page}:2:2: not UTF-8")


def test_unwritable_output_keeps_nothing_half_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["build", "-o", str(tmp_path / "no" / "dir" / "x.ics")]) == 1
    assert "cannot write" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_bad_stamp(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-o", "-", "--stamp", "yesterday"]) == 1
    assert "--stamp" in one_line_error(capsys)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert f"fastpath-ical {__version__}" == capsys.readouterr().out.strip()


def test_python_dash_m(tmp_path: Path) -> None:
    """``python -m fastpath_ical`` is the same program as the console script."""
    result = subprocess.run(
        [sys.executable, "-m", "fastpath_ical", "build", "-o", "-"],
        capture_output=True,
        check=True,
        cwd=tmp_path,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert (GOLDEN / "fastpath2021.ics").read_bytes() == result.stdout


@pytest.mark.parametrize(
    "argv",
    [[], ["bogus"], ["build", "--nope"], ["build", "--alarm"], ["links", "--format", "x"]],
)
def test_usage_errors_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A usage error is one line, like every other error, and exits 2 as argparse does."""
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert 2 == caught.value.code
    err = capsys.readouterr().err
    assert 1 == len(err.splitlines()), err
    assert err.startswith("fastpath-ical")
    assert ": error: " in err


def test_a_bad_tz_option_is_blamed_on_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page is fine; the message must not point at its first line."""
    assert main(["build", "--tz", "Mars/Base", "-o", str(tmp_path / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fastpath-ical: --tz: unknown time zone 'Mars/Base'")
    assert 1 == len(err.splitlines())
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize(
    ("library", "printed"),
    [
        ("state it or give the timezone argument", "state it or give --tz"),
        ("(give the title argument, or 'title:' ...)", "(give --title, or 'title:' ...)"),
        ("or the end argument, e.g. 18:00 (...)", "or --end, e.g. 18:00 (...)"),
        ("the timezones argument", "the timezones argument"),
        ("'Talk': the argument about time zones", "'Talk': the argument about time zones"),
    ],
)
def test_the_command_line_names_the_librarys_arguments_by_their_flags(
    library: str, printed: str
) -> None:
    assert printed == as_flags(library)


def test_a_readers_message_is_printed_with_its_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader asks for "the timezone argument"; ``build`` and ``check`` say ``--tz``."""
    place_only = TESTS / "pages" / "valid" / "11-raleigh-place-no-zone.md"
    assert main(["build", str(place_only), "-o", str(tmp_path / "x.ics")]) == 0
    assert "(give --tz to choose another): warning" in capsys.readouterr().err
    no_zone = tmp_path / "no-zone.md"
    no_zone.write_text(
        "# W\n\nMonday, May 3, 2021\n\n| Time | Title |\n|---|---|\n| 10:00 - 11:00 | T |\n",
        encoding="utf-8",
    )
    assert main(["check", "--format", "json", str(no_zone)]) == 1
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["right"].endswith("or --tz with an IANA name such as America/New_York")
