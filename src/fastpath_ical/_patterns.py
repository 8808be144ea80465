"""Regular expressions compiled on first use, not at import.

The page reader's rules hold over two hundred module-level patterns, and
compiling them all was most of what ``import fastpath_ical.page`` cost: tens
of milliseconds before any page is read, every time the command line starts,
for vocabularies and rules many pages never reach (the shipped page, a third
of them).  :func:`lazy_compile` takes what :func:`re.compile` takes and
compiles on the first match; a pattern never used is never compiled.

Once compiled, the pattern's methods are the compiled pattern's own, bound
on the instance (which shadows the class's methods), so a pattern used in
a loop costs about what a compiled one does (some 10 ns a call more).  A malformed pattern raises
:class:`re.error` on its first use instead of at import, so a test compiles
every lazy pattern of the package.

A pattern may also name words, one of which every match holds (``needs``):
until it is compiled, a text holding none of them (in any case) is
answered "no match" without compiling (for the first 64 texts; a page that
asks more is long enough to pay for the compiling).  Most of the patterns a short
page reaches never match it ("held on", "keynote", "Stanford"): 110 of the 144 the
shipped page reaches, 15 of its 22 ms of compiling (issue 13).  The words are a
claim about the pattern; a test proves each claim from the pattern's parse
(``tests/test_patterns.py``), so a pattern changed under its words fails it.
The words are ASCII, and so is every string the parse proves.  Under
``re.IGNORECASE`` four characters other than ASCII match an ASCII letter: "İ"
and "ı" match ``i``, "ſ" matches ``s``, the Kelvin sign matches ``k`` (``re``'s
own case table; a test tries every character there is).  A text is looked at
with those four written as the letter they match and then lower-cased, so a
name such as "Kästner" on the page no longer compiles every guarded pattern it
meets.

A pattern may also leave out a part for texts that cannot use it (``without``,
``unless``): the date patterns take month and weekday names in six languages
besides English, which is two thirds of what they cost to compile (a date
pattern holds the month names six times).  Until the whole pattern is compiled,
a text holding none of the ``unless`` words (the names, as above) is answered by
the pattern with each ``without`` alternation of words in it made one branch
that never matches, ``(?!)``: no word of those branches is in the text, so
none of them could match at any place of it, and a branch that cannot match
changes nothing of what the others match, nor which matches first.  A test
proves the words from each alternation's parse and holds each alternation to
whole branches of words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["AS_ASCII_LETTERS", "LazyPattern", "lazy_compile"]

#: How many texts a pattern's ``needs`` may answer before it is compiled anyway.
_CHECKS = 64

#: The characters other than ASCII that ``re`` matches to an ASCII letter when it ignores
#: case, as that letter ("İ".lower() is two characters, "ı" and "ſ" have no ASCII lower case).
AS_ASCII_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_AS_ASCII_PAIRS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))

#: A branch that never matches: what a ``without`` alternation is made in the lean pattern.
_NEVER = "(?!)"

#: What :meth:`LazyPattern._compile` binds from the compiled pattern.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A :class:`re.Pattern` of ``str`` compiled on first use; same methods, same results."""

    def __init__(
        self,
        pattern: str,
        flags: int = 0,
        needs: str = "",
        without: tuple[str, ...] = (),
        unless: str = "",
    ) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.needs = tuple(needs.lower().split())
        self.without = without
        self.unless = tuple(unless.lower().split())
        self._lean: re.Pattern[str] | None = None
        self._checks_left = _CHECKS if needs or without else 0

    def _misses(self, string: str) -> bool:
        """Whether ``string`` surely holds no match: none of the needed words in it.

        Only the first texts are checked so: a page that asks more is long, and the
        compiled pattern answers it faster than the words would."""
        if not self._checks_left:
            return False
        self._checks_left -= 1
        if not self.needs:
            return False
        lowered = _as_words(string)
        return not any(word in lowered for word in self.needs)

    @property
    def lean_pattern(self) -> str:
        """The pattern with each ``without`` alternation made a branch that never matches."""
        lean = self.pattern
        for alternation in self.without:
            lean = lean.replace(alternation, _NEVER)
        return lean

    def _answering(self, string: str) -> re.Pattern[str] | None:
        """The pattern that answers ``string`` as this one does; None when surely no match."""
        if self._misses(string):
            return None
        if self.without and self._checks_left:
            lowered = _as_words(string)
            if not any(word in lowered for word in self.unless):
                if self._lean is None:
                    self._lean = re.compile(self.lean_pattern, self._flags)
                return self._lean
        return self._compile()

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not), for APIs that take a ``Pattern``."""
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self._flags)
        self._compiled = compiled
        for name in _METHODS:  # from now on ``self.match`` is ``compiled.match``
            setattr(self, name, getattr(compiled, name))
        return compiled

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern = self._answering(string)
        return None if pattern is None else pattern.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        pattern = self._answering(string)
        return None if pattern is None else pattern.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern = self._answering(string)
        return None if pattern is None else pattern.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pattern = self._answering(string)
        return iter(()) if pattern is None else pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        pattern = self._answering(string)
        return [] if pattern is None else pattern.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        pattern = self._answering(string)
        return string if pattern is None else pattern.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        pattern = self._answering(string)
        return (string, 0) if pattern is None else pattern.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        pattern = self._answering(string)
        return [string] if pattern is None else pattern.split(string, maxsplit)

    def __repr__(self) -> str:
        needs = f", needs={' '.join(self.needs)!r}" if self.needs else ""
        lean = f", without=..., unless=... ({len(self.unless)} words)" if self.without else ""
        return f"lazy_compile({self.pattern!r}, {self._flags!r}{needs}{lean})"


def _as_words(string: str) -> str:
    """``string`` as the words are looked for in it: lower case, the four letters ``re``
    takes for ASCII ones written as those (``AS_ASCII_LETTERS``; by ``str.replace``, which
    is some fifty times faster than ``str.translate`` on a long page beyond ASCII)."""
    if not string.isascii():
        for char, letter in _AS_ASCII_PAIRS:
            if char in string:
                string = string.replace(char, letter)
    return string.lower()


def lazy_compile(
    pattern: str,
    flags: int = 0,
    *,
    needs: str = "",
    without: tuple[str, ...] = (),
    unless: str = "",
) -> LazyPattern:
    """:func:`re.compile`, compiled on the first match instead of now.

    ``needs``: words, space-separated, one of which (in any case) every match of the
    pattern holds; before
    the pattern is compiled, a text with none of them is no match, found without
    compiling.  A test holds every such claim against the pattern's parse.

    ``without``: alternations of words in ``pattern``, each of whole branches, and
    ``unless``: words one of which every match of each holds; before the pattern is
    compiled, a text with none of them is answered by the pattern without those
    branches, which costs less to compile.  A test holds these claims too.
    """
    return LazyPattern(pattern, flags, needs, without, unless)
