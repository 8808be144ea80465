"""Markdown as program pages use it."""

from __future__ import annotations

from fastpath_ical.page._markdown import Heading, Paragraph, Table, blocks, inline


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


def test_fenced_code_blocks_are_skipped_with_their_tables() -> None:
    """A page that shows the table format as an example has only its real table read."""
    page = (
        "Submit in this form:\n"
        "```markdown\n| Time | Title |\n|---|---|\n| 09:00 | Yours |\n```\n"
        "~~~~\n| a | b |\n|---|---|\n~~~\n~~~~\n"
        "| Time | Title |\n|---|---|\n| 10:00 | Real |\n"
    )
    parts = blocks(page)
    assert [Paragraph, Table] == [type(part) for part in parts]
    assert 12 == parts[1].line


def test_an_unclosed_fence_runs_to_the_end() -> None:
    assert [Paragraph] == [type(part) for part in blocks("x\n```\n| a | b |\n|---|---|\n")]


def test_a_leading_byte_order_mark_is_dropped() -> None:
    (heading,) = blocks("\ufeff# Title\n")
    assert isinstance(heading, Heading)
    assert "Title" == heading.content.text
