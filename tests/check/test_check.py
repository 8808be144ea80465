"""``check``: a page held to what it says about time, findings with lines, the exit status."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import fastpath_ical.check._checker as check_module
from fastpath_ical import fastpath2021_page
from fastpath_ical.check import Severity, check_page
from fastpath_ical.check._schedule import _minutes
from fastpath_ical.cli import main
from fastpath_ical.page import PageReading, read_page
from paths import TESTS

PAGES = TESTS / "pages_check"


def lines_of(name: str) -> list[str]:
    return [str(finding) for finding in check_page((PAGES / name).read_text("utf-8")).findings]


def test_the_shipped_page_passes(capsys: pytest.CaptureFixture[str]) -> None:
    """Both conversions, both zone names and the header span of FastPath 2021 are right."""
    report = check_page(fastpath2021_page())
    assert () == report.findings
    assert 11 == report.items
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert ("", True) == (out, "ok: 11 items" in err)


def test_an_abbreviation_for_the_wrong_half_of_the_year() -> None:
    assert ['line 2: "EST" but New York keeps EDT (UTC-4) on 2024-08-05'] == lines_of(
        "wrong_abbreviation.md"
    )


def test_a_conversion_typed_by_hand_is_recomputed() -> None:
    assert [
        'line 9: "10:00 am US EDT = 15:00 UTC" but 10:00 am US EDT is 14:00 UTC on 2024-08-05'
    ] == lines_of("wrong_conversion.md")


def test_a_wrong_range_conversion_names_both_ends() -> None:
    page = fastpath2021_page().replace("= 14:50 - 20:30 UTC", "= 15:50 - 21:30 UTC")
    (finding,) = check_page(page).findings
    assert (2, "conversion") == (finding.line, finding.code)
    assert '"10:50 am - 4:30 pm US EDT = 15:50 - 21:30 UTC"' in finding.message
    assert "is 14:50 - 20:30 UTC on 2021-03-28" == finding.right.split("US EDT ", 1)[1]


def test_a_conversion_in_words_on_a_date_in_standard_time() -> None:
    """The same note a fortnight earlier: New York was still on EST, so 15:00 UTC is wrong."""
    page = fastpath2021_page().replace("March 28, 2021", "March 7, 2021")
    found = [str(f) for f in check_page(page).findings]
    assert 'line 2: "US EDT" but New York keeps EST (UTC-5) on 2021-03-07' in found
    assert (
        'line 30: "11:00 am US EDT = 15:00 UTC" but 11:00 am US EDT is 16:00 UTC on 2021-03-07'
        in found
    )


def test_a_time_the_clocks_skip_is_a_finding_naming_the_item() -> None:
    (finding,) = check_page((PAGES / "nonexistent_time.md").read_text("utf-8")).findings
    assert (7, Severity.ERROR, "page") == (finding.line, finding.severity, finding.code)
    assert "'Machines'" in finding.message
    assert "02:15 does not exist on 2021-03-14 in America/New_York" in finding.message


def test_every_time_the_clocks_repeat_is_a_finding() -> None:
    found = check_page((PAGES / "repeated_time.md").read_text("utf-8")).findings
    assert [6, 7] == [f.line for f in found]
    assert all("happens twice" in f.message for f in found)


def test_overlapping_items_are_a_finding_not_a_crash() -> None:
    (finding,) = check_page((PAGES / "overlap.md").read_text("utf-8")).findings
    assert 7 == finding.line
    assert "before the item above it ends" in finding.message


def test_out_of_order_items_are_a_finding() -> None:
    page = fastpath2021_page().replace("| 13:45 - 14:20", "| 11:15 - 11:20")
    findings = check_page(page).findings
    assert [20] == [f.line for f in findings if f.code == "page"]


def test_the_headers_span_is_compared_with_the_first_and_last_items() -> None:
    assert [
        'line 2: header says the day starts at "9:30 am" but the first item, "Engines" '
        "(line 6), starts at 10:00 am",
        'line 2: header says the day ends at "11:30 am" but the last item, "Machines" '
        "(line 7), ends at 11:15 am",
    ] == lines_of("wrong_span.md")


def test_a_gap_is_a_warning() -> None:
    (finding,) = check_page((PAGES / "gap.md").read_text("utf-8")).findings
    assert (7, Severity.WARNING, "gap") == (finding.line, finding.severity, finding.code)
    assert "from 10:30 to 10:45 (15 min)" in finding.message


def test_an_item_across_a_dst_change_is_a_note_with_its_true_length() -> None:
    (finding,) = check_page((PAGES / "across_the_change.md").read_text("utf-8")).findings
    assert Severity.NOTE is finding.severity
    assert "00:30 EST - 03:30 EDT on the clock (3 h) lasts 2 h" in finding.message


def test_a_two_day_page_across_a_dst_change_is_checked_day_by_day() -> None:
    """Saturday says EST (15:00 UTC), Sunday EDT (14:00 UTC): both right on their own day."""
    report = check_page((PAGES / "two_days_across_dst.md").read_text("utf-8"))
    assert () == report.findings
    assert 0 == main(["check", str(PAGES / "two_days_across_dst.md")])


def test_a_wrong_span_is_reported_against_its_own_days_items() -> None:
    assert [
        'line 10: header says the day starts at "9:00 am" but the first item, "Compilers" '
        "(line 14), starts at 10:00 am",
        'line 10: header says the day ends at "11:00 am" but the last item, "Paths" '
        "(line 15), ends at 12:00 pm",
    ] == lines_of("two_days_wrong_span.md")


def test_conversions_written_other_ways_are_recomputed() -> None:
    """ "(…)", "is", "/", a left side without a zone (the page's), and an ambiguous name."""
    assert [
        'line 4: "10:00 am US EDT (15:00 UTC)" but 10:00 am US EDT is 14:00 UTC on 2024-08-05',
        'line 6: "10:30 am US EDT is 15:30 UTC" but 10:30 am US EDT is 14:30 UTC on 2024-08-05',
        'line 8: "12:00 pm EDT / 17:00 UTC" but 12:00 pm EDT is 16:00 UTC on 2024-08-05',
        'line 10: "11:00 am = 16:00 UTC" but 11:00 am in New York is 15:00 UTC on 2024-08-05',
        'line 12: warning: "11:00 am US EDT = 9:30 pm IST": "IST" means several zones '
        "(India, Ireland or Israel), so the conversion cannot be checked; "
        "write an IANA name or a UTC offset",
    ] == lines_of("conversions_in_words.md")
    assert [] == lines_of("conversions_in_words_ok.md")


def test_two_sessions_with_a_slash_are_not_a_conversion() -> None:
    page = (PAGES / "conversions_in_words_ok.md").read_text("utf-8")
    sessions = "Posters: 10:00 - 10:30 / 2:00 - 3:00 pm EDT"
    page = page.replace("Posters: 11:00 am = 15:00 UTC", sessions)
    assert () == check_page(page).findings


def test_an_abbreviation_in_a_cell_says_what_the_zone_keeps() -> None:
    assert [
        'line 6: "EST" but New York keeps EDT (UTC-4) on 2021-08-12',
        'line 7: "EST" but New York keeps EDT (UTC-4) on 2021-08-12',
    ] == lines_of("abbreviation_in_cell.md")


def test_times_either_side_of_a_dst_change_carry_their_abbreviations() -> None:
    """A gap from 01:50 EDT to 01:10 EST is 20 minutes; bare clocks would read backwards."""
    (gap,) = check_page((PAGES / "gap_across_fall_back.md").read_text("utf-8")).findings
    assert "nothing is on from 01:50 EDT to 01:10 EST (20 min)" in gap.message
    (note,) = check_page((PAGES / "across_fall_back.md").read_text("utf-8")).findings
    assert "01:50 EDT - 01:10 EST on the clock (-40 min) lasts 20 min" in note.message


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(-40, "-40 min"), (-80, "-1 h 20 min"), (-60, "-1 h"), (0, "0 min"), (95, "1 h 35 min")],
)
def test_lengths_keep_their_sign(minutes: int, shown: str) -> None:
    assert shown == _minutes(dt.timedelta(minutes=minutes))


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("wrong_abbreviation.md", 1),
        ("wrong_conversion.md", 1),
        ("nonexistent_time.md", 1),
        ("repeated_time.md", 1),
        ("overlap.md", 1),
        ("wrong_span.md", 1),
        ("gap.md", 0),
        ("across_the_change.md", 0),
        ("two_days_across_dst.md", 0),
        ("two_days_wrong_span.md", 1),
        ("conversions_in_words.md", 1),
        ("conversions_in_words_ok.md", 0),
        ("abbreviation_in_cell.md", 1),
        ("gap_across_fall_back.md", 0),
    ],
)
def test_exit_status(name: str, status: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert status == main(["check", str(PAGES / name)])
    out, err = capsys.readouterr()
    assert "" == out  # text findings are diagnostics: stderr, as every command's
    assert "Traceback" not in err
    assert all(line.startswith(str(PAGES / name)) for line in err.splitlines())


def test_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    """A gap is a warning (an unlisted break is legitimate); --strict makes it fail."""
    assert 0 == main(["check", str(PAGES / "gap.md")])
    assert 1 == main(["check", "--strict", str(PAGES / "gap.md")])
    assert 1 == main(["check", "--strict", str(PAGES / "gap_across_fall_back.md")])


def test_json_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main(["check", "--format", "json", str(PAGES / "wrong_abbreviation.md")])
    (record,) = json.loads(capsys.readouterr().out)
    assert {
        "line": 2,
        "severity": "error",
        "code": "abbreviation",
        "says": "EST",
        "right": "New York keeps EDT (UTC-4) on 2024-08-05",
    }.items() <= record.items()


def test_a_missing_page_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert 1 == main(["check", str(tmp_path / "nope.md")])
    err = capsys.readouterr().err.strip()
    assert 1 == len(err.splitlines())
    assert "cannot read page" in err


def test_a_generic_zone_name_holds_on_the_night_the_clocks_change() -> None:
    """ "Central European Time" names the zone all year: right before 02:00 and after it."""
    report = check_page((PAGES / "spring_forward_generic_name.md").read_text("utf-8"))
    assert [] == [f for f in report.findings if f.code == "abbreviation"]
    assert not report.failed()


@pytest.mark.parametrize(
    "name", ["Eastern Time", "ET", "US Eastern", "America/New_York", "Eastern Time (ET)"]
)
def test_a_generic_zone_name_is_never_the_wrong_half_of_the_year(name: str) -> None:
    """The same names in January and July: none of them is an abbreviation for half a year."""
    page = (PAGES / "wrong_abbreviation.md").read_text("utf-8").replace("EST", name)
    assert [] == [f for f in check_page(page).findings if f.code == "abbreviation"]
    winter = page.replace("August 5, 2024", "January 8, 2024")
    assert [] == [f for f in check_page(winter).findings if f.code == "abbreviation"]


def test_central_european_time_is_generic_but_cet_in_june_is_an_error() -> None:
    page = (PAGES / "spring_forward_cet_before.md").read_text("utf-8")
    june = page.replace("Sunday, 26 March 2023", "Thursday, 15 June 2023")
    assert ['line 5: "CET" but Berlin keeps CEST (UTC+2) on 2023-06-15'] == [
        str(f) for f in check_page(june).findings
    ]
    generic = june.replace("All times are CET", "All times are Central European Time")
    assert () == check_page(generic).findings


def test_an_abbreviation_right_only_before_the_change_is_a_warning_naming_the_times() -> None:
    """CET holds for 01:00 - 01:45 and the start of the session at 01:45, not after 02:00."""
    report = check_page((PAGES / "spring_forward_cet.md").read_text("utf-8"))
    (finding,) = [f for f in report.findings if f.code == "abbreviation"]
    assert (5, Severity.WARNING) == (finding.line, finding.severity)
    assert finding.message.startswith('"CET" is true for part of 2023-03-26 only: ')
    assert "Berlin keeps CEST (UTC+2) from 02:00 CET (= 03:00 CEST)" in finding.message
    assert '03:15, the end of "Paper session", 03:15 - 04:00 ("Questions")' in finding.message
    assert "01:00" not in finding.message
    assert not report.failed()
    assert report.failed(strict=True)


def test_an_abbreviation_for_times_before_the_change_only_is_right() -> None:
    assert () == check_page((PAGES / "spring_forward_cet_before.md").read_text("utf-8")).findings


def test_an_abbreviation_on_the_night_the_clocks_go_back_is_checked_per_item() -> None:
    report = check_page((PAGES / "fall_back_edt.md").read_text("utf-8"))
    (finding,) = [f for f in report.findings if f.code == "abbreviation"]
    assert (3, Severity.WARNING) == (finding.line, finding.severity)
    assert "New York keeps EST (UTC-5) from 02:00 EDT (= 01:00 EST)" in finding.message
    assert '09:00 - 10:00 ("Morning talk"), 10:00 - 11:00 ("Late talk")' in finding.message
    assert "Midnight" not in finding.message


def test_an_abbreviation_the_pages_own_zone_keeps_is_right() -> None:
    """MST in Tempe (America/Phoenix) in June: Denver keeps MDT, Phoenix keeps MST."""
    page = (TESTS / "pages" / "valid" / "20-tempe-mst-in-june.md").read_text("utf-8")
    assert not check_page(page).errors
    wrong = check_page(page + "\n10:00 am MST = 16:00 UTC\n").errors
    assert ['"10:00 am MST = 16:00 UTC" but 10:00 am MST is 17:00 UTC on 2021-06-16'] == [
        f.message for f in wrong
    ]


def test_a_reading_error_about_the_whole_page_is_reported_once() -> None:
    """A last item without an end is said once: the row above it does not become last."""
    assert [
        "line 11: 'Talk three', the last item of the day, has no end time and the page states "
        "no end of the day"
    ] == lines_of("last_item_without_end.md")


def test_the_page_is_read_once_and_every_bad_row_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One reading names every row it cannot read: nothing is re-read with rows blanked."""
    calls: list[bool] = []

    def reader(text: str, **options: Any) -> PageReading:
        calls.append(options.get("all_errors", False))
        return read_page(text, **options)

    monkeypatch.setattr(check_module, "read_page", reader)
    page = (
        fastpath2021_page()
        .replace("| 11:00 - 11:35 |", "| 25:99 - 11:30 |")
        .replace("| 14:20 - 14:55 |", "| 14:20 - 14:95 |")
    )
    report = check_page(page)
    assert [True] == calls
    assert [(14, 3), (21, 3)] == [(f.line, f.column) for f in report.findings if f.code == "page"]
    assert report.failed()


def test_a_wrong_abbreviation_in_a_row_says_its_date_beside_a_row_that_cannot_be_read() -> None:
    """The row with "EST" is still an item (on New York's clock), so the finding has its date."""
    page = (
        fastpath2021_page()
        .replace("| 11:00 - 11:35 |", "| 11:00 - 11:35 EST |")
        .replace("| 14:20 - 14:55 |", "| 14:20 - 14:95 |")
    )
    report = check_page(page)
    assert [
        (14, "abbreviation", '"EST" but New York keeps EDT (UTC-4) on 2021-03-28'),
        (21, "page", "could not read '- 14:95' after the time '14:20'"),
    ] == [(f.line, f.code, f.message) for f in report.findings if f.severity is Severity.ERROR]
    assert 10 == report.items


def test_every_row_of_a_page_none_of_whose_rows_can_be_read_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader raises (there is no program), and its error still carries every row."""
    calls: list[str] = []

    def reader(text: str, **options: Any) -> PageReading:
        calls.append(text)
        return read_page(text, **options)

    monkeypatch.setattr(check_module, "read_page", reader)
    page = (PAGES / "repeated_time.md").read_text("utf-8")
    assert [6, 7] == [f.line for f in check_page(page).findings]
    assert [page] == calls


@pytest.mark.parametrize(
    "page",
    sorted((TESTS / "pages" / "valid").glob("*.md")),
    ids=lambda path: path.stem,
)
def test_valid_pages_have_no_false_errors(page: Path) -> None:
    """Every valid page passes, except the one that states EST in June (it is wrong)."""
    errors = check_page(page.read_text("utf-8")).errors
    if page.stem == "22-est-stated-in-june":
        assert ['"EST" but New York keeps EDT (UTC-4) on 2021-06-16'] == [e.message for e in errors]
    else:
        assert () == errors
