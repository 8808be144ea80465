"""A speaker, where they work in brackets, then the title in quotes with no comma between:
`Keynote 1: **Ann Lee** <span>(Example University)</span><span>"Title"</span>` (a page
measured blind, BA/01, had read the whole cell as the title)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Workshop on Inner Workings

The workshop is held on **Friday, July 10, 2026** in Seoul, South Korea.

| Time (KST) | Activity |
|------|----------|
| 9:30am – 10:00am | Opening remarks |
| 10:00am – 10:30am | Keynote 1: **Mara Gell** {affiliation}{title} |
| 10:30am – 11:00am | Talk: Ivo Brand (Example Lab) "Reading the Residual Stream" |
| 11:00am – 11:30am | *Coffee break* |
""".format(
    affiliation='<span class="affiliation">(Example University)</span>',
    title='<span class="talk-title">"Circuits in 2030"</span>',
)


def test_a_quoted_title_after_a_speakers_bracket_is_the_title() -> None:
    items = read_page(PAGE).program.items
    assert [(i.title, [(p.name, p.affiliation) for p in i.people]) for i in items[1:3]] == [
        ("Circuits in 2030", [("Mara Gell", "Example University")]),
        ("Reading the Residual Stream", [("Ivo Brand", "Example Lab")]),
    ]
    assert items[1].kind.value == "keynote"


def test_a_quoted_film_after_an_event_stays_the_title() -> None:
    page = PAGE.replace(
        'Talk: Ivo Brand (Example Lab) "Reading the Residual Stream"',
        'Movie Night (Hall B) "Hidden Figures"',
    )
    item = read_page(page).program.items[2]
    assert item.people == ()
