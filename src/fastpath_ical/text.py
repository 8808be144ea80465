"""Text as pages really carry it: mojibake, invisible characters, odd spaces.

Pages are copied from word processors and through mis-configured servers.
The most common damage is UTF-8 read as Windows-1252 or Latin-1
("KÃ¤stner" for "Kästner"); it is repaired in general, by re-encoding a
suspicious run and decoding it as UTF-8, never by a table of known names.
A run is changed only when that round trip succeeds strictly, which real
accented text ("Kästner", "Zürich", "Łódź") never does.
"""

from __future__ import annotations

import re
import unicodedata

from ._patterns import lazy_compile

__all__ = ["clean_text", "repair_mojibake"]

# A non-ASCII run, with the ASCII letters glued to it, is the unit of repair.
_RUN = lazy_compile(r"[^\x00-\x7f]+")
# Characters that start a UTF-8 sequence once it is misread as cp1252/latin-1.
_LEADS = set("ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô")
_SPACES = lazy_compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Line and page breaks that are not Markdown line ends: a space, not nothing.
_BREAKS = lazy_compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _misread_bytes(run: str) -> bytes | None:
    """The bytes ``run`` came from, if it is UTF-8 shown as cp1252 (or latin-1)."""
    out = bytearray()
    for ch in run:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 0x100:
                out.append(ord(ch))
            else:
                return None
    return bytes(out)


def _repair_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if not any(ch in _LEADS for ch in run):
        return run
    for _ in range(3):
        raw = _misread_bytes(run)
        if raw is None:
            break
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            break
        if fixed == run or any(unicodedata.category(ch) == "Cc" for ch in fixed):
            break  # "ÂŽ" is text as written, not a misread control character
        run = fixed
        if not any(ch in _LEADS for ch in run):
            break
    return run


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 or latin-1, once or twice over."""
    return _RUN.sub(_repair_run, text)


def _visible(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category in ("Cf", "Cs"):  # zero-width space, joiners, BOM, bidi marks; lone surrogates
        return False
    return not (category == "Cc" and ch not in "\t\n")


#: What the repair, the filter and NFC can change in ASCII text: its control characters.
_ASCII_CONTROL = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Repair mojibake, drop invisible and control characters, collapse spaces.

    Typographic quotes and dashes are kept as written.  Printable ASCII (most
    of any page) has nothing to repair, drop or normalise: only its spaces
    are collapsed, without looking at it character by character.
    """
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return _SPACES.sub(" ", text).strip()
    text = repair_mojibake(text)
    if not text.isprintable():
        # Printable text ("Zoë", "TU München") has no break, control or invisible
        # character (all of them are "Other" or "Separator" to Unicode): only the rest
        # is looked at character by character.
        text = _BREAKS.sub(" ", text)
        text = "".join(ch for ch in text if _visible(ch))
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip()
