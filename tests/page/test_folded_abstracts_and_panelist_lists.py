# ruff: noqa: E501
"""Title cells with an abstract folded under "See abstract", authors on a line opened by a
dash, a label with a space before its colon; panelists listed with where they work in
brackets; a venue after "of"; "Asia-Pacific" (two pages measured blind: BG/05 had read
"See abstract" and the dash into every paper's title, or refused a row; BG/04 was refused
for the "Pacific" in a proceedings' name and for want of the hotel's city)."""

from __future__ import annotations

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.model import Item

PAGE = """# Example Reproducibility Workshop

**Friday June 26th 2026 -- Hall X4, Hamburg**:

| Time (CEST)   | Event                             |
| ------------- | --------------------------------- |
| 09:05 - 09:40 | Invited Talk : **Mara Lindgren** -- *"Reproducible Science With Help"* <details><summary>See abstract</summary> Trust in results matters.</details> |
| 09:40 - 09:55 | *"Layered Reproducibility: A Case Study"* <br>-- J. Okafor, V. Brandt, C. Duval <br><details><summary>See abstract</summary> Stacks are complex.</details> |
| 09:55 - 10:10 | *"Configuration Artefacts"* <br>-- J-O Varga, F. S. M. Lobo <br><details><summary>Show details</summary> Workflows.</details> |
| 10:10 - 10:25 | <details><summary>Tracing Builds at Scale</summary> We trace builds.</details> |
| 10:25 - 11:00 | **Panel Discussion** |

## Panelists

- [Mara Lindgren](https://lindgren.example.org/) ([Cedar Cloud](https://cedar.example.org/))
- [Tomas Berg](https://berg.example.org/) (ISC Research Paper Chair)
- [Ines Moreau](https://moreau.example.org/) (remote)

{{ new_block() }}
"""


def _items() -> tuple[Item, ...]:
    return read_page(PAGE).program.items


def test_a_summary_that_only_says_an_abstract_unfolds_is_no_part_of_the_title() -> None:
    items = _items()
    assert items[1].title == "Layered Reproducibility: A Case Study"
    assert items[2].title == "Configuration Artefacts"


def test_a_summary_that_is_the_title_stays_the_title() -> None:
    assert _items()[3].title == "Tracing Builds at Scale"


def test_a_dash_opening_the_authors_line_is_no_part_of_a_name() -> None:
    items = _items()
    assert [p.name for p in items[1].people] == ["J. Okafor", "V. Brandt", "C. Duval"]
    assert [p.name for p in items[2].people] == ["J-O Varga", "F. S. M. Lobo"]


def test_a_label_with_a_space_before_its_colon_is_a_label() -> None:
    talk = _items()[0]
    assert talk.title == "Reproducible Science With Help"
    assert [p.name for p in talk.people] == ["Mara Lindgren"]
    assert talk.kind.value == "invited"


def test_panelists_with_where_they_work_in_brackets() -> None:
    panel = _items()[4]
    assert [(p.name, p.affiliation) for p in panel.people] == [
        ("Mara Lindgren", "Cedar Cloud"),
        ("Tomas Berg", "ISC Research Paper Chair"),
        ("Ines Moreau", None),
    ]


def test_a_panelist_listed_as_its_moderator_still_joins_no_one() -> None:
    page = PAGE.replace("(remote)", "(moderator)")
    assert read_page(page).program.items[4].people == ()


A_HOTEL = """# Example Systems Workshop

**Technical sessions will be held in the east room on the 4th floor of Hotel Sakura Kyoto.**

[Proceedings of the Example Asia-Pacific Workshop on Systems](https://example.org/proc)

## Wednesday, September 2nd, 2026

### 09:00-10:00 Registration

### 10:00-10:30 Opening

### 10:30-11:00 Break
"""


def test_a_venue_after_of_names_its_city_and_asia_pacific_no_zone() -> None:
    first = read_page(A_HOTEL).program.items[0]
    assert str(first.start.tzinfo) == "Asia/Tokyo"


def test_pacific_alone_is_still_a_zone_the_page_names() -> None:
    page = A_HOTEL.replace("Example Asia-Pacific Workshop", "Example Workshop (Pacific)")
    with pytest.raises(PageError, match="Pacific"):
        read_page(page)
