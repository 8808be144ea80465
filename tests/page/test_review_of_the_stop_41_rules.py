"""Pages written to the edges of this round's rules (the review of stop 41): each had been
read right, or refused, before the rules, and one of them had read it wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page


def test_day_columns_are_no_rooms() -> None:
    """ "| Hora | Dia 1 | Dia 2 |": days, never rooms by their numbers."""
    page = """# Encontro

| Hora | Dia 1 | Dia 2 |
|---|---|---|
| 09:00 - 10:30 | Minicurso I | Minicurso II |
| 10:30 - 12:00 | Palestra | Mesa redonda |
"""
    reading = read_page(page, timezone="America/Sao_Paulo", date=dt.date(2025, 11, 4))
    assert {item.start.date() for item in reading.program.items} == {dt.date(2025, 11, 4)}


def test_a_date_given_that_the_pages_days_hold_is_read_without_a_word() -> None:
    page = """# Workshop on Robust ML

The workshop was first held on July 23, 2023 in Vienna.

## Friday, July 26, 2024

| Time | Title |
|---|---|
| 09:00 - 10:00 | Opening |
| 10:00 - 11:00 | Closing |
"""
    reading = read_page(page, timezone="Europe/Vienna", date=dt.date(2024, 7, 26))
    assert {item.start.date() for item in reading.program.items} == {dt.date(2024, 7, 26)}


def test_a_line_that_dates_the_page_dates_no_program() -> None:
    page = """# Workshop on Causal ML

Last updated on May 2, 2024.

All times are Eastern Time.

| Time | Title |
|---|---|
| 09:00 - 09:10 | Opening |
| 09:10 - 10:00 | Keynote |
"""
    with pytest.raises(PageError, match="no date found"):
        read_page(page)


@pytest.mark.parametrize(
    "line",
    ["| | **Oral Presentations** - Bo Ray |", "| | **Spotlight talks** -- Chair: Bo Ray |"],
)
def test_a_sessions_header_under_a_talk_is_no_talk_of_its_slot(line: str) -> None:
    page = f"""# Workshop

June 16, 2025. All times BST.

| Time | Title |
|---|---|
| 09:00 - 10:00 | **Keynote: Deep things** - Ann Lee |
{line}
| 10:00 - 10:30 | Talk one |
"""
    keynote, _ = read_page(page).program.items
    assert keynote.papers == ()


def test_a_note_in_a_speakers_heading_is_no_place_of_work() -> None:
    page = """# Workshop

May 20, 2024. All times are Pacific Time.

| Time | Title | Speaker |
|---|---|---|
| 09:45 - 10:30 | Auditing models | Bo Ray |
| 10:30 - 11:00 | Closing | |

### Bo Ray (Keynote): Auditing models

### Bo Ray (she/her): Auditing models
"""
    talk, _ = read_page(page).program.items
    assert [(p.name, p.affiliation) for p in talk.people] == [("Bo Ray", None)]


@pytest.mark.parametrize("word", ["Dia", "Día", "Tag", "Jour", "Giorno", "Day"])
def test_a_numbered_day_in_other_languages_counts_from_the_first(word: str) -> None:
    """ "### Dia 2" (BJ/02, measured blind) had been read on the first day, its rows taken
    for the first day's listed twice."""
    page = f"""# Semana

## {word} 1

| Horário | |
|---|---|
| 9:00 - 10:30 | Palestra |

## {word} 2

| Horário | |
|---|---|
| 9:00 - 10:30 | Palestra |
"""
    reading = read_page(page, timezone="America/Sao_Paulo", date=dt.date(2025, 11, 5))
    assert [item.start.date() for item in reading.program.items] == [
        dt.date(2025, 11, 5),
        dt.date(2025, 11, 6),
    ]
