"""markdown-it's GFM table rule, with its rows split by ``str.split`` where that is the same.

The page's blocks are parsed by markdown-it (:mod:`._markdown`), and of that
parse, a large table's rows were the most part: the table rule splits every
row into cells one character at a time (``escapedSplit``), to count them.
A row without a backslash has no escaped pipe, and its cells are then exactly
``row.split("|")``; a row with one is split by markdown-it's own function.

The rule itself is markdown-it's, unchanged: a copy of the function object
whose global ``escapedSplit`` is :func:`split_cells`, put in its place in
this parser only (the library's module and every other parser are left
alone), with the same ``alt`` chains.  If markdown-it ever names things
differently, the rule is left as it is.  Tests hold :func:`split_cells` to
``escapedSplit`` and the parser's tokens to a stock parser's.
"""

from __future__ import annotations

import types
from collections.abc import Callable

from markdown_it import MarkdownIt

__all__ = ["faster_tables", "split_cells"]

_Split = Callable[[str], list[str]]


def split_cells(row: str, escaped_split: _Split) -> list[str]:
    """``escaped_split(row)``, by ``str.split`` when the row holds no backslash."""
    if "\\" not in row:
        return row.split("|")
    return escaped_split(row)


def faster_tables(parser: MarkdownIt) -> None:
    """Give ``parser`` the table rule with :func:`split_cells` (see the module's docstring)."""
    ruler = parser.block.ruler
    rule = next((rule for rule in ruler.__rules__ if rule.name == "table"), None)
    table = getattr(rule, "fn", None)
    if rule is None or not isinstance(table, types.FunctionType):
        return
    escaped_split = table.__globals__.get("escapedSplit")
    if not callable(escaped_split):
        return

    def split(row: str) -> list[str]:
        return split_cells(row, escaped_split)

    fast = types.FunctionType(
        table.__code__,
        {**table.__globals__, "escapedSplit": split},
        table.__name__,
        table.__defaults__,
        table.__closure__,
    )
    ruler.at("table", fast, {"alt": list(rule.alt)})
