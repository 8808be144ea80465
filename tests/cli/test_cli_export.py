"""``fastpath-ical export``: each format on stdout or atomically in a file, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from fastpath_ical import fastpath2021
from fastpath_ical.cli import main
from fastpath_ical.export import ExportFormat, ExportOptions, export
from fastpath_ical.ics import FeedOptions


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.mark.parametrize("chosen", list(ExportFormat), ids=[f.value for f in ExportFormat])
def test_each_format_on_stdout_is_the_librarys(
    chosen: ExportFormat, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--format", chosen.value]) == 0
    assert export(fastpath2021(), chosen) == capfdbinary.readouterr().out


def test_ics_is_the_feed_build_writes(tmp_path: Path) -> None:
    built, exported = tmp_path / "built.ics", tmp_path / "exported.ics"
    assert main(["build", "-o", str(built), "--stamp", "2021-03-01T12:00:00Z"]) == 0
    assert (
        main(["export", "-f", "ics", "-o", str(exported), "--stamp", "2021-03-01T12:00:00Z"]) == 0
    )
    assert built.read_bytes() == exported.read_bytes()


def test_output_file_and_stamp_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1614600000")
    out = tmp_path / "feed.json"
    assert main(["export", "-f", "jcal", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    stamp = dt_stamp(json.loads(out.read_text(encoding="utf-8")))
    assert "2021-03-01T12:00:00Z" == stamp
    options = ExportOptions(feed=FeedOptions(stamp=_epoch()))
    assert export(fastpath2021(), "jcal", options) == out.read_bytes()


def _epoch() -> dt.datetime:
    return dt.datetime.fromtimestamp(1614600000, tz=dt.UTC)


def dt_stamp(jcal: list[object]) -> str:
    components = jcal[2]
    assert isinstance(components, list)
    for component in components:
        if component[0] == "vevent":
            return next(p[3] for p in component[1] if p[0] == "dtstamp")
    raise AssertionError("no VEVENT")


def test_a_page_file_with_a_room_column(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    page = Path(__file__).parents[1] / "pages" / "valid" / "08-labelled-metadata-extra-columns.md"
    assert main(["export", str(page), "-f", "csv"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"uid,date,start,end,timezone,")


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", "-f", "pdf"])
    assert caught.value.code == 2
    assert "invalid choice: 'pdf'" in one_line_error(capsys)


def test_bad_language_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-f", "schedule-json", "--language", "english"]) == 1
    assert one_line_error(capsys).startswith("fastpath-ical: --language: language must be")


def test_unwritable_output_is_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "out.xml"
    assert main(["export", "-f", "frab", "-o", str(target)]) == 1
    assert one_line_error(capsys).startswith(f"{target}: cannot write")
    assert not target.parent.exists()
