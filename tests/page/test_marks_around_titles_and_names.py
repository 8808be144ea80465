"""What stands around titles and names on real pages and is neither (pages measured blind,
BE/02, BE/05 and BE/07, and modelled pages s04 and i03): a phrase with its acronym in
brackets is no person ("Artificial Intelligence Quantified (AIQ)"), "(Special Session)"
after a name is no place of work, asterisks left at a title's end are marks, "[[Watch
Online]](url)" is the talk's video, "(online)" before a line says how it is given, "w/"
is "with", and a degree after a name ("Ann Lee, Ph.D., Example University") makes it a
person's."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Workshop\n\nJune 3, 2024, Chicago, IL.\n\n"


def _items(lines: str) -> list[tuple[str, list[tuple[str, str | None]], list[str]]]:
    program = read_page(HEAD + lines).program
    return [
        (
            item.title,
            [(p.name, p.affiliation) for p in item.people],
            [link.url for link in item.links],
        )
        for item in program.items
    ]


def test_a_phrase_and_its_acronym_is_no_speaker() -> None:
    lines = (
        "#### 3:00 - 3:45 Pat Shaw (Special Session) – "
        "Artificial Intelligence Quantified (AIQ)\n\n"
        "#### 3:45 - 4:00 Break\n"
    )
    assert _items(lines)[0][:2] == (
        "Artificial Intelligence Quantified (AIQ)",
        [("Pat Shaw", None)],
    )


def test_asterisks_left_at_a_titles_end_are_marks() -> None:
    lines = "#### 10:20 - 11:05 Lisa Rebro – On step sizes in gradient descent*\n\n"
    lines += "#### 11:05 - 11:30 Break\n"
    assert _items(lines)[0][:2] == ("On step sizes in gradient descent", [("Lisa Rebro", None)])


def test_watch_online_is_the_talks_video_and_online_is_how_it_is_given() -> None:
    lines = (
        "* 9:00-9:10: Opening remarks [[Watch Online]](https://video.example.com/1)\n"
        '* 9:10-9:30: (online) "Fairness of Prompts", Yara Delgado (Example University)\n'
        "* 9:30-10:00: Coffee break\n"
    )
    items = _items(lines)
    assert items[0] == ("Opening remarks", [], ["https://video.example.com/1"])
    assert items[1][:2] == ("Fairness of Prompts", [("Yara Delgado", "Example University")])


def test_w_slash_is_with_after_an_activity() -> None:
    lines = "* 14:45 - 15:15 Poster Clinic w/ Mara Lind\n* 15:15 - 15:30 Break\n"
    assert _items(lines)[0][:2] == ("Poster Clinic", [("Mara Lind", None)])


def test_a_degree_after_a_name_makes_it_a_persons() -> None:
    lines = (
        "* 8:30-8:50: Welcome and Overview, Mira Castel, Ph.D., Université de Bordeaux\n"
        "* 8:50-9:30: What the retina tells us. Hiro Okabe, M.D., Ph.D., Kyushu University, "
        "Fukuoka, Japan\n"
        "* 9:30-10:00: Break\n"
    )
    items = _items(lines)
    assert items[0][:2] == ("Welcome and Overview", [("Mira Castel", "Université de Bordeaux")])
    assert items[1][:2] == (
        "What the retina tells us",
        [("Hiro Okabe", "Kyushu University, Fukuoka, Japan")],
    )
