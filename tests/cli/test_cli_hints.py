"""``--date``, ``--end``, ``--title`` and ``--page-url``: what a page leaves out, given on the
command line, as the front matter's ``fastpath-ical:`` block gives it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from fastpath_ical.cli import main

#: A page that says its zone and its talks, but neither its date nor when the last talk ends,
#: and links its slides relative to where it is published.
PAGE = """\
# Workshop on Small Things

All times are in Vienna time (Europe/Vienna).

| Time | Speaker | Title |
|---|---|---|
| 10:00 - 10:30 | Ann Lee | One [slides](slides/one.pdf) |
| 10:30 | Bob Ray | Two |
"""


def _events(path: Path) -> list[object]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def _build(tmp_path: Path, *flags: str) -> tuple[int, Path]:
    page = tmp_path / "small.md"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "small.ics"
    return main(["build", str(page), "-o", str(out), *flags]), out


def test_without_the_date_the_page_is_refused_at_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _build(tmp_path, "--end", "11:00")
    err = capsys.readouterr().err.strip()
    assert (1, False) == (status, out.exists())
    assert err.startswith(f"{tmp_path / 'small.md'}:"), err
    assert 1 == len(err.splitlines())


def test_the_flags_supply_what_the_page_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _build(
        tmp_path,
        "--date",
        "2026-03-29",
        "--end",
        "11:00",
        "--title",
        "Small Things 2026",
        "--page-url",
        "https://small.example.org/program/",
    )
    assert 0 == status, capsys.readouterr().err
    one, two = _events(out)
    vienna = ZoneInfo("Europe/Vienna")
    # 29 March 2026 is the day Europe moves to summer time: the talks are at +02:00.
    assert dt.datetime(2026, 3, 29, 10, 0, tzinfo=vienna) == one["DTSTART"].dt  # type: ignore[index]
    assert dt.timedelta(hours=2) == one["DTSTART"].dt.utcoffset()  # type: ignore[index]
    assert dt.datetime(2026, 3, 29, 11, 0, tzinfo=vienna) == two["DTEND"].dt  # type: ignore[index]
    calendar = Calendar.from_ical(out.read_bytes())
    assert "Small Things 2026" in str(calendar["X-WR-CALNAME"])
    unfolded = out.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "https://small.example.org/program/slides/one.pdf" in unfolded


def test_a_year_alone_is_the_year_of_dates_written_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "small.md"
    page.write_text(PAGE.replace("# Workshop on Small Things\n", "# Small Things\n\nJune 3\n"))
    out = tmp_path / "small.ics"
    assert 0 == main(["build", str(page), "-o", str(out), "--date", "2027", "--end", "11:00"])
    start = _events(out)[0]["DTSTART"].dt  # type: ignore[index]
    assert dt.date(2027, 6, 3) == start.date()


@pytest.mark.parametrize(
    ("flag", "value", "says"),
    [
        ("--date", "29/03/2026", "is no date"),
        ("--date", "2026-02-30", "is no date"),
        ("--end", "25:00", "is no time of day"),
        ("--end", "6pm", "is no time of day"),
        ("--page-url", "program/", "is no page address"),
        ("--title", "  ", "give the program's name"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str, says: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        _build(tmp_path, flag, value)
    err = capsys.readouterr().err.strip()
    assert 2 == exited.value.code
    assert flag in err, err
    assert says in err, err
    assert "Traceback" not in err


def test_check_reads_the_page_with_the_same_flags_as_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "small.md"
    page.write_text(PAGE, encoding="utf-8")
    assert 1 == main(["check", str(page), "--end", "11:00"])
    assert "no date found" in capsys.readouterr().err
    assert 0 == main(["check", str(page), "--date", "2026-03-29", "--end", "11:00"])
    assert "link 'slides' to 'slides/one.pdf' left out" in capsys.readouterr().err
    url = ["--page-url", "https://small.example.org/program/"]
    assert 0 == main(["check", str(page), "--date", "2026-03-29", "--end", "11:00", *url])
    assert ": ok: 2 items" in capsys.readouterr().err
