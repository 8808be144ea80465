"""A PSDI community meeting's programme measured blind (MB/04): its start times link to
time.is ("[11:10](https://time.is/1110_16_June_2025_in_BST) - 11:25"), which shows the
time elsewhere and is no material of the talk; and "Hosts" in the Speaker column of the
welcome names no one (the hosts are not named), as "Organizers" does not.
"""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Programme

June 16, 2025. All times are BST.

| Time | Title | Speaker |
|---|---|---|
| **11:00 - 11:10** | **Welcome & housekeeping** | Hosts |
| [11:10](https://time.is/1110_16_June_2025_in_BST) - 11:25 | *Introduction* | Wenkai Zhang |
| 11:25 - 11:50 | [Cross-search](https://example.org/slides.pdf) | Aileen Day |
"""


def test_time_links_are_no_material_and_hosts_no_one() -> None:
    welcome, intro, search = read_page(PAGE).program.items
    assert welcome.people == ()
    assert intro.links == ()
    assert [link.url for link in search.links] == ["https://example.org/slides.pdf"]
