"""Markdown as program pages use it."""

from __future__ import annotations

from fastpath_ical.markdown import Heading, Paragraph, Table, blocks, inline


def test_cells_keep_their_line_and_column_and_escaped_pipes() -> None:
    (table,) = blocks("| a | b |\n|---|---|\n| x \\| y | [z](https://e.org) |\n")
    assert isinstance(table, Table)
    first, second = table.rows[0]
    assert ("x | y", 3, 3) == (first.content.text, first.line, first.column)
    assert (("z", "https://e.org"),) == second.content.links


def test_inline_reads_br_entities_and_emphasis() -> None:
    content = inline("*A &amp; B*<br>C&nbsp;D")
    assert ("A & B", "C D") == content.lines
    assert inline("**Session 2**").emphasized


def test_setext_headings_quotes_lists_and_comments() -> None:
    parts = blocks("Title\n=====\n<!-- hidden\n-->\n> Note: x\n- y\n")
    assert [Heading, Paragraph, Paragraph] == [type(part) for part in parts]
    assert [1, 5, 6] == [part.line for part in parts]
    assert "Note: x" == parts[1].content.text  # type: ignore[union-attr]
