"""An NLP workshop's schedule measured blind (OA/05, NLP-OSS 2020): one paragraph per
entry, times of four digits ("<p>1900 - 1930 &nbsp;&nbsp; <strong>Closing
Remarks</strong></p>"), a talk's video linked after the speaker ("Invited Talk 1: Ann Lee
<a href=...>(YouTube)</a>"). The end of each range had not been read (four digits were
taken for a time only before a separator or the text's end), so every title began with
it ("1930 Closing Remarks") and the last item had no end; "(YouTube)" had been where the
speakers work.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import read_page
from fastpath_ical.page._clock import parse_time_range

PAGE = """# NLP-OSS

November 19, 2020. All times are Pacific Time (PST).

<p>0500 - 0530\t&nbsp;&nbsp; <strong>Opening Remarks</strong> </p>

<p>0530 - 0630 &nbsp;&nbsp; <strong>Invited Talk 1: Ann Lee</strong> <a href="https://youtu.be/abc">(YouTube)</a></p>

<p>1900 - 1930\t&nbsp;&nbsp; <strong>Closing Remarks</strong> </p>
"""


def test_four_digit_ranges_before_a_title() -> None:
    opening, talk, closing = read_page(PAGE).program.items
    assert [(i.title, i.start.time(), i.end.time()) for i in (opening, closing)] == [
        ("Opening Remarks", dt.time(5, 0), dt.time(5, 30)),
        ("Closing Remarks", dt.time(19, 0), dt.time(19, 30)),
    ]
    assert [(p.name, p.affiliation) for p in talk.people] == [("Ann Lee", None)]
    assert [link.url for link in talk.links] == ["https://youtu.be/abc"]


@pytest.mark.parametrize("text", ["Session 2 - 1930 papers", "10:00 - 1030 Talk", "9 - 1030 x"])
def test_four_digits_after_another_start_are_no_end(text: str) -> None:
    found = parse_time_range(text)
    assert found is None or found.end is None


def test_three_digit_numbers_in_a_room_are_no_range_before_markup() -> None:
    """ "in <b>Room 220-222</b>" in a page's description had become the day's hours, 2:20
    to 2:22, once an end of digits could stand before words (BS/02)."""
    found = parse_time_range("Room 220-222</b>. The session will cover talks")
    assert found is None or found.end is None


@pytest.mark.parametrize("onwards", ["em diante", "en adelante", "in poi"])
def test_onwards_in_other_languages(onwards: str) -> None:
    page = (
        "# Encontro\n\n14 de junho de 2025. Horário de Lisboa (Europe/Lisbon).\n\n"
        f"| Hora | Atividade |\n|---|---|\n| 15:00 - 17:00 | Oficinas |\n"
        f"| 17:00 {onwards} | Convívio |\n"
    )
    last = read_page(page, end=dt.time(19, 0)).program.items[-1]
    assert (last.title, last.start.time(), last.end.time()) == (
        "Convívio",
        dt.time(17, 0),
        dt.time(19, 0),
    )
