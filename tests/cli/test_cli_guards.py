"""The command line guards subscribers: updates that cancel by accident stop, outputs are named
for the page, a page too large is refused at once, and every error is one line on stderr."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from icalendar import Calendar

from fastpath_ical import fastpath2021_page
from fastpath_ical.cli import main
from fastpath_ical.limits import MAX_PAGE_BYTES

STAMP = ["--stamp", "2021-03-20T09:30:00Z"]
#: The shipped page's rows, by the line each starts with.
ROWS = [line for line in fastpath2021_page().splitlines() if line.startswith("| 1")]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _page(name: str, text: str) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


def _without_rows(count: int) -> str:
    """The shipped page with ``count`` timed rows gone before its closing row: a page whose
    program still ends when its date line says (a table cut short is refused by the reader)."""
    text = fastpath2021_page()
    for row in ROWS[len(ROWS) - 1 - count : -1]:
        text = text.replace(row + "\n", "")
    return text


def _events(path: str) -> list[Calendar]:
    return Calendar.from_ical(Path(path).read_bytes()).walk("VEVENT")  # type: ignore[no-any-return]


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert 1 == len(err.splitlines()), err
    return err


def test_an_update_that_would_cancel_nine_talks_stops_and_names_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 0 == main(["build", "-o", "pub.ics", *STAMP])
    published = Path("pub.ics").read_bytes()
    capsys.readouterr()
    page = _page("page.md", _without_rows(9))
    assert 1 == main(["build", page, "--previous", "pub.ics", "-o", "pub.ics", *STAMP])
    err = _one_line(capsys)
    assert err.startswith("fastpath-ical: the update would cancel 9 of the 11 events")
    assert "Martin Maas" in err
    assert "--allow-removals" in err
    assert published == Path("pub.ics").read_bytes()  # nothing written


def test_a_deliberate_removal_goes_through_with_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 0 == main(["build", "-o", "pub.ics", *STAMP])
    page = _page("page.md", _without_rows(9))
    argv = ["build", page, "--previous", "pub.ics", "-o", "pub.ics", "--allow-removals", *STAMP]
    assert 0 == main(argv)
    assert "(11 events; 0 changed, 0 new, 9 cancelled, 2 unchanged)" in capsys.readouterr().err
    statuses = [str(event.get("STATUS")) for event in _events("pub.ics")]
    assert (2, 9) == (statuses.count("CONFIRMED"), statuses.count("CANCELLED"))


def test_two_removals_need_no_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["build", "-o", "pub.ics", *STAMP])
    page = _page("page.md", _without_rows(2))
    assert 0 == main(["build", page, "--previous", "pub.ics", "-o", "pub.ics", *STAMP])
    assert "2 cancelled" in capsys.readouterr().err


def test_another_workshops_feed_as_previous_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    other = (
        fastpath2021_page()
        .replace("[FastPath 2021]", "[OtherConf 2022]")
        .replace("## PROGRAM - International Workshop", "## PROGRAM - Another Workshop")
    )
    assert 0 == main(["build", _page("other.md", other), "-o", "other.ics", *STAMP])
    capsys.readouterr()
    assert 1 == main(["build", "--previous", "other.ics", "-o", "pub.ics", *STAMP])
    err = _one_line(capsys)
    assert err.startswith("other.ics: --previous: the previous feed is of another program")
    assert not Path("pub.ics").exists()


def test_the_site_update_is_guarded_too(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("jinja2", reason="site needs the [site] extra")
    assert 0 == main(["build", "-o", "pub.ics", *STAMP])
    capsys.readouterr()
    page = _page("page.md", _without_rows(9))
    site = ["site", page, "-o", "out", "--base-url", "https://example.org/", *STAMP]
    assert 1 == main([*site, "--previous", "pub.ics"])
    assert "would cancel 9" in _one_line(capsys)
    assert not Path("out").exists()
    assert 0 == main([*site, "--previous", "pub.ics", "--allow-removals"])


def test_the_summary_counts_events_not_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    """A title that says BEGIN:VEVENT is one event, not two."""
    text = fastpath2021_page().replace("*Closing Remarks*", "*Closing BEGIN:VEVENT Remarks*")
    assert 0 == main(["build", _page("page.md", text), "-o", "x.ics", *STAMP])
    assert "wrote x.ics (11 events)" in capsys.readouterr().err
    assert 11 == len(_events("x.ics"))


def test_the_output_is_named_for_the_page_file_not_its_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A copy of the shipped page must not overwrite fastpath2021.ics."""
    Path("fastpath2021.ics").write_bytes(b"someone else's feed")
    assert 0 == main(["build", _page("my-page.md", fastpath2021_page()), *STAMP])
    assert Path("my-page.ics").is_file()
    assert b"someone else's feed" == Path("fastpath2021.ics").read_bytes()
    assert "wrote my-page.ics" in capsys.readouterr().err


def test_the_shipped_page_keeps_its_feed_name() -> None:
    assert 0 == main(["build", *STAMP])
    assert ["fastpath2021.ics"] == sorted(os.listdir("."))


def test_a_page_from_stdin_gives_its_feed_on_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fastpath_ical", "build", "-", *STAMP],
        input=fastpath2021_page().encode(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert [] == os.listdir(".")


def test_a_default_output_that_is_the_page_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    page = _page("program.ics", fastpath2021_page())
    assert 1 == main(["build", page, *STAMP])
    assert "would overwrite the page program.ics" in _one_line(capsys)
    assert fastpath2021_page() == Path(page).read_text(encoding="utf-8")


def test_location_is_put_on_every_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["build", "-o", "x.ics", "--location", "Room 101, Main Hall", *STAMP])
    assert {"Room 101, Main Hall"} == {str(e.get("LOCATION")) for e in _events("x.ics")}


@pytest.mark.parametrize("command", ["build", "export", "site", "push"])
def test_every_publishing_command_takes_location(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--location PLACE" in capsys.readouterr().out


def test_a_blank_location_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main(["build", "-o", "x.ics", "--location", "  "])
    assert _one_line(capsys).startswith("fastpath-ical: --location: give a place")


def test_a_page_over_the_limit_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A 50 MB page took 230 s and 810 MB to fail on line 19; now it is one line, at once."""
    big = Path("big.md")
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: its size is known, nothing to read
    started = time.monotonic()
    assert 1 == main(["check", str(big)])
    assert 1 == main(["build", str(big)])
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err.strip().splitlines()
    assert 2 == len(err)
    assert all(line.startswith("big.md: the page is 52,428,800 bytes;") for line in err)


def test_a_page_over_the_limit_on_stdin_is_read_no_further() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fastpath_ical", "build", "-"],
        input=b"x" * (MAX_PAGE_BYTES + 10),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert 1 == done.returncode
    assert done.stderr.decode().startswith(
        "<stdin>: the page is over 33,554,432 bytes (read no further)"
    )


def test_an_update_against_a_renamed_feed_with_its_talks_as_they_were_goes_through(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``build --previous`` parses only the events that changed: a previous feed whose
    calendar was renamed since, but whose talks are all as the page has them, is still
    this program's (a UID in common), and the update is the one of the feed read whole."""
    from fastpath_ical import FeedOptions, build_calendar, read_page
    from fastpath_ical.ics import calendar_bytes, read_previous, update

    assert 0 == main(["build", "-o", "pub.ics", *STAMP])
    renamed = Path("pub.ics").read_bytes().replace(b"\r\nX-WR-CALNAME:", b"\r\nX-WR-CALNAME:Old ")
    Path("old.ics").write_bytes(renamed)
    capsys.readouterr()
    later = "2021-03-21T09:30:00Z"
    assert 0 == main(["build", "--previous", "old.ics", "--stamp", later, "-o", "new.ics"])
    assert "0 changed, 0 new, 0 cancelled, 11 unchanged" in _one_line(capsys)
    fresh = build_calendar(
        read_page(fastpath2021_page()).program,
        FeedOptions(stamp=datetime.datetime.fromisoformat(later)),
    )
    whole = update(fresh, read_previous(renamed), datetime.datetime.fromisoformat(later))
    assert calendar_bytes(whole.calendar) == Path("new.ics").read_bytes()


def test_an_error_quoting_a_cell_of_many_lines_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The template's row is an HTML cell over three lines: the error quotes it whole.
    Path("page.md").write_text(
        "# W\n\nMonday, April 15, 2024. All times CEST.\n\n"
        "<table>\n<tr><th>Time</th><th>Title</th></tr>\n<tr><td>09:00 - 10:00</td><td>Keynote\n"
        "Visual analytics\nSpeaker: Ann Lee</td></tr>\n<tr><td>10:00 - 11:00</td><td>\n"
        "{{paper.title}}\n{{paper.authors}}</td></tr>\n</table>\n\n"
        "{% for paper in site.data.papers %}\n{{ paper.title }}\n{% endfor %}\n",
        encoding="utf-8",
    )
    assert 1 == main(["build", "page.md", "-o", "out.ics"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("page.md:")
    assert "made by the site's template" in err
    assert not Path("out.ics").exists()
