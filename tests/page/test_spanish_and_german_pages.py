"""Pages written in Spanish or German: the zone said in their words, their column names,
"y" between two given names, a note that a talk comes as a video, "Todos"."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page

HACKATHON = """# Hackatón de datos marinos - TUTORIALES
(Las horas incluidas en el programa son en horario de Guatemala, UTC-6)

## Lunes 27 de febrero de 2023

| Hora |\tCharla |\tPresentador/a |
| ------------- |-------- | ------------- |
|08:00-08:15|\tBienvenida|\tPaloma|
|08:15-09:00|\tDatos abiertos|\tRodrigo (vídeo)|
|09:00-09:30|\tProyectos y grupos|Paloma y Rodrigo\t|
|09:30-10:00|\tTrabajo en grupo|\tTodos|
"""


def test_a_spanish_page_reads_its_zone_columns_and_people() -> None:
    reading = read_page(HACKATHON)
    assert reading.program.timezone == "America/Guatemala"
    items = reading.program.items
    assert items[0].start.isoformat() == "2023-02-27T08:00:00-06:00"
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items] == [
        ("Bienvenida", [("Paloma", None)]),
        ("Datos abiertos", [("Rodrigo", None)]),
        ("Proyectos y grupos", [("Paloma", None), ("Rodrigo", None)]),
        ("Trabajo en grupo", []),
    ]


def test_a_double_surname_joined_by_y_stays_one_person() -> None:
    page = HACKATHON.replace("Paloma y Rodrigo", "José Ortega y Gasset")
    people = read_page(page).program.items[2].people
    assert [p.name for p in people] == ["José Ortega y Gasset"]


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("(Horario de Guatemala)", "America/Guatemala"),
        ("Les heures sont en heure de Paris.", "Europe/Paris"),
        ("Alle Uhrzeiten in MEZ.", "Europe/Berlin"),
    ],
)
def test_a_zone_said_in_another_language(said: str, zone: str) -> None:
    page = HACKATHON.replace(
        "(Las horas incluidas en el programa son en horario de Guatemala, UTC-6)", said
    )
    assert read_page(page).program.timezone == zone
