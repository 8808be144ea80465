"""Dates, headers and times as German, French, Spanish, Portuguese, Italian, Dutch and
Romanian pages write them: "Samstag, 24. Juni 2025", "Lunes 20 de octubre", "Vineri, 22
mai", "| Zeit | Programmpunkt |",
"Ab 19:00", "14:30 Uhr"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import PageError, read_page

# The test's own month and weekday names (Monday first), not the reader's.
LANGUAGES = {
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "{weekday}, {day}. {month} {year}",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "{weekday} {day} {month} {year}",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "lunes martes miércoles jueves viernes sábado domingo",
        "{weekday} {day} de {month} de {year}",
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "{weekday}, {day} de {month} de {year}",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "{weekday} {day} {month} {year}",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "{weekday} {day} {month} {year}",
    ),
    "ro": (
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
        "noiembrie decembrie",
        "luni marți miercuri joi vineri sâmbătă duminică",
        "{weekday}, {day} {month} {year}",
    ),
}


def _written(language: str, day: dt.date) -> str:
    months, weekdays, form = LANGUAGES[language]
    return form.format(
        weekday=weekdays.split()[day.weekday()].capitalize(),
        day=day.day,
        month=months.split()[day.month - 1],
        year=day.year,
    )


def _page(date_line: str) -> str:
    return (
        f"# Atelier\n\n{date_line} (Europe/Berlin)\n\n| Zeit | Programmpunkt |\n|---|---|\n"
        "| 14:30 Uhr | Empfang |\n| 15:00 | Vortrag |\n| Ab 19:00 | Ausklang |\n"
        "| 20:00 | Ende |\n"
    )


@given(
    language=st.sampled_from(sorted(LANGUAGES)),
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
)
def test_a_date_line_in_each_language_gives_its_date(language: str, day: dt.date) -> None:
    items = read_page(_page(_written(language, day))).program.items
    assert {item.start.date() for item in items} == {day}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_weekday_that_is_not_the_dates_is_an_error_in_each_language(language: str) -> None:
    day = dt.date(2025, 6, 24)  # a Tuesday
    written = _written(language, day)
    wrong = written.replace(str(day.day), str(day.day + 1), 1)
    with pytest.raises(PageError, match="does not match 2025-06-25"):
        read_page(_page(wrong))


def test_german_headers_times_and_a_talk_with_its_label_and_speaker() -> None:
    page = _page("Donnerstag, 7. Mai 2026").replace(
        "| 15:00 | Vortrag |",
        '| 15:00 | Impulsvortrag "Offene Daten -- für alle" -- Prof. Dr.-Ing. Eva Lang |',
    )
    items = read_page(page).program.items
    assert [
        (f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, [p.name for p in i.people]) for i in items
    ] == [
        ("14:30-15:00", "Empfang", []),
        ("15:00-19:00", "Offene Daten -- für alle", ["Eva Lang"]),
        ("19:00-20:00", "Ausklang", []),
    ]


def test_a_day_heading_in_spanish_under_a_year() -> None:
    page = (
        "# Escuela 2025\n\n"
        "### Lunes 20 de octubre\n\n| Horario | Actividad | Ponente |\n|---|---|---|\n"
        "| 09:00 - 10:30 | Redes neuronales | Ana Ruiz |\n| 10:30 - 11:00 | Café | |\n"
    )
    items = read_page(page, timezone="America/Argentina/Buenos_Aires").program.items
    assert [(i.start.isoformat(), i.title) for i in items] == [
        ("2025-10-20T09:00:00-03:00", "Redes neuronales"),
        ("2025-10-20T10:30:00-03:00", "Café"),
    ]


def test_day_headings_in_romanian_under_a_date_range() -> None:
    # Each day had been read on the first date of the range, and its rows as the first
    # day's rows listed twice.
    page = (
        "# Program\n\n**22-23 mai 2026**\n\n## Vineri, 22 mai\n\n| Ora | Sesiune |\n|---|---|\n"
        "| 09:00-10:00 | Deschidere |\n| 13:00-14:00 | Prânz |\n\n## Sâmbătă, 23 mai\n\n"
        "| Ora | Sesiune |\n|---|---|\n| 13:00-14:00 | Prânz |\n"
    )
    items = read_page(page, timezone="Europe/Bucharest").program.items
    assert [(f"{i.start:%d %H:%M}", i.title) for i in items] == [
        ("22 09:00", "Deschidere"),
        ("22 13:00", "Prânz"),
        ("23 13:00", "Prânz"),
    ]


def test_question_headers_in_german_name_the_time_and_the_title() -> None:
    """BN/06, a blind page: `|Wann? | Was? |` had no Time column."""
    page = (
        "# Open Science Tag\n\nMontag, 11. Juni 2018, Berlin\n\n"
        "|Wann?  | Was? |\n|--- | --- |\n|12:00 | Vortrag |\n|13:30 | Café |\n|15:00 | Ende |\n"
    )
    items = read_page(page).program.items
    read = [(f"{i.start:%H:%M}", i.title) for i in items]
    assert read == [("12:00", "Vortrag"), ("13:30", "Café")]
