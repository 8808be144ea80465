"""Lines of a workshop and tutorial day written as `time | **Label**...` with no header
(a graph-mining workshop's page measured blind, GA/03): "**Paper Pitch**: [Title](url)"
and "**Poster Pitch**: [Title](url)" are a contributed paper's few minutes, never a
person named "Paper Pitch" (read so before stop 39, silently); "**Introduction and core
components**: data structures and ...: [slides](url)" keeps its words but no longer the
"and" that joined its links."""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = (
    "---\nlayout: page\ntitle: Program\n---\n\n## Tutorial: Hands-on with graphs\n\n"
    "09:50 - 10:00 |\t**Opening**\n"
    "10:00 - 11:30 |\t**Introduction and core components**: data structures and their "
    "manipulation, simple tasks on graphs: [slides](https://example.org/t.pdf) and "
    "[notebook](https://example.org/t.ipynb)\n"
    "11:30 - 11:45 |\t**Coffee break**\n\n## Workshop\n\n"
    "14.30 - 14.35 |\t**Opening**\n"
    "14.35 - 14.45 |\t**Paper Pitch**: [Neural Maximum Cliques](https://example.org/p3.pdf)\n"
    "14.45 - 14.55 |\t**Poster Pitch**: [Sampling Homomorphisms: Why Not?](https://example.org/p7.pdf)\n"
    "14.55 - 15.00 |\t**Concluding Remarks**\n"
)


def _items() -> list[tuple[str, str, list[str], str | None]]:
    program = read_page(PAGE, timezone="Europe/Madrid", date=dt.date(2021, 9, 13)).program
    return [(i.title, i.kind.value, [p.name for p in i.people], i.abstract) for i in program.items]


def test_pitches_are_contributed_papers_by_no_one() -> None:
    items = _items()
    assert items[4] == ("Neural Maximum Cliques", "contributed", [], None)
    assert items[5] == ("Sampling Homomorphisms: Why Not?", "contributed", [], None)


def test_a_bold_title_then_a_colon_keeps_its_words_not_its_links_joiners() -> None:
    # "**Introduction and core components**: data structures and ...: [slides](a) and
    # [notebook](b)": the words after the colon may be a subtitle ("**GraphSAGE**:
    # inductive representation learning"), so the title keeps them (a rule that made them
    # the description was withdrawn after a review); the links' joining "and" goes.
    title, _, people, _ = _items()[1]
    assert (title, people) == (
        "Introduction and core components: data structures and their manipulation, simple "
        "tasks on graphs",
        [],
    )


def test_a_bold_name_then_a_colon_is_still_a_speaker() -> None:
    page = PAGE.replace(
        "**Opening**\n10:00", "**Ann Lee**: towards faster graph tricks today\n10:00", 1
    )
    first = read_page(page, timezone="Europe/Madrid", date=dt.date(2021, 9, 13)).program.items[0]
    assert (first.title, [p.name for p in first.people], first.abstract) == (
        "towards faster graph tricks today",
        ["Ann Lee"],
        None,
    )
