"""Month and weekday names in the languages workshop pages are written in.

Pages in German, French, Spanish, Portuguese, Italian, Dutch and Romanian write their
dates as "Samstag, 24. Juni 2025", "mardi 22 juin", "Lunes 20 de octubre", "9 de
novembro de 2019", "lunedì 3 giugno", "maandag 2 juni", "Vineri, 22 mai".  The reader's
date patterns take these names beside the English ones, and a name is turned into its number
here, never guessed: each word below names one month or one weekday in every
language listed (a word two languages use for different months would be left out).
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile

__all__ = [
    "FOREIGN_MONTHS",
    "FOREIGN_WEEKDAYS",
    "FOREIGN_WORDS",
    "MONTH_WORDS",
    "WEEKDAY_WORDS",
    "in_english",
    "month_number",
    "weekday_before",
    "weekday_number",
]

# fmt: off
#: Each month's names and abbreviations: German, French, Spanish, Portuguese, Italian, Dutch,
#: Romanian.
_MONTHS = (
    ("januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "januari",
     "ianuarie"),
    ("februar", "feber", "février", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio",
     "februari", "februarie"),
    ("märz", "mars", "marzo", "março", "maart", "mrt", "martie"),
    ("avril", "avr", "abril", "abr", "aprile", "aprilie"),
    ("mai", "mayo", "maio", "maggio", "mag", "mei"),
    ("juni", "juin", "junio", "junho", "giugno", "giu", "iunie"),
    ("juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "iulie"),
    ("août", "aout", "agosto", "augustus"),
    ("septembre", "septiembre", "setiembre", "setembro", "settembre", "septembrie"),
    ("oktober", "okt", "octobre", "octubre", "outubro", "ottobre", "ott", "octombrie"),
    ("novembre", "noviembre", "novembro", "noiembrie"),
    ("dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro", "dicembre",
     "decembrie"),
)

#: Each weekday's names, Monday first, in the same languages.
_WEEKDAYS = (
    ("montag", "lundi", "lunes", "segunda-feira", "segunda", "lunedì", "lunedi", "maandag",
     "luni"),
    ("dienstag", "mardi", "martes", "terça-feira", "terça", "terca-feira", "terca", "martedì",
     "martedi", "dinsdag", "marți", "marţi", "marti"),
    ("mittwoch", "mercredi", "miércoles", "miercoles", "quarta-feira", "quarta", "mercoledì",
     "mercoledi", "woensdag", "miercuri"),
    ("donnerstag", "jeudi", "jueves", "quinta-feira", "quinta", "giovedì", "giovedi",
     "donderdag", "joi"),
    ("freitag", "vendredi", "viernes", "sexta-feira", "sexta", "venerdì", "venerdi", "vrijdag",
     "vineri"),
    ("samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "zaterdag", "sâmbătă",
     "sâmbăta", "sambata"),
    ("sonntag", "dimanche", "domingo", "domenica", "zondag", "duminică", "duminica"),
)
# fmt: on

_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_ENGLISH_WEEKDAYS = (
    ("mon", "monday"),
    ("tue", "tues", "tuesday"),
    ("wed", "wednesday"),
    ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)
_FOREIGN_MONTH_OF = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
_MONTH_OF = {
    **{name[:3]: number for number, name in enumerate(_ENGLISH_MONTHS, 1)},
    "sept": 9,
    **{name: number for number, name in enumerate(_ENGLISH_MONTHS, 1)},
    **_FOREIGN_MONTH_OF,
}
_WEEKDAY_OF = {
    **{name: number for number, names in enumerate(_ENGLISH_WEEKDAYS) for name in names},
    **{name: number for number, names in enumerate(_WEEKDAYS) for name in names},
}


def _alternation(words: list[str]) -> str:
    """A pattern of ``words``, longest first (so that "juni" is not read as "jun")."""
    return "|".join(sorted(words, key=len, reverse=True))


#: The months' names other than English, as a pattern.
FOREIGN_MONTHS = _alternation([name for names in _MONTHS for name in names])
#: The weekdays' names other than English, as a pattern.
FOREIGN_WEEKDAYS = _alternation([name for names in _WEEKDAYS for name in names])
#: The names of both, as words (``fastpath_ical._patterns``): a text with none of them
#: is read by the date patterns without these names, which cost less to compile.
FOREIGN_WORDS = " ".join(
    [name for names in _MONTHS for name in names] + [name for names in _WEEKDAYS for name in names]
)


#: Words one of which every month's name above holds, English or not, as a pattern's
#: ``needs`` (``fastpath_ical._patterns``): a text with none of them names no month, and a
#: pattern that needs a month is not compiled to say so.  Made from the lists, so a
#: language added is in them too.
MONTH_WORDS = " ".join(
    [name[:3] for name in _ENGLISH_MONTHS] + [name for names in _MONTHS for name in names]
)
#: The same for the weekdays' names.
WEEKDAY_WORDS = " ".join(
    [names[0] for names in _ENGLISH_WEEKDAYS] + [name for names in _WEEKDAYS for name in names]
)


def month_number(word: str) -> int | None:
    """The month ``word`` names (1 for "January", "janvier", "Jan."), or ``None``."""
    return _MONTH_OF.get(word.strip(" .,").lower())


def weekday_number(word: str) -> int | None:
    """The weekday ``word`` names (0 for "Monday", "Mon.", "lundi"), or ``None``."""
    return _WEEKDAY_OF.get(word.strip(" .,").lower())


#: "Wed", "Thursday,": a weekday alone before a time cell's time ("Wed 1:00 - 1:15 pm").
_WEEKDAY_WORD = lazy_compile(r"\W*(?P<day>[^\W\d_]{2,12})\.?,?\s*")


def weekday_before(before: str) -> int | None:
    """The weekday written alone before a time cell's time (0 for "Mon"), or ``None``."""
    found = _WEEKDAY_WORD.fullmatch(before)
    return weekday_number(found["day"]) if found is not None else None


def _english(match: re.Match[str]) -> str:
    word = match.group(0)
    number = _FOREIGN_MONTH_OF.get(word.lower())
    if number is not None:
        return _ENGLISH_MONTHS[number - 1]
    return " " if word.lower() in ("de", "del") else word


def in_english(text: str) -> str:
    """``text`` with each month's name other than English written in English, and the
    "de" of "20 de octubre de 2025" left out, for a parser of English dates."""
    return re.sub(r"[^\W\d_]+", _english, text)
