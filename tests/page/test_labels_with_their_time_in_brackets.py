"""A line that gives a label, its time in brackets, then the title ("Topic 1
(9:00-9:45): Phasing – Ann Lee"), and the day named after "The schedule for" (from the
blind set BY).  Such lines had been refused as holding a time where no line of a
program puts it, and the date as none.  Each test fails on the reader before these
rules.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page


def test_a_label_its_time_in_brackets_then_the_title() -> None:
    page = (
        "# Imputation workshop\n\nThe schedule for the 28th of September will be as follows:\n\n"
        "Topic 1 (09:00-09:45): Background to imputation – Ann Lee\n\n"
        "Topic 2 (09:45-10:30): Phasing and haplotypes – Bo Ray\n\n"
        "Break (10:30-10:45)\n\n"
        "Presentation (10:45-11:30): Reference panels – Cy Dee\n"
    )
    program = read_page(page, year=2020, timezone="Pacific/Auckland").program
    assert [(i.title, [p.name for p in i.people]) for i in program.items] == [
        ("Background to imputation", ["Ann Lee"]),
        ("Phasing and haplotypes", ["Bo Ray"]),
        ("Break", []),
        ("Reference panels", ["Cy Dee"]),
    ]
    assert program.items[0].start == dt.datetime(
        2020, 9, 28, 9, tzinfo=program.items[0].start.tzinfo
    )
