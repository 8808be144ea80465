"""'Practical demonstration: Group analysis', 'Live demo: ...': a label of what is shown.

A neuroimaging workshop's README measured blind (JB/01) writes its demonstrations so
beside 'Presentation: Introduction to RSA'; the presentation lost its label, the
demonstration kept it as words of its title.
"""

from __future__ import annotations

import pytest

from fastpath_ical import ItemKind, read_page


@pytest.mark.parametrize("label", ["Practical demonstration", "Live demo", "Practical session"])
def test_a_demonstrations_label_goes_from_its_title(label: str) -> None:
    page = (
        "# RSA Workshop\n\nThursday 13 September 2018. All times are UK time.\n\n"
        f"- 10:30 - 11:30 {label}: Group analysis\n- 11:30 - 12:30 Lunch\n"
    )
    item = read_page(page).program.items[0]
    assert (item.title, item.kind) == ("Group analysis", ItemKind.ACTIVITY)
