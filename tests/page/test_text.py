"""Text repair: mojibake in general, invisible characters, typography kept."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fastpath_ical.text import clean_text, repair_mojibake


@pytest.mark.parametrize(
    "name", ["Christian Kästner", "José Núñez", "Łukasz Wróbel", "Ærøskøbing", "Dvořák", "Ångström"]
)
def test_mojibake_of_any_latin_name_is_repaired(name: str) -> None:
    assert name == repair_mojibake(_misread(name))


def _misread(text: str) -> str:
    """UTF-8 shown as cp1252, with the five bytes cp1252 leaves undefined shown as latin-1."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
        for byte in text.encode("utf-8")
    )


@given(st.text(st.characters(categories=("Lu", "Ll")), max_size=20))
def test_mojibake_repair_undoes_one_misreading(text: str) -> None:
    """Text that reads as a misreading itself ("ÃŽ" is "Î" misread) is repaired on sight, so
    undoing one more misreading of it cannot tell how many layers there were."""
    assume(repair_mojibake(text) == text)
    assert text == repair_mojibake(_misread(text))


def test_invisible_characters_go_and_typography_stays() -> None:
    assert "“Data” — A Retrospective" == clean_text("\u200b“Data”\u00a0— A\x07 Retrospective\ufeff")


def test_repair_never_makes_a_control_character() -> None:
    """ "ÂŽ" would undo to U+008E, a control character: it is text as written."""
    assert "ÂŽ" == repair_mojibake("ÂŽ")
