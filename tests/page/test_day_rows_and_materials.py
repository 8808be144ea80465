"""Training-workshop tables: a day row that also names the day's module, slide links on
lines of their own above the title, and links that hold a site template's tag."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Single-cell Training

*All times are EDT (UTC-04:00)*

| Time | Topic | Location |
|---|---|---|
| **Day 1** | **2020-07-27** <br> [**_Single-cell RNA-seq_**](https://example.org/sc) | |
| 12:00 PM | Welcome <br> [Intro Slides (pdf)](https://example.org/intro.pdf) | Zoom |
| 1:00 PM | [Module Slides (pdf)](https://x.org/m.pdf) <br> [Quality control](https://x.org/qc) | |
| 2:00 PM | [Normalisation](https://example.org/{{site.release_tag}}/norm.html) | Zoom |
| 3:00 PM | End | |
| **Day 2** | **2020-07-28** <br> Pathways | |
| 12:00 PM | Over-representation | Zoom |
| 1:00 PM | Adjourn | |
"""


def test_a_day_row_gives_the_date_and_its_module_names_the_session() -> None:
    items = read_page(PAGE).program.items
    assert [(f"{i.start:%m-%d %H:%M}", f"{i.end:%H:%M}", i.session) for i in items] == [
        ("07-27 12:00", "13:00", "Single-cell RNA-seq"),
        ("07-27 13:00", "14:00", "Single-cell RNA-seq"),
        ("07-27 14:00", "15:00", "Single-cell RNA-seq"),
        ("07-28 12:00", "13:00", "Pathways"),
    ]


def test_a_line_that_is_only_a_link_to_slides_is_a_link_not_the_title() -> None:
    items = read_page(PAGE).program.items
    assert [i.title for i in items] == [
        "Welcome",
        "Quality control",
        "Normalisation",
        "Over-representation",
    ]
    assert [(link.kind.value, link.url) for link in items[1].links] == [
        ("slides", "https://x.org/m.pdf"),
        ("other", "https://x.org/qc"),
    ]


def test_a_link_holding_a_template_tag_is_left_out_and_said() -> None:
    read = read_page(PAGE)
    assert read.program.items[2].links == ()
    (warning,) = [w for w in read.warnings if "template tag" in w.message]
    assert warning.line == 10


def test_a_cell_that_is_only_a_link_to_slides_is_titled_by_what_they_are_of() -> None:
    page = PAGE.replace(
        "[Normalisation](https://example.org/{{site.release_tag}}/norm.html)",
        "[Normalisation Slides (pdf)](https://x.org/norm.pdf)",
    )
    item = read_page(page).program.items[2]
    assert (item.title, [(link.kind.value, link.url) for link in item.links]) == (
        "Normalisation",
        [("slides", "https://x.org/norm.pdf")],
    )
