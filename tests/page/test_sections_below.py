"""A talk's title in a section of its own below the program, under a heading named for its
slot: "## Keynote A (Time: 9:15-10:15)" over "**Title**: ..." (a page measured blind,
BA/04, had its keynotes titled 'Keynote A' and 'Keynote B' and its panel 'Panel
Discussion', with its panelists listed only in that section)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """---
title: Example NLP Workshop - Program
---

The workshop is co-located with EMNLP 2025 in Suzhou, China, **on November 8th, 2025**.

| Event | Time (in China Standard Time \\[UTC+8\\]) |
| ----- | ----- |
| Opening Remarks | 9:00-9:15 |
| Keynote A: Dara Adeyemi | 9:15-10:15 |
| Panel Discussion | 10:15-11:00 |
| Keynote B: Jun Hale | 11:00-12:00 |

---

## Keynote A (Time: 9:15-10:15)

**Title**: Evaluating Models in Two Hundred Languages

**Speaker**: <a href="https://adeyemi.example.org/">Dara Adeyemi</a>

**Abstract**: We describe ways to extend evaluation to many languages.

## Panel Discussion (Time: 10:15-11:00)

**Topic**: What Comes After the Degree?

**Panelists**:

- <a href="https://ivo.example.org/">Ivo Brandt</a>

Ivo Brandt works on speech at an example lab.

- <a href="https://lena.example.org/">Lena Ortiz</a>

Lena Ortiz works on translation.

## Keynote B

The speaker will tell us more soon.
"""


def test_a_slots_section_gives_its_title_and_the_speakers_homepage() -> None:
    reading = read_page(PAGE)
    keynote = reading.program.items[1]
    assert keynote.title == "Evaluating Models in Two Hundred Languages"
    assert [(p.name, p.profile) for p in keynote.people] == [
        ("Dara Adeyemi", "https://adeyemi.example.org/")
    ]
    assert any("from line 18 under the heading at line 16" in str(w) for w in reading.warnings)


def test_a_panels_section_gives_its_topic_and_its_panelists() -> None:
    panel = read_page(PAGE).program.items[2]
    assert panel.title == "What Comes After the Degree?"
    assert [(p.name, p.profile) for p in panel.people] == [
        ("Ivo Brandt", "https://ivo.example.org/"),
        ("Lena Ortiz", "https://lena.example.org/"),
    ]


def test_a_section_with_no_title_line_leaves_the_slots_name() -> None:
    assert read_page(PAGE).program.items[3].title == "Keynote B"


def test_two_slots_of_one_name_are_left_as_they_are() -> None:
    page = PAGE.replace("Keynote B: Jun Hale", "Panel Discussion")
    items = read_page(page).program.items
    assert [item.title for item in items[2:]] == ["Panel Discussion", "Panel Discussion"]
