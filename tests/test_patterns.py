"""Patterns compiled on first use: the same answers as ``re.compile``, and no compiling before."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import subprocess
import sys
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fastpath_ical
from fastpath_ical._patterns import AS_ASCII_LETTERS, LazyPattern, lazy_compile

SOURCE = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"
TEXT = "From 9:30 to 10:45, then 14:00."


def test_nothing_is_compiled_before_the_first_match() -> None:
    pattern = lazy_compile(SOURCE)
    assert pattern._compiled is None
    assert SOURCE == pattern.pattern  # the source is known without compiling
    assert pattern._compiled is None
    assert pattern.search(TEXT) is not None
    assert pattern._compiled is not None


def _span(match: re.Match[str] | None) -> tuple[int, int]:
    assert match is not None
    return match.span()


def test_every_method_answers_as_the_compiled_pattern_does() -> None:
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(SOURCE, flags)
        # A fresh lazy pattern for each method: the first call, which compiles, is checked too.
        assert _span(compiled.match(TEXT, 5)) == _span(lazy_compile(SOURCE, flags).match(TEXT, 5))
        assert lazy_compile(SOURCE, flags).match(TEXT) is None
        assert lazy_compile(SOURCE, flags).fullmatch("9:30") is not None
        assert lazy_compile(SOURCE, flags).fullmatch(TEXT) is None
        assert _span(compiled.search(TEXT, 10)) == _span(
            lazy_compile(SOURCE, flags).search(TEXT, 10)
        )
        assert [m.span() for m in compiled.finditer(TEXT)] == [
            m.span() for m in lazy_compile(SOURCE, flags).finditer(TEXT)
        ]
        assert compiled.findall(TEXT) == lazy_compile(SOURCE, flags).findall(TEXT)
        assert compiled.sub("T", TEXT, 2) == lazy_compile(SOURCE, flags).sub("T", TEXT, 2)
        assert compiled.subn(lambda m: m["hour"], TEXT) == lazy_compile(SOURCE, flags).subn(
            lambda m: m["hour"], TEXT
        )
        assert compiled.split(TEXT, 1) == lazy_compile(SOURCE, flags).split(TEXT, 1)
        assert compiled.flags == lazy_compile(SOURCE, flags).flags
        assert compiled.groups == lazy_compile(SOURCE, flags).groups
        assert compiled.groupindex == lazy_compile(SOURCE, flags).groupindex
        assert compiled == lazy_compile(SOURCE, flags).compiled


def test_once_compiled_its_methods_are_the_compiled_patterns_own() -> None:
    """After the first match a lazy pattern costs what a compiled one does: no extra call."""
    pattern = lazy_compile(SOURCE)
    pattern.findall(TEXT)
    assert pattern.search == pattern.compiled.search
    assert getattr(pattern.search, "__self__", None) is pattern.compiled
    assert 3 == len(pattern.findall(TEXT))


def test_a_malformed_pattern_fails_on_first_use() -> None:
    pattern = lazy_compile(r"(unclosed")
    with pytest.raises(re.error, match="missing \\)"):
        pattern.search("unclosed")


def test_no_module_holds_a_pattern_compiled_at_import() -> None:
    """Every module-level pattern of the library is a LazyPattern: compiling them all at
    import was most of what starting the command line cost.  Checked in a fresh
    interpreter, before anything is read."""
    script = """
import importlib, pkgutil, re, sys
import fastpath_ical
from fastpath_ical._patterns import LazyPattern
import fastpath_ical.cli, fastpath_ical.cli._build, fastpath_ical.page, fastpath_ical.ics._build
held = []
for name, module in sorted(sys.modules.items()):
    if not name.startswith("fastpath_ical"):
        continue
    for attribute, value in vars(module).items():
        values = value if isinstance(value, (tuple, list)) else (value,)
        for item in values:
            found = item[0] if isinstance(item, tuple) and item else item
            if isinstance(found, re.Pattern):
                held.append(f"{name}.{attribute}")
print("\\n".join(held))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    held = done.stdout.split()
    assert [] == held, "compiled at import; use fastpath_ical._patterns.lazy_compile"


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """Compiled at import, a malformed pattern stopped the import; compiled on first use, it
    would wait for the page that reaches it.  So every one is compiled here."""
    import importlib
    import pkgutil

    import fastpath_ical

    found = 0
    for module in pkgutil.walk_packages(fastpath_ical.__path__, "fastpath_ical."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            values = value if isinstance(value, tuple | list) else (value,)
            for item in values:
                pattern = item[0] if isinstance(item, tuple) and item else item
                if isinstance(pattern, LazyPattern):
                    assert isinstance(pattern.compiled, re.Pattern)
                    found += 1
    assert found > 200


def test_the_lazy_patterns_are_lazy_in_the_modules_too() -> None:
    """What the check above stands on: the reader's patterns are there, as LazyPatterns."""
    from fastpath_ical.page import _clock, _titles

    assert isinstance(_clock._DATE, LazyPattern)
    assert all(isinstance(cut, LazyPattern) for cut in _titles._CUTS)


# A pattern's ``needs`` (words one of which every match holds) answer "no match" before it
# is compiled; what follows proves each claim from the pattern's parse, so a pattern
# changed under its words fails here, not on a page.

#: The most strings an exact run is followed to before it is cut.
_RUN_CAP = 512

_Reading = tuple[str, set[str]] | None


@functools.cache
def _read_as_written() -> frozenset[str]:
    """The characters other than ASCII in the guarded patterns that a text can only match
    as the words are looked for: every character ``re`` matches to one (ignoring case or
    not) is, written as ``_misses`` writes a text, that character in lower case ("Ç" for
    "ç"), one character for one.  Found by trying every code point there is."""
    written = {char for _, pattern in GUARDED for char in pattern.pattern if not char.isascii()}
    if not written:
        return frozenset()
    any_of = re.compile("[" + "".join(map(re.escape, sorted(written))) + "]", re.IGNORECASE)
    matched = [
        chr(point)
        for point in range(sys.maxunicode + 1)
        if not 0xD800 <= point <= 0xDFFF and any_of.fullmatch(chr(point))
    ]
    return frozenset(
        char
        for char in written
        if len(char.lower()) == 1
        and char.lower() not in "σς"  # str.lower writes "Σ" as either, by the letters after it
        and all(
            other.translate(AS_ASCII_LETTERS).lower() == char.lower()
            for other in matched
            if re.fullmatch(re.escape(char), other, re.IGNORECASE)
        )
    )


def _trusted(char: str) -> bool:
    """Whether a text that a literal ``char`` matches holds ``char.lower()`` as ``_misses``
    reads it.  Not so for every character: under IGNORECASE the Kelvin sign and "ſ" match
    ASCII letters, and "İ" is two characters in lower case."""
    return char.isascii() or char in _read_as_written()


def _node(op: Any, av: Any) -> _Reading:
    """What one parsed node matches: ("exact", strings) when its match is always one of
    them (lower-cased), ("contains", strings) when it always holds one, None when unknown.
    Only literals ``_trusted`` are read: ASCII ones, and letters such as "ç" and "ä"
    whose every match is that letter in one case or the other.
    """
    if op is sre.LITERAL:
        char = chr(av)
        return ("exact", {char.lower()}) if _trusted(char) else None
    if op is sre.IN:
        chars = set()
        for item, value in av:
            if item is not sre.LITERAL or not _trusted(chr(value)):
                return None  # a range, a category, a negation: unknown
            chars.add(chr(value).lower())
        return ("exact", chars)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return ("exact", {""})  # zero-width: nothing of the match
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, repeated = av
        inner = _sequence(repeated) if low else None  # may repeat nought times: unknown
        if inner is None:
            return None
        return inner if low == high == 1 else ("contains", inner[1])
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in av[1]]
        if any(branch is None for branch in branches):
            return None
        kind = "exact" if all(b is not None and b[0] == "exact" for b in branches) else "contains"
        return kind, set().union(*(b[1] for b in branches if b is not None))
    return None  # any character, a back-reference, a conditional: unknown


def _sequence(items: Any) -> _Reading:
    """Nodes in a row: adjacent exact nodes join into longer strings; the match holds one
    string of every run and every "contains" node, so the best of them is its reading."""
    candidates: list[set[str]] = []
    run, exact = {""}, True
    for op, av in items:
        node = _node(op, av)
        if node is not None and node[0] == "exact":
            joined = {left + right for left in run for right in node[1]}
            if len(joined) <= _RUN_CAP:
                run = joined
                continue
            candidates.append(run)
            run, exact = set(node[1]), False
            continue
        exact = False
        candidates.append(run)
        run = {""}
        if node is not None:
            candidates.append(node[1])
    candidates.append(run)
    if exact:
        return "exact", run
    return "contains", max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


def needed_strings(pattern: LazyPattern) -> set[str]:
    """Strings (lower-cased) one of which every match of ``pattern`` holds; "" among them
    when the parse proves nothing."""
    reading = _sequence(sre_parse.parse(pattern.pattern, pattern._flags))
    return {""} if reading is None else reading[1]


def _guarded_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module in pkgutil.walk_packages(fastpath_ical.__path__, "fastpath_ical."):
        if module.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, LazyPattern) and value.needs:
                found.append((f"{module.name}.{name}", value))
    return found


GUARDED = _guarded_patterns()


def test_the_parse_reading_proves_what_it_should_and_nothing_more() -> None:
    """The checker itself: the words it reads, and what it refuses to claim."""
    assert {"held", "run"} == needed_strings(lazy_compile(r"\b(?:will\s+be\s+)?(?:held|run)\b"))
    assert {"jan", "feb"} == needed_strings(lazy_compile(r"(?:Jan(?:uary)?|Feb)\.?\s+\d", re.I))
    assert {"chair"} == needed_strings(lazy_compile(r"[.;]\s+chairs?$"))
    assert {"h-o", "h o"} == needed_strings(lazy_compile(r"h[- ]o"))
    assert "" in needed_strings(lazy_compile(r"talk|\d+"))  # a branch of no word
    assert "" in needed_strings(lazy_compile(r"(?:talk)?\s*\d"))  # the word may be absent
    assert "" in needed_strings(lazy_compile(r"\u212a", re.I))  # Kelvin sign matches k
    assert "" in needed_strings(lazy_compile(r"[a-z]+"))


def test_every_needs_claim_is_proved_from_its_pattern() -> None:
    """Each string the parse says a match holds holds one of the pattern's words."""
    assert len(GUARDED) >= 14
    for name, pattern in GUARDED:
        for needed in needed_strings(pattern):
            assert needed, f"{name}: the parse proves no word; drop or fix its needs"
            assert any(word in needed for word in pattern.needs), (
                f"{name}: a match may hold {needed!r} and none of {pattern.needs}"
            )


_ASCII = st.characters(codec="ascii")
#: ASCII letters written as a character other than ASCII that ``re`` matches to them.
_SWAPS = [
    {},
    {"i": "\u0131", "s": "\u017f", "k": "\u212a"},
    {"I": "\u0130", "S": "\u017f", "K": "\u212a"},
]


@settings(max_examples=300)
@given(st.data())
def test_a_text_a_guarded_pattern_matches_passes_its_words(data: st.DataObject) -> None:
    """Hypothesis writes texts each pattern matches (ASCII; ignoring case, with "ı", "İ",
    "ſ" or the Kelvin sign in place of the letter ``re`` takes them for)."""
    name, pattern = data.draw(st.sampled_from(GUARDED))
    text = data.draw(st.from_regex(pattern.compiled, alphabet=_ASCII))
    if pattern._flags & re.IGNORECASE:
        # Letters written as one of the four re takes for them: "ſeſſion", "\u212aeynote".
        swap = data.draw(st.sampled_from(_SWAPS))
        swapped = "".join(swap.get(char, char) for char in text)
        # Not inside a group that keeps case ("(?-i:[A-Z])"): "İ" is no "I" there, and
        # the swapped text is no text the pattern matches ("meetup A0 İ0").
        text = swapped if pattern.compiled.search(swapped) else text
    assert pattern.compiled.search(text) is not None
    assert not LazyPattern(pattern.pattern, pattern._flags, " ".join(pattern.needs))._misses(
        text
    ), name


_WORDS = sorted({word for _, pattern in GUARDED for word in pattern.needs})


@settings(max_examples=300)
@given(
    st.sampled_from(GUARDED),
    st.lists(
        st.sampled_from([*_WORDS, "June 3", "Tue", "9:00", " ", ", ", *"\u0130\u0131\u017f\u212a"])
        | st.sampled_from(_WORDS).map(
            lambda word: word.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
        )
        | st.text(max_size=8),
        max_size=6,
    ).map("".join),
)
def test_a_guarded_pattern_answers_as_the_compiled_one(
    guarded: tuple[str, LazyPattern], text: str
) -> None:
    """Before it is compiled, every method of a guarded pattern says what re says."""
    _, pattern = guarded
    compiled = pattern.compiled

    def fresh() -> LazyPattern:
        return LazyPattern(pattern.pattern, pattern._flags, " ".join(pattern.needs))

    def spans(match: re.Match[str] | None) -> object:
        return None if match is None else (match.span(), match.groups())

    assert spans(compiled.search(text)) == spans(fresh().search(text))
    assert spans(compiled.match(text)) == spans(fresh().match(text))
    assert spans(compiled.fullmatch(text)) == spans(fresh().fullmatch(text))
    assert compiled.findall(text) == fresh().findall(text)
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in fresh().finditer(text)]
    assert compiled.sub("<>", text) == fresh().sub("<>", text)
    assert compiled.subn("<>", text) == fresh().subn("<>", text)
    assert compiled.split(text) == fresh().split(text)


def test_a_text_without_the_words_is_answered_without_compiling() -> None:
    pattern = lazy_compile(r"\b(?:held|run)\s+on\b", re.IGNORECASE, needs="held run")
    assert ("held", "run") == pattern.needs
    assert pattern.search("Opening remarks") is None
    assert [] == pattern.findall("Opening remarks")
    assert "Opening remarks" == pattern.sub("x", "Opening remarks")
    assert ["Opening remarks"] == pattern.split("Opening remarks")
    assert pattern._compiled is None
    assert pattern.search("Ünïcode text, Kästner") is None  # not ASCII, no word: answered too
    assert pattern._compiled is None
    assert pattern.search("HELD ON the 3rd") is not None


def test_the_letters_re_matches_to_ascii_ones_are_read_as_those() -> None:
    """Under IGNORECASE "İ" and "ı" match i, "ſ" matches s, the Kelvin sign k: a text
    written with them holds the words, and the pattern is asked."""
    pattern = r"\b(?:keynote|session|invited)\b"
    words = "keynote session invited"
    for text in ("\u212aEYNOTE", "Seſſion", "İnvited", "ınvıted", "Talk, İNVITED"):
        assert re.search(pattern, text, re.IGNORECASE), text  # what the test stands on
        guarded = lazy_compile(pattern, re.IGNORECASE, needs=words)
        assert not guarded._misses(text), text
        assert guarded.search(text) is not None, text


def test_no_other_character_matches_an_ascii_one() -> None:
    """What the four stand on: ``re`` matches no other character to an ASCII character,
    ignoring case or not (every code point tried, against each ASCII character)."""
    any_ascii = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    others = {
        chr(point)
        for point in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= point <= 0xDFFF and any_ascii.fullmatch(chr(point))
    }
    assert {"\u0130", "\u0131", "\u017f", "\u212a"} == others
    for char in sorted(others):
        matched = {a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), char, re.I)}
        as_letter = char.translate(AS_ASCII_LETTERS).lower()
        assert {as_letter, as_letter.upper()} == matched, char


def test_a_page_that_asks_often_compiles_the_pattern_after_all() -> None:
    """The words answer the first texts only: a long page pays the compiling, then goes
    at the compiled pattern's speed."""
    pattern = lazy_compile(r"\bkeynote\b", re.IGNORECASE, needs="keynote")
    for _ in range(64):
        assert pattern.search("Coffee break") is None
    assert pattern._compiled is None
    assert pattern.search("Coffee break") is None
    assert pattern._compiled is not None
    assert pattern.search == pattern.compiled.search


def test_the_shipped_page_compiles_none_of_the_guarded_patterns() -> None:
    """What the words are for: the shipped page reaches these patterns and matches none."""
    script = """
import fastpath_ical
from fastpath_ical.cli import main
main(["build", "-o", "/dev/null"])
import sys
from fastpath_ical._patterns import LazyPattern
compiled = sorted(
    f"{name}.{attribute}"
    for name, module in list(sys.modules.items()) if name.startswith("fastpath_ical")
    for attribute, value in vars(module).items()
    if isinstance(value, LazyPattern) and value.needs and value._compiled is not None
)
print(" ".join(compiled) or "none")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert "none" == done.stdout.strip(), (
        "the shipped page now matches these: their words spare it nothing, so they may go"
    )


def test_names_with_accents_pass_the_date_patterns_words() -> None:
    """The weekday and month words hold the names as written, accents and all ("terça",
    not "ter", which "International" holds): every name, in either case, passes them."""
    from fastpath_ical.page import _clock, _columns, _date_words, _dates

    for names in _date_words._WEEKDAYS:
        for name in names:
            for written in (name.title(), name.upper()):
                for pattern, text in (
                    (_clock._DATE_NO_YEAR, f"{written}, 24 de junio"),
                    (_dates._WEEKDAY_ONLY, written),
                ):
                    assert pattern.compiled.search(text), text  # what the test stands on
                    fresh = LazyPattern(pattern.pattern, pattern._flags, " ".join(pattern.needs))
                    assert not fresh._misses(text), text
    for names in _date_words._MONTHS:
        for name in names:
            for text in (f"3 {name.title()}", f"{name.upper()} 3"):
                pattern = _columns._A_DAY
                assert pattern.compiled.fullmatch(text), text
                fresh = LazyPattern(pattern.pattern, pattern._flags, " ".join(pattern.needs))
                assert not fresh._misses(text), text
    assert "ter" not in _clock._DATE_NO_YEAR.needs
    assert "terça" in _clock._DATE_NO_YEAR.needs


# A pattern's ``without`` alternations, left out for a text holding none of its ``unless``
# words: what follows proves the words from each alternation's parse, holds each to whole
# branches of words, and tries the two patterns side by side.


def _lean_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module in pkgutil.walk_packages(fastpath_ical.__path__, "fastpath_ical."):
        if module.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, LazyPattern) and value.without:
                found.append((f"{module.name}.{name}", value))
    return found


LEAN = _lean_patterns()


def test_the_date_patterns_leave_the_other_languages_out() -> None:
    from fastpath_ical.page import _clock, _columns, _dates

    lean = {pattern for _, pattern in LEAN}
    for pattern in (_clock._DATE, _clock._DATE_NO_YEAR, _clock._ONLY_MONTH_DAY, _clock._HELD_ON):
        assert pattern in lean
    assert _columns._A_DAY in lean
    assert _dates._WEEKDAY_ONLY in lean


def test_every_left_out_alternation_is_whole_branches_of_words() -> None:
    """Each alternation is words alone, stands where a branch starts, and is followed by
    no quantifier (``(?!)`` then means "no branch here", nothing else); the lean pattern
    has the same groups, so its matches read as the pattern's own."""
    for name, pattern in LEAN:
        for alternation in pattern.without:
            assert alternation in pattern.pattern, name
            words = alternation.split("|")
            assert all(word and not set(word) & set("()[]{}?*+.\\^$") for word in words), name
            for found in re.finditer(re.escape(alternation), pattern.pattern):
                before = pattern.pattern[: found.start()]
                after = pattern.pattern[found.end() :]
                assert before.endswith(("|", "(?:")) or re.search(r"\(\?P<\w+>$", before), name
                assert not after.startswith(("?", "*", "+", "{")), name
        full, lean = pattern.compiled, re.compile(pattern.lean_pattern, pattern._flags)
        assert (full.groups, full.groupindex) == (lean.groups, lean.groupindex), name
        assert len(lean.pattern) < len(full.pattern) / 2, name  # what the words are for


def test_every_unless_claim_is_proved_from_its_alternations() -> None:
    for name, pattern in LEAN:
        for alternation in pattern.without:
            for needed in needed_strings(lazy_compile(alternation, pattern._flags)):
                assert needed, f"{name}: the parse proves no word of {alternation[:40]!r}"
                assert any(word in needed for word in pattern.unless), (
                    f"{name}: a match may hold {needed!r} and none of its unless words"
                )


_DATE_BITS = [
    "Sunday, ",
    "Tue ",
    "March 28",
    "Mar. 3",
    "3rd of June",
    " 2021",
    "24.6.",
    "2021-03-28",
    " - ",
    "–",
    "held on ",
    "Day 1: ",
    "(morning)",
    " and ",
    "Juniper",
    "Maiden",
    "Marsh",
    "email",
    "general",
    "Scott",
]


@settings(max_examples=400)
@given(
    st.sampled_from(LEAN),
    st.lists(st.sampled_from(_DATE_BITS) | st.text(max_size=6), max_size=7).map("".join),
)
def test_a_lean_pattern_answers_as_the_whole_one(
    guarded: tuple[str, LazyPattern], text: str
) -> None:
    """For a text with none of the words, every method answers as the whole pattern does
    (and the lean pattern is the one that answers)."""
    name, pattern = guarded
    compiled = pattern.compiled

    def fresh() -> LazyPattern:
        return LazyPattern(
            pattern.pattern,
            pattern._flags,
            " ".join(pattern.needs),
            pattern.without,
            " ".join(pattern.unless),
        )

    def spans(match: re.Match[str] | None) -> object:
        return None if match is None else (match.span(), match.groups(), match.groupdict())

    assert spans(compiled.search(text)) == spans(fresh().search(text)), name
    assert spans(compiled.match(text)) == spans(fresh().match(text)), name
    assert spans(compiled.fullmatch(text)) == spans(fresh().fullmatch(text)), name
    assert compiled.findall(text) == fresh().findall(text), name
    assert [spans(m) for m in compiled.finditer(text)] == [
        spans(m) for m in fresh().finditer(text)
    ], name
    assert compiled.sub("<>", text) == fresh().sub("<>", text), name
    assert compiled.split(text) == fresh().split(text), name
    answering = fresh()._answering(text)
    held = any(word in text.translate(AS_ASCII_LETTERS).lower() for word in pattern.unless)
    if answering is not None and not held:
        assert answering.pattern == pattern.lean_pattern, name


def test_a_text_in_another_language_is_read_by_the_whole_pattern() -> None:
    from fastpath_ical.page import _clock

    pattern = LazyPattern(
        _clock._DATE.pattern,
        _clock._DATE._flags,
        "",
        _clock._DATE.without,
        " ".join(_clock._DATE.unless),
    )
    assert pattern.search("Sunday, March 28, 2021") is not None
    assert pattern._lean is not None  # English: the lean one answers
    assert pattern._compiled is None
    found = pattern.search("Samstag, 24. Juni 2025")
    assert found is not None
    assert found.group("weekday") == "Samstag"
    assert pattern._compiled is not None


def test_the_shipped_page_is_read_by_the_lean_date_patterns() -> None:
    """What the lean patterns are for: the shipped page, in English, never compiles the
    whole date patterns, with six languages' names in them."""
    script = """
from fastpath_ical.cli import main
main(["build", "-o", "/dev/null"])
import sys
from fastpath_ical._patterns import LazyPattern
whole = sorted(
    f"{name}.{attribute}"
    for name, module in list(sys.modules.items()) if name.startswith("fastpath_ical")
    for attribute, value in vars(module).items()
    if isinstance(value, LazyPattern) and value.without and value._compiled is not None
)
lean = [value for value in vars(sys.modules["fastpath_ical.page._clock"]).values()
        if isinstance(value, LazyPattern) and value._lean is not None]
print(" ".join(whole) or "none", len(lean))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    whole, lean = done.stdout.split()
    assert "none" == whole
    assert int(lean) >= 2  # _DATE and _ONLY_MONTH_DAY answered the page


def test_a_printable_text_holds_no_control_character() -> None:
    """What lets the validators skip their control-character patterns for a printable
    text: no character they match is printable (every code point tried)."""
    from fastpath_ical import _validators

    for pattern in (_validators._CONTROL, _validators._PROSE_CONTROL):
        compiled = pattern.compiled
        matched = [chr(point) for point in range(sys.maxunicode + 1) if compiled.match(chr(point))]
        assert matched  # what the test stands on
        assert not any(char.isprintable() for char in matched)


def test_texts_are_read_as_the_table_writes_them() -> None:
    from fastpath_ical._patterns import _as_words

    for text in ("Kästner", "\u0130stanbul \u212aelvin ſeſſion ınvıted", "ASCII Only", ""):
        assert text.translate(AS_ASCII_LETTERS).lower() == _as_words(text)
