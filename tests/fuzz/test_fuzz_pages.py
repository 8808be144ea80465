"""Pages edited the way people edit them: refused at a line, or read exactly right.

The CI profile: a few hundred mutants of the shipped page and the valid
fixtures, the same ones every run (``derandomize``), so a strict xfail is
a fact and not a coin.  The big run is ``tests/fuzz/campaign.py``
(100,000 examples and more, several processes); what it found is in
``test_regressions.py``, one test per kind.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from fuzzkit import (
    Mutant,
    corpus,
    judge,
    lines_of,
    mutants,
    row_times,
    same_clock,
    time_columns,
    times_in,
    wrong_reading,
)
from hypothesis import HealthCheck, given, settings

from fastpath_ical import read_page

PAGES = corpus()
READINGS = {name: read_page(text) for name, text in PAGES.items()}

#: The CI profile: enough to meet every mutation on most pages, a few seconds.
CI = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _unchanged(text: str) -> Mutant:
    return Mutant("none", "", text, tuple(range(len(lines_of(text)))))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_judge_passes_every_page_as_it_is(name: str) -> None:
    """Calibration: each unedited page is read right by the judge's own reading of it."""
    verdict = judge(READINGS[name], PAGES[name], _unchanged(PAGES[name]))
    assert (True, "read", "") == (verdict.ok, verdict.outcome, verdict.reason)


def test_the_judge_sees_a_start_the_reader_did_not_read() -> None:
    """The issue's first case, as a reading: a talk read as 11:30-11:35 from '25:99 - 11:30'."""
    text = PAGES["fastpath2021-program.md"].replace("| 11:00 - 11:35 |", "| 25:99 - 11:35 |")
    reading = READINGS["fastpath2021-program.md"]
    program = reading.program
    items = list(program.items)
    items[1] = attrs.evolve(items[1], start=items[1].start + dt.timedelta(minutes=30))
    wrong = attrs.evolve(reading, program=attrs.evolve(program, items=tuple(items)))
    reason = wrong_reading(reading, wrong, lines_of(text), _unchanged(text))
    assert "line 14: 'Ingesting" in reason
    assert "first time is no time" in reason


def test_the_judge_sees_a_lost_row() -> None:
    """Nine rows gone after a blank line: the first untouched one is named."""
    reading = READINGS["fastpath2021-program.md"]
    program = reading.program
    cut = attrs.evolve(
        reading,
        program=attrs.evolve(program, items=program.items[:2]),
        item_lines=reading.item_lines[:2],
    )
    text = PAGES["fastpath2021-program.md"]
    reason = wrong_reading(reading, cut, lines_of(text), _unchanged(text))
    assert reason.startswith("the row of 'Toward a system-wide")


def test_the_judge_sees_a_weekday_that_contradicts_the_date() -> None:
    text = PAGES["fastpath2021-program.md"].replace("Sunday, March 28", "Wednesday, March 28")
    reading = READINGS["fastpath2021-program.md"]
    reason = wrong_reading(reading, reading, lines_of(text), _unchanged(text))
    assert "line 2 says 2021-03-28 is a Wed" in reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("10:50 - 11:00", [(10, 50), (11, 0)]),
        ("25:99 - 11:30", [None, (11, 30)]),
        ("11:60 - 11:30", [None, (11, 30)]),
        ("11:0 - 11:30", [None, (11, 30)]),
        ("1:100 - 11:30", [None, (11, 30)]),
        ("6:30p-7:00p", [(18, 30), (19, 0)]),
        ("10h - 10h30", [(10, 0), (10, 30)]),
        ("12:00 noon", [(12, 0)]),
        ("10h30 - noon", [(10, 30), (12, 0)]),
        ("4 pm - 4:30 pm", [(16, 0), (16, 30)]),
        ("01:30 -04:00 - 01:10 -05:00", [(1, 30), (1, 10)]),
    ],
)
def test_the_judge_reads_times_loosely(cell: str, expected: list[object]) -> None:
    """Its own time pattern: every time a page writes, and what only looks like one."""
    assert expected == times_in(cell)


def test_the_judge_finds_time_columns_across_a_break_in_the_table() -> None:
    lines = ["| Talk | Time |", "|---|---|", "| A | 9:00 - 9:30 |", "", "| B | 9:30 - 10:00 |"]
    columns = time_columns(lines)
    assert {2: [1], 4: [1]} == columns
    assert same_clock(row_times(lines[4], columns[4])[0], dt.datetime(2021, 1, 1, 9, 30))


@CI
@given(mutants(PAGES))
def test_no_mutant_crashes_the_reader_or_errs_without_a_line(drawn: tuple[str, Mutant]) -> None:
    """Whatever the edit, the reader says what is wrong at a line of the page, or reads it."""
    name, mutant = drawn
    verdict = judge(READINGS[name], PAGES[name], mutant)
    assert not verdict.reason.startswith(("crash", "PageError at line")), (str(mutant), verdict)


@CI
@given(mutants(PAGES))
def test_every_mutant_is_refused_at_a_line_or_read_right(drawn: tuple[str, Mutant]) -> None:
    """The property: a located PageError, or a program whose every item the page really says."""
    name, mutant = drawn
    verdict = judge(READINGS[name], PAGES[name], mutant)
    assert verdict.ok, f"{mutant}: {verdict.reason}"
