"""Pages a review of the reader's newer rules wrote to break them: each rule stops short of
reading these wrongly (a refusal, or the reading the older rules gave)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Workshop on Things\n\nSaturday, June 14, 2025 (all times Europe/Berlin)\n\n"


def _items(body: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (i.title, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(HEAD + body).program.items
    ]


def test_a_speaker_line_then_a_title_under_a_time_alone_is_refused() -> None:
    body = (
        "**09:00 – 10:00**\n\nAnn Lee (MIT)\n\nKernel methods for graphs\n\n"
        "**10:00 – 11:00**\n\nBo Ray (ETH)\n\nMarkov chains in practice\n"
    )
    with pytest.raises(PageError, match="has a time but no title"):
        read_page(HEAD + body)


def test_a_bold_title_in_aligned_columns_is_no_speaker() -> None:
    body = (
        "- 09:00-10:00  **Gaussian Processes**     Ann Lee\n"
        "- 10:00-11:00  **Kernel Methods**     Bo Ray\n"
    )
    assert all(("Gaussian Processes", None) not in people for _, people in _items(body))


def test_two_capitals_and_a_word_after_a_name_are_its_company() -> None:
    body = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:00-10:00 | Imaging at scale | Ann Lee, GE Healthcare |\n"
        "| 10:00-11:00 | Risk models | Bo Ray, JP Morgan |\n"
    )
    assert [people for _, people in _items(body)] == [
        [("Ann Lee", "GE Healthcare")],
        [("Bo Ray", "JP Morgan")],
    ]


def test_a_topic_read_as_the_session_is_said() -> None:
    body = (
        "| Time | Title | Topic | Speaker |\n|---|---|---|---|\n"
        "| 09:00-10:00 | Keynote | Why graphs matter | Ann Lee |\n"
        "| 10:00-11:00 | Talk 1 | Kernel methods for proteins | Bo Ray |\n"
    )
    read = read_page(HEAD + body)
    assert [i.session for i in read.program.items] == [
        "Why graphs matter",
        "Kernel methods for proteins",
    ]
    assert any("as the session" in w.message for w in read.warnings)


def test_an_english_header_is_no_misspelt_foreign_one() -> None:
    body = (
        "| Time | Talk | Reference |\n|---|---|---|\n"
        "| 09:00-10:00 | Gradient methods | Bottou et al. 2018 |\n"
        "| 10:00-11:00 | Attention models | Vaswani et al. 2017 |\n"
    )
    read = read_page(HEAD + body)
    assert all(not i.people for i in read.program.items)
    assert any("unknown column 'Reference'" in w.message for w in read.warnings)


def test_a_place_after_a_bold_title_is_no_speaker() -> None:
    body = (
        "- 09:00-10:00 **Coffee and Registration** Main Foyer\n"
        "- 10:00-11:00 **Kernel methods** Ann Lee\n"
        "- 11:00-12:00 **Posters** Grand Hall\n"
    )
    read = read_page(HEAD + body)
    assert all(
        p.name not in ("Main Foyer", "Grand Hall") for i in read.program.items for p in i.people
    )
    assert read.program.items[0].kind.value == "break"


def test_a_last_farewell_with_no_end_is_refused_not_dropped() -> None:
    body = "| Time | Event |\n|---|---|\n| 13:00-15:00 | Wrap-up session |\n| 15:00 | Farewell |\n"
    with pytest.raises(PageError, match="'Farewell', the last item of the day"):
        read_page(HEAD + body)


def test_a_venue_naming_two_towns_of_two_zones_names_no_zone() -> None:
    page = (
        "# Workshop on Things\n\nSaturday, June 14, 2025\n\nVenue: Hotel Berlin-Tokyo\n\n"
        "| Time | Event |\n|---|---|\n| 09:00-10:00 | Talk |\n| 10:00-11:00 | Lunch |\n"
    )
    with pytest.raises(PageError, match="states no time zone"):
        read_page(page)


def test_languages_in_brackets_are_no_given_names() -> None:
    body = (
        "| Time | Event |\n|---|---|\n| 09:00-10:00 | Data frames (Julia) |\n"
        "| 10:00-11:00 | Plotting (Julia) |\n| 11:00-12:00 | Bayesian models (Stan) |\n"
    )
    assert [title for title, _ in _items(body)] == [
        "Data frames (Julia)",
        "Plotting (Julia)",
        "Bayesian models (Stan)",
    ]


def test_a_title_holding_three_names_without_commas_is_still_cut() -> None:
    body = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:00-10:00 | Ann Lee: Bo Ray and Cy Dee | Eve Kim |\n"
        "| 10:00-11:00 | Lunch | |\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(HEAD + body)
    assert caught.value.code == "cut"


# A second review, of the seventh round's rules (each page read wrongly by a first version).

TABLE = "| Time | Title |\n|---|---|\n"


def test_a_link_label_comes_off_only_where_it_stands_whole() -> None:
    body = TABLE + (
        "| 09:00-10:00 | Computational Biology at Scale – Ann Lee [Bio](#ann) |\n"
        "| 10:00-11:00 | The Devil in the Details – Bo Ray [Details](#bo) |\n"
    )
    assert [title for title, _ in _items(body)] == [
        "Computational Biology at Scale",
        "The Devil in the Details",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "ML @ Scale",
        "Recommendations @ Netflix",
        "Social @ 19:00",
        "Fine-tuning LLMs w/ Hugging Face",
    ],
)
def test_an_at_sign_or_w_slash_in_a_title_names_no_place_and_no_one(title: str) -> None:
    assert _items(TABLE + f"| 09:00-10:00 | {title} |\n") == [(title, [])]


def test_a_list_of_phrases_over_a_speaker_is_no_list_of_authors() -> None:
    body = TABLE + "| 09:00-10:00 | Monte Carlo, Markov Chains and Random Walks<br>Ann Lee |\n"
    with pytest.raises(PageError, match="holds people's names"):
        read_page(HEAD + body)


def test_talks_to_be_announced_get_no_one_from_a_table_of_talks() -> None:
    body = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:00-10:00 | TBA | |\n| 10:00-11:00 | Lightning talks | |\n\n"
        "## Last year\n\n| Title | Speaker |\n|---|---|\n| TBA | Ann Lee |\n"
        "| Lightning talks | Cy Dee |\n"
    )
    assert [people for _, people in _items(body)] == [[], []]


@pytest.mark.parametrize(
    "line",
    [
        "*Last updated 09/23/2025*",
        "Posted by Ann Lee on 08/21/2025",
        "Poster printing happens on July 17; the workshop is the day after.",
    ],
)
def test_a_page_date_or_a_chore_dates_no_program(line: str) -> None:
    page = (
        f"# Workshop on Things\n\n{line}\n\n(all times Europe/Berlin)\n\n"
        f"{TABLE}| 09:00-10:00 | Opening |\n"
    )
    with pytest.raises(PageError, match="no date"):
        read_page(page, year=2025)


def test_a_moderator_in_the_panelists_list_joins_no_one() -> None:
    body = (
        TABLE + "| 09:00-10:00 | Panel Discussion |\n\n## Panelists\n\n"
        "**Ann Lee**, MIT (moderator)\n\n**Bo Ray**, Stanford\n"
    )
    assert _items(body) == [("Panel Discussion", [])]


def test_a_format_spec_in_braces_stays_in_the_title() -> None:
    title = "Python format specs {:>10} and {:.2f}"
    assert _items(TABLE + f"| 09:00-10:00 | {title} |\n") == [(title, [])]


def test_the_zone_a_date_line_says_the_times_are_in_wins_over_a_place_before_it() -> None:
    """'... in Cambridge, UK. All times are Eastern Time (ET).': 'UK' is a zone's name
    too (tzdata's link to Europe/London), but only the second names the times' zone."""
    page = (
        "# Workshop on Things\n\nThe workshop will be held online on June 5, 2025, hosted by "
        "the Data Lab in Cambridge, UK. All times are Eastern Time (ET).\n\n"
        "| Time | Event |\n|---|---|\n| 09:00 | Opening |\n| 10:00 | Talk |\n| 17:00 | Close |\n"
    )
    start = read_page(page).program.items[0].start
    assert start.isoformat() == "2025-06-05T09:00:00-04:00"


# A second review, of the rules for rooms, unnamed columns, quoted titles, lists of
# papers and speakers' homepages.


@pytest.mark.parametrize("header", ["Sponsored by", "Chaired by", "Hosted by"])
def test_a_header_ending_in_by_names_no_speakers(header: str) -> None:
    body = (
        f"| Time | Session | {header} |\n|---|---|---|\n"
        "| 09:30 - 10:30 | Trees in winter | Bo Ray |\n| 10:30 - 11:00 | Coffee break | Acme |\n"
    )
    assert _items(body) == [("Trees in winter", []), ("Coffee break", [])]


def test_a_kind_label_before_a_numbered_part_still_names_its_speaker() -> None:
    body = (
        "| Time | Talk |\n|---|---|\n| 09:30 - 10:30 | Tutorial Part 1: Ann Lee |\n"
        "| 11:00 - 12:00 | Keynote Session 1: Bo Ray (MIT) |\n"
    )
    assert _items(body) == [
        ("Tutorial Part 1", [("Ann Lee", None)]),
        ("Keynote Session 1", [("Bo Ray", "MIT")]),
    ]


HEADERLESS = (
    "| 09:00 - 09:30 | Opening remarks | {a} |\n| 09:30 - 10:30 | Trees in winter | {b} |\n"
    "| 10:30 - 11:00 | Coffee break | {c} |\n| 11:00 - 11:30 | Proofs by machine | {d} |\n"
)


def test_a_room_no_header_names_is_no_speaker_however_name_like() -> None:
    body = HEADERLESS.format(
        a="Main Auditorium", b="Main Auditorium", c="Foyer", d="Main Auditorium"
    )
    assert _items(body) == [
        ("Opening remarks", []),
        ("Trees in winter", []),
        ("Coffee break", []),
        ("Proofs by machine", []),
    ]


def test_descriptions_no_header_names_are_kept_not_refused() -> None:
    body = HEADERLESS.format(
        a="Welcome from the chairs",
        b="How trees survive the cold",
        c="Time to talk",
        d="Machines check our proofs",
    )
    assert [title for title, _ in _items(body)][1] == "Trees in winter"


@pytest.mark.parametrize(
    ("above", "rooms"),
    [
        ("Poster session", ("Board 1", "Board 2")),  # a session's papers on boards
        ("Trees in winter", ("remote", "in person")),  # how each is given
        ("Trees in winter", ("Room 101 (and Zoom)", "Room 101")),  # the same room
    ],
)
def test_rows_under_another_place_word_are_no_parallel_items(
    above: str, rooms: tuple[str, str]
) -> None:
    body = (
        "| Time | Location | Title | Speaker |\n|---|---|---|---|\n"
        f"| 09:30 - 10:30 | Room 101 | {above} | |\n"
        f"| | {rooms[0]} | Proving things correct | Bo Ray |\n"
        f"| | {rooms[1]} | Checking models fast | Cy Dee |\n"
        "| 10:30 - 11:00 | Room 101 | Coffee break | |\n"
    )
    read = read_page(HEAD + body)
    assert [i.title for i in read.program.items] == [above, "Coffee break"]


@pytest.mark.parametrize(
    "title", ["Lunch (Upper Terrace, Faculty Club)", "Conference dinner (Palazzo Vecchio, Museum)"]
)
def test_a_place_in_brackets_after_a_meal_is_no_speaker(title: str) -> None:
    assert _items(f"| Time | Title |\n|---|---|\n| 12:30 - 14:00 | {title} |\n") == [(title, [])]


def test_a_list_of_recordings_by_speaker_gives_no_homepage() -> None:
    body = (
        "| Time | Title | Speaker |\n|---|---|---|\n| 09:30 - 10:30 | Trees in winter | Bo Ray |\n"
        "\n## Recordings\n\n- [Bo Ray](https://www.youtube.com/watch?v=abc123)\n"
    )
    assert read_page(HEAD + body).program.items[0].people[0].profile is None


@pytest.mark.parametrize(
    "cell", ['Movie Night - "Hidden Figures"', 'Film Screening: "Hidden Figures"']
)
def test_an_event_before_a_quoted_title_is_no_speaker(cell: str) -> None:
    assert _items(f"| Time | Program |\n|---|---|\n| 10:00 - 10:30 | {cell} |\n")[0][1] == []


def test_a_reading_list_gives_no_lecture_its_author() -> None:
    body = (
        "| Time | Title |\n|---|---|\n| 09:30 - 12:00 | Types and Programming Languages |\n"
        "\n## Reading\n\n- Benjamin C. Pierce, *Types and Programming Languages*\n"
    )
    assert _items(body) == [("Types and Programming Languages", [])]


def test_a_title_that_says_a_word_twice_alike_is_kept_whole() -> None:
    """'Coffee Break - Coffee break' is a label and its text; 'Data – Data' is a title."""
    assert _items("| Time | Title |\n|---|---|\n| 10:00 - 10:30 | Data – Data |\n") == [
        ("Data – Data", [])
    ]


# A third review, of the rules for durations, zones said below, speaker lines, chairs in
# brackets and timetables of days.


def test_a_duration_column_of_bare_numbers_is_no_number_of_minutes() -> None:
    body = (
        "| Time | Duration | Title |\n|---|---|---|\n| 09:00 | 1 | Opening session |\n"
        "| 10:00 | 2 | Tutorial |\n| 12:00 | | End |\n"
    )
    read = read_page(HEAD + body)
    assert [f"{i.end:%H:%M}" for i in read.program.items] == ["10:00", "12:00"]


def test_a_side_remark_shown_in_another_zone_states_no_zone() -> None:
    page = (
        "# Workshop on Learning 2024\n\nMonday, June 3, 2024 (all times CEST)\n\n"
        "The live stream will also be shown in PT for our US audience.\n\n"
        "| Time | Title |\n|---|---|\n| 09:00 - 10:00 | Keynote |\n"
    )
    assert read_page(page).program.items[0].start.utcoffset().total_seconds() == 7200


def test_a_link_in_brackets_after_a_name_that_is_material_stays_the_items() -> None:
    body = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:00 - 09:30 | Trees | Ann Lee ([slides](https://s.example/1)) |\n"
    )
    item = read_page(HEAD + body).program.items[0]
    assert [link.url for link in item.links] == ["https://s.example/1"]


@pytest.mark.parametrize(
    ("cell", "title"),
    [("*Social Event:* Boat Trip Lake Como Tour", "Social Event: Boat Trip Lake Como Tour")],
)
def test_an_events_label_in_italics_with_its_colon_is_no_speaker(cell: str, title: str) -> None:
    assert _items(f"| Time | Title |\n|---|---|\n| 18:00 - 20:00 | {cell} |\n") == [(title, [])]


def test_a_dash_in_a_day_column_of_start_times_is_no_silent_nothing() -> None:
    page = (
        "# Workshop on Learning 2024\n\nAll times are CEST.\n\n"
        "| Time | Monday, June 3, 2024 | Tuesday, June 4, 2024 |\n|---|---|---|\n"
        "| 09:00 | Keynote: Ann Lee | Keynote: Bo Ray |\n| 10:00 | Coffee | - |\n"
        "| 10:30 | Session 1 | Session 3 |\n| 12:00 | End | End |\n"
    )
    with pytest.raises(PageError):
        read_page(page)


def test_a_ditto_mark_in_a_day_column_is_the_item_above_going_on() -> None:
    """A ditto had been refused here; it says "the same as above", as a person reads it:
    Bo Ray's keynote runs on into the coffee break's slot of the other day (warned)."""
    page = (
        "# Workshop on Learning 2024\n\nAll times are CEST.\n\n"
        "| Time | Monday, June 3, 2024 | Tuesday, June 4, 2024 |\n|---|---|---|\n"
        '| 09:00 - 10:00 | Keynote: Ann Lee | Keynote: Bo Ray |\n| 10:00 - 10:30 | Coffee | " |\n'
    )
    reading = read_page(page)
    tuesday = reading.program.items[-1]
    assert (f"{tuesday.start:%d %H:%M}", f"{tuesday.end:%H:%M}") == ("04 09:00", "10:30")
    assert len(reading.program.items) == 3
    assert any("going on" in str(w) for w in reading.warnings)


@pytest.mark.parametrize(
    ("speakers", "people"),
    [
        (
            "Ann Lee<br>*Department of Electrical and Computer Engineering*",
            [("Ann Lee", "Department of Electrical and Computer Engineering")],
        ),
        (
            "Ann Lee<br>Korea Advanced Institute of Science and Technology",
            [("Ann Lee", "Korea Advanced Institute of Science and Technology")],
        ),
        ("Ann Lee and Bo Ray (in person)", [("Ann Lee", None), ("Bo Ray", None)]),
        ("Ann Lee and Bo Ray (both MIT)", [("Ann Lee", "MIT"), ("Bo Ray", "MIT")]),
    ],
)
def test_lines_and_brackets_of_a_speaker_cell(speakers: str, people: list) -> None:
    body = (
        f"| Time | Title | Speaker |\n|---|---|---|\n| 09:00 - 09:30 | Fast Trees | {speakers} |\n"
    )
    assert _items(body)[0][1] == people


@pytest.mark.parametrize(
    "title", ["Opening (Chair, Ann Lee)", "Closing Remarks (Chair Emeritus Bo Ray)"]
)
def test_a_bracket_that_says_chair_without_a_colon_names_no_chair(title: str) -> None:
    read = read_page(HEAD + f"| Time | Title |\n|---|---|\n| 09:00 - 09:30 | {title} |\n")
    assert (read.program.items[0].title, read.program.items[0].chair) == (title, None)


def test_a_label_by_a_name_over_a_list_of_names_runs_no_names_together() -> None:
    """The lines are not joined into one ("Ann Lee Bo Ray" had been one person)."""
    body = (
        "| Time | Title |\n|---|---|\n"
        "| 09:00 - 09:30 | **Invited Talk by Ann Lee**<br>Bo Ray and Cy Dee |\n"
    )
    item = read_page(HEAD + body).program.items[0]
    assert not any("Ann Lee Bo Ray" in p.name for p in item.people)
    assert "Bo Ray and Cy Dee" in (item.abstract or "") + item.title
