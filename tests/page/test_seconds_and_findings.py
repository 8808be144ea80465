"""A plain GFM page of separate start and end columns written with seconds, a colon that
goes on with a title, paper-track and round-table labels, and a zone said as a country's
time with its winter name (a page measured blind, YY/04, had this shape)."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

PAGE = """## Workshop Programme

14 June 2023, co-located with EXAMPLECONF, Cork, Ireland + online

The workshop runs within the Ireland timezone (GMT), from 9am to 5pm.

| Start time | End time | Title |
|------------|----------|-------|
| 09:00:00 | 09:15:00 | Opening remarks |
| 09:15:00 | 09:40:00 | Probing ParseBench: a closer look at tokenizer drift |
| 09:40:00 | 10:00:00 | EMNLP Findings: Counting Tokens Is Not Enough |
| 10:00:00 | 10:30:00 | Coffee break |
| 10:30:00 | 11:15:00 | Invited Talk 1: Maeve Doyle |
| 11:15:00 | 12:00:00 | Round Table: Beyond Leaderboards |
"""


def _read(page: str = PAGE) -> list[tuple[str, str, str, str, list[str]]]:
    return [
        (
            f"{i.start_utc:%H:%M}",
            f"{i.end_utc:%H:%M}",
            i.title,
            i.kind.value,
            [p.name for p in i.people],
        )
        for i in read_page(page).program.items
    ]


def test_times_with_seconds_in_start_and_end_columns_are_read() -> None:
    assert [(start, end) for start, end, *_ in _read()] == [
        ("08:00", "08:15"),
        ("08:15", "08:40"),
        ("08:40", "09:00"),
        ("09:00", "09:30"),
        ("09:30", "10:15"),
        ("10:15", "11:00"),
    ]


def test_seconds_other_than_zero_are_no_time() -> None:
    page = PAGE.replace("| 09:40:00 | 10:00:00 |", "| 09:40:30 | 10:00:00 |")
    with pytest.raises(PageError, match="expected a time") as caught:
        read_page(page)
    assert caught.value.line == 11


def test_a_colon_followed_by_lower_case_goes_on_with_the_title() -> None:
    """'Probing ParseBench' looks like a name; the lower-case words after the colon say
    the colon is inside the title, not after a speaker."""
    _, _, title, _, people = _read()[1]
    assert (title, people) == ("Probing ParseBench: a closer look at tokenizer drift", [])


def test_a_bold_name_before_a_lower_case_title_is_still_its_speaker() -> None:
    page = PAGE.replace("Probing ParseBench: a closer look", "**Saoirse Byrne**: a closer look")
    _, _, title, _, people = _read(page)[1]
    assert (title, people) == ("a closer look at tokenizer drift", ["Saoirse Byrne"])


def test_paper_track_and_round_table_labels_give_the_kind_and_leave_the_title() -> None:
    rows = _read()
    assert rows[2][2:] == ("Counting Tokens Is Not Enough", "contributed", [])
    assert rows[4][2:] == ("Invited Talk 1", "invited", ["Maeve Doyle"])
    assert rows[5][2:] == ("Beyond Leaderboards", "panel", [])


def test_a_countrys_time_named_by_its_winter_abbreviation_keeps_the_countrys_clock() -> None:
    """'the Ireland timezone (GMT)' in June: Ireland keeps IST (UTC+1) that day; the page's
    place and the name it gives disagree, and the place's clock is read, with a warning."""
    reading = read_page(PAGE)
    first = reading.program.items[0]
    assert first.start == dt.datetime(2023, 6, 14, 9, 0, tzinfo=first.start.tzinfo)
    assert str(first.start.tzinfo) == "Europe/Dublin"
    assert first.start_utc.hour == 8
    assert any("'GMT' but Europe/Dublin keeps IST" in w.message for w in reading.warnings)


def test_in_winter_the_same_words_read_the_same_clock_without_a_warning() -> None:
    reading = read_page(PAGE.replace("14 June 2023", "14 January 2023"))
    assert reading.program.items[0].start_utc.hour == 9
    assert not any("keeps" in w.message for w in reading.warnings)
