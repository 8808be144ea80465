"""Program rows written as Hugo shortcodes, one per item, read as a table's rows."""

from __future__ import annotations

import pytest

from fastpath_ical import PageError, read_page

PAGE = """---
title: Program
---

# Control Days 2025

## Wednesday (2 April 2025)

Times in Hamburg (CEST).

{{< agenda-item time="08:30 - 09:00" title="Registration" location="Foyer" type="break" >}}
Pick up your badge.
{{< /agenda-item >}}

{{< agenda-item time="09:00 - 10:00" title="Keynote" speaker="Ann Lee" location="Hall" >}}
{{< /agenda-item >}}

{{< agenda-item time="{third}" title="Lab tour" location="Campus" type="session" >}}
{{< /agenda-item >}}

```
{{< agenda-item time="11:00 - 12:00" title="An example in a code block" >}}
```
"""


def test_each_shortcode_is_an_item_with_its_attributes() -> None:
    read = read_page(PAGE.replace("{third}", "10:00 - 11:30"))
    items = read.program.items
    assert [(f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, i.kind.value) for i in items] == [
        ("08:30-09:00", "Registration", "break"),
        ("09:00-10:00", "Keynote", "keynote"),
        ("10:00-11:30", "Lab tour", "session"),
    ]
    assert [p.name for p in items[1].people] == ["Ann Lee"]
    assert items[0].abstract == "Pick up your badge."
    assert dict(items[2].extra) == {"Location": "Campus"}


def test_an_error_in_a_shortcode_points_at_its_value() -> None:
    with pytest.raises(PageError) as caught:
        read_page(PAGE.replace("{third}", "10:00 - 09:30"))
    assert (caught.value.line, caught.value.column) == (18, 23)  # at the value of time=
