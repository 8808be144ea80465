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

import dataclasses
import types
from collections.abc import Callable
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.token import Token

__all__ = ["faster_tables", "faster_tokens", "split_cells"]

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


#: The fields of markdown-it's ``Token``, in order, as this module knows them; the fast
#: tokens are made only while the class has exactly these.
_TOKEN_FIELDS = (
    *("type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup"),
    *("info", "meta", "block", "hidden"),
)


class _FastState(StateBlock):
    """markdown-it's block state, whose ``push`` makes the same ``Token`` without calling its
    dataclass ``__init__`` and ``__post_init__``.

    A large table is twenty tokens a row (a row, and an opening, an inline and a
    closing token a cell); making them was a tenth of reading a large page.  The
    token is the one ``StateBlock.push`` makes: every field at its default, block
    set, the level as the state's.

    Of a table, only its ``table_open`` (whose ``map`` says where it is) and
    ``table_close`` are kept: the page's rows are read from its lines
    (:func:`~fastpath_ical.page._pipes.gfm_table`), and the tokens of a table
    of 100,000 rows, held to the end of the parse, were most of the memory a
    large page was read in.  The tokens inside are made for the rule, as it
    sets their fields, and let go.
    """

    #: Inside a table: its tokens are made, not kept.
    inside_table = False

    def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
        token = _new(Token)
        token.type = ttype
        token.tag = tag
        token.nesting = nesting
        token.attrs = {}
        token.map = None
        if nesting < 0:
            self.level -= 1  # closing tag
        token.level = self.level
        if nesting > 0:
            self.level += 1  # opening tag
        token.children = None
        token.content = ""
        token.markup = ""
        token.info = ""
        token.meta = {}
        token.block = True
        token.hidden = False
        if ttype == "table_open":
            self.inside_table = True
        elif ttype == "table_close":
            self.inside_table = False
        elif self.inside_table:
            return token
        self.tokens.append(token)
        return token


_new = object.__new__


def faster_tokens(parser: MarkdownIt) -> None:
    """Give ``parser``'s block pass the state of :class:`_FastState` (see its docstring).

    The block parser's ``parse`` is markdown-it's, with this state in place of
    ``StateBlock``, on this parser only.  If ``Token`` has other fields than
    these, the parser is left as it is.
    """
    if tuple(field.name for field in dataclasses.fields(Token)) != _TOKEN_FIELDS:
        return
    block = parser.block

    def parse(src: str, md: MarkdownIt, env: Any, out_tokens: list[Token]) -> list[Token] | None:
        if not src:
            return None
        state = _FastState(src, md, env, out_tokens)
        block.tokenize(state, state.line, state.lineMax)
        return state.tokens

    block.parse = parse  # type: ignore[method-assign,assignment]
