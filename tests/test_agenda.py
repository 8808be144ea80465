"""The agenda: the shipped program in readers' zones, checked against instants computed apart.

Expected instants come from the page's own statement "11:00 am US EDT = 15:00 UTC" (each time in
the table plus four hours, plain UTC arithmetic) and ``dateutil.tz`` for the reader's offset.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from dateutil import tz as dateutil_tz
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import Program, ZoneError
from fastpath_ical.agenda import agenda, agenda_json, agenda_markdown, agenda_records, agenda_text
from fastpath_ical.cli import main
from fastpath_ical.cli._agenda import machine_zone
from fastpath_ical.page import read_page
from paths import TESTS
from strategies import programs

UTC = dt.UTC

#: The table's times as the page writes them (US EDT).
TABLE = [
    ("10:50", "11:00"), ("11:00", "11:35"), ("11:35", "12:10"), ("12:10", "12:45"),
    ("12:45", "13:45"), ("13:45", "14:20"), ("14:20", "14:55"), ("14:55", "15:15"),
    ("15:15", "15:50"), ("15:50", "16:25"), ("16:25", "16:30"),
]  # fmt: skip

#: "11:00 am US EDT = 15:00 UTC", as the page's Note 1 says.
PAGE_SHIFT = dt.timedelta(hours=15) - dt.timedelta(hours=11)

JUDGED = [
    "Europe/Zurich",
    "Europe/London",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/Los_Angeles",
]


def utc_from_page(wall: str) -> dt.datetime:
    hour, minute = map(int, wall.split(":"))
    return dt.datetime(2021, 3, 28, hour, minute, tzinfo=UTC) + PAGE_SHIFT


def agenda_from_cli(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["agenda", *args]) == 0
    records: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return records


@pytest.mark.parametrize("zone", JUDGED)
def test_json_agenda_has_the_pages_instants_with_the_readers_offset(
    zone: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each item's start and end are the page's instants, shown with the reader's offset."""
    records = agenda_from_cli(capsys, "--in", zone, "--format", "json")
    reader = dateutil_tz.gettz(zone)
    assert len(TABLE) == len(records)
    for (start, end), record in zip(TABLE, records, strict=True):
        expected_start, expected_end = utc_from_page(start), utc_from_page(end)
        shown_start = dt.datetime.fromisoformat(str(record["start"]))
        shown_end = dt.datetime.fromisoformat(str(record["end"]))
        assert (expected_start, expected_end) == (shown_start, shown_end)
        assert expected_start.astimezone(reader).utcoffset() == shown_start.utcoffset()
        assert expected_end.astimezone(reader).utcoffset() == shown_end.utcoffset()
        assert expected_start == dt.datetime.fromisoformat(str(record["start_utc"]))
        assert expected_end == dt.datetime.fromisoformat(str(record["end_utc"]))
        assert dt.timedelta(0) == dt.datetime.fromisoformat(str(record["start_utc"])).utcoffset()
        assert {"kind", "title", "people", "start", "end", "start_utc", "end_utc"} <= set(record)


def test_json_names_kinds_titles_and_people(capsys: pytest.CaptureFixture[str]) -> None:
    records = agenda_from_cli(capsys, "--in", "Europe/Zurich", "--format", "json")
    assert ["Parijat Dube", "Yuhao Zhu", "Erik Altman"] == records[0]["people"]
    assert "remarks" == records[0]["kind"]
    assert "Ana Klimovic" in str(records[1]["people"])
    assert ["talk", "break"] == [records[1]["kind"], records[4]["kind"]]


def test_in_tokyo_the_first_talk_starts_at_midnight_on_29_march(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The issue's own example: 00:00 on 29 March in Asia/Tokyo, and the date change shown."""
    records = agenda_from_cli(capsys, "--in", "Asia/Tokyo", "--format", "json")
    first_talk = next(r for r in records if r["kind"] == "talk")
    assert "2021-03-29T00:00:00+09:00" == first_talk["start"]
    assert main(["agenda", "--in", "Asia/Tokyo"]) == 0
    text = capsys.readouterr().out
    assert text.index("Sunday 28 March 2021") < text.index("Monday 29 March 2021")
    assert "  00:00–00:35 JST | Sun 11:00–11:35 EDT | Sun 15:00–15:35 UTC" in text


def test_text_shows_the_programs_zone_and_utc_alongside() -> None:
    program = _shipped()
    text = agenda_text(agenda(program, "Europe/Zurich"))
    assert "16:50–17:00 CEST | 10:50–11:00 EDT | 14:50–15:00 UTC  Remarks: Opening Remarks" in text
    assert "America/New_York" in text


def test_markdown_has_a_table_per_readers_date() -> None:
    markdown = agenda_markdown(agenda(_shipped(), "Asia/Kolkata"))
    assert 2 == markdown.count("| Time (Asia/Kolkata) | Program (America/New_York) | UTC |")
    assert "## Monday 29 March 2021" in markdown


def test_agenda_in_the_programs_own_zone_has_no_duplicate_column() -> None:
    text = agenda_text(agenda(_shipped(), "America/New_York"))
    assert "  10:50–11:00 EDT | 14:50–15:00 UTC  Remarks: Opening Remarks" in text


def test_a_link_to_the_programs_zone_has_no_duplicate_column() -> None:
    """US/Eastern is America/New_York by another name: one column, not two equal ones."""
    text = agenda_text(agenda(_shipped(), "US/Eastern"))
    assert "  10:50–11:00 EDT | 14:50–15:00 UTC  Remarks: Opening Remarks" in text
    assert "(the program's own zone)" in text
    markdown = agenda_markdown(agenda(_shipped(), "US/Eastern"))
    assert "| Time (US/Eastern) | UTC |" in markdown
    assert "Program (" not in markdown


def _london_fall_back() -> Program:
    page = TESTS / "pages_check" / "london_fall_back.md"
    return read_page(page.read_text("utf-8")).program


def test_an_item_across_a_dst_change_labels_each_end_with_its_own_abbreviation() -> None:
    """01:30 BST to 01:30 GMT lasts an hour; one label for both ends would say 0 min."""
    text = agenda_text(agenda(_london_fall_back(), "Europe/London"))
    assert "  01:30 BST–01:30 GMT | 00:30–01:30 UTC  Talk: Repeated hour" in text
    assert "  00:00–00:50 BST | Sat 23:00–23:50 UTC  Talk: Engines" in text
    markdown = agenda_markdown(agenda(_london_fall_back(), "America/New_York"))
    assert "| 20:30–21:30 EDT | Sun 01:30 BST–01:30 GMT | Sun 00:30–01:30 | Talk |" in markdown
    tokyo = agenda_text(agenda(_london_fall_back(), "Asia/Tokyo"))
    assert "09:30–10:30 JST | 01:30 BST–01:30 GMT |" in tokyo


def test_unknown_zone_is_an_error() -> None:
    with pytest.raises(ZoneError):
        agenda(_shipped(), "Mars/Olympus_Mons")


def test_unknown_zone_on_the_command_line_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["agenda", "--in", "Mars/Olympus_Mons"]) == 1
    err = capsys.readouterr().err.strip()
    assert 1 == len(err.splitlines())
    assert "unknown time zone 'Mars/Olympus_Mons'" in err


def test_an_unknown_readers_zone_names_the_in_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--in", "Mars/Olympus_Mons"]) == 1
    assert capsys.readouterr().err.startswith("fastpath-ical: --in: unknown time zone")


def _agenda_with_stderr(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[list[dict[str, object]], list[str]]:
    assert main(["agenda", *args, "--format", "json"]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err.splitlines()


def _read_as_zurichs_clocks(records: list[dict[str, object]]) -> None:
    """The shipped page's table times as Zurich's clocks, by dateutil's instants."""
    zurich = dateutil_tz.gettz("Europe/Zurich")
    assert len(TABLE) == len(records)
    for (start, _), record in zip(TABLE, records, strict=True):
        hour, minute = map(int, start.split(":"))
        expected = dt.datetime(2021, 3, 28, hour, minute, tzinfo=zurich).astimezone(UTC)
        assert expected == dt.datetime.fromisoformat(str(record["start_utc"]))
        assert "Europe/Zurich" == record["program_zone"]


def test_tz_is_the_pages_zone_and_in_the_readers(capsys: pytest.CaptureFixture[str]) -> None:
    """As in build and check, --tz says what zone the page's times are in; --in where to show."""
    records, err = _agenda_with_stderr(capsys, "--tz", "Europe/Zurich", "--in", "Asia/Tokyo")
    _read_as_zurichs_clocks(records)
    assert {"Asia/Tokyo"} == {record["zone"] for record in records}
    assert "2021-03-28T17:50:00+09:00" == records[0]["start"]  # 10:50 CEST is 08:50 UTC
    assert [] == err


def test_show_tz_is_another_name_for_in(capsys: pytest.CaptureFixture[str]) -> None:
    assert agenda_from_cli(capsys, "--in", "Asia/Tokyo", "--format", "json") == agenda_from_cli(
        capsys, "--show-tz", "Asia/Tokyo", "--format", "json"
    )


def test_tz_without_in_says_that_tz_is_now_the_pages_zone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old script's `agenda --tz Asia/Tokyo` now reads the page in Tokyo: it is told so."""
    monkeypatch.setenv("TZ", "UTC")
    assert main(["agenda", "--tz", "America/New_York", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [
        "fastpath-ical: warning: agenda --tz is now the page's zone, as in build and check; "
        "--in ZONE is the zone to show times in"
    ] == captured.err.splitlines()
    records = json.loads(captured.out)
    assert "2021-03-28T14:50:00+00:00" == records[0]["start"]
    assert {"UTC"} == {record["zone"] for record in records}


def test_page_tz_still_gives_the_pages_zone_and_says_it_is_deprecated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, err = _agenda_with_stderr(capsys, "--page-tz", "Europe/Zurich", "--in", "Asia/Tokyo")
    warning = "--page-tz is deprecated: give --tz, the page's zone in every command"
    assert [f"fastpath-ical: warning: {warning}"] == err
    _read_as_zurichs_clocks(old)
    assert (old, []) == _agenda_with_stderr(capsys, "--tz", "Europe/Zurich", "--in", "Asia/Tokyo")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--tz", "Europe/Zurich", "--page-tz", "UTC"],
            "fastpath-ical: --tz Europe/Zurich and --page-tz UTC both give the page's zone; "
            "give --tz only (--in ZONE is the zone to show times in)",
        ),
        (
            ["--page-tz", "Nowhere"],
            "fastpath-ical: --page-tz: unknown time zone 'Nowhere'; "
            "give an IANA name such as Europe/Zurich",
        ),
        (
            ["--tz", "Nowhere", "--in", "UTC"],
            "fastpath-ical: --tz: unknown time zone 'Nowhere'; "
            "give an IANA name such as Europe/Zurich",
        ),
    ],
)
def test_page_zone_options_that_cannot_work_are_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["agenda", *args]) == 1
    captured = capsys.readouterr()
    assert ("", [message]) == (captured.out, captured.err.splitlines())


def test_default_zone_is_the_machines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    records = agenda_from_cli(capsys, "--format", "json")
    assert "2021-03-28T20:20:00+05:30" == records[0]["start"]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TZ": "Europe/Zurich"}, "Europe/Zurich"),
        ({"TZ": ":Asia/Tokyo"}, "Asia/Tokyo"),
        ({"TZ": ":/usr/share/zoneinfo/Europe/London"}, "Europe/London"),
    ],
)
def test_machine_zone_reads_tz(environ: dict[str, str], expected: str) -> None:
    assert (expected, None) == machine_zone(environ)


def test_machine_zone_reads_etc_localtime(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    target = tmp_path / "zoneinfo" / "Australia" / "Sydney"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"TZif")
    (tmp_path / "etc" / "localtime").symlink_to(target)
    assert ("Australia/Sydney", None) == machine_zone({}, root=tmp_path)


def test_machine_zone_falls_back_to_utc_and_says_so(tmp_path: Path) -> None:
    zone, why = machine_zone({}, root=tmp_path)
    assert "UTC" == zone
    assert why is not None
    zone, why = machine_zone({"TZ": "Nowhere/Special"}, root=tmp_path)
    assert "UTC" == zone
    assert why is not None
    assert "Nowhere/Special" in why


_ZONES = sorted(
    z for z in available_timezones() if not z.startswith(("posix", "right")) and "/" in z
)


@given(program=programs(), zone=st.sampled_from(_ZONES))
def test_agenda_in_any_zone_lists_the_programs_instants(program: Program, zone: str) -> None:
    """Whatever the zone, the rows are the items' instants, in order, with that zone's offset."""
    schedule = agenda(program, zone)
    reader = dateutil_tz.gettz(zone)
    assert [(i.start_utc, i.end_utc) for i in program.items] == [
        (r.start_utc, r.end_utc) for r in schedule.rows
    ]
    for row in schedule.rows:
        if row.start.year >= 2037:
            # dateutil reads a zone file's table of changes, which ends in 2037, not the
            # rule written after it that zoneinfo goes on with (Melbourne, October 2037).
            continue
        assert row.start.astimezone(reader).utcoffset() == row.start.utcoffset()
    dates = [r.start.date() for r in schedule.rows]
    assert len(dict.fromkeys(dates)) == sum(r.new_day for r in schedule.rows)
    records = json.loads(agenda_json(schedule))
    assert agenda_records(schedule) == records
    assert [i.start_utc for i in program.items] == [
        dt.datetime.fromisoformat(r["start"]) for r in records
    ]


def _shipped() -> Program:
    from fastpath_ical import fastpath2021

    return fastpath2021()
