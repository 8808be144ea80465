"""A cell's text as the reader holds it: runs of text with their emphasis and links.

:class:`Inline` is what every reading of inline markup gives, whether the page
wrote Markdown or HTML (see ``_inline``).
"""

from __future__ import annotations

import attrs

__all__ = ["EMPTY", "Inline", "Run"]


@attrs.frozen
class Run:
    """A piece of text as written: on which line of the cell, bold or italic, inside a link."""

    text: str
    line: int = 0
    strong: bool = False
    emphasis: bool = False
    href: str | None = None


@attrs.frozen
class Inline:
    """A run of inline markup read as text.

    ``text`` is the lines joined by a space; ``lines`` keeps them apart (a
    cell's ``<br>``).  ``emphasized`` is true when every word is bold or
    italic, which pages use to set a label apart ("*Opening Remarks*").
    ``links`` holds ``(label, url)`` in the order written, whatever the URL's
    scheme: the reader decides which it keeps and says which it drops.
    ``hidden`` is what the page folds away (``<details>``): an abstract;
    ``items`` the entries of a list inside it (a session's papers).
    """

    text: str
    links: tuple[tuple[str, str], ...] = ()
    emphasized: bool = False
    lines: tuple[str, ...] = ()
    runs: tuple[Run, ...] = ()
    hidden: str = ""
    #: The items of a list inside the cell ("<ul><li>Paper A</li>...</ul>"), apart from its text.
    items: tuple[Inline, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.text and not self.links

    @property
    def written_lines(self) -> list[str]:
        """The lines that hold something, stripped: a cell's ``<br>`` at its end or twice
        in a row makes no line."""
        return [line.strip() for line in self.lines if line.strip()]


EMPTY = Inline(text="")
