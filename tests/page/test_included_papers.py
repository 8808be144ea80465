"""Papers a Jekyll page writes through an include ("{% include paper.html title="..."
authors="..." %}") under a timed session line are the session's papers: the Liquid tag
had been blanked as markup of no content, and every paper with it. A paper's title in
bold with a colon of its own, over its authors, keeps its first author apart."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """---
layout: default
title: Program
---

## Secure Stores Workshop 2018

### Monday, July 16th, 2018

All times are Europe/Rome.

<dl>

<dt class="program-entry">9.30 - 9.35: Welcome Address</dt>

<dt class="program-entry">9.35 - 11.05: Session 1 - Administration</dt>

{% include paper.html
  title="Watching the Watchers of Shared Clouds"
  authors="Ines Vahl, Oskar Lind and Pia Sandoval"
%}

{% include paper.html
  title="<small>(short)</small> Logs that Cannot Lie"
  authors="Rosa Torres"
%}

{% include figure.html title="Map of the venue" %}

<dt class="program-entry">11.05 - 11.30: Coffee Break</dt>

</dl>
"""


def test_included_papers_are_the_sessions() -> None:
    items = read_page(PAGE).program.items
    assert [(p.title, [x.name for x in p.people]) for p in items[1].papers] == [
        ("Watching the Watchers of Shared Clouds", ["Ines Vahl", "Oskar Lind", "Pia Sandoval"]),
        ("(short) Logs that Cannot Lie", ["Rosa Torres"]),
    ]
    assert [i.title for i in items] == [
        "Welcome Address",
        "Session 1 - Administration",
        "Coffee Break",
    ]


TABLE = """# Secure Stores Workshop

Tuesday, July 17th, 2018. All times Europe/Rome.

| Time | Session |
|---|---|
| 11:00 - 12:30 | **Session 3 - Privacy** |
| | **USBlock: Stopping Keypress Injection Attacks**<br>Sam Rivera, Jamie Chen and Oda Berg |
| 12:30 - 14:00 | Lunch |
"""


def test_a_bold_title_with_a_colon_keeps_its_first_author_apart() -> None:
    paper = read_page(TABLE).program.items[0].papers[0]
    assert (paper.title, [p.name for p in paper.people]) == (
        "USBlock: Stopping Keypress Injection Attacks",
        ["Sam Rivera", "Jamie Chen", "Oda Berg"],
    )
