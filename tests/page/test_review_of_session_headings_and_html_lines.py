"""A review of the rules for session headings, HTML lines, bracketed weekdays and
affiliations, title dates and material lines found each reading below wrong; each is
held here as it should be read."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.errors import PageError
from fastpath_ical.page._clock import find_date

HEAD = "# Workshop on Test\n\n**Date:** March 14, 2025. All times CET.\n\n"


def _read(body: str) -> list[tuple[str, str, list[str]]]:
    items = read_page(HEAD + body).program.items
    return [(f"{i.start:%H:%M}", i.title, [p.name for p in i.people]) for i in items]


def test_text_after_a_block_in_a_div_keeps_its_place() -> None:
    body = "\n".join(
        f'<div class="talk">\n  <p class="time">{time}</p>\n  {title}<br>\n  <em>{who}</em>\n</div>'
        for time, title, who in [
            ("09:00 - 09:30", "Opening remarks", "Ann Lee"),
            ("09:30 - 10:30", "Keynote: Scaling laws", "Bo Ray"),
        ]
    )
    assert _read(f'<div class="program">\n{body}\n</div>\n') == [
        ("09:00", "Opening remarks", ["Ann Lee"]),
        ("09:30", "Scaling laws", ["Bo Ray"]),
    ]


def test_a_photo_beside_a_name_keeps_the_line_whole() -> None:
    rows = [
        ("09:00 - 09:30", "Opening remarks", "ann", "Ann Lee (MIT)"),
        ("09:30 - 10:30", "Keynote: Scaling laws", "bo", "Bo Ray (ETH Zurich)"),
    ]
    body = "\n".join(
        f'<p><b>{t}</b> {title}<br><img src="{pic}.jpg" width="60"> {who}</p>'
        for t, title, pic, who in rows
    )
    items = read_page(HEAD + f'<div class="program">\n{body}\n</div>\n').program.items
    assert [(p.name, p.affiliation) for i in items for p in i.people] == [
        ("Ann Lee", "MIT"),
        ("Bo Ray", "ETH Zurich"),
    ]


def test_a_row_of_one_link_under_a_talk_is_its_link_not_a_session() -> None:
    body = """| Time | Session | Speaker |
|---|---|---|
| 09:30 - 10:30 | Keynote: Scaling laws | Bo Ray (MIT) |
| | [Watch the recording](https://youtu.be/abc) | |
| 10:30 - 11:00 | Coffee break | |
"""
    items = read_page(HEAD + body).program.items
    assert [link.url for link in items[0].links] == ["https://youtu.be/abc"]
    assert items[1].session is None


def test_the_list_under_a_timed_heading_that_is_no_session_describes_it() -> None:
    body = """### Registration (08:00-09:00)

- Pick up your badge at the front desk
- Coffee will be served in the foyer

### Session 1 (09:00-10:30)

- Scaling Laws for Sparse Models

### Lunch (12:00-13:00)
"""
    items = read_page(HEAD + body).program.items
    assert [(i.title, i.session, i.abstract) for i in items] == [
        (
            "Registration",
            None,
            "Pick up your badge at the front desk\nCoffee will be served in the foyer",
        ),
        ("Session 1", None, None),
        ("Lunch", None, None),
    ]


def test_a_heading_that_mentions_a_day_is_still_a_session() -> None:
    body = """### Session 1 (09:00-10:30)

- Scaling Laws for Sparse Models

### Session 2: Day 1 highlights (11:00-12:00)

- Open discussion

### Friday Social (18:00-20:00)
"""
    assert [title for _, title, _ in _read(body)] == [
        "Session 1",
        "Session 2: Day 1 highlights",
        "Friday Social",
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("## Tutorial 5 (Thursday) — 12 June 2025", dt.date(2025, 6, 12)),
        ("Lab 2 (Mon) — 9 June 2025", dt.date(2025, 6, 9)),
        # A range of two bracketed weekdays is no one date read from its end.
        ("**When:** Dec 10 (Sun) – Dec 11 (Mon), 2023, New Orleans.", None),
    ],
)
def test_a_bracketed_weekday_after_a_number_that_is_no_day(text: str, day: dt.date | None) -> None:
    found = find_date(text)
    assert (found.date if found else None) == day


def test_the_place_before_a_date_with_its_weekday_in_brackets() -> None:
    page = "# W\n\nBergamo – October 6 (Monday), 2025. All times CEST.\n\n"
    page += "| Time | Session |\n|---|---|\n| 09:00 - 09:30 | Opening remarks |\n"
    assert read_page(page).program.location == "Bergamo"


def test_a_title_date_that_says_when_the_page_was_updated_is_not_the_days() -> None:
    page = "---\ntitle: Workshop Program (last updated May 3, 2024)\n---\n\n"
    page += "All times are in CEST.\n\n| Time | Session |\n|---|---|\n"
    page += "| 09:00 - 09:30 | Opening remarks |\n"
    with pytest.raises(PageError, match="no date found"):
        read_page(page)


def test_a_title_line_that_starts_with_a_material_word_stays_in_the_title() -> None:
    body = "| Time | Session |\n|---|---|\n"
    body += "| 11:00 - 11:30 | Teaching with Open<br>Materials: five years of lessons |\n"
    assert _read(body)[0][1] == "Teaching with Open Materials: five years of lessons"


def test_a_title_cell_that_holds_an_abstract_gives_it_as_the_description() -> None:
    # The speaker's line and the abstract in italics had been read into one title, then
    # refused; the sentences are now the description (see test_abstract_lines).
    abstract = (
        "<em>It is well known that raters disagree. The reasons fall into two kinds. "
        "I will cover a number of experiments.</em>"
    )
    body = "| Time | Session |\n|---|---|\n"
    body += (
        "| 09:10–10:00 | **Invited Talk:** Disagreement in Human Evaluation<br>by "
        f"[Ann Lee](https://example.org/ann), Example University<br>{abstract} |\n"
    )
    item = read_page(HEAD + body).program.items[0]
    assert (item.title, [p.name for p in item.people]) == (
        "Disagreement in Human Evaluation",
        ["Ann Lee"],
    )
    assert item.abstract is not None
    assert item.abstract.startswith("It is well known")


def test_a_title_that_holds_an_abstract_and_names_no_one_is_refused() -> None:
    abstract = (
        "It is well known that raters disagree. The reasons fall into two kinds. "
        "I will cover a number of experiments."
    )
    body = "| Time | Session |\n|---|---|\n"
    body += f"| 09:10–10:00 | Disagreement in Human Evaluation {abstract} |\n"
    with pytest.raises(PageError, match="holds sentences of a description"):
        read_page(HEAD + body)
