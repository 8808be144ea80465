"""kramdown's HTML blocks whose content is Markdown: ``<div markdown="1">``.

Jekyll's kramdown reads what stands inside such a block as Markdown (a heading, a
table); CommonMark reads the opening tag and the lines up to the next blank line as
raw HTML, so a ``### Day 2`` right under ``<div markdown="1">`` would be lost, and the
table under it read on the day before.  The tag lines themselves hold no content: the
opening line and its closing line are blanked (line numbers kept), and what is between
is read as the page's Markdown, as kramdown reads it.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile

__all__ = ["unwrap_markdown_blocks"]

_OPEN = lazy_compile(
    r"^\s*<(?P<tag>div|section|article|aside|main|span)\b[^>]*\bmarkdown\s*=\s*"
    r"[\"']?(?:1|block|span)[\"']?[^>]*>\s*$",
    re.IGNORECASE,
    needs="markdown",
)


def unwrap_markdown_blocks(lines: list[str], skip: set[int]) -> None:
    """Blank the lines of ``<div markdown="1">`` and of its own ``</div>`` in ``lines``;
    lines in ``skip`` (code blocks) are never touched."""
    for index, line in enumerate(lines):
        found = _OPEN.match(line) if index not in skip else None
        if found is None:
            continue
        tag = found.group("tag").lower()
        opened = re.compile(rf"<{tag}\b", re.IGNORECASE)
        closed = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
        depth = 1
        for after in range(index + 1, len(lines)):
            depth += len(opened.findall(lines[after])) - len(closed.findall(lines[after]))
            if depth <= 0:
                if closed.fullmatch(lines[after].strip()):
                    lines[after] = ""
                break
        lines[index] = ""
