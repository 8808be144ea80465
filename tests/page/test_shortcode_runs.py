"""A DataLad workshop's page measured blind (PC/04): a cell opens with two emoji shortcodes
written together (":wave::coffee: join for a coffee!"), which GitHub Pages shows as two
pictures; only a shortcode standing apart had been dropped, so the colon between them
had cut the title and the page was refused.
"""

from __future__ import annotations

from fastpath_ical.page._title_text import drop_pictographs


def test_a_run_of_shortcodes_is_dropped_as_one() -> None:
    assert drop_pictographs(":wave::coffee: join for a coffee!").strip() == "join for a coffee!"
    assert drop_pictographs("Ratio 1:2:3 of things") == "Ratio 1:2:3 of things"
    assert drop_pictographs("Title:subtitle: more") == "Title:subtitle: more"
