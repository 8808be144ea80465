"""A page whose schedule is still to come ("TBA" under "# Schedule", a table of last
year's program commented out below it): refused at that line, which is what a person asks
about (an ACL workshop page measured blind, EC/06, had this shape)."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page


@pytest.mark.parametrize("said", ["TBA", "Coming soon!", "The schedule will be announced soon."])
def test_a_program_heading_over_a_placeholder_is_refused_at_it(said: str) -> None:
    page = f"---\ntitle: Schedule\n---\n\n# Schedule\n\n(based on Italy time zone)\n\n{said}\n"
    with pytest.raises(PageError, match="not on the page yet") as raised:
        read_page(page)
    assert raised.value.line == 9


def test_a_placeholder_under_another_heading_is_no_such_refusal() -> None:
    page = "# Workshop\n\n## Invited speakers\n\nTBA\n"
    with pytest.raises(PageError, match="no program table found"):
        read_page(page)
