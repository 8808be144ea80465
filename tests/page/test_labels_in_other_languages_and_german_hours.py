"""Kind labels as pages in other languages and plural labels write them, and German hours.

- "Vortrag: Einführung in Linux" (a German Linux day, KB/03), "Conferencia magistral 1:",
  "Mesa redonda 2:" (a Spanish congress, KB/04), "Table ronde :": a kind's label, gone
  from the title as "Talk:" and "Keynote:" go; "Invited speakers 1-2:", "Opening Panel:"
  (KA/01, KA/02) too.
- "10 Uhr – Vortrag: ...": a full hour with the German o'clock is a time, as "10h" is; "10
  bis 12 Uhr" is a range.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.page._clock import parse_time_range
from fastpath_ical.page._kind_labels import kind_of_label


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Vortrag", "talk"),
        ("Charla", "talk"),
        ("Conferencia magistral 1", "keynote"),
        ("Hauptvortrag", "keynote"),
        ("Mesa redonda 2", "panel"),
        ("Table ronde", "panel"),
        ("Invited speakers 1-2", "invited"),
        ("Opening Panel", "panel"),
    ],
)
def test_labels_name_their_kind(label: str, kind: str) -> None:
    found = kind_of_label(label)
    assert found is not None
    assert found.value == kind


@pytest.mark.parametrize("words", ["Vortragsreihe", "Mesa", "Workshop/Vortrag"])
def test_other_words_are_no_labels(words: str) -> None:
    assert kind_of_label(words) is None


def test_a_german_list_of_full_hours() -> None:
    page = (
        "# Linux-Tag\n\nAm Samstag, 21. April 2018, in Magdeburg.\n\n"
        "- 10 Uhr – Vortrag: Einführung in Linux\n"
        "- 11 Uhr – Support-Slot\n"
        "- 12 bis 13 Uhr – Pause\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in items] == [
        ("Einführung in Linux", dt.time(10), dt.time(11)),
        ("Support-Slot", dt.time(11), dt.time(12)),
        ("Pause", dt.time(12), dt.time(13)),
    ]
    assert str(items[0].start.tzinfo) == "Europe/Berlin"


@pytest.mark.parametrize(
    ("text", "hours"),
    [("10 Uhr", (10, None)), ("10 bis 12 Uhr", (10, 12)), ("10:00 bis 12:00", (10, 12))],
)
def test_german_hours(text: str, hours: tuple[int, int | None]) -> None:
    found = parse_time_range(text)
    assert found is not None
    assert (found.start.hour, found.end.hour if found.end else None) == hours


@pytest.mark.parametrize("text", ["3 Uhren", "Uhr 10", "Kapitel 10 bis", "Zimmer 10"])
def test_numbers_that_are_no_hours(text: str) -> None:
    assert parse_time_range(text) is None
