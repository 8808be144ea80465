"""The page's parser splits table rows faster and reads every page as markdown-it does."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import markdown_it.rules_block  # noqa: F401  (loads the module the rule lives in)
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical.page import _markdown
from fastpath_ical.page._inline import markdown_parser
from fastpath_ical.page._table_rule import split_cells

_TABLE_MODULE = sys.modules["markdown_it.rules_block.table"]
_ROOT = Path(__file__).parent.parent.parent


@given(st.text(alphabet="a |\\`-:", max_size=40))
def test_a_row_splits_as_markdown_it_splits_it(row: str) -> None:
    escaped_split = _TABLE_MODULE.escapedSplit
    assert split_cells(row, escaped_split) == escaped_split(row)


def _stock() -> Any:
    parser = markdown_parser()
    parser.core.ruler.disable(["inline", "linkify", "text_join"])
    return parser


def _tokens(parser: Any, text: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The tokens of ``text`` but those inside a table, which the page's parser lets go."""
    env: dict[str, Any] = {}
    tokens: list[dict[str, Any]] = []
    inside = False
    for token in parser.parse(text, env):
        if token.type == "table_close":
            inside = False
        if not inside:
            tokens.append(token.as_dict(children=False))
        if token.type == "table_open":
            inside = True
    return tokens, env


def test_the_page_parser_has_its_own_table_rule() -> None:
    (rule,) = [r for r in _markdown._MARKDOWN.block.ruler.__rules__ if r.name == "table"]
    assert rule.fn is not _TABLE_MODULE.table
    assert rule.fn.__code__ is _TABLE_MODULE.table.__code__
    (stock,) = [r for r in _stock().block.ruler.__rules__ if r.name == "table"]
    assert rule.alt == stock.alt


def test_every_page_of_the_tests_and_examples_parses_to_the_same_tokens() -> None:
    pages = sorted({*_ROOT.glob("tests/**/*.md"), *_ROOT.glob("examples/**/*.md")})
    assert pages
    stock = _stock()
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        assert _tokens(_markdown._MARKDOWN, text) == _tokens(stock, text), page


@given(
    st.lists(
        st.sampled_from(
            [
                *("| a | b |", "|---|---|", "| x \\| y | z |", "a | b", "", "- item", "> q"),
                *("    code", "| `a|b` | c |", "|:-:|--|", "text", "| a |", "# h", "<div>"),
                "|a|b|c|d|",
            ]
        ),
        max_size=12,
    ).map("\n".join)
)
def test_tables_of_any_shape_parse_to_the_same_tokens(text: str) -> None:
    assert _tokens(_markdown._MARKDOWN, text) == _tokens(_stock(), text)


def test_the_page_parser_makes_its_block_tokens_with_its_own_state() -> None:
    # The tokens are held to a stock parser's by the tests above; this one holds that the
    # fast state is in use, so that they test it (a markdown-it with other Token fields
    # would leave the parser as it is, and this fails to say so).
    tokens: list[Any] = []
    _markdown._MARKDOWN.block.parse("| a |\n|---|\n| b |\n", _markdown._MARKDOWN, {}, tokens)
    assert [token.type for token in tokens] == ["table_open", "table_close"]
    assert tokens[0].map == [0, 3]
    assert "parse" in vars(_markdown._MARKDOWN.block)
