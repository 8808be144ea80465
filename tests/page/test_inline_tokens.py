"""A cell read from markdown-it's tokens means what the HTML they render to means.

:func:`from_markdown` walks the inline tokens of the common cells (text, links,
emphasis, ``<br>``) instead of rendering them as HTML and parsing that back; the
walk must find exactly what the HTML way finds, runs, lines and links alike.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.common.normalize_url import normalizeLink

from fastpath_ical.page._html_walk import inline_of
from fastpath_ical.page._inline import (
    _MARKDOWN,
    _MARKUP,
    _PLAIN_URL,
    Inline,
    _may_link,
    _one_link,
    from_html,
    from_markdown,
    walk_tokens,
)
from fastpath_ical.page._quick_inline import lone_link, quick_tokens

_PIECES = (
    "Ana",
    "Klimovic",
    " ",
    "  ",
    "\t",
    "\n",
    "  \n",
    "Zürich",
    "KÃ¤stner",
    "\u00a0",
    "\u200b",
    "**",
    "*",
    "_",
    "__",
    "[",
    "]",
    "](",
    ")",
    "(",
    "[Slides](https://example.org/s.pdf)",
    "[ [video] ](https://example.org/v)",
    "[[slides]](https://e.org/x)",
    "[x]()",
    "[ref][r]",
    "[r]",
    "<https://example.org/a?b=c&d=e>",
    "https://example.org/path_(x)",
    "www.example.com",
    "<br>",
    "<BR/>",
    "<br />",
    "<b>",
    "</b>",
    "<span hidden>",
    "</span>",
    "<!-- c -->",
    "`code`",
    "` `",
    "``",
    "\\*",
    "\\",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&lt;br&gt;",
    "~~",
    "![img](https://e.org/i.png)",
    '"',
    "'",
    ":",
    "|",
)

_REFERENCES: dict[str, Any] = {"R": {"href": "https://example.org/ref", "title": ""}}


def _by_html(source: str) -> Inline:
    env: dict[str, Any] = {"references": dict(_REFERENCES)}
    return from_html(_MARKDOWN.renderInline(source.strip(), env))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_token_walk_reads_what_the_html_says(source: str) -> None:
    if not _MARKUP.search(source.strip()):
        return  # plain text is read without markdown-it at all, by either way
    assert from_markdown(source, _REFERENCES) == _by_html(source)


def test_the_common_cells_take_the_token_walk() -> None:
    """The cells of a program page are read without an HTML parser."""
    for cell in (
        "**[Ana Klimovic](https://example.org/people/0)** <br> **[Grace Lee](https://e.org/1)**",
        "INRIA <br> ETH Zurich",
        "[Slides](https://example.org/slides/0/0.pdf)",
        "*Opening Remarks*",
    ):
        env: dict[str, Any] = {"references": {}}
        tokens = _MARKDOWN.parseInline(cell, env)
        assert walk_tokens(tokens[0].children or []) is not None, cell
        assert from_markdown(cell) == _by_html(cell)


@given(st.from_regex(_PLAIN_URL.compiled, fullmatch=True))
def test_a_plain_url_is_what_markdown_it_would_make_of_it(url: str) -> None:
    assert normalizeLink(url) == _MARKDOWN.normalizeLink(url) == url


_WORDS = st.sampled_from(
    [
        *("Ana", "Zoë", "El Maghraoui", "TU München", "#1", "e.org", "a,b", "1.5", "x-y"),
        *("'q'", '"q"', "\u00a0", "A B", " ", "  ", "$5", "{x}", "=", "www", "foo.com", "x"),
    ]
)
_URLS = st.sampled_from(
    [
        *("https://example.org/people/0", "http://e.org", "https://e.org:8080/a?b=c#d"),
        *("https://E.ORG/A*B", "https://e.org/a'b!c$d", "https://e.org/x;y,z"),
    ]
)
_TEXTS = st.lists(_WORDS, min_size=1, max_size=3).map("".join)
_ITEMS = st.one_of(
    _TEXTS,
    st.builds("[{}]({})".format, _TEXTS, _URLS),
    st.builds("**[{}]({})**".format, _TEXTS, _URLS),
    st.builds("**{}**".format, _TEXTS),
    st.sampled_from(["**", "*", "[", "]", "(", ")", "<b>", "&amp;", ":", "@"]),
)
_SEPARATORS = st.sampled_from(["<br>", "<br/>", "<br />", " <br> ", " ", "", "  <br>  "])


@settings(max_examples=300)
@given(st.builds(str.join, _SEPARATORS, st.lists(_ITEMS, min_size=1, max_size=4)))
def test_the_quick_shapes_read_as_markdown_it_reads_them(source: str) -> None:
    """Speakers in bold with links, links, ``<br>``: read without markdown-it, the same."""
    if not _MARKUP.search(source.strip()):
        return
    assert from_markdown(source, _REFERENCES) == _by_html(source)


def test_the_common_cells_take_the_quick_way() -> None:
    for cell in (
        "**[Ana Klimovic](https://example.org/people/0)** <br> **[Grace Lee](https://e.org/1)**",
        "INRIA <br> ETH Zurich",
        "[Slides](https://example.org/slides/0/0.pdf)",
        "**Opening Remarks**",
    ):
        assert quick_tokens(cell, _may_link) is not None, cell
    for cell in ("a example.org", "**A**<br>", "[A](https://e.org/(x))", "x: [A](https://e.org)"):
        assert quick_tokens(cell, _may_link) is None, cell


_LABELS = st.lists(
    st.sampled_from(
        [
            *("Ana", " ", "  ", "Zoë", "KÃ¤stner", "\u00a0", "\u200b", "[x]", "[", "]", "e.org"),
            *("a:b", "1", "Slides", "\u3000", "-", "'q'", "x\u0301", "Ω", "&", "*"),
        ]
    ),
    min_size=1,
    max_size=5,
).map("".join)


@settings(max_examples=400)
@given(_LABELS, _URLS, st.booleans())
def test_a_cell_of_one_link_reads_as_its_tokens_walk(label: str, url: str, bold: bool) -> None:
    """A cell that is one link, bold or not, is made directly (``_one_link``): the same
    reading as the token walk of its quick tokens, which the tests above hold to the HTML."""
    source = f"**[{label}]({url})**" if bold else f"[{label}]({url})"
    tokens = quick_tokens(source, _may_link)
    walked = walk_tokens(tokens) if tokens is not None else None
    link = lone_link(source, _may_link)
    if walked is None:
        assert link is None or _one_link(*link) is None
        return
    assert link is not None
    assert link == (label, url, bold)
    assert _one_link(*link) == inline_of(walked)
    assert from_markdown(source) == inline_of(walked)


def test_only_a_cell_of_one_link_is_one() -> None:
    for cell in ("[A](https://e.org) x", "**[A](https://e.org)", "[A](https://e.org)**", "x"):
        assert lone_link(cell, _may_link) is None, cell
    assert lone_link("**[A B](https://e.org/a)**", _may_link) == ("A B", "https://e.org/a", True)
