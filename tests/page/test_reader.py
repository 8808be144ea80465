"""The page reader: the forms of the issue one by one, and arbitrary text."""

from __future__ import annotations

import contextlib
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import (
    Conference,
    FastpathError,
    ItemKind,
    PageError,
    fastpath2021,
    fastpath2021_page,
    read_page,
)
from fastpath_ical.page import ZoneSource

HEAD = "# Workshop\n\nMonday, May 3, 2021 (all times CEST)\n\n"


def _table(*rows: str, header: str = "| Time | Speaker | Title |") -> str:
    return HEAD + header + "\n|---|---|---|\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    "cell",
    [
        "10:50 - 11:00",
        "10:50-11:00",
        "10:50 – 11:00",
        "10:50 to 11:00",
        "10h50 - 11h00",
        "1050 -- 1100",
        "10:50am - 11:00am",
        "10:50 - 11:00 am",
    ],
)
def test_time_forms_give_the_same_instants(cell: str) -> None:
    program = read_page(_table(f"| {cell} | A | T |")).program
    item = program.items[0]
    assert (dt.time(10, 50), dt.time(11, 0)) == (item.start.time(), item.end.time())


def test_columns_are_recognised_by_meaning_in_any_order_and_case() -> None:
    page = HEAD + "| TALK TITLE | presenter | When |\n|---|---|---|\n| T | A | 9:00 - 9:30 |\n"
    item = read_page(page).program.items[0]
    assert ("T", "A") == (item.title, item.people[0].name)


def test_tz_option_overrides_the_page() -> None:
    reading = read_page(_table("| 10:00 - 11:00 | A | T |"), timezone="America/New_York")
    assert "America/New_York" == reading.program.timezone
    assert (ZoneSource.OPTION, None) == (reading.zone_source, reading.zone_name)


_ROW = "| Time | Title |\n|---|---|\n| 10:00 - 11:00 | T |\n"


@pytest.mark.parametrize(
    ("page", "zone", "source", "name"),
    [
        (_table("| 10:00 - 11:00 | A | T |"), "Europe/Berlin", ZoneSource.STATEMENT, "CEST"),
        (
            "---\nfastpath-ical:\n  timezone: Asia/Tokyo\n---\n# W\n\nMay 3, 2021\n\n" + _ROW,
            "Asia/Tokyo",
            ZoneSource.PIN,
            None,
        ),
        (
            "# W\n\nMay 3, 2021\n\n| Time (PDT) | Title |\n|---|---|\n| 10:00 - 11:00 | T |\n",
            "America/Los_Angeles",
            ZoneSource.TABLE,
            "PDT",
        ),
        (
            "# W\n\nMay 3, 2021 -- Raleigh, NC\n\n" + _ROW,
            "America/New_York",
            ZoneSource.PLACE,
            None,
        ),
        (
            "# W\n\nMay 3, 2021. All times AoE.\n\n" + _ROW,
            "Etc/GMT+12",
            ZoneSource.STATEMENT,
            "AoE",
        ),
    ],
    ids=["statement", "pin", "table", "place", "aoe"],
)
def test_the_reading_says_where_its_zone_came_from(
    page: str, zone: str, source: ZoneSource, name: str | None
) -> None:
    reading = read_page(page)
    assert (zone, source, name) == (
        reading.program.timezone,
        reading.zone_source,
        reading.zone_name,
    )


def test_a_page_without_a_zone_asks_for_the_timezone_argument() -> None:
    """The library names its argument; the command line says ``--tz`` (``as_flags``)."""
    page = "# W\n\nMonday, May 3, 2021\n\n| Time | Title |\n|---|---|\n| 10:00 - 11:00 | T |\n"
    with pytest.raises(PageError, match="no time zone") as caught:
        read_page(page)
    assert "the timezone argument" in caught.value.expected
    assert "--" not in caught.value.expected


def test_a_row_with_only_a_link_belongs_to_the_item_above() -> None:
    page = _table("| 10:00 - 11:00 | A | T |", "| | | [Slides](https://example.org/s.pdf) |")
    assert ("https://example.org/s.pdf",) == tuple(
        link.url for link in read_page(page).program.items[0].links
    )


def test_session_rows_group_the_talks_and_keep_the_chair() -> None:
    page = _table("| **Session 1 (Chair: Ada Byron)** | | |", "| 10:00 - 11:00 | A | T |")
    item = read_page(page).program.items[0]
    assert ("Session 1", "Ada Byron") == (item.session, item.chair)


@pytest.mark.parametrize("separator", [" and ", ", ", " & ", "; ", "<br>"])
def test_several_speakers_pair_with_their_affiliations(separator: str) -> None:
    page = HEAD + "| Time | Speaker | Affiliation | Title |\n|---|---|---|---|\n"
    page += f"| 10:00 - 11:00 | Ana Souza{separator}Ken Ito | MIT{separator}ETH | T |\n"
    people = read_page(page).program.items[0].people
    assert [("Ana Souza", "MIT"), ("Ken Ito", "ETH")] == [(p.name, p.affiliation) for p in people]


def test_breaks_are_recognised_by_their_words() -> None:
    page = _table("| 10:00 - 10:30 | | Coffee break |", "| 10:30 - 11:00 | LUNCH | |")
    assert [ItemKind.BREAK, ItemKind.BREAK] == [i.kind for i in read_page(page).program.items]


def test_a_talk_without_a_title_is_a_warning() -> None:
    reading = read_page(_table("| 10:00 - 11:00 | Ada Byron | |"))
    assert ["7:3: this row has a speaker but no title"] == [str(w) for w in reading.warnings]


def test_an_unknown_column_is_kept_and_warned_about() -> None:
    page = HEAD + "| Time | Title | Room |\n|---|---|---|\n| 10:00 - 11:00 | T | E5 |\n"
    reading = read_page(page)
    assert (("Room", "E5"),) == reading.program.items[0].extra
    assert ["5:18: unknown column 'Room': kept as extra text"] == [str(w) for w in reading.warnings]


def test_an_explicit_abbreviation_picks_the_second_of_two_repeated_times() -> None:
    page = (
        "# W\n\nSunday, November 7, 2021 (all times America/New_York)\n\n"
        "| Time | Title |\n|---|---|\n| 01:30 EST - 01:50 EST | T |\n"
    )
    item = read_page(page).program.items[0]
    assert dt.datetime(2021, 11, 7, 6, 30, tzinfo=dt.UTC) == item.start_utc


def test_the_shipped_page_still_reads_as_published() -> None:
    program = read_page(fastpath2021_page()).program
    assert 11 == len(program.items)
    assert "America/New_York" == program.timezone
    assert "Christian Kästner" == program.items[2].people[0].name
    assert ["IBM", "Univ of Rochester", "IBM"] == [p.affiliation for p in program.organizers]


@given(st.text())
def test_arbitrary_text_raises_only_the_projects_errors(text: str) -> None:
    with contextlib.suppress(FastpathError):
        read_page(text)


_PIECES = st.sampled_from(
    [
        "# T\n",
        "Monday, May 3, 2021",
        " (times in CEST)",
        "| Time | Speaker | Title |\n",
        "|---|---|---|\n",
        "| 10:00 - 11:00 | A and B | T |\n",
        "| 9 pm - 1:00 | | Lunch |\n",
        "| 01:30 -04:00 | x | y |\n",
        "| **S** | | |\n",
        "<br>",
        "|",
        "\n",
        "CST",
        "EST ",
        "Feb 30, 2021",
        "Time zone: ",
        "Europe/Zurich",
        "| | [a](https://x.org) |\n",
        "12:15",
        "Day 2\n",
        "## ",
        "Location: Raleigh, NC\n",
        "9999-12-31",
        " - 23:59 ",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join))
def test_page_shaped_text_raises_only_the_projects_errors(text: str) -> None:
    """Text made of page pieces reaches deep into the reader, and still fails cleanly."""
    with contextlib.suppress(FastpathError):
        read_page(text)


@pytest.mark.parametrize("zone", ["Europe", "Etc", "America/Argentina", "localtime", "right/UTC"])
def test_tz_option_with_a_folder_or_machine_name_is_a_page_error(zone: str) -> None:
    with pytest.raises(PageError, match="unknown time zone"):
        read_page(_table("| 10:00 - 11:00 | A | T |"), timezone=zone)


@pytest.mark.parametrize(
    ("statement", "iana"),
    [
        ("all times UTC-7", "Etc/GMT+7"),
        ("UTC−07:00", "Etc/GMT+7"),
        ("times in GMT+2", "Etc/GMT-2"),
        ("UTC+2", "Etc/GMT-2"),
    ],
)
def test_an_offset_statement_is_a_fixed_zone(statement: str, iana: str) -> None:
    page = f"# W\n\nMonday, May 3, 2021 ({statement})\n\n| Time | Title |\n|---|---|\n"
    program = read_page(page + "| 10:00 - 11:00 | T |\n").program
    assert iana == program.timezone
    assert program.items[0].start.utcoffset() == ZoneInfo(iana).utcoffset(None)


def test_an_offset_in_the_time_header_is_a_fixed_zone() -> None:
    page = (
        "# W\n\nMonday, May 3, 2021\n\n| Time (UTC-4) | Title |\n|---|---|\n| 10:00 - 11:00 | T |\n"
    )
    assert "Etc/GMT+4" == read_page(page).program.timezone


@pytest.mark.parametrize(
    "cell",
    ["10:30 - 10:75", "10:30 - 10:3O", "10:30 - 25:00", "1000 - 10300", "10:00 - 10:30 - 11:00"],
)
def test_a_time_cell_with_an_unreadable_end_is_an_error(cell: str) -> None:
    """The end is never dropped silently: the error names the cell and what was left."""
    with pytest.raises(PageError, match="could not read") as caught:
        read_page(_table("| 09:00 - 09:30 | A | T |", f"| {cell} | B | U |"))
    assert (8, 3) == (caught.value.line, caught.value.column)
    assert cell.strip() == caught.value.text


def test_a_session_row_with_a_year_is_no_time() -> None:
    page = _table(
        "| 09:00 - 09:30 | A | T |",
        "| **Session 2: Best of ISCA 2020** | | |",
        "| 21:00 - 21:30 | B | U |",
    )
    items = read_page(page).program.items
    assert ["T", "U"] == [item.title for item in items]
    assert "Session 2: Best of ISCA 2020" == items[1].session


def test_a_date_row_in_the_time_column_switches_the_day() -> None:
    page = _table(
        "| 09:00 - 09:30 | A | T |", "| Tuesday, May 4, 2021 | | |", "| 09:00 - 09:30 | B | U |"
    )
    items = read_page(page).program.items
    assert [dt.date(2021, 5, 3), dt.date(2021, 5, 4)] == [item.start.date() for item in items]


@pytest.mark.parametrize("inside", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_a_unicode_line_separator_in_a_cell_keeps_the_row_whole(inside: str) -> None:
    """Markdown ends lines at CR and LF only; a title from a word processor stays whole."""
    page = (
        "# W\n\nWednesday, June 16, 2021 -- Virtual (all times UTC)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        f"| 10:00 - 10:30 | Ann Lee | A Taxonomy of{inside}Machine Learning |\n"
    )
    (item,) = read_page(page).program.items
    assert "A Taxonomy of Machine Learning" == item.title


def test_latin1_mojibake_of_a_next_line_character_is_repaired() -> None:
    """ "Å" read as Latin-1 is "Ã" and U+0085, a line break to ``str.splitlines``."""
    page = (
        "# W\n\nWednesday, June 16, 2021 -- Virtual (all times UTC)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        "| 10:00 - 10:30 | Lars \u00c3\u0085sberg | Talk |\n"
    )
    (item,) = read_page(page).program.items
    assert "Lars \u00c5sberg" == item.people[0].name


def test_aoe_stated_for_the_times_gives_way_to_the_tables_zone() -> None:
    """AoE is a deadline convention: the table's "Time (HST)" wins, with no disagreement."""
    page = (
        "# W\n\nFriday, July 28, 2023. All times AoE.\n\n"
        "| Time (HST) | Title |\n|---|---|\n| 9:00 - 9:30 | Talk |\n"
    )
    reading = read_page(page)
    assert reading.program.timezone == "Pacific/Honolulu"
    assert reading.program.items[0].start.utcoffset() == dt.timedelta(hours=-10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Submissions are due May 31, 2023 (AoE).",
        "- Submission deadline: May 31, 2023, 11:59 PM AoE",
        "Camera-ready version: July 10, 2023 (UTC-12)",
    ],
)
def test_a_deadline_gives_neither_the_date_nor_the_zone(sentence: str) -> None:
    page = (
        f"# W\n\n{sentence}\n\nFriday, July 28, 2023 -- Virtual. All times PDT.\n\n"
        "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | Talk |\n"
    )
    program = read_page(page).program
    assert (program.date, program.timezone) == (dt.date(2023, 7, 28), "America/Los_Angeles")


def test_an_untimed_break_with_no_gap_to_fill_is_left_out_with_a_warning() -> None:
    reading = read_page(
        _table("| 10:00 - 10:30 | A | T1 |", "| | | Break |", "| 10:30 - 11:00 | B | T2 |")
    )
    assert [item.title for item in reading.program.items] == ["T1", "T2"]
    assert reading.program.items[1].session is None
    assert any("'Break' has no time" in str(w) for w in reading.warnings)


def test_a_place_before_co_located_with_is_no_short_name() -> None:
    page = (
        "# Workshop on Things (WoT '23)\n\n"
        "Rome, Italy — co-located with [EuroSys 2023](https://2023.eurosys.org/)\n\n"
        "Monday, May 8, 2023 (times in CEST)\n\n"
        "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | Talk |\n"
    )
    program = read_page(page).program
    assert program.short_name == program.title
    assert program.location == "Rome, Italy"
    assert program.conference is not None
    assert (program.conference.name, program.conference.url) == (
        "EuroSys 2023",
        "https://2023.eurosys.org/",
    )


def test_a_named_workshop_in_conjunction_keeps_its_short_name() -> None:
    page = (
        "# Workshop on Things\n\nWoT 2023 is held in conjunction with ISCA 2023.\n\n"
        "Monday, May 8, 2023 (times in CEST)\n\n"
        "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | Talk |\n"
    )
    program = read_page(page).program
    assert program.short_name == "WoT 2023"


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("Song Han, MIT", [("Song Han", "MIT")]),
        ("Ann Lee, Bob Ray", [("Ann Lee", None), ("Bob Ray", None)]),
        ("Ann Lee, Bob Ray, Cy Dee", [("Ann Lee", None), ("Bob Ray", None), ("Cy Dee", None)]),
        (
            "Ann Lee, Google Research and Bob Ray",
            [("Ann Lee", "Google Research"), ("Bob Ray", None)],
        ),
        (
            "Ann Lee, University of California, Berkeley",
            [("Ann Lee", "University of California, Berkeley")],
        ),
        ("Ann Lee (MIT), Bob Ray (CMU)", [("Ann Lee", "MIT"), ("Bob Ray", "CMU")]),
        ("Organizing committee", []),
        ("The program committee", []),
    ],
)
def test_name_comma_affiliation_without_an_affiliation_column(
    cell: str, people: list[tuple[str, str | None]]
) -> None:
    program = read_page(_table(f"| 10:00 - 10:30 | {cell} | T |")).program
    assert [(p.name, p.affiliation) for p in program.items[0].people] == people


def test_end_marker_after_a_range_is_no_item() -> None:
    program = read_page(
        _table("| 10:00 - 10:30 | A | T1 |", "| 10:30 | | End of workshop |")
    ).program
    assert [item.title for item in program.items] == ["T1"]


def test_ambiguous_name_with_an_offset_that_fits_none_is_still_an_error() -> None:
    page = HEAD.replace("(all times CEST)", "(all times IST, UTC+4)")
    with pytest.raises(PageError, match="ambiguous"):
        read_page(page + "| Time | Title |\n|---|---|\n| 9:00 - 9:30 | Talk |\n")


_STANFORD = "# W\n\nSunday, June 18, 2023 — Stanford, CA\n\n{note}\n\n| Time | Talk |\n|---|---|\n"


@pytest.mark.parametrize(
    ("note", "zone"),
    [
        ("All talks are in Eastern Time (ET).", "America/New_York"),
        ("The schedule is in Eastern Daylight Time (EDT).", "America/New_York"),
        ("Schedule (Eastern Time):", "America/New_York"),
        ("all times are in New York time.", "America/New_York"),
        ("All times are local (Vancouver).", "America/Vancouver"),
        ("Sessions run in Vancouver time.", "America/Vancouver"),
    ],
)
def test_a_sentence_saying_the_program_is_in_a_zone_states_it(note: str, zone: str) -> None:
    page = _STANFORD.format(note=note) + "| 09:00 - 10:00 | A |\n"
    reading = read_page(page)
    assert zone == reading.program.timezone
    assert not reading.warnings


def test_a_zone_named_beside_a_place_with_another_zone_is_an_error() -> None:
    page = _STANFORD.format(note="Remote viewers in ET are welcome.") + "| 09:00 - 10:00 | A |\n"
    with pytest.raises(PageError, match="does not say the times are in it") as caught:
        read_page(page)
    assert (5, 19) == (caught.value.line, caught.value.column)


def test_start_and_end_columns_are_one_range() -> None:
    for start, end in (("Start", "End"), ("Begin", "Finish"), ("From", "To")):
        page = HEAD + f"| {start} | {end} | Title |\n|---|---|---|\n| 9:00 | 9:30 | A |\n"
        item = read_page(page).program.items[0]
        assert (dt.time(9, 0), dt.time(9, 30)) == (item.start.time(), item.end.time())


def test_material_links_in_the_title_cell_are_links_not_title_words() -> None:
    page = _table(
        "| 10:00 - 11:00 | Ann Lee | [Paper](https://arxiv.org/abs/1) "
        "[[slides]](https://s.org/x.pdf) [[video]](https://youtu.be/v) |",
        "| 11:00 - 12:00 | Bob Ray | [Paper 2](https://arxiv.org/abs/2) "
        "[slides](https://s.org/y.pdf) |",
    )
    first, second = read_page(page).program.items
    assert "Paper" == first.title
    assert ["other", "slides", "video"] == [link.kind.value for link in first.links]
    assert "Paper 2" == second.title
    assert ["other", "slides"] == [link.kind.value for link in second.links]


def test_role_labels_after_semicolons_split_the_people_again() -> None:
    cell = "Panelists: Ann Lee (MIT), Bob Ray (CMU); Moderator: Dee Fox (Google)"
    item = read_page(_table(f"| 10:00 - 11:00 | {cell} | Panel: X |")).program.items[0]
    assert [("Ann Lee", "MIT"), ("Bob Ray", "CMU"), ("Dee Fox", "Google")] == [
        (p.name, p.affiliation) for p in item.people
    ]


@pytest.mark.parametrize(
    "filler", ["Contributed authors", "All teams", "Everyone", "All participants", "TBD", "TBA"]
)
def test_filler_in_the_speaker_column_is_no_one(filler: str) -> None:
    item = read_page(_table(f"| 10:00 - 11:00 | {filler} | Lightning talks |")).program.items[0]
    assert () == item.people
    assert "Lightning talks" == item.title


def test_a_tbd_title_stays_a_title() -> None:
    item = read_page(_table("| 10:00 - 11:00 | Ann Lee | TBD |")).program.items[0]
    assert ("TBD", "Ann Lee") == (item.title, item.people[0].name)


@pytest.mark.parametrize(
    ("place", "zone"),
    [("Zürich", "Europe/Zurich"), ("Paris", "Europe/Paris"), ("Berlin", "Europe/Berlin")],
)
def test_an_abbreviation_is_named_by_the_place_that_keeps_it(place: str, zone: str) -> None:
    page = f"# W\n\nFriday, 14 June 2024 — {place}. All times CEST.\n\n"
    page += "| Time | Talk |\n|---|---|\n| 09:00 - 10:00 | A |\n"
    reading = read_page(page)
    assert zone == reading.program.timezone
    assert not reading.warnings
    assert dt.datetime(2024, 6, 14, 7, tzinfo=dt.UTC) == reading.program.items[0].start_utc


def test_a_short_name_that_is_also_a_place_stays_the_short_name() -> None:
    """ "**NH** is in conjunction with **A**": NH is New Hampshire too, but here it is the name."""
    page = (
        "# A Workshop\n\n**NH** is in conjunction with **ISCA 2023**\n\n"
        "Wednesday, June 16, 2021 -- Virtual (all times UTC)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n| 10:00 - 10:30 | Ann Lee | Talk |\n"
    )
    program = read_page(page).program
    assert ("NH", "ISCA 2023") == (
        program.short_name,
        program.conference and program.conference.name,
    )


def test_a_link_label_in_both_halves_of_the_conjunction_line_stays_the_workshops() -> None:
    page = (
        "# A\n\n**[A](https://a.example.org/)** is in conjunction with **A**\n\n"
        "Wednesday, June 16, 2021 -- Virtual (all times UTC)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n| 10:00 - 10:30 | Ann Lee | Talk |\n"
    )
    program = read_page(page).program
    assert "https://a.example.org/" == program.home_page
    assert program.conference is not None
    assert (program.conference.name, program.conference.url) == ("A", None)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("25:99 - 11:30", "could not read '25:99 -' before the time '11:30'"),
        ("11:60 - 11:30", "could not read '11:60 -' before the time '11:30'"),
        ("11:0 - 11:30", "could not read '11:0 -' before the time '11:30'"),
        ("1:100 - 11:30", "could not read '1:100 -' before the time '11:30'"),
        ("11:00 - 11:30 tbc", "could not read 'tbc' after the time '11:00 - 11:30'"),
    ],
)
def test_a_time_cell_is_read_whole_or_refused(written: str, message: str) -> None:
    """A time cell the reader cannot read whole names the cell; it never drops a start."""
    page = fastpath2021_page().replace("| 11:00 - 11:35 |", f"| {written} |")
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert (caught.value.line, caught.value.column) == (14, 3)
    assert message in caught.value.message


@pytest.mark.parametrize(
    "between",
    ["\n", "<!-- lunch moved -->\n", "Note: lunch is on Zoom.\n", "\n\n<!-- x -->\n\n"],
)
def test_a_blank_line_comment_or_note_inside_the_table_ends_nothing(between: str) -> None:
    """Rows after a blank line, an HTML comment or a note line are rows of the same program;
    a note stays a note of the program."""
    page = fastpath2021_page()
    at = page.index("| 12:45 - 13:45 |")
    program = read_page(page[:at] + between + page[at:]).program
    assert program.items == fastpath2021().items
    if "Note" in between:
        assert "Note: lunch is on Zoom." in program.notes


def test_a_carriage_return_inside_a_cell_ends_no_row() -> None:
    page = fastpath2021_page().replace("| Resilience and Safety", "| Resilience\rand Safety")
    items = read_page(page).program.items
    assert len(items) == len(fastpath2021().items)
    assert items[5].title == "Resilience and Safety for Autonomous Vehicles"


def test_all_errors_names_every_row_in_one_reading() -> None:
    """A checker reads a page once: every unreadable row is a problem, the rest still items."""
    page = (
        fastpath2021_page()
        .replace("| 11:00 - 11:35 |", "| 25:99 - 11:30 |")
        .replace("| 14:20 - 14:55 |", "| 14:20 - 14:95 |")
    )
    reading = read_page(page, all_errors=True)
    assert [(error.line, error.column) for error in reading.problems] == [(14, 3), (21, 3)]
    assert len(reading.program.items) == len(fastpath2021().items) - 2
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert caught.value.line == 14


def test_a_country_after_authors_is_not_the_times_zone() -> None:
    """Seen on a held-out published page: "Huber, Egerton (UK)" in a list of papers was read
    as "the times are UK time", and a program in the Netherlands moved by an hour."""
    page = (
        "# Libraries and Research\n\n#### Monday, July 8, 2019\n\n"
        "**9:30-9:45**: Welcome\n\n**13:45-14:45**: Short papers\n"
        "* *Digital Initiatives at a Library*, Huber, Egerton (UK)\n"
        "* *Teaching with Records*, Keogh (Ireland)\n\n**15:00-16:00**: Closing\n"
    )
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)
    reading = read_page(page, timezone="Europe/Amsterdam")
    assert reading.zone_source is ZoneSource.OPTION
    assert [item.title for item in reading.program.items] == [
        "Welcome",
        "Short papers",
        "Closing",
    ]


def test_a_timed_closing_and_adjournment_is_an_item() -> None:
    """Seen on a held-out published page: the last row, ten minutes of "Closing Remarks and
    Adjournment", was taken for the day's end marker and left out unsaid."""
    page = (
        "# Workshop on Distillation\n\n**Date:** November 14, 2025, all times EST\n\n"
        "| Time | | Session |\n|---|-|---|\n"
        "| 12:00 PM – 12:50 PM | | Poster Session |\n"
        "| 12:50 PM – 01:00 PM | | Closing Remarks and Adjournment |\n"
    )
    items = read_page(page).program.items
    assert [(item.title, f"{item.end:%H:%M}") for item in items] == [
        ("Poster Session", "12:50"),
        ("Closing Remarks and Adjournment", "13:00"),
    ]
    start_only = page.replace("12:50 PM – 01:00 PM", "01:00 PM").replace(
        "Closing Remarks and Adjournment", "Adjourn"
    )
    assert [item.title for item in read_page(start_only).program.items] == ["Poster Session"]


def test_forms_of_address_pm_on_a_24_hour_time_and_tracks_in_brackets() -> None:
    """Modelled on a held-out published agenda: "Drs. A, B" and "Dr. C" are A, B and C;
    "12:50-13:00 PM" is 12:50 to 13:00; "(track 1)" after a name is where, not an employer."""
    page = (
        "# Bio Workshop Asia\n\nSchedule in China Standard Time (UTC + 8).\n\n"
        "| Time | Track | Speaker |\n|---|---|---|\n"
        "| **Sunday, 2020-10-18** | | |\n"
        "| 9:00-9:55 AM | Keynote Talk | Dr. Wen Li |\n"
        "| 10:00-10:55 AM | Invited Talks | Drs. Ana Ruiz, Bo Chen |\n"
        "| 11:50-12:45 PM | Workshops (parallel) | Drs. Kim Ho (track 1), Lee Park (track 2) |\n"
        "| 12:50-13:00 PM | Closing Remark | Prof Sam Oduya |\n"
    )
    items = read_page(page).program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in items] == [
        ("09:00", "09:55"),
        ("10:00", "10:55"),
        ("11:50", "12:45"),
        ("12:50", "13:00"),
    ]
    assert [[(p.name, p.affiliation) for p in i.people] for i in items] == [
        [("Wen Li", None)],
        [("Ana Ruiz", None), ("Bo Chen", None)],
        [("Kim Ho", None), ("Lee Park", None)],
        [("Sam Oduya", None)],
    ]


def test_weekday_headings_count_from_the_first_day_the_reader_is_told() -> None:
    """Modelled on a held-out seminar page: "## Monday", "## Tuesday" and no date at all;
    given the first day, each weekday heading is the next such day (and warned)."""
    page = (
        "# Seminar on Solvers\n\n## Monday\n\n* 9:00-10:00 Opening\n* 10:00-10:30 break\n\n"
        "## Tuesday\n\n* 9:00-9:30 Proof logging\n* 9:30-10:00 Discussion\n"
    )
    with pytest.raises(PageError, match="no date"):
        read_page(page, timezone="Asia/Tokyo")
    reading = read_page(page, timezone="Asia/Tokyo", date=dt.date(2023, 10, 2))
    assert [item.start.date() for item in reading.program.items] == [
        dt.date(2023, 10, 2),
        dt.date(2023, 10, 2),
        dt.date(2023, 10, 3),
        dt.date(2023, 10, 3),
    ]
    assert sum("has no date: read as the next" in str(w) for w in reading.warnings) == 2


def test_names_then_a_title_set_apart_in_bold() -> None:
    """Modelled on a held-out seminar page: "NAME   __TITLE__" in a list, and a bold title
    inside a link whose own colon must not cut it."""
    page = (
        "# Seminar on Solvers\n\nMonday, October 2, 2023 (all times JST)\n\n"
        "* 10:30-11:30 Ana Ruiz   __The Art of Small Proofs__\n"
        "* 11:30-12:00 Bo Chen [__Tiles(T): Tiles as a Theory__](https://example.org/t.pdf)\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("The Art of Small Proofs", ["Ana Ruiz"]),
        ("Tiles(T): Tiles as a Theory", ["Bo Chen"]),
    ]


def test_a_table_that_stops_long_before_the_stated_end_of_day_is_refused() -> None:
    """Issue 12: rows lost to an edit leave a day that ends hours early; the date line's
    span says so. An hour short is how people write pages; more is refused at the last row."""
    page = (
        "# Workshop on Small Things\n\nMonday, June 14, 2021 (9:00 am - 5:00 pm EDT)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        "| 9:00 - 10:00 | Ann Lee | One |\n| 10:00 - {end} | Bob Ray | Two |\n"
    )
    with pytest.raises(PageError, match="stops at 11:00 here, but line 3 says") as caught:
        read_page(page.format(end="11:00"))
    assert (caught.value.line, caught.value.code) == (8, "early-stop")
    assert len(read_page(page.format(end="4:00")).program.items) == 2
    start_only = page.replace("| 10:00 - {end} |", "| 10:00 |")
    assert f"{read_page(start_only).program.items[-1].end:%H:%M}" == "17:00"


def test_a_title_line_then_labelled_lines_of_speaker_and_length() -> None:
    """Modelled on an unseen tutorial page: a numbered list whose entry is a bold time and
    title, then "*Speaker:* NAME" and "*Duration:* ..." lines; the length is kept as an extra."""
    page = (
        "# Tutorial on Fluid Codes\n\nWednesday, July 14, 2021 (all times CEST)\n\n"
        "1. **6:20pm: What can the code do for you?**<br />\n"
        "   *Speaker:* Ana Ruiz<br />\n   *Duration:* approx. 15 minutes + Q&A<br />\n\n"
        "2. **6:45pm: Getting started**<br />\n   *Speaker:* Bo Chen<br />\n"
        "   *Duration:* approx. 10 minutes<br />\n\n3. **7:05pm: Wrap-up**\n"
        "\nThe tutorial ends at 7:30pm.\n"
    )
    items = read_page(page, end=dt.time(19, 30)).program.items
    assert [(i.title, [p.name for p in i.people], i.extra) for i in items[:2]] == [
        (
            "What can the code do for you?",
            ["Ana Ruiz"],
            (("Duration", "approx. 15 minutes + Q&A"),),
        ),
        ("Getting started", ["Bo Chen"], (("Duration", "approx. 10 minutes"),)),
    ]
    assert [f"{i.start:%H:%M}" for i in items] == ["18:20", "18:45", "19:05"]


def test_a_date_below_the_tables_dates_them_only_when_it_is_the_programs() -> None:
    """Two unseen pages: one names its day only under "Important Dates" below the table
    ("- Workshop: Saturday, December 16, 2023."); another has no date above its tables and
    mentions another event's date in a sentence below them, which must not date them."""
    table = "| Time (US Central) | Event |\n| --- | --- |\n| 9:00 - 9:30 | Opening |\n"
    labelled = (
        f"# Imaging Workshop\n\n{table}\n## Dates\n\n- Workshop: Saturday, December 16, 2023.\n"
    )
    assert read_page(labelled).program.date == dt.date(2023, 12, 16)
    prose = (
        f"# Imaging Workshop\n\n{table}\n## Related talks\n\nThe same speaker gave a talk "
        "at the Big Infrastructure Workshop in Osaka University (Nov. 4, 2023).\n"
    )
    with pytest.raises(PageError, match="below it") as caught:
        read_page(prose)
    assert (caught.value.line, caught.value.code) == (3, "no-date")


def test_two_rows_at_one_start_are_parallel_items_and_doors_close_ends_the_day() -> None:
    """Unseen hackathon pages: two start-only rows at 8:00 run side by side, each ending
    when the next later row starts (with a warning naming both); "Doors close" is the
    day's end, not an item."""
    page = (
        "# Lab Hack\n\nSaturday, May 21, 2016 (times US Eastern)\n\n"
        "| Time | Event |\n|---|---|\n| 8:00 AM | Doors open |\n| {second} | Breakfast |\n"
        "| 9:00 AM | Kickoff |\n| 9:00 PM | Doors close |\n"
    )
    read = read_page(page.format(second="8:00 AM"))
    assert [(i.title, f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in read.program.items] == [
        ("Doors open", "08:00", "09:00"),
        ("Breakfast", "08:00", "09:00"),
        ("Kickoff", "09:00", "21:00"),
    ]
    assert any(
        w.line == 8 and "as 'Doors open' above it does: read as parallel" in w.message
        for w in read.warnings
    )
    items = read_page(page.format(second="8:30 AM")).program.items
    assert [(i.title, f"{i.end:%H:%M}") for i in items] == [
        ("Doors open", "08:30"),
        ("Breakfast", "09:00"),
        ("Kickoff", "21:00"),
    ]


def test_a_session_with_a_start_only_beside_a_talk_is_refused_not_a_track() -> None:
    """ "10:30 Session 3" over "10:30 Talk": the session's heading on a page that gave it
    no range, or a track beside the talk; read side by side, the session's name would be
    an item of the feed. Two sessions at one start are tracks."""
    page = (
        "# Workshop\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Title |\n|---|---|\n"
        "| 10:30 | {first} |\n| 10:30 | {second} |\n| 11:00 | Talk B |\n| 11:30 | End |\n"
    )
    with pytest.raises(PageError, match="is a session with no end") as caught:
        read_page(page.format(first="Session 3: Systems", second="Talk A"))
    assert (caught.value.line, caught.value.code) == (8, "parallel")
    items = read_page(page.format(first="Session 3a", second="Session 3b")).program.items
    assert [(i.title, f"{i.start:%H:%M}-{i.end:%H:%M}") for i in items] == [
        ("Session 3a", "10:30-11:00"),
        ("Session 3b", "10:30-11:00"),
        ("Talk B", "11:00-11:30"),
    ]


def test_an_overlap_other_than_a_common_start_or_a_meal_is_refused_naming_what_it_overlaps() -> (
    None
):
    """Tracks that start together are read; a row that starts inside one of them, after
    the other ended, is a page that contradicts itself (or a track the reader cannot
    follow): refused, naming the item still running. A meal's range holds talks beside it."""
    page = (
        "# Workshop\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Title |\n|---|---|\n"
        "| 13:00 - 14:30 | Track A |\n| 13:00 - 15:00 | Track B |\n| 14:30 - 15:30 | Talk C |\n"
    )
    with pytest.raises(
        PageError, match=r"'Talk C' starts at 14:30, before the item above it ends \(15:00\)"
    ) as e:
        read_page(page)
    assert e.value.line == 9
    meal = (
        "# Workshop\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Title |\n|---|---|\n"
        "| 8:00 - 10:00 | Breakfast |\n| 9:00 - 9:05 | Kickoff |\n| 9:05 - 9:50 | Talk |\n"
        "| {last} - 11:00 | Hacking |\n"
    )
    read = read_page(meal.format(last="10:00"))
    assert [(i.title, f"{i.start:%H:%M}-{i.end:%H:%M}") for i in read.program.items] == [
        ("Breakfast", "08:00-10:00"),
        ("Kickoff", "09:00-09:05"),
        ("Talk", "09:05-09:50"),
        ("Hacking", "10:00-11:00"),
    ]
    assert any(w.line == 7 and "read as an item beside them" in w.message for w in read.warnings)
    with pytest.raises(PageError, match=r"'Hacking' starts at 09:55, before 'Breakfast' ends"):
        read_page(meal.format(last="9:55"))


def test_all_errors_keeps_a_row_whose_only_fault_is_its_abbreviation() -> None:
    """ "10:00 EST" in July is said (code ``abbreviation``) and read as New York's clock, so
    that a checker can say what New York keeps on that date; a build still refuses it."""
    page = (
        "# Workshop\n\nMonday, July 5, 2021, all times US Eastern\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        "| 10:00 - 11:00 | A. Person | A Talk |\n"
        "| 11:00 EST - 12:00 EST | B. Person | B Talk |\n"
    )
    reading = read_page(page, all_errors=True)
    assert {(error.line, error.code) for error in reading.problems} == {(8, "abbreviation")}
    assert reading.item_lines == (7, 8)
    second = reading.program.items[1]
    assert second.start == dt.datetime(2021, 7, 5, 11, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert (caught.value.line, caught.value.code) == (8, "abbreviation")


@pytest.mark.parametrize(
    ("rows", "lines"),
    [
        # Every time happens twice on the night the clocks go back.
        (("| 01:00 - 01:20 | A | A Talk |", "| 01:30 - 01:50 | B | B Talk |"), [7, 8]),
        # No row has a time.
        (("| morning | A | A Talk |", "| afternoon | B | B Talk |"), [7, 8]),
    ],
)
def test_all_errors_on_a_page_none_of_whose_rows_can_be_read(
    rows: tuple[str, ...], lines: list[int]
) -> None:
    """There is no program, so the reading is the first row's error; it carries every row's."""
    page = (
        "# Workshop\n\nSunday, November 7, 2021, all times US Eastern\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    with pytest.raises(PageError) as alone:
        read_page(page)
    with pytest.raises(PageError) as caught:
        read_page(page, all_errors=True)
    assert [error.line for error in caught.value.problems] == lines
    assert (caught.value.line, caught.value.message) == (alone.value.line, alone.value.message)
    assert caught.value.problems[0].message == caught.value.message


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        # After a label that has its speaker, the part in italics is the title, even
        # when its words could be a name.
        ("**Keynote**: Bo Ray – *Other Things*", "Other Things", ["Bo Ray"]),
        ("Keynote: Bo Ray – Learning to plan", "Learning to plan", ["Bo Ray"]),
        # Without italics the line names two people or none: no guess at which speaks.
        ("Keynote: Bo Ray – Other Things", "Keynote: Bo Ray – Other Things", []),
        (
            'Contributed talk 2: "Priors", Mateo Ruiz · Hanne Solberg',
            "Priors",
            ["Mateo Ruiz", "Hanne Solberg"],
        ),
    ],
)
def test_a_label_names_and_a_title_on_one_line(cell: str, title: str, people: list[str]) -> None:
    item = read_page(
        _table(f"| 10:00 | {cell} |", "| 11:00 | End |", header="| Time | Title |")
    ).program.items[0]
    assert (item.title, [p.name for p in item.people]) == (title, people)


@pytest.mark.parametrize(
    ("names", "affiliations"),
    [
        (
            "Ann Lee<sup>1</sup>, Bo Ray<sup>2</sup>, Cy Day<sup>1,2</sup>",
            ["Example University", "ACME Research", "Example University; ACME Research"],
        ),
        # A mark the legend does not hold: that person's affiliation is not known, and
        # the legend is never handed out whole.
        ("Ann Lee<sup>1</sup>, Bo Ray<sup>3</sup>", ["Example University", None]),
        ("Ann Lee¹, Bo Ray²", ["Example University", "ACME Research"]),
    ],
)
def test_affiliations_numbered_by_superscript_marks(
    names: str, affiliations: list[str | None]
) -> None:
    legend = "<i>(<sup>1</sup>Example University, <sup>2</sup>ACME Research)</i>"
    cell = f"<b>Deep Things</b><br>{names} {legend}"
    page = _table(f"| 10:00 | {cell} |", "| 11:00 | End |", header="| Time | Title |")
    item = read_page(page).program.items[0]
    assert item.title == "Deep Things"
    assert [p.affiliation for p in item.people] == affiliations
    assert [p.name for p in item.people][:2] == ["Ann Lee", "Bo Ray"]


def test_a_superscript_in_a_title_is_kept_raised() -> None:
    page = _table(
        "| 10:00 | Sorting in O(n<sup>2</sup>) |", "| 11:00 | End |", header="| Time | Title |"
    )
    assert read_page(page).program.items[0].title == "Sorting in O(n²)"


def test_a_session_row_with_its_chair_beside_it() -> None:
    page = _table(
        "| **SESSION 1** | Chair: Ann Lee |",
        "| 10:00 - 10:30 | Opening remarks |",
        "| 10:30 - 11:00 | Deep things |",
        header="| Time | Title |",
    )
    items = read_page(page).program.items
    assert [(i.session, i.chair) for i in items] == [("SESSION 1", "Ann Lee")] * 2


def test_talks_that_give_only_their_speakers() -> None:
    page = _table(
        "| 9:30 - 10:00 | Registration |",
        "| 10:00 - 10:30 | Gianluca Levi |",
        "| 10:30 - 11:00 | Coffee break ☕️ |",
        "| 11:00 - 11:30 | Emil Östberg |",
        header="| Time | Event |",
    )
    reading = read_page(page)
    items = reading.program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Registration", []),
        ("Gianluca Levi", ["Gianluca Levi"]),
        ("Coffee break", []),
        ("Emil Östberg", ["Emil Östberg"]),
    ]
    assert any("give only their speakers" in w.message for w in reading.warnings)


def test_talks_that_give_only_their_speakers_and_where_they_work() -> None:
    page = _table(
        "| 9:30 - 10:00 | Registration |",
        "| 10:00 - 10:30 | [Gianluca Levi](https://ex.org/gl), Example College London |",
        "| 10:30 - 11:00 | Coffee break |",
        "| 11:00 - 11:30 | Emil Östberg,  Quarry |",
        header="| Time | Event |",
    )
    items = read_page(page).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Registration", []),
        ("Gianluca Levi", [("Gianluca Levi", "Example College London")]),
        ("Coffee break", []),
        ("Emil Östberg", [("Emil Östberg", "Quarry")]),
    ]


def test_talks_that_give_only_their_speakers_with_marks_dittos_and_an_end() -> None:
    """A student's mark after a name ("(s)"), a ditto under a talk and the row that ends
    the meeting had kept the other talks from reading as talks by the names they give,
    and the mark had been read as where the person works."""
    page = _table(
        "| 10:00 | [Ann Lee](people/ann-lee.md) |",
        '| 10:15 | " " |',
        "| 10:30 | [Bo Ray](people/bo-ray.md) (s) |",
        "| 10:45 | Coffee |",
        "| 11:15 | Cy Dunn (s) |",
        "| 11:30 | End of Conference |",
        header="| Time | Event |",
    )
    items = read_page(page).program.items
    assert [
        (i.start.strftime("%H:%M"), i.title, [(p.name, p.affiliation) for p in i.people])
        for i in items
    ] == [
        ("10:00", "Ann Lee", [("Ann Lee", None)]),
        ("10:30", "Bo Ray", [("Bo Ray", None)]),
        ("10:45", "Coffee", []),
        ("11:15", "Cy Dunn", [("Cy Dunn", None)]),
    ]
    assert items[0].end.strftime("%H:%M") == "10:30"


def test_a_mark_of_one_letter_after_a_linked_name_is_no_affiliation() -> None:
    """In a grid of days as columns, "[Bo Ray](url) (s)" had given Bo Ray the
    affiliation "s", read from the grid's cell as if from a list of speakers."""
    page = (
        "# Exoplanet Days\n\nThursday, November 7, 2024 and Friday, November 8, 2024. "
        "All times are Australia/Brisbane.\n\n"
        "| Schedule | Thursday | Friday |\n| --- | --- | --- |\n"
        "| 10:00 | [Ann Lee](people/ann-lee.md) | [Di Moss](people/di-moss.md) (s) |\n"
        "| 10:15 | [Bo Ray](people/bo-ray.md) (s) | Eve Hart |\n"
        "| 10:30 | End | End |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Ann Lee", [("Ann Lee", None)]),
        ("Bo Ray", [("Bo Ray", None)]),
        ("Di Moss", [("Di Moss", None)]),
        ("Eve Hart", [("Eve Hart", None)]),
    ]


def test_a_title_that_reads_like_a_name_among_titles_stays_a_title() -> None:
    page = _table(
        "| 10:00 - 10:30 | Quantum Chemistry |",
        "| 10:30 - 11:00 | Graph networks for molecules |",
        header="| Time | Event |",
    )
    items = read_page(page).program.items
    assert [(i.title, i.people) for i in items] == [
        ("Quantum Chemistry", ()),
        ("Graph networks for molecules", ()),
    ]


def test_a_table_without_header_keeps_every_column() -> None:
    page = HEAD + (
        "|---|---|---|---|\n"
        "| 17:30 - 18:00 | Sam Rivera | LLVM passes for beginners | Room 2 |\n"
        "| 18:00 - 18:30 | Jamie Chen | Profiling guided inlining | Room 3 |\n"
    )
    reading = read_page(page)
    items = reading.program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("LLVM passes for beginners", ["Sam Rivera"]),
        ("Profiling guided inlining", ["Jamie Chen"]),
    ]
    assert items[0].extra == (("column 4", "Room 2"),)


def test_two_rows_at_the_same_time_are_two_tracks_not_a_session() -> None:
    page = HEAD + (
        "- 10:00 - 10:30 Opening\n"
        "- 10:30 - 12:00 Session 4a\n"
        "- 10:30 - 12:00 Session 4b\n"
        "- 12:00 - 13:00 Lunch\n"
    )
    items = read_page(page).program.items
    assert [(i.title, f"{i.start:%H:%M}", i.session) for i in items] == [
        ("Opening", "10:00", None),
        ("Session 4a", "10:30", None),
        ("Session 4b", "10:30", None),
        ("Lunch", "12:00", None),
    ]


def test_a_lone_timed_line_of_a_program_written_in_lines_is_not_passed_over() -> None:
    page = HEAD + (
        "- 10:00 - 10:30 Opening\n"
        "- 10:30 - 11:00 Keynote\n"
        "\n"
        "Some words about the afternoon, which go on for a while and say nothing of time.\n"
        "More words.\n\nAnd more.\n\nAnd more.\n\nAnd more.\n\nAnd more.\n\n"
        "- 14:00 - 15:00 Panel\n"
    )
    titles = [item.title for item in read_page(page).program.items]
    assert titles == ["Opening", "Keynote", "Panel"]


def test_the_days_of_the_event_are_no_time() -> None:
    page = "# School\n\nUniversity of Sheffield\n 10 - 12 June 2013\n\n(all times BST)\n\n" + (
        "## Monday 10 June\n\n- 9:00-10:30 Introduction\n- 11:00-12:30 Kernels\n"
    )
    items = read_page(page).program.items
    assert [(i.start.hour, i.title) for i in items] == [(9, "Introduction"), (11, "Kernels")]


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        (
            "The workshop will take place on **October 3rd** 2023 @ICCV2023 in Paris.",
            "Europe/Paris",
        ),
        (
            "A half day event on Monday, October 14, co-located with IEEE VIS 2024 in Tampa, "
            "Florida, USA.",
            "America/New_York",
        ),
    ],
)
def test_where_a_sentence_says_the_event_is_held(sentence: str, zone: str) -> None:
    page = f"# Workshop\n\nMonday, October 14, 2024\n\n{sentence}\n\n" + (
        "| Time | Title |\n|---|---|\n| 10:00 | Opening |\n| 11:00 | End |\n"
    )
    reading = read_page(page)
    assert reading.program.timezone == zone
    assert any(zone in w.message for w in reading.warnings)


def test_a_deadline_sentence_names_no_place_of_the_event() -> None:
    page = "# Workshop\n\nMonday, October 14, 2024\n\nSubmissions are due in Paris time.\n\n" + (
        "| Time | Title |\n|---|---|\n| 10:00 | Opening |\n| 11:00 | End |\n"
    )
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)


@pytest.mark.parametrize(
    ("line", "title", "people"),
    [
        ("- 14:00 - 14:30, Opening remarks", "Opening remarks", []),
        (
            "- 14:00 - 14:30, [Keynote Talk](https://k.example/) (Ann Lee, NVIDIA)",
            "Keynote Talk",
            [("Ann Lee", "NVIDIA")],
        ),
        (
            "- 14:00 - 14:30, Paper 198: Fast LU on GPUs (Bo Ray, ORNL)",
            "Fast LU on GPUs",
            [("Bo Ray", "ORNL")],
        ),
        (
            "- 14:00 - 14:30 Welcome and logistics, Ann Lee and Bo Ray.",
            "Welcome and logistics",
            [("Ann Lee", None), ("Bo Ray", None)],
        ),
        # One name after a comma may be a place: left alone.
        ("- 14:00 - 14:30 Lunch, Main Hall", "Lunch, Main Hall", []),
        (
            "- 14:00 - 14:30 **Keynote Talk**: Ann Lee (Harvard), "
            "[Planning for good](https://t.example/) \\\n"
            "  Host: Bo Ray",
            "Planning for good",
            [("Ann Lee", "Harvard"), ("Bo Ray", None)],
        ),
    ],
)
def test_a_line_that_writes_title_and_speakers_together(
    line: str, title: str, people: list[tuple[str, str | None]]
) -> None:
    page = HEAD + line + "\n- 14:30 - 15:00 Break\n"
    item = read_page(page).program.items[0]
    assert (item.title, [(p.name, p.affiliation) for p in item.people]) == (title, people)


def test_the_days_hours_on_a_line_of_their_own_say_am_or_pm() -> None:
    page = (
        "# Workshop\n\n:spiral_calendar: September 12, 2019\n:clock8: 01:00pm - 05:00pm\n"
        ":round_pushpin: Boston, MA\n\n"
        "| Time | Activity |\n|---|---|\n"
        "| 01:00 - 01:50 | Session 1 |\n| 01:50 - 02:00 | *Break* :coffee: |\n"
        "| 02:00 - 05:00 | Session 2 |\n"
    )
    items = read_page(page).program.items
    assert [(i.start.hour, i.title) for i in items] == [
        (13, "Session 1"),
        (13, "Break"),
        (14, "Session 2"),
    ]


def test_start_only_lines_under_a_timed_session_heading() -> None:
    page = (
        "# Workshop\n\nThe workshop is on Monday, October 14, co-located with VIS 2024 in "
        "Tampa, Florida.\n\n"
        "### 8:30 - 9:45 AM: Session 1\n\n"
        "- **8:30:** Opening\n"
        "- **8:35:** First Keynote: [Seeing early](#ann-lee)  \n"
        "_Ann Lee, Université Paris-Sorbonne, FR_\n"
        "- **9:35:** Q&A\n"
    )
    reading = read_page(page)
    items = reading.program.items
    assert reading.program.date.isoformat() == "2024-10-14"
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("08:30", "09:45", "Session 1"),
        ("08:30", "08:35", "Opening"),
        ("08:35", "09:35", "Seeing early"),
        ("09:35", "09:45", "Q&A"),
    ]
    assert [(p.name, p.affiliation) for p in items[2].people] == [
        ("Ann Lee", "Université Paris-Sorbonne, FR")
    ]


def test_the_same_name_on_both_sides_of_in_conjunction_with() -> None:
    """Found by the writer's round trip: the link belongs where it is written."""
    page = (
        "# A\n\n**A** is in conjunction with **[A](https://a.example.org/)**\n\n"
        "Saturday, January 1, 2000 (all times EST)\n\n"
        "| Time | Title |\n|---|---|\n| 08:00 - 08:05 | Talk |\n"
    )
    program = read_page(page).program
    assert program.home_page is None
    assert program.conference is not None
    assert program.conference.url == "https://a.example.org/"


def test_twelve_am_between_morning_and_afternoon_is_noon() -> None:
    page = _table(
        "| **11:30 am** | Technology talk |",
        "| **12:00 am** | Lunch |",
        "| **1:00 pm** | Using the cluster |",
        "| **4:30 pm** | Zoom session ends |",
        header="| Time | Title |",
    )
    reading = read_page(page)
    items = reading.program.items
    assert [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in items] == [
        ("11:30", "12:00", "Technology talk"),
        ("12:00", "13:00", "Lunch"),
        ("13:00", "16:30", "Using the cluster"),
    ]
    assert any("noon" in w.message for w in reading.warnings)


def test_twelve_am_first_thing_stays_midnight() -> None:
    page = _table("| 12:00 am - 1:00 am | Night owls |", header="| Time | Title |")
    assert read_page(page).program.items[0].start.hour == 0


def test_an_affiliation_of_two_organisations_and_a_country_is_one() -> None:
    page = HEAD + (
        "- 10:15 - 10:35 Introducing the book  \n"
        "_Jean-Paul Marin, Inria & Université Côte Ouest, FR_\n"
        "- 10:35 - 11:00 Break\n"
    )
    people = read_page(page).program.items[0].people
    assert [(p.name, p.affiliation) for p in people] == [
        ("Jean-Paul Marin", "Inria & Université Côte Ouest, FR")
    ]


@pytest.mark.parametrize(
    ("cell", "title", "extra"),
    [
        ("Group dinner for all students (TBD)", "Group dinner for all students", ("Note", "TBD")),
        ("STEM machine learning (remote presentation)", "STEM machine learning", None),
        (
            "Social and tutorial forum, bridge program.",
            "Social and tutorial forum, bridge program",
            None,
        ),
        ("Results of Smith et al.", "Results of Smith et al.", None),
        ("Optimizers for FP8.", "Optimizers for FP8", None),
    ],
)
def test_what_a_title_says_after_itself(
    cell: str, title: str, extra: tuple[str, str] | None
) -> None:
    item = read_page(
        _table(f"| 10:00 - 11:00 | {cell} |", header="| Time | Title |")
    ).program.items[0]
    assert item.title == title
    if extra is not None:
        assert extra in item.extra


def test_a_workshop_and_its_conference_may_share_a_name_and_an_address() -> None:
    """Found by the writer's round trip: both links point to one address, each its side's."""
    page = (
        "# A\n\n**[A](https://0.example.org/0)** is in conjunction with "
        "**[A](https://0.example.org/0)**\n\nSaturday, January 1, 2000 (all times EST)\n\n"
        "| Time | Title |\n|---|---|\n| 08:00 - 08:05 | Talk |\n"
    )
    program = read_page(page).program
    assert (program.short_name, program.home_page) == ("A", "https://0.example.org/0")
    assert program.conference == Conference(name="A", url="https://0.example.org/0")


def test_a_dash_for_an_empty_title_and_the_day_end_in_the_speaker_column() -> None:
    """ "| 10:30 | Coffee Break | - |" under Speaker | Title: the dash says the title cell is
    empty, so the row is the break; "| 15:50 | End of Day | - |" is the day's end, no
    person's talk (it was an item with no end, named by a person 'End of Day')."""
    page = (
        "# Shop\n\n## Tuesday, August 19, 2025 (US Central time)\n\n"
        "|Time |Speaker |Title |\n|---|---|---|\n|9:00 |Phil Chang |Welcome! |\n"
        "|10:30 |Coffee Break |- |\n|11:00 |Blake Keith |Dark Matter |\n"
        "|15:50 |End of Day |- |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people], f"{i.end:%H:%M}") for i in items] == [
        ("Welcome!", ["Phil Chang"], "10:30"),
        ("Coffee Break", [], "11:00"),
        ("Dark Matter", ["Blake Keith"], "15:50"),
    ]


@pytest.mark.parametrize(
    ("cell", "title", "kind"),
    [
        ("Session: Hacky Hour", "Hacky Hour", "session"),
        ("Workshop: Building a Website", "Building a Website", "activity"),
        ("Activity: Movie Night", "Movie Night", "activity"),
        ("Session 2: Hacky Hour", "Session 2: Hacky Hour", "session"),
    ],
)
def test_an_event_label_before_a_title_gives_the_kind(cell: str, title: str, kind: str) -> None:
    page = (
        "# Hack\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Event |\n|---|---|\n"
        f"| 17:00 - 18:00 | {cell} |\n"
    )
    (item,) = read_page(page).program.items
    assert (item.title, item.kind.value) == (title, kind)


@pytest.mark.parametrize(
    ("time", "note"),
    [("5:45 – 6:30 PM *(Optional)*", "Optional"), ("9:00 [tentative]", "tentative")],
)
def test_a_note_in_brackets_after_a_row_s_time_is_kept_beside_the_item(
    time: str, note: str
) -> None:
    """ "5:45 – 6:30 PM *(Optional)*": words in brackets say something of the item; words
    without them ("11:00 - 11:30 tbc") stay an error, and so does a bracket with a number."""
    page = (
        "# Hack Day\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Activity |\n|---|---|\n"
        f"| {time} | Dinner |\n| 8:00 PM | End |\n"
    )
    (item,) = read_page(page).program.items
    assert (item.title, dict(item.extra)) == ("Dinner", {"Note": note})
    with pytest.raises(PageError, match="could not read"):
        read_page(page.replace(time, "5:45 – 6:30 PM (room 3)"))


@pytest.mark.parametrize(
    "last", ["Departure", "End (No formal dinner, but meetups encouraged)", "Adjourn (see you!)"]
)
def test_the_day_s_end_written_as_departure_or_with_a_note(last: str) -> None:
    page = (
        "# Retreat\n\nMonday, May 3, 2021 (times in CEST)\n\n| Time | Title |\n|---|---|\n"
        f"| 11:00 | Wrap-up talk |\n| 13:00 | {last} |\n"
    )
    (item,) = read_page(page).program.items
    assert (item.title, f"{item.end:%H:%M}") == ("Wrap-up talk", "13:00")
