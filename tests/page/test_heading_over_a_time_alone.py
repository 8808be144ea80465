"""A heading over a time written alone, over the people who hold it: "### Panel
discussion", "17:00 - 18:00", then "Ann Lee, Chief Scientist, Example Corp" (a page
measured blind, BE/05, had titled the panel with its first panelist's line)."""

from __future__ import annotations

from fastpath_ical import read_page

PAGE = """# Schedule

September 22, 2023, Turin, Italy.

### Presentations

14:00 - 14:10: opening

16:30 - 16:50: invited talk - Ann Lee (Example Corp) - "Models at Scale"

### Panel discussion
17:00 - 18:00

Alex Jamison, Chief Scientist, Example Corp

Emma Rodd, Full Professor, Example University
"""


def test_the_heading_over_a_time_alone_titles_it_not_the_line_naming_someone() -> None:
    panel = read_page(PAGE).program.items[-1]
    assert (panel.title, panel.kind.value) == ("Panel discussion", "panel")


def test_a_sessions_heading_over_a_time_and_a_talks_title_is_left_as_it_was() -> None:
    page = PAGE.replace("### Panel discussion", "### Session 2").replace(
        "Alex Jamison, Chief Scientist, Example Corp", "A Portable Task Graph Runtime"
    )
    assert read_page(page).program.items[-1].title == "A Portable Task Graph Runtime"
