"""Words no name holds ("Social", "After", "Across", "Benchmarks"): a title in capitals that
holds one is no speaker; and "Research paper:", "Short paper:" are labels of contributed
talks, as "Paper:" is."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

HEAD = """# Compilers Day

Monday, September 2, 2024. All times are in BST (London).

| Time | Title |
| ---- | ----- |
"""


def _first(cell: str) -> tuple[str, list[str], ItemKind]:
    page = HEAD + f"| 9:00 - 9:30 | {cell} |\n| 9:30 - 10:00 | Coffee |\n"
    item = read_page(page).program.items[0]
    return item.title, [person.name for person in item.people], item.kind


@pytest.mark.parametrize(
    ("cell", "title", "people"),
    [
        ("Panel: Evaluation After Benchmarks", "Evaluation After Benchmarks", []),
        ("**Student Social** <br/> *In the lounge*", "Student Social", []),
        (
            "Contributed Talk - Rosa Ibarra: Measuring Reuse Across Checkpoints",
            "Measuring Reuse Across Checkpoints",
            ["Rosa Ibarra"],
        ),
    ],
)
def test_a_title_word_is_no_name(cell: str, title: str, people: list[str]) -> None:
    assert _first(cell)[:2] == (title, people)


@pytest.mark.parametrize("label", ["Research paper", "Short Paper", "Industry paper"])
def test_a_kind_of_paper_is_a_label(label: str) -> None:
    assert _first(f"{label}: Lowering Tensor Kernels to Vector Units") == (
        "Lowering Tensor Kernels to Vector Units",
        [],
        ItemKind.CONTRIBUTED,
    )
