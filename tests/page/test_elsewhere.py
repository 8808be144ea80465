"""A speaker's affiliation and homepage, said outside the program, joined to the program."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import PageReading, Person, read_page

HEAD = "# Workshop\n\nMonday, May 3, 2021 (all times CEST)\n\n"


def _page(*rows: str, after: str = "") -> str:
    table = "| Time | Title |\n|---|---|\n" + "\n".join(rows) + "\n| 11:00 | End |\n"
    return HEAD + table + "\n" + after


def P(name: str, affiliation: str | None = None, profile: str | None = None) -> Person:
    return Person(name=name, affiliation=affiliation, profile=profile)


def _people(reading: PageReading) -> list[tuple[Person, ...]]:
    return [item.people for item in reading.program.items]


def _joins(reading: PageReading) -> list[str]:
    return [str(w) for w in reading.warnings if w.code == "elsewhere"]


GALLERY = (
    "# Speakers\n\n"
    '|<img src="a.jpg" alt="Ann Lee"/>|<img src="b.jpg" alt="Bo Ray"/>|\n'
    "|[Ann Lee](https://a.example/)<br />Example University|"
    "[Bo Ray](https://b.example/)<br />ACME Research|\n"
)


def test_a_gallery_gives_the_affiliation_of_a_speaker_the_program_names_alone() -> None:
    reading = read_page(
        _page(
            "| 10:00 | Invited talk: [Ann Lee](https://a.example/) |",
            "| 10:30 | Invited talk: Bo Ray |",
            after=GALLERY,
        )
    )
    assert _people(reading)[:2] == [
        (P("Ann Lee", "Example University", "https://a.example/"),),
        # Named bare, the gallery is all the page says of who he is: both are joined.
        (P("Bo Ray", "ACME Research", "https://b.example/"),),
    ]
    assert _joins(reading) == [
        "7:1: 'Ann Lee': affiliation 'Example University' taken from line 14, "
        "where the page names them again",
        "8:1: 'Bo Ray': affiliation 'ACME Research' taken from line 14, "
        "where the page names them again",
        "8:1: 'Bo Ray': homepage 'https://b.example/' taken from line 14, "
        "where the page names them again",
    ]


def test_a_speaker_the_program_gives_an_affiliation_takes_no_homepage_by_name() -> None:
    reading = read_page(_page("| 10:30 | Invited talk: Bo Ray (Elsewhere Labs) |", after=GALLERY))
    assert _people(reading)[0] == (P("Bo Ray", "Elsewhere Labs"),)


def test_an_anchor_in_the_row_links_the_speaker_to_the_heading_it_names() -> None:
    reading = read_page(
        _page(
            "| 10:00 | **Keynote**: [Ann Lee – *Deep Things*](#ann-lee) |",
            "| 10:30 | **Keynote**: Bo Ray – *Other Things* |",
            after="# Keynotes\n\n## [Ann Lee](https://a.example/)\n\n## [Bo Ray](https://b.example/)\n",
        )
    )
    assert _people(reading)[:2] == [
        (P("Ann Lee", None, "https://a.example/"),),
        # A heading with a name alone says no more of who he is than the program does.
        (P("Bo Ray"),),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "- [Ann Lee](https://a.example/), Example University",
        "- [Ann Lee](https://a.example/) (Example University)",
        "- **Ann Lee** – Example University",
        "* [Ann Lee](https://a.example/)<br>Example University",
    ],
)
def test_a_list_of_speakers_gives_the_affiliation(entry: str) -> None:
    reading = read_page(
        _page("| 10:00 | Invited talk: Ann Lee |", after=f"# Speakers\n\n{entry}\n")
    )
    profile = "https://a.example/" if "https" in entry else None
    assert _people(reading)[0] == (P("Ann Lee", "Example University", profile),)


def test_what_the_program_says_is_kept() -> None:
    reading = read_page(
        _page("| 10:00 | Invited talk: Ann Lee (MIT) |", after="- Ann Lee, Example University\n")
    )
    assert _people(reading)[0] == (P("Ann Lee", "MIT"),)
    assert _joins(reading) == []


def test_a_name_said_two_ways_is_not_joined() -> None:
    after = "# Speakers\n\n- **Ann Lee**, Example University\n\n# Keynotes\n\n- **Ann Lee**, MIT\n"
    reading = read_page(_page("| 10:00 | Invited talk: Ann Lee |", after=after))
    assert _people(reading)[0] == (P("Ann Lee"),)
    assert _joins(reading) == []


@pytest.mark.parametrize(
    "entry",
    [
        "- **Ann Lee**, who will tell us about deep things.",
        "- **Ann Lee**: see https://a.example/ for more",
        "- Ann Lee, Example University",
        "- **Ann**, Example University",
    ],
)
def test_a_sentence_or_an_unmarked_name_is_not_an_affiliation(entry: str) -> None:
    reading = read_page(_page("| 10:00 | Invited talk: Ann Lee |", after=f"{entry}\n"))
    assert _people(reading)[0] == (P("Ann Lee"),)


@given(
    affiliation=st.sampled_from(["Example University", "ACME Research", "Institute of Things"]),
    name=st.sampled_from(["Ann Lee", "Bo Ray", "Chidi Okafor"]),
    other=st.sampled_from(["Dana Fox", "Eli Stone"]),
)
def test_only_the_person_named_is_given_it(affiliation: str, name: str, other: str) -> None:
    reading = read_page(
        _page(
            f"| 10:00 | Invited talk: {name} |",
            f"| 10:30 | Invited talk: {other} |",
            after=f"# Speakers\n\n- **{name}**, {affiliation}\n",
        )
    )
    assert _people(reading)[:2] == [(P(name, affiliation),), (P(other),)]


@pytest.mark.parametrize("heading", ["## Organizers", "## Organizing Committee", "### Contact"])
def test_a_list_of_organizers_gives_a_speaker_nothing(heading: str) -> None:
    # A person reading a talk does not look among the organizers for who gives it; a
    # list of speakers after the organizers' is read again.
    after = (
        f"{heading}\n\n- [Ann Lee](https://a.example/), Example University\n\n"
        "## Speakers\n\n- [Bo Ray](https://b.example/), ACME Research\n"
    )
    reading = read_page(
        _page("| 10:00 | Invited talk: Ann Lee |", "| 10:30 | Invited talk: Bo Ray |", after=after)
    )
    assert _people(reading)[:2] == [
        (P("Ann Lee"),),
        (P("Bo Ray", "ACME Research", "https://b.example/"),),
    ]


def test_a_speakers_list_gives_where_they_work_without_their_post() -> None:
    # "Ph.D. candidate at MIT; Lead of ..." had been taken whole as the affiliation.
    after = (
        "## Speakers\n\n- **Ann Lee**, Ph.D. candidate at MIT; Lead of the Provenance Group\n"
        "- **Bo Ray**, AI Engineer for OpenData; Example University of Technology\n"
    )
    reading = read_page(
        _page("| 10:00 | Invited talk: Ann Lee |", "| 10:30 | Invited talk: Bo Ray |", after=after)
    )
    assert _people(reading)[:2] == [
        (P("Ann Lee", "MIT"),),
        (P("Bo Ray", "OpenData; Example University of Technology"),),
    ]


def test_a_name_written_without_its_accent_is_the_same_name() -> None:
    after = "## Speakers\n\n- **Lucie Aimee-Kaffee**, Example Labs\n"
    reading = read_page(_page("| 10:00 | Invited talk: Lucie Aimeé-Kaffee |", after=after))
    assert _people(reading)[0] == (P("Lucie Aimeé-Kaffee", "Example Labs"),)


def test_names_alike_but_for_their_accents_are_two_people() -> None:
    after = "## Speakers\n\n- **Lê Minh Tú**, HUST\n- **Lê Minh Tư**, VinAI Research\n"
    reading = read_page(
        _page(
            "| 10:00 | Invited talk: Lê Minh Tú |",
            "| 10:30 | Invited talk: Lê Minh Tư |",
            after=after,
        )
    )
    assert _people(reading)[:2] == [
        (P("Lê Minh Tú", "HUST"),),
        (P("Lê Minh Tư", "VinAI Research"),),
    ]


def test_two_spellings_that_say_the_same_are_one_name() -> None:
    after = "## Speakers\n\n- **José García**, UPM\n- **José Garcia**, UPM\n"
    reading = read_page(_page("| 10:00 | Invited talk: Jose Garcia |", after=after))
    assert _people(reading)[0] == (P("Jose Garcia", "UPM"),)
