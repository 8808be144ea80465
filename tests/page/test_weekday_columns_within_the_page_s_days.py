"""A timetable's weekday columns fall within the days the page gives, and a range of days
is read in the page's language (from blind page BD/02).

"L'atelier ... s'est tenu à Beg Meil du 27 au 31 août 2018" over a timetable of "Lundi |
Mardi | ... | Vendredi" columns had been read as the single date "31 août 2018", a
Friday, and the Monday column as the Monday after it: the whole week a week late, with no
warning.  Each test fails on the reader before these rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page
from fastpath_ical.model import ItemKind

GRID = (
    "\n\n| Horaire | {first} | {second} |\n|:--|:--|:--|\n"
    "| 8h30-9h30 | Cours A | Cours B |\n| 9h30-10h30 | Cours C | Cours D |\n"
)


def _days(sentence: str, first: str = "Monday", second: str = "Tuesday") -> list[dt.date]:
    page = f"# Atelier\n\n{sentence}" + GRID.format(first=first, second=second)
    program = read_page(page, timezone="Europe/Paris").program
    return sorted({item.start.date() for item in program.items})


@pytest.mark.parametrize(
    "sentence",
    [
        "L'atelier s'est tenu à Beg Meil du 27 au 31 août 2018.",
        "L'atelier a lieu du lundi 27 au vendredi 31 août 2018.",
        "Die Schule findet vom 27. bis 31. August 2018 statt.",
        "El taller será del 27 al 31 de agosto de 2018.",
        "Il corso si terrà dal 27 al 31 agosto 2018.",
        "The school runs from 27 to 31 August 2018.",
    ],
)
def test_a_range_of_days_in_the_page_s_language(sentence: str) -> None:
    assert _days(sentence, "Lundi", "Mardi") == [dt.date(2018, 8, 27), dt.date(2018, 8, 28)]


def test_a_weekday_column_after_the_page_s_only_date_is_refused() -> None:
    # 31 August 2018 is a Friday: the Monday column is no day the page gives.
    with pytest.raises(PageError, match="'Monday' would be Monday, September 3") as raised:
        _days("The school runs 31 August 2018.")
    assert raised.value.line == 5


def test_a_weekday_column_after_the_page_s_range_is_refused() -> None:
    with pytest.raises(PageError, match="no day of the program"):
        _days("The school runs August 28-31, 2018.")


def test_weekday_columns_from_the_page_s_one_date_or_within_its_range() -> None:
    week = [dt.date(2018, 8, 27), dt.date(2018, 8, 28)]
    assert _days("The school runs 27 August 2018.") == week
    assert _days("The school runs August 27-31, 2018.") == week
    # A range may begin on the day of arrival, the Monday column the day after.
    assert _days("The school runs August 26-31, 2018.") == week


@pytest.mark.parametrize("word", ["Repas", "Dîner", "Pranzo", "Comida", "Abendessen"])
def test_meals_in_other_languages_are_breaks(word: str) -> None:
    page = (
        "# Atelier\n\nLe 27 août 2018.\n\n| Horaire | Titre |\n|---|---|\n"
        f"| 9h00-12h00 | Cours |\n| 12h00-13h00 | {word} |\n| 13h00-15h00 | Cours |\n"
    )
    program = read_page(page, timezone="Europe/Paris").program
    assert [item.kind for item in program.items] == [ItemKind.TALK, ItemKind.BREAK, ItemKind.TALK]
