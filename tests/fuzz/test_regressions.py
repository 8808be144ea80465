"""What the fuzzing found in the page reader, and the issue's own cases: one test per kind.

The issue's cases the reader already gets right stand as plain tests; each
other one is a strict xfail until the reader's rewrite fixes it (issue 12,
items 1 and 2): then it passes, the strict xfail fails, and the mark comes off.  The
expectation is the issue's: a one-line error at the right line, or exactly
the right program, judged by :func:`fuzzkit.judge`, which does not use the
reader to check the reader.
"""

from __future__ import annotations

import pytest
from fuzzkit import Mutant, judge, lines_of

from fastpath_ical import PageError, fastpath2021_page, read_page

SHIPPED = fastpath2021_page()
READING = read_page(SHIPPED)
READER = "the page reader (issue 12, item 2)"


def _replaced(old: str, new: str, text: str = SHIPPED) -> str:
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(lines_of(text), 1) if needle in line)


def _refused_at(text: str, line: int) -> None:
    with pytest.raises(PageError) as raised:
        read_page(text)
    assert line == raised.value.line, str(raised.value)


def _inserted(after: str, added: str) -> Mutant:
    """The shipped page with ``added`` as a line of its own after the line holding ``after``."""
    lines = lines_of(SHIPPED)
    at = _line_of(SHIPPED, after)
    new = [*lines[:at], *lines_of(added + "\n"), *lines[at:]]
    moved = tuple(i if i < at else i + len(lines_of(added + "\n")) for i in range(len(lines)))
    text = "".join(f"{line}\n" for line in new)
    return Mutant("insert-line", f"after line {at}: {added!r}", text, moved)


@pytest.mark.parametrize("bad", ["25:99", "11:60", "11:0", "1:100"])
def test_a_time_cell_read_in_part_is_refused_at_its_line(bad: str) -> None:
    text = _replaced("| 11:00 - 11:35 |", f"| {bad} - 11:35 |")
    _refused_at(text, _line_of(text, f"{bad} - 11:35"))


@pytest.mark.parametrize(
    "added",
    [
        "",
        "Note: lunch is in room B.",
        "<!-- moved -->",
        "<!--",
    ],
    ids=["blank", "note", "comment", "open-comment"],
)
def test_a_line_between_rows_neither_ends_the_program_nor_is_lost(added: str) -> None:
    """A blank line, a note or a comment between rows: the whole program, or an error there."""
    mutant = _inserted("12:10 - 12:45", added)
    verdict = judge(READING, SHIPPED, mutant)
    assert verdict.ok, verdict.reason
    if verdict.outcome == "read":
        assert 11 == len(read_page(mutant.text).program.items)


def test_a_cr_pasted_into_a_cell_is_refused_or_read_whole() -> None:
    text = _replaced("| Facebook    ", "| Face\rbook    ")
    lines = lines_of(SHIPPED)
    at = _line_of(SHIPPED, "Face")
    grown = len(lines_of(text)) - len(lines)  # 0: a stray CR inside a row ends no line
    moved = tuple(None if i == at - 1 else i if i < at else i + grown for i in range(len(lines)))
    verdict = judge(READING, SHIPPED, Mutant("paste-cr", "in Facebook", text, moved))
    assert verdict.ok, verdict.reason


def test_a_weekday_that_contradicts_its_date_is_refused() -> None:
    """The issue's page: 25 September 2024 is a Wednesday."""
    page = (
        "# Workshop on Small Things\n\nSunday the 25th of September 2024\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        "| 10:00 - 10:30 | Ann Lee | One |\n| 10:30 - 11:00 | Bob Ray | Two |\n"
    )
    with pytest.raises(PageError) as raised:
        read_page(page, timezone="Europe/Berlin")
    assert 3 == raised.value.line


def test_a_duplicated_row_is_refused_at_the_copy() -> None:
    """Found by the fuzzing (duplicate-row): the same talk twice is two talks at one time."""
    row = next(line for line in lines_of(SHIPPED) if line.startswith("| 11:00 - 11:35"))
    text = _replaced(row + "\n", row + "\n" + row + "\n")
    _refused_at(text, _line_of(text, "11:00 - 11:35") + 1)


def test_an_end_typed_past_the_next_talk_is_refused_not_dropped() -> None:
    """Found by the fuzzing (change-digit): '11:00 - 11:35' typed '11:00 - 14:35'."""
    text = _replaced("| 11:00 - 11:35 |", "| 11:00 - 14:35 |")
    moved = tuple(range(len(lines_of(SHIPPED))))
    verdict = judge(READING, SHIPPED, Mutant("change-digit", "", text, moved))
    assert ("error", "") == (verdict.outcome, verdict.reason)


def test_a_row_cut_by_a_cr_does_not_make_a_bare_number_a_time() -> None:
    """Found by the fuzzing (paste-cr): '| 09:4' and '5 – 10:00 | Welcome |' were read as a
    talk at 05:00; the CR is a stray one inside the row now, and '09:4' is refused."""
    page = (
        "# Workshop on Data Systems\n\nWednesday, May 22, 2024 -- Berlin (all times CEST)\n\n"
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:4\r5 – 10:00 | Welcome | Organizing committee |\n"
        "| 10:00 – 10:30 | Benchmarks | Felix Bauer |\n"
    )
    original = page.replace("09:4\r5", "09:45")
    moved = (0, 1, 2, 3, 4, 5, None, 7)
    verdict = judge(read_page(original), original, Mutant("paste-cr", "", page, moved))
    assert ("error", "") == (verdict.outcome, verdict.reason)
    _refused_at(page, 7)


def test_a_page_that_names_no_place_has_no_location() -> None:
    page = (
        "# Workshop on Places\n\nMonday, June 14, 2021, all times UTC\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n| 10:00 - 10:30 | Ann Lee | One |\n"
    )
    program = read_page(page).program
    assert (None, False) == (program.location, program.virtual)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi"])
def test_a_link_the_reader_drops_is_said(url: str) -> None:
    text = _replaced("| BREAK  ", f"| BREAK [more]({url}) ")
    warnings = [str(warning) for warning in read_page(text).warnings]
    assert any(url.split(":")[0] in warning for warning in warnings), warnings


def test_a_header_with_time_and_speaker_swapped_loses_no_break() -> None:
    """Found by the campaign (swap-cells on a header): the breaks, whose Speaker cell is
    empty, were untimed rows and left out unsaid; every row is read as swapped, warned."""
    page = (
        "# Workshop on Small Things\n\nFriday, June 11, 2021 (all times US Central)\n\n"
        "| Speaker | Time | Title |\n|---|---|---|\n"
        "| 9:00 - 9:30 | Ann Lee | One |\n| 9:30 - 10:00 | | Coffee Break |\n"
        "| 10:00 - 10:30 | Bob Ray | Two |\n"
    )
    reading = read_page(page)
    assert [i.title for i in reading.program.items] == ["One", "Coffee Break", "Two"]
    assert sum("read as if the cells were swapped" in str(w) for w in reading.warnings) == 3


def test_a_note_among_the_rows_of_a_kramdown_table_stays_a_note() -> None:
    """Found by the campaign (insert-line): rows of pipes with no delimiter row and a note
    pasted among them were read as lines, the note glued to a title and a '|' on the rest."""
    rows = [f"|{h:02d}:00 - {h:02d}:30 | &nbsp; Talk {h} |" for h in range(9, 13)]
    page = (
        "# Workshop on Small Things\n\nFriday, June 11, 2021 (all times US Central)\n\n"
        + "\n".join([*rows[:2], "Note: the lunch room has changed.", *rows[2:]])
        + "\n"
    )
    program = read_page(page).program
    assert [i.title for i in program.items] == ["Talk 9", "Talk 10", "Talk 11", "Talk 12"]
    assert "Note: the lunch room has changed." in program.notes


@pytest.mark.parametrize("end", ["18:15 AM", "13:15 am", "25:00"])
def test_an_end_that_is_no_time_is_refused_not_dropped(end: str) -> None:
    """Found by the campaign (change-digit): '10:55 AM - 11:15 AM' typed '10:55 AM - 18:15 AM'
    read as a break from 10:55 to the next row's start, its written end dropped."""
    page = (
        "# Workshop on Small Things\n\nFriday, June 11, 2021 (all times US Central)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        f"| 10:00 AM - 10:55 AM | Ann Lee | One |\n| 10:55 AM - {end} | | Break |\n"
        "| 11:15 AM - 11:55 AM | Bob Ray | Two |\n"
    )
    _refused_at(page, 8)


def test_a_comment_that_hides_rows_is_said() -> None:
    """Found by the campaign (insert-line '<!--'): an opened comment that a later '-->'
    closes hides the rows between, as a browser does; the reading says so at the '<!--'."""
    page = (
        "# Workshop on Small Things\n\nFriday, June 11, 2021 (all times US Central)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n| 9:00 - 9:30 | Ann Lee | One |\n"
        "<!--\n| 9:30 - 10:00 | Bob Ray | Two |\n| 10:00 - 10:30 | Cy Do | Three |\n"
        "<!-- a talk moved -->\n| 10:30 - 11:00 | Di Yu | Four |\n"
    )
    reading = read_page(page)
    assert [i.title for i in reading.program.items] == ["One", "Four"]
    assert "8:1: an HTML comment from here hides 2 row(s) with times" in [
        str(w)[: len("8:1: an HTML comment from here hides 2 row(s) with times")]
        for w in reading.warnings
    ]


def test_noon_written_out_is_a_time_a_swapped_header_finds() -> None:
    """Found by the campaign (swap-cells on a header): '12:00 noon' was no time to swap
    back, and the Lunch row was lost."""
    page = (
        "# Workshop on Small Things\n\nMonday, June 19, 2023. All times are in Eastern Time.\n\n"
        "| Speaker | Title | Time |\n|---|---|---|\n| 9:15 AM | Talk one | Ann Lee (MIT) |\n"
        "| 12:00 noon | Lunch | |\n| 1:00 PM | Talk two | Bob Ray (CMU) |\n"
        "| 2:00 PM | Adjourn | |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, f"{i.start:%H:%M}") for i in items] == [
        ("Talk one", "09:15"),
        ("Lunch", "12:00"),
        ("Talk two", "13:00"),
    ]


def test_a_row_a_blank_line_parts_from_its_table_is_kept() -> None:
    """A kramdown table (no delimiter row) whose first row a line of spaces parts from the
    rest: the row was a paragraph, passed over."""
    page = (
        "# Workshop\n\n### July 26, 2024 (CET)\n\n"
        "|09:00 - 09:10 | &nbsp; Welcome |\n   \n"
        "|09:10 - 09:55 | &nbsp; Invited Talk 1: Ann Lee |\n"
        "|09:55 - 10:40 | &nbsp; Break |\n"
    )
    items = read_page(page).program.items
    assert [(f"{i.start:%H:%M}", i.title) for i in items] == [
        ("09:00", "Welcome"),
        ("09:10", "Invited Talk 1"),
        ("09:55", "Break"),
    ]


def test_a_column_no_header_cell_names_is_not_lost() -> None:
    """A header broken over two lines left a third column unnamed: it was dropped, then
    kept as extra text of talks titled by their speakers' names; it is refused at its
    first cell, which the header does not name."""
    page = (
        "# Meetup\n\nMonday, February 14, 2022 (all times EST)\n\n"
        "| Time \n| Speaker  Talk Title |\n"
        "|---|---|---|\n| 17:30 - 18:00 | Sam Rivera | LLVM passes for beginners |\n"
        "| 18:00 - 18:30 | Jamie Chen | Profiling guided inlining |\n"
    )
    with pytest.raises(PageError, match="'LLVM passes for beginners' beside 'Sam Rivera'") as e:
        read_page(page)
    assert (e.value.line, e.value.column) == (8, 32)


def test_a_start_written_wrong_beside_an_end_column_is_refused_there() -> None:
    """'| 11:60 | 5:00 | Concluding remarks |' under Start | End: the end cell was taken
    for the start (the row read as swapped) and the item ran to the next row, silently."""
    page = (
        "# Workshop\n\nMonday, May 3, 2021 (all times CEST)\n\n"
        "| Start | End | Title |\n|---|---|---|\n"
        "| 4:15 | 4:50 | Labels as a budget |\n| 11:60 | 5:00 | Concluding remarks |\n"
        "| 6:30 | 8:30 | Get-together |\n"
    )
    with pytest.raises(PageError) as raised:
        read_page(page)
    assert (raised.value.line, raised.value.column) == (8, 3)
