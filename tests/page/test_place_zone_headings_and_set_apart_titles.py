"""A heading holding only a place and its zone ("##### Vienna, CEST (UTC+2)"), a talk's
length in brackets after its speaker ("*Ann Lee* (40 min)") and a kind's label before a
title set apart that holds a dash itself (a page measured blind, BH/04, was refused for
want of a zone, then read with "40 min" as where a speaker works)."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError

PAGE = """## Example Fieldwork Workshop 2026 program
##### Graz, CEST (UTC+2)
##### August 3

**08:50 – 09:00** Welcome (10 min)

**09:00 – 09:40** Keynote 1: *Archives and Alliances in Fieldwork* – *Hedda Moravec* (40 min)

**09:40 – 10:00** Oral 1: *Searchable Recordings of Endangered Languages* (20 min)

**14:40 – 15:20** Keynote 2: *Joining Threads – Shared Data for Typology* – *Pavel Ruzicka* (40 min)

**15:20 – 15:40** Coffee break

**15:40 – 16:00** Oral 2: *Word Order From Translated Texts?* (20 min)

**16:00** The End
"""


def test_a_place_and_its_zone_on_a_line_of_their_own_state_the_zone() -> None:
    reading = read_page(PAGE, year=2026)
    first = reading.program.items[0]
    assert str(first.start.tzinfo) == "Europe/Vienna"
    assert first.start.isoformat() == "2026-08-03T08:50:00+02:00"


def test_a_place_with_a_zone_its_clocks_do_not_keep_states_nothing() -> None:
    # "New Haven, CT", "Porto, PT": a state's or a country's code, no zone of the town's.
    page = PAGE.replace("Graz, CEST (UTC+2)", "Graz, EDT")
    with pytest.raises(PageError, match="no time zone"):
        read_page(page, year=2026)


def test_a_place_alone_with_other_words_is_no_statement() -> None:
    page = PAGE.replace("##### Graz, CEST (UTC+2)", "##### Graz, CEST (UTC+2) and online")
    with pytest.raises(PageError, match="no time zone"):
        read_page(page, year=2026)


def test_a_length_in_brackets_after_a_speaker_is_no_affiliation() -> None:
    items = read_page(PAGE, year=2026, timezone="Europe/Vienna").program.items
    assert [(p.name, p.affiliation) for p in items[1].people] == [("Hedda Moravec", None)]
    assert items[1].title == "Archives and Alliances in Fieldwork"


def test_a_dash_inside_a_title_set_apart_after_a_label_cuts_nothing() -> None:
    keynote = read_page(PAGE, year=2026, timezone="Europe/Vienna").program.items[3]
    assert keynote.title == "Joining Threads – Shared Data for Typology"
    assert [p.name for p in keynote.people] == ["Pavel Ruzicka"]
    assert keynote.kind.value == "keynote"


MUNICIPAL = """# Encuentro de Ejemplo 2026

El encuentro se realizará el **sábado 17 de octubre de 2026**.

| Hora | Actividad |
| --- | --- |
| **9:00 – 9:15** | Apertura |
| **9:15 – 10:00** | Charla inicial |

<div class="footer">
  <p><strong>📍 Ubicación:</strong> Centro Cultural · Municipalidad de Pergamino</p>
</div>
"""


def test_a_towns_council_names_the_town_and_its_zone_with_a_warning() -> None:
    reading = read_page(MUNICIPAL)
    first = reading.program.items[0]
    assert str(first.start.tzinfo) == "America/Argentina/Buenos_Aires"
    assert first.start.isoformat() == "2026-10-17T09:00:00-03:00"
    assert any("America/Argentina/Buenos_Aires" in str(w) for w in reading.warnings)


def test_a_council_word_before_no_known_town_gives_no_zone() -> None:
    page = MUNICIPAL.replace("Municipalidad de Pergamino", "Municipalidad de Qxzwotl")
    with pytest.raises(PageError, match="no time zone"):
        read_page(page)
