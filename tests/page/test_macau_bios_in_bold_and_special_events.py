"""A robotic-vision competition's page measured blind (OA/03, IROS 2019): its venue line
is "Venue: The Venetian Macao Resort Hotel, Macau, China" (Macau keeps a zone of its own,
and China's is Shanghai's: the place had named no one zone, and the page was refused), and
each keynote's bio opens with a line in bold, "<b>Ann Lee, Scientific Director, Example
Institute - Genoa, Italy</b>", which says where the speaker works. A systems workshop's
table (OC/04) labels items "__Special event:__ Group photo".
"""

from __future__ import annotations

from fastpath_ical import read_page
from fastpath_ical.model import ItemKind

PAGE = """# Lifelong Vision Competition

November 4, 2019

Venue: The Venetian Macao Resort Hotel, Macau, China

<details><summary><b>Ann Lee, Scientific Director, Example Institute - Genoa, Italy</b></summary>
<p>Ann Lee directs the institute.</p>
</details>

| Time | Event |
|---|---|
| 9:15 - 10:00 | **Ann Lee**: Bespoke learning for robots |
| 10:00 - 10:05 | __Special event:__ Group photo |
| 10:05 - 10:30 | Closing |
"""


def test_macau_in_china_is_macaus_zone() -> None:
    assert str(read_page(PAGE).program.timezone) == "Asia/Macau"


def test_a_bold_line_opening_with_a_name_says_where_they_work() -> None:
    talk, _, _ = read_page(PAGE).program.items
    assert [(p.name, p.affiliation) for p in talk.people] == [
        ("Ann Lee", "Example Institute - Genoa, Italy")
    ]


def test_special_event_is_a_label() -> None:
    _, photo, _ = read_page(PAGE).program.items
    assert (photo.title, photo.kind) == ("Group photo", ItemKind.SOCIAL)
