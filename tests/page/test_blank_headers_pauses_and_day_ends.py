"""More shapes of the blind sets BQ-BT: a table whose header row is empty cells, a
break named in another language, a time given as "about" after it ("12:00-ish"), and
a day's end followed by an event that has an end of its own.

Each test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import ItemKind, read_page

HEAD = "# Journée d'étude\n\nMercredi 29 novembre 2023, Strasbourg, France\n\n"


def test_a_header_row_of_empty_cells_names_no_column() -> None:
    page = HEAD + (
        "| | | |\n|---|---|---|\n"
        "| 14:00 - 14:10 | &nbsp; | **Introduction**|\n"
        "| 14:10 - 14:40 | &nbsp; | **Choix des sources**<br>Ann Lee (Université Exemple) |\n"
    )
    reading = read_page(page)
    assert [(i.title, [p.name for p in i.people]) for i in reading.program.items] == [
        ("Introduction", []),
        ("Choix des sources", ["Ann Lee"]),
    ]
    assert any("read column 1 as the time" in w.message for w in reading.warnings)


@pytest.mark.parametrize("word", ["Pause", "*Pause*", "Kaffeepause", "Pausa café", "Almuerzo"])
def test_an_untimed_break_in_another_language_fills_the_gap_and_says_so(word: str) -> None:
    page = HEAD + (
        "| Heure | Programme |\n|---|---|\n"
        "| 15:10 - 15:40 | Premier exposé |\n"
        f"| | {word} |\n"
        "| 16:10 - 16:40 | Second exposé |\n"
    )
    reading = read_page(page)
    items = reading.program.items
    assert [(i.start.time(), i.kind) for i in items] == [
        (dt.time(15, 10), ItemKind.TALK),
        (dt.time(15, 40), ItemKind.BREAK),
        (dt.time(16, 10), ItemKind.TALK),
    ]
    # No session named after the break: the talks after it are in none.
    assert items[2].session is None
    assert any(
        w.line == 8 and "has no time: read as the break 15:40 - 16:10" in w.message
        for w in reading.warnings
    )


def test_a_time_said_to_be_about_after_it_is_read_as_written_and_warned() -> None:
    page = HEAD + (
        "10:30 - Topic discussions\n\n~12:00-ish - Lunch\n\n1:00 pm - Topic discussions\n\n"
        "4:00 pm - End of workshop\n"
    )
    reading = read_page(page)
    assert [(i.start.time(), i.title) for i in reading.program.items] == [
        (dt.time(10, 30), "Topic discussions"),
        (dt.time(12, 0), "Lunch"),
        (dt.time(13, 0), "Topic discussions"),
    ]
    assert any("is a time given as about" in w.message for w in reading.warnings)


def test_a_days_end_followed_by_events_with_their_own_ends_is_no_item() -> None:
    page = HEAD + (
        "- 16:00 Wrap up and reflection\n- 16:30 Workshop ends\n"
        "- 16:30 - 17:30 Prepare posters for the reception\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in items] == [
        ("Wrap up and reflection", dt.time(16, 0), dt.time(16, 30)),
        ("Prepare posters for the reception", dt.time(16, 30), dt.time(17, 30)),
    ]


TUTORIAL = (
    "# Tutorial on Low-dimensional Models\n\n"
    "The tutorial will take place at **ICCV 2025**, on October 19th at the [Hawai'i Convention\n"
    "Center, Room 324](https://maps.example.org/324).\n\n"
    "<table>\n<thead>\n<tr>\n<th>Lecture</th>\n<th>Speaker</th>\n<th>Time</th>\n</tr>\n"
    "</thead>\n<tbody>\n<tr>\n"
    "<td>\nSparse Coding Revisited\n<br>\n"
    '<a class="abstract btn btn-sm" role="button">(Lecture Abstract)</a>\n<br>\n'
    '<div class="abstract hidden">\n<p>\nWe look at sparse codes. We ask why they work.\n</p>\n'
    "</div>\n</td>\n"
    '<td><a href="https://people.example.org/ann">Ann Lee</a></td>\n'
    "<td>9:00-10:00 am</td>\n</tr>\n<tr>\n"
    "<td>Session V: Panel Discussion (led by Bo Ray)</td>\n<td></td>\n<td>10:00-10:45 am</td>\n"
    "</tr>\n</tbody>\n</table>\n"
)


def test_a_venue_in_hawaii_a_sentence_s_year_and_a_hidden_abstract() -> None:
    reading = read_page(TUTORIAL)
    program = reading.program
    # "Hawai'i" is Hawaii; the sentence that says when the event takes place gives its year.
    assert str(program.timezone) == "Pacific/Honolulu"
    first, panel = program.items
    assert first.start.date() == dt.date(2025, 10, 19)
    assert any("the one year the page names" in w.message for w in reading.warnings)
    # "Lecture" is the title column (no misspelt "lecturer"); the hidden abstract and the
    # button that shows it are no words of the title.
    assert (first.title, [p.name for p in first.people]) == ("Sparse Coding Revisited", ["Ann Lee"])
    assert first.abstract is not None
    assert "sparse codes" in first.abstract
    # The part's number before a kind goes; who leads it, in brackets, is its person.
    assert (panel.title, panel.kind, [p.name for p in panel.people]) == (
        "Panel Discussion",
        ItemKind.PANEL,
        ["Bo Ray"],
    )


@pytest.mark.parametrize("words", ["Good Bye", "Home time", "Goodbye"])
def test_a_farewell_as_the_last_row_ends_the_day(words: str) -> None:
    page = HEAD + f"| Time | Session |\n|---|---|\n| 16:30 | Retro |\n| 17:15 | {words} |\n"
    items = read_page(page).program.items
    assert [(i.title, i.end.time()) for i in items] == [("Retro", dt.time(17, 15))]
