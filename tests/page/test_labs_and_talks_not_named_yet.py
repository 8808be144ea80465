"""A lab is an activity and a lecture-and-lab a talk, their labels off their titles; a
bracket saying the talk is not named yet ("(Title TBA)") is no affiliation."""

from __future__ import annotations

from fastpath_ical import read_page

HEAD = "# Course, October 14, 2019\n\nAll times are CEST.\n\n"


def _items(body: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    return [
        (i.title, i.kind.value, [(p.name, p.affiliation) for p in i.people])
        for i in read_page(HEAD + body).program.items
    ]


def test_a_lab_and_a_lecture_and_lab() -> None:
    body = (
        "- **09:00-10:00** Lecture: Quality control (Ann Lee)\n"
        "- **10:30-12:00** Lab: Quality control\n"
        "- **13:00-15:00** Lecture and Lab: Spatial methods (Bo van Dijk)\n"
        "- **15:00-16:00** Lab Session 2: Variant Calling\n"
        "- **16:00-17:00** Tutorial: Training a CNN (Google Colab)\n"
    )
    assert _items(body) == [
        ("Quality control", "talk", [("Ann Lee", None)]),
        ("Quality control", "activity", []),
        ("Spatial methods", "talk", [("Bo van Dijk", None)]),
        # A numbered lab's topic, never its speaker; a tool in brackets is no one.
        ("Lab Session 2: Variant Calling", "activity", []),
        ("Training a CNN (Google Colab)", "activity", []),
    ]


def test_a_talk_not_named_yet_is_no_affiliation() -> None:
    body = (
        "* 14:00 **Keynote**: Alys Brent (Title TBA)\n"
        "* 14:30 **Keynote**: Cy Dee (TBD)\n"
        "* 15:00 **Keynote**: Di Fox (Example University)\n"
        "* 15:30 Close\n"
    )
    assert [people for _, _, people in _items(body)] == [
        [("Alys Brent", None)],
        [("Cy Dee", None)],
        [("Di Fox", "Example University")],
    ]
