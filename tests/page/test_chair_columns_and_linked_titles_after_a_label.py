"""Three habits of a symposium's programme measured blind (RetroEval, JA/05).

- A Session Chair column whose names link to their pages: those pages are the chairs',
  not material of the session (they had been its links).
- Talks numbered within their session ("Oral 2-1: Title"): the label and its number go,
  as "Talk 3: Title" loses its label.
- "**Keynote** [Title](url)" beside the speaker's cell: the bold label, then the linked
  title with nothing between them, as if a colon were.
"""

from __future__ import annotations

from fastpath_ical import ItemKind, read_page

PAGE = """# Symposium Programme

All timings are in BST (Aberdeen, United Kingdom).

## Monday, 1st of June, 2026

| Time | Event | Presenter(s) | Session Chair |
| --- | --- | --- | --- |
| 9:45 10:30 | 🔴 **Keynote** [Fluent Models](https://ex.org/k) | Ann Lee | [Bo](https://ex.org/b) |
| 10:45 12:15 | **Oral Session 1: Architectures** | | [Cy Dee](https://example.org/cy) |
| 10:45 11:15 | Oral 1-1: A Comparative Evaluation | Dan Fox | |
| 11:15 12:15 | Oral 1-2: Pipelines Revisited | Eve Hart | |
"""


def test_chairs_links_are_no_material_and_labels_go() -> None:
    items = read_page(PAGE).program.items
    keynote, session, first, second = items
    assert (keynote.title, keynote.kind) == ("Fluent Models", ItemKind.KEYNOTE)
    assert [link.url for link in keynote.links] == ["https://ex.org/k"]
    assert session.links == ()
    assert session.chair == "Cy Dee"
    assert (first.title, first.kind) == ("A Comparative Evaluation", ItemKind.CONTRIBUTED)
    assert second.title == "Pipelines Revisited"
