"""``fastpath-ical build`` flags for updates, chosen talks, split files, reminders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from fastpath_ical import fastpath2021_page
from fastpath_ical.cli import main
from paths import TESTS

GOLDEN = TESTS / "golden"
KAOUTAR_TYPO = "fastpath-2021-kaoutar-el-maghroui@fastpath-ical"


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err.strip()


def page(tmp_path: Path, name: str, *edits: tuple[str, str]) -> str:
    text = fastpath2021_page()
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def by_uid(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_previous_publishing_cycle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Publish, correct a name and drop a talk, publish again over the same file: the UID
    stays, SEQUENCE moves for what changed, the dropped talk is cancelled, the rest keeps
    its bytes."""
    feed = tmp_path / "feed.ics"
    typo = page(tmp_path, "typo.md", ("[Kaoutar El Maghraoui]", "[Kaoutar El Maghroui]"))
    assert 0 == main(["build", typo, "-o", str(feed)])
    first = feed.read_bytes()
    row = next(line for line in fastpath2021_page().splitlines() if "Martin Maas" in line)
    fixed = page(tmp_path, "fixed.md", (row + "\n", ""))
    capsys.readouterr()
    stamp = "2021-03-25T10:00:00Z"
    assert 0 == main(["build", fixed, "-o", str(feed), "--previous", str(feed), "--stamp", stamp])
    assert "1 changed, 0 new, 1 cancelled, 9 unchanged" in capsys.readouterr().err
    events = by_uid(feed)
    assert KAOUTAR_TYPO in events
    kaoutar = events[KAOUTAR_TYPO]
    assert 1 == kaoutar["SEQUENCE"]  # type: ignore[index]
    assert "Maghraoui" in str(kaoutar["SUMMARY"])  # type: ignore[index]
    maas = events["fastpath-2021-martin-maas@fastpath-ical"]
    assert ("CANCELLED", 1) == (maas["STATUS"], maas["SEQUENCE"])  # type: ignore[index]
    ana = b"UID:fastpath-2021-ana-klimovic@fastpath-ical"
    assert ana in first
    assert first.split(b"BEGIN:VEVENT")[2] == feed.read_bytes().split(b"BEGIN:VEVENT")[2]
    again = feed.read_bytes()
    assert 0 == main(["build", fixed, "-o", str(feed), "--previous", str(feed)])
    assert again == feed.read_bytes(), "nothing new: not a byte moves, wall clock or not"


def test_previous_without_stamp_uses_the_clock(tmp_path: Path) -> None:
    feed = tmp_path / "feed.ics"
    assert 0 == main(["build", "-o", str(feed)])
    retitled = page(tmp_path, "p.md", ("A Taxonomy of", "A New Taxonomy of"))
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    assert 0 == main(["build", retitled, "-o", str(feed), "--previous", str(feed)])
    maas = by_uid(feed)["fastpath-2021-martin-maas@fastpath-ical"]
    stamp = maas["DTSTAMP"].dt  # type: ignore[index]
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    assert stamp == maas["LAST-MODIFIED"].dt  # type: ignore[index]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read previous feed: No such file or directory"),
        (b"<html>not a calendar</html>", "--previous: not an iCalendar file"),
        (b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", "--previous: not an iCalendar file"),
        (
            (GOLDEN / "fastpath2021.ics").read_bytes().replace(b"ETH", b"\xc9TH"),
            "--previous: not UTF-8 (byte 0xc9 on line",
        ),
    ],
)
def test_bad_previous_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    previous = tmp_path / "old.ics"
    if content is not None:
        previous.write_bytes(content)
    out = tmp_path / "out.ics"
    assert 1 == main(["build", "-o", str(out), "--previous", str(previous)])
    error = one_line_error(capsys)
    assert error.startswith(f"{previous}: ")
    assert message in error
    assert not out.exists()


def test_split_writes_one_file_per_event_and_no_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert 0 == main(["build", "--split", "talks", "--all-day"])
    names = sorted(p.name for p in (tmp_path / "talks").iterdir())
    assert 12 == len(names)
    assert "ana-klimovic.ics" in names
    assert "whole-program.ics" in names
    assert not (tmp_path / "fastpath2021.ics").exists()
    assert "wrote 12 files into talks" in capsys.readouterr().err
    data = (tmp_path / "talks" / "ana-klimovic.ics").read_bytes()
    assert b"X-WR-CALNAME" not in data
    assert b"BEGIN:VTIMEZONE" in data


def test_split_with_output_writes_both(tmp_path: Path) -> None:
    out = tmp_path / "feed.ics"
    assert 0 == main(["build", "-o", str(out), "--split", str(tmp_path / "t")])
    assert (GOLDEN / "fastpath2021.ics").read_bytes() == out.read_bytes()
    assert 11 == len(list((tmp_path / "t").iterdir()))


def test_split_speakers(tmp_path: Path) -> None:
    assert 0 == main(["build", "--split-speakers", str(tmp_path / "s")])
    data = (tmp_path / "s" / "christian-kastner.ics").read_bytes()
    assert 1 == data.count(b"BEGIN:VEVENT")
    assert "X-WR-CALNAME:FastPath 2021 – Christian Kästner".encode() in data.replace(b"\r\n ", b"")


def test_only_repeatable(tmp_path: Path) -> None:
    out = tmp_path / "mine.ics"
    assert 0 == main(["build", "-o", str(out), "--only", "ana-klimovic", "--only", "Siva Hari"])
    assert sorted(by_uid(out)) == [
        "fastpath-2021-ana-klimovic@fastpath-ical",
        "fastpath-2021-siva-hari@fastpath-ical",
    ]


def test_only_unknown_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main(["build", "-o", str(tmp_path / "x.ics"), "--only", "nobody"])
    assert "--only 'nobody' matches no talk id, speaker or kind" in one_line_error(capsys)
    assert not (tmp_path / "x.ics").exists()


def test_alarm_all_day_html(tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    assert 0 == main(["build", "-o", str(out), "--alarm", "15m", "--all-day", "--html"])
    data = out.read_bytes()
    assert 9 == data.count(b"TRIGGER:-PT15M\r\n")
    assert 1 == data.count(b"UID:fastpath-2021-whole-program@fastpath-ical\r\n")
    assert 12 == data.count(b"X-ALT-DESC;FMTTYPE=text/html;VALUE=TEXT:")


@pytest.mark.parametrize(
    ("lead", "message"),
    [
        ("soon", "--alarm: not a lead time like 15m"),
        ("100000000000h", "--alarm: lead time too long"),
        ("1" * 5000 + "s", "--alarm: lead time too long"),
    ],
)
def test_bad_alarm_is_one_line(capsys: pytest.CaptureFixture[str], lead: str, message: str) -> None:
    assert 1 == main(["build", "-o", "-", "--alarm", lead])
    assert message in one_line_error(capsys)


def test_unwritable_split_dir_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert 1 == main(["build", "--split", str(blocker / "sub")])
    assert "cannot make directory" in one_line_error(capsys)


def test_a_carried_uid_stays_through_a_later_move_and_retitle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typo published, corrected (UID carried), then moved 12:10 to 12:15 and retitled in
    one go: still the carried UID, in the feed, the --split file name and --only."""
    typo = page(tmp_path, "m1.md", ("[Kaoutar El Maghraoui]", "[Kaoutar El Maghroui]"))
    m1, m2, m3 = (str(tmp_path / f"m{n}.ics") for n in (1, 2, 3))
    assert 0 == main(["build", typo, "-o", m1, "--stamp", "2021-03-01T00:00:00Z"])
    assert 0 == main(["build", "-o", m2, "--previous", m1, "--stamp", "2021-03-02T00:00:00Z"])
    moved = page(
        tmp_path,
        "m3.md",
        ("| 11:35 - 12:10 |", "| 11:35 - 12:15 |"),
        ("| 12:10 - 12:45 |", "| 12:15 - 12:45 |"),
        ("Hardware-aware Automated AI", "Hardware-aware AutoML"),
    )
    capsys.readouterr()
    later = ["--previous", m2, "--stamp", "2021-03-03T00:00:00Z"]
    assert 0 == main(["build", moved, "-o", m3, "--split", str(tmp_path / "t"), *later])
    assert "2 changed, 0 new, 0 cancelled, 9 unchanged" in capsys.readouterr().err
    assert KAOUTAR_TYPO in by_uid(Path(m3))
    assert (tmp_path / "t" / "kaoutar-el-maghroui.ics").exists()
    mine = tmp_path / "mine.ics"
    assert 0 == main(["build", moved, "-o", str(mine), "--only", "kaoutar-el-maghroui", *later])
    assert [KAOUTAR_TYPO] == list(by_uid(mine))


def test_only_against_the_whole_previous_feed_cancels_nothing_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--only X --previous FULL.ics: a chosen-talks feed, not eleven cancellations."""
    full = tmp_path / "full.ics"
    assert 0 == main(["build", "-o", str(full)])
    mine = tmp_path / "mine.ics"
    capsys.readouterr()
    assert 0 == main(["build", "-o", str(mine), "--only", "ana-klimovic", "--previous", str(full)])
    assert "0 changed, 0 new, 0 cancelled, 1 unchanged" in capsys.readouterr().err
    assert ["fastpath-2021-ana-klimovic@fastpath-ical"] == list(by_uid(mine))


def test_a_plain_build_writes_one_event_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --previous, --only or a split, the feed is written as it is made: the whole
    calendar is never built (a program of 100,000 items held as icalendar events was most
    of a large build's memory), and the bytes and the count are the calendar's."""
    from fastpath_ical.cli import _build

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("a plain build made the whole calendar")

    monkeypatch.setattr(_build, "build_calendar", whole)
    feed = tmp_path / "feed.ics"
    # A title that says BEGIN:VEVENT is not an event more.
    title = ("Ingesting and Processing Data Efficiently for Machine Learning", "BEGIN:VEVENT")
    assert 0 == main(["build", page(tmp_path, "p.md", title), "-o", str(feed), "--no-method"])
    assert "(11 events)" in capsys.readouterr().err
    calendar = Calendar.from_ical(feed.read_bytes())
    assert "METHOD" not in calendar
    assert len(calendar.walk("VEVENT")) == 11
    assert "BEGIN:VEVENT – Ana Klimovic" in {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
