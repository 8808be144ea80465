"""Shapes of summer-school and course pages: instructors, Date/Time columns, "Day 1 - 10th
December", labels before titles, link lists after them, Hugo and Jekyll link tags."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical import ItemKind, PageError, read_page
from fastpath_ical.page._blocks import Table
from fastpath_ical.page._columns import with_header
from fastpath_ical.page._markdown import blocks

HEAD = "# School 2024\n\nMonday, June 24, 2024 (all times CEST)\n\n"


def _items(table: str, head: str = HEAD) -> list[tuple[str, list[str], ItemKind]]:
    reading = read_page(head + table)
    return [(i.title, [p.name for p in i.people], i.kind) for i in reading.program.items]


@pytest.mark.parametrize("header", ["Instructor", "Lecturers", "Session leader", "Tutor(s)"])
def test_who_teaches_is_the_speaker(header: str) -> None:
    table = (
        f"| Time | Topic | {header} |\n|---|---|---|\n| 8:30-10:10 | Modeling | Dr. Hua Zhou |\n"
    )
    assert _items(table)[0][:2] == ("Modeling", ["Hua Zhou"])


def test_a_date_time_column_holds_the_times() -> None:
    table = "| Date/Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n"
    assert _items(table)[0][0] == "Opening"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("### Day 1 - 10<sup>th</sup> December 2019", "2019-12-10"),
        ("### Day 2 – 11 December 2019", "2019-12-11"),
        ("### Week 1 - 3 June 2019", "2019-06-03"),
    ],
)
def test_a_numbered_day_before_a_date_is_not_a_range_of_dates(heading: str, day: str) -> None:
    page = f"# School\n\nAll times are NZDT.\n\n{heading}\n\n| Time | Title |\n|---|---|\n"
    page += "| 9:00 - 9:45 | Introduction |\n"
    assert read_page(page).program.items[0].start.date().isoformat() == day


@pytest.mark.parametrize(
    ("cell", "title", "kind"),
    [
        ("__Everyone:__ Introductions", "Introductions", ItemKind.TALK),
        ("_Hands-on:_ Setup and data retrieval", "Setup and data retrieval", ItemKind.ACTIVITY),
        ("Keynote: Deep things", "Deep things", ItemKind.KEYNOTE),
        ("Panel: What Next?", "What Next?", ItemKind.PANEL),
        # A word before a colon that is no label stays in the title.
        ("Privacy: a survey", "Privacy: a survey", ItemKind.TALK),
    ],
)
def test_a_label_before_the_title_gives_the_kind(cell: str, title: str, kind: ItemKind) -> None:
    table = f"| Time | Title |\n|---|---|\n| 10:00-10:30 | {cell} |\n"
    assert _items(table)[0] == (title, [], kind)


def test_a_list_of_the_cells_links_after_the_title_is_no_part_of_it() -> None:
    table = (
        "| Time | Topic |\n|---|---|\n"
        r"| 8:30-10:10 | Data science overview \[[tutorial](https://x.example/t), [Binder]()\] |"
        "\n| 10:20-11:50 | Unix Shell ([Topics 1 to 3](https://x.example/u)) |\n"
    )
    titles = [title for title, _, _ in _items(table)]
    assert titles == ["Data science overview", "Unix Shell (Topics 1 to 3)"]


@pytest.mark.parametrize(
    "link",
    [
        '[Parallel sessions]({{< relref "/programme/mon_am" >}})',
        "[Parallel sessions]({{ site.baseurl }}/programme/mon_am)",
        "[Parallel sessions]({{ '/programme/mon_am' | relative_url }})",
    ],
)
def test_a_site_generators_link_tag_is_a_relative_link(link: str) -> None:
    table = f"| Time | Title |\n|---|---|\n| 10:00-10:30 | {link} |\n"
    reading = read_page(HEAD + table, page_url="https://school.example/2024/")
    item = reading.program.items[0]
    assert item.title == "Parallel sessions"
    assert [link.url for link in item.links] == ["https://school.example/programme/mon_am"]


def test_speakers_in_brackets_after_titles_are_read_where_the_table_makes_a_habit_of_it() -> None:
    table = (
        "| Time | Event |\n|---|---|\n"
        "| 10:00--11:00 | Stewartson Memorial Lecture (Ian Griffiths) |\n"
        "| 11:10--12:00 | Plenary (Ellen Brooks-Pollock) |\n"
        "| 12:00--13:00 | Lunch |\n"
    )
    reading = read_page(HEAD + table)
    assert [(t, p) for t, p, _ in _items(table)] == [
        ("Stewartson Memorial Lecture", ["Ian Griffiths"]),
        ("Plenary", ["Ellen Brooks-Pollock"]),
        ("Lunch", []),
    ]
    assert any("names in brackets" in str(w) for w in reading.warnings)


@pytest.mark.parametrize(
    "rows",
    [
        # One bracket alone says too little.
        ("Stewartson Memorial Lecture (Ian Griffiths)", "Opening"),
        # What the talk is, not who gives it.
        ("Session A (Full Papers)", "Session B (Short Papers)"),
        ("Knitting (R Markdown Anatomy)", "Plots (Data Science)"),
        # A name, then its affiliation.
        ("Ann Lee (Example University)", "Bo Ray (Acme Research)"),
    ],
)
def test_a_bracket_that_is_no_habit_of_names_stays_in_the_title(rows: tuple[str, str]) -> None:
    table = "| Time | Event |\n|---|---|\n"
    table += f"| 10:00--11:00 | {rows[0]} |\n| 11:10--12:00 | {rows[1]} |\n"
    reading = read_page(HEAD + table)
    bracketed = {row.partition("(")[2].rstrip(")") for row in rows if "(" in row}
    people = {p.name for item in reading.program.items for p in item.people}
    assert not people & bracketed
    assert not any("names in brackets" in str(w) for w in reading.warnings)


def test_a_bold_first_line_is_the_title_and_the_lines_under_it_its_description() -> None:
    table = (
        "|Time|Event|Session leader|\n|:---|:---|:---|\n"
        "|9:00 am – 9:45 am|**Introduction**<br>Welcome<br>Logging in|Ann Lee|\n"
        "|9:45 am – 10:30 am|**TASK: Bash scripting**|Bo Ray<br>Cy Dee|\n"
        "|10:30 am – 11:00 am|**Gene annotation (part 2)**)<br>**TASK:** Performing it|Ann Lee|\n"
        "|11:00 am – 11:30 am|**Gene annotation** (refresher)<br>**TASK:** Tie it up|Ann Lee|\n"
    )
    items = read_page(HEAD + table).program.items
    assert [(i.title, i.kind, [p.name for p in i.people]) for i in items] == [
        ("Introduction", ItemKind.REMARKS, ["Ann Lee"]),
        ("Bash scripting", ItemKind.ACTIVITY, ["Bo Ray", "Cy Dee"]),
        ("Gene annotation (part 2)", ItemKind.TALK, ["Ann Lee"]),
        ("Gene annotation (refresher)", ItemKind.TALK, ["Ann Lee"]),
    ]
    assert items[0].abstract == "Welcome\nLogging in"
    assert items[3].abstract == "TASK: Tie it up"


@pytest.mark.parametrize("verb", ["sponsored", "hosted", "offered", "organised"])
def test_by_after_a_sponsor_verb_names_no_speaker(verb: str) -> None:
    table = (
        f"| Time | Event |\n|---|---|\n| 17:10--18:30 | Welcome drinks {verb} by Halden Press |\n"
    )
    assert _items(table)[0][:2] == (f"Welcome drinks {verb} by Halden Press", [])


def test_by_before_a_name_still_names_the_speaker() -> None:
    table = "| Time | Event |\n|---|---|\n| 17:10--18:30 | Invited talk by Ann Lee |\n"
    assert _items(table)[0][1] == ["Ann Lee"]


def test_a_weekday_and_a_dotted_day_take_the_year_of_the_title() -> None:
    page = (
        "# Summer School in Computing 2025\n\nAll times are EEST.\n\n### Day 1, Tue 24.6.\n\n"
        "| Time  | Topic |\n| ----  | ----- |\n| 09:00 | Welcome\n| 10:30 | Lunch\n"
        "| 11:30 | End of day\n"
    )
    items = read_page(page).program.items
    assert [i.start.isoformat() for i in items] == [
        "2025-06-24T09:00:00+03:00",
        "2025-06-24T10:30:00+03:00",
    ]


def test_a_version_number_after_a_weekday_is_no_date() -> None:
    page = (
        "# Solvers 2023\n\nThursday, February 2, 2023 (all times JST)\n\n"
        "| Time | Title |\n|---|---|\n| 09:00-10:00 | Opening |\n\n"
        "We build on MiniSat 2.2.0, a fast solver.\n"
    )
    assert read_page(page).program.items[0].start.isoformat() == "2023-02-02T09:00:00+09:00"


def test_an_activity_in_the_speaker_column_is_the_title_and_the_title_cell_describes_it() -> None:
    table = (
        "| Time | Speaker/Item | Topic |\n|---|---|---|\n"
        "| 8:00 AM - 8:45 AM | Check-in and installation questions | Badging, coffee, intros |\n"
        "| 8:45 AM - 9:30 AM | Ann Lee | Ice Edge Detection (recorded video) |\n"
        "| 5:30 PM - 6:15 PM | Happy Hour / Interactive Session | Snacks and drinks |\n"
    )
    items = read_page(HEAD + table).program.items
    assert [(i.title, [p.name for p in i.people], i.abstract) for i in items] == [
        ("Check-in and installation questions", [], "Badging, coffee, intros"),
        ("Ice Edge Detection", ["Ann Lee"], None),
        ("Happy Hour / Interactive Session", [], "Snacks and drinks"),
    ]


def test_a_weekday_heading_takes_the_one_year_of_the_page_it_agrees_with() -> None:
    page = (
        "# Modelling Hackathon\n\n<br/>\nWelcome to the 2023 hackathon, &copy; 2021.\n\n"
        "All times are CET.\n\n#### Thursday November 2\n\n"
        "| Time | Title |\n|---|---|\n| 09:00 - 10:00 | Welcome |\n"
    )
    reading = read_page(page)
    assert reading.program.items[0].start.isoformat() == "2023-11-02T09:00:00+01:00"
    assert any("the one year the page names" in str(w) for w in reading.warnings)


def test_a_weekday_heading_two_years_agree_with_is_no_date() -> None:
    # November 2 is a Thursday in 2023 and in 2017: the page must say which.
    page = (
        "# Hackathon\n\nWelcome to the 2023 hackathon, the sequel of 2017.\n\n"
        "All times are CET.\n\n"
        "#### Thursday November 2\n\n| Time | Title |\n|---|---|\n| 09:00 - 10:00 | Welcome |\n"
    )
    with pytest.raises(PageError, match="no date"):
        read_page(page)


@pytest.mark.parametrize(
    ("line", "title"),
    [("**0945** - 4D-Modeller, Past and Future", "4D-Modeller, Past and Future")],
)
def test_a_number_that_starts_a_title_is_no_end_time(line: str, title: str) -> None:
    page = (
        "# Hackathon 2023\n\n#### Thursday, November 2, 2023 (all times CET)\n\n"
        f"{line}<br/>\n**1030** - Coffee break<br/>\n"
        "**1830** - You may work together, go home<br/>\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.strftime("%H:%M"), i.end.strftime("%H:%M")) for i in items] == [
        (title, "09:45", "10:30"),
        ("Coffee break", "10:30", "18:30"),
    ]


def test_a_numbered_days_heading_with_its_month_and_day_dates_the_day() -> None:
    page = (
        "# Hackathon 2024\n\nAll times are listed in Eastern Time (ET).\n\n"
        "### Day 1: Mar 27\n\n| Time  | Activity |\n|---|---|\n| 09:00 | Welcome |\n"
        "| 13:00 | End of Day 1 |\n\n### Day 2: Mar 28\n\n| Time  | Activity |\n|---|---|\n"
        "| 09:00 | Breakout |\n| 13:00 | End of Event |\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.isoformat()) for i in items] == [
        ("Welcome", "2024-03-27T09:00:00-04:00"),
        ("Breakout", "2024-03-28T09:00:00-04:00"),
    ]


def test_a_page_asked_for_its_date_is_asked_at_its_date_line() -> None:
    page = (
        "# Program\n\n**Workshop date:** December 11 or 12, 2026. To be confirmed.\n\n"
        "All times are local to Sydney.\n\n| Time | Session |\n|---|---|\n"
        "| 09:00 - 10:00 | Opening |\n"
    )
    with pytest.raises(PageError) as caught:
        read_page(page)
    assert (caught.value.line, caught.value.code) == (3, "no-date")
    reading = read_page(page, date=dt.date(2026, 12, 11))
    assert reading.program.items[0].start.isoformat() == "2026-12-11T09:00:00+11:00"


def test_a_header_row_that_only_says_the_day_dates_the_table() -> None:
    page = (
        "# Hackathon\n\n**All times are in Pacific Standard Time (PST; UTC-8)**\n\n<table>\n"
        "<tr><th><b>Day 1</b></th><th colspan='2'><b>Tuesday, February 15, 2022</b></th></tr>\n"
        "<tr><td><b>8 - 8:30am</b></td><td colspan='2'>Welcome and Introduction</td></tr>\n"
        "<tr><td><b>8:30 - 9am</b></td><td colspan='2'>Project presentations</td></tr>\n"
        "</table>\n"
    )
    items = read_page(page).program.items
    assert [(i.title, i.start.isoformat()) for i in items] == [
        ("Welcome and Introduction", "2022-02-15T08:00:00-08:00"),
        ("Project presentations", "2022-02-15T08:30:00-08:00"),
    ]


@pytest.mark.parametrize(
    ("header", "is_dates"),
    [
        ("| Day 1 | Tuesday, February 15 |", True),
        ("| **June 4th, 2021** |", True),
        # Words that begin as a month does are no month: these name columns.
        ("| Decision 5 | Day 2 |", False),
        ("| Marketing 101 | Day 2 |", False),
    ],
)
def test_only_a_header_of_days_is_read_as_the_tables_date(header: str, is_dates: bool) -> None:
    columns = header.count("|") - 1
    page = header + "\n" + "|---" * columns + "|\n" + "| 09:00 - 10:00 " * columns + "|\n"
    table = next(block for block in blocks(page) if isinstance(block, Table))
    assert (with_header(table).header == ()) is is_dates
