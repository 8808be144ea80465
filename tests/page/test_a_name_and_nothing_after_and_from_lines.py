"""Two lines of WOAH 2023's programme (LA/04, measured blind), written as paragraphs:

- "09:45 - 10:15:  **Vinodkumar Prabhakaran**:": a speaker in bold, their colon, and no
  title yet: a talk by them, titled by their name (it had refused the page as a title cut
  in the wrong place). "**Deep Learning**:" is no one's name, and still refused.
- "From 17:30: **Workshop Drinks**, External Location TBA": a start with no end; it had
  been passed over without a word, lost from the feed. The last item, it is refused for
  want of an end, as the person reading the page refused it; a sentence ("From 9:00 the
  doors are open.") is still no line of the program.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import PageError, read_page

HEAD = "# Workshop\n\nJuly 13, 2023. All times are Toronto time.\n\n"


def test_a_speaker_and_no_title_yet() -> None:
    page = HEAD + (
        '09:15 - 09:45:  **Dirk Hovy**: "Whose Truth Is It Anyway?"\n\n'
        "09:45 - 10:15:  **Vinodkumar Prabhakaran**:\n\n"
        "10:15 - 11:45:  **Poster Session**\n"
    )
    items = read_page(page).program.items
    assert [(i.title, [p.name for p in i.people]) for i in items] == [
        ("Whose Truth Is It Anyway?", ["Dirk Hovy"]),
        ("Vinodkumar Prabhakaran", ["Vinodkumar Prabhakaran"]),
        ("Poster Session", []),
    ]


def test_a_bold_phrase_then_a_colon_is_still_refused() -> None:
    page = HEAD + "09:15 - 09:45:  Opening\n\n09:45 - 10:15:  **Deep Learning**:\n"
    with pytest.raises(PageError):
        read_page(page)


def test_a_from_line_is_an_item_with_no_end() -> None:
    page = HEAD + (
        "17:15 - 17:25:  Closing Remarks\n\n"
        "From 17:30: **Workshop Drinks**, External Location TBA\n"
    )
    with pytest.raises(PageError, match="has no end time") as caught:
        read_page(page)
    assert caught.value.line == 7
    items = read_page(page, end=dt.time(19)).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in items][-1] == (
        "Workshop Drinks, External Location TBA",
        dt.time(17, 30),
        dt.time(19),
    )


def test_a_sentence_from_a_time_is_no_item() -> None:
    page = HEAD + (
        "From 9:00 the doors are open.\n\n09:15 - 09:45:  Opening\n\n09:45 - 10:15:  Talks\n"
    )
    items = read_page(page).program.items
    assert [i.title for i in items] == ["Opening", "Talks"]
