"""Times and dates as pages write them."""

from __future__ import annotations

import datetime as dt

import pytest

from fastpath_ical.page._clock import ClockTime, find_date, parse_offset, parse_time_range


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10:50 - 11:00", ClockTime(10, 50), ClockTime(11, 0)),
        ("10:50am - 12:10pm", ClockTime(10, 50, "am"), ClockTime(12, 10, "pm")),
        ("4 pm - 4:30 pm", ClockTime(4, 0, "pm"), ClockTime(4, 30, "pm")),
        ("14h30", ClockTime(14, 30), None),
        ("1600 -- 1610", ClockTime(16, 0), ClockTime(16, 10)),
        ("08:00-09:00", ClockTime(8, 0, padded=True), ClockTime(9, 0, padded=True)),
        ("10:50 -11:00", ClockTime(10, 50), ClockTime(11, 0)),
        (
            "01:30 -04:00 - 02:00 -05:00",
            ClockTime(1, 30, padded=True, zone="-04:00"),
            ClockTime(2, 0, padded=True, zone="-05:00"),
        ),
        ("1:30 EDT", ClockTime(1, 30, zone="EDT"), None),
    ],
)
def test_time_ranges(text: str, start: ClockTime, end: ClockTime | None) -> None:
    found = parse_time_range(text)
    assert found is not None
    assert (start, end) == (found.start, found.end)


def test_a_bare_number_is_no_time() -> None:
    assert parse_time_range("Session 2") is None


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("-04:00", dt.timedelta(hours=-4)),
        ("UTC+1", dt.timedelta(hours=1)),
        ("GMT−5:30", dt.timedelta(hours=-5, minutes=-30)),
        ("+99:00", None),
        ("EDT", None),
    ],
)
def test_offsets(text: str, offset: dt.timedelta | None) -> None:
    assert offset == parse_offset(text)


@pytest.mark.parametrize(
    "text", ["Sunday, March 28, 2021", "28 March 2021", "2021-03-28", "Mar. 28, 2021"]
)
def test_date_forms(text: str) -> None:
    found = find_date(text)
    assert found is not None
    assert dt.date(2021, 3, 28) == found.date


def test_a_date_without_a_year_needs_the_pages_year() -> None:
    assert find_date("Tuesday, June 15") is None
    found = find_date("Tuesday, June 15", year=2021)
    assert found is not None
    assert dt.date(2021, 6, 15) == found.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("9:00a-9:30a", dt.time(9, 0), dt.time(9, 30)),
        ("7:00p-7:30p", dt.time(19, 0), dt.time(19, 30)),
        ("10:45a-12:00p", dt.time(10, 45), dt.time(12, 0)),
        ("9a-10a", dt.time(9, 0), dt.time(10, 0)),
        ("9:00a", dt.time(9, 0), None),
    ],
)
def test_a_single_letter_a_or_p_is_am_or_pm(text: str, start: dt.time, end: dt.time | None) -> None:
    found = parse_time_range(text)
    assert found is not None
    assert start == found.start.to_time()
    assert end == (found.end.to_time() if found.end else None)


def test_a_number_with_a_letter_alone_is_no_time() -> None:
    assert parse_time_range("Room 3a") is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("9:00 - 10 Years of Rust", None),
        ("0945 - 4D-Modeller", None),
        ("9:30 - 11", (11, 0)),
        ("10:00 - 3 pm", (15, 0)),
        ("9 - 10 Opening", (10, 0)),
        ("14h - 15h Talk", (15, 0)),
    ],
)
def test_a_bare_number_after_a_start_with_minutes_and_before_a_word_is_no_end(
    text: str, end: tuple[int, int] | None
) -> None:
    found = parse_time_range(text)
    assert found is not None
    got = found.end.to_time(found.end.meridiem) if found.end else None
    assert ((got.hour, got.minute) if got is not None else None) == end


def test_a_month_and_a_day_read_without_dateutil_as_dateutil_reads_them() -> None:
    """``_month_and_day`` spares most pages dateutil's import: wherever it answers, its
    date is dateutil's, over every month name dateutil knows, in three cases, both
    orders, with commas, every day from 0 to 32 and a leap year or not."""
    from dateutil import parser as dateutil_parser
    from dateutil.parser import parserinfo

    from fastpath_ical.page._clock import _month_and_day

    answered = 0
    for number, names in enumerate(parserinfo.MONTHS, 1):
        for name in names:
            for written in (name, name.lower(), name.upper()):
                for day in [*range(33), "07", "007", "٣"]:
                    for shape in ("{m} {d}", "{d} {m}", "{m} {d}, ", " {d}, {m} ", "{m}, {d}"):
                        text = shape.format(m=written, d=day)
                        for year in (2000, 2021, 2023, 2024):
                            quick = _month_and_day(text, year)
                            if quick is None:
                                continue
                            answered += 1
                            parsed = dateutil_parser.parse(text, default=dt.datetime(year, 1, 1))
                            assert parsed.date() == quick, text
                            assert quick.month == number
    assert answered > 10_000  # what the test stands on: the quick reading reads these
    assert _month_and_day("March 28 2021", 2021) is None  # three words: dateutil's
    assert _month_and_day("Feb 30", 2021) is None  # dateutil says why it is no date
    assert _month_and_day("Mars 3", 2021) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("08 : 15 – 08 : 30 Opening Remarks", (8, 15), (8, 30)),
        ("10 : 45 - 12 : 15 Oral Presentations", (10, 45), (12, 15)),
    ],
)
def test_a_colon_between_single_spaces_after_a_two_digit_hour(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    # FA/04 (a NeurIPS 2024 workshop's list) wrote every time so; read whole, not as ":30".
    found = parse_time_range(text)
    assert found is not None
    assert found.end is not None
    assert ((found.start.hour, found.start.minute), (found.end.hour, found.end.minute)) == (
        start,
        end,
    )


@pytest.mark.parametrize("text", ["Session 2 : 30 papers", "Room 4 : 15 seats", "8 : 15"])
def test_a_spaced_colon_after_one_digit_is_no_time(text: str) -> None:
    assert parse_time_range(text) is None


@pytest.mark.parametrize("text", ["£500", "£1000", "$1000", "€ 500", "¥3000"])
def test_a_price_is_no_time(text: str) -> None:
    # A sponsorship table's "£500" and "£1000" had made it a schedule (10:00 for £1000).
    assert parse_time_range(text) is None


def test_a_time_after_a_price_is_still_a_time() -> None:
    found = parse_time_range("Lunch £5, 12:00-13:00")
    assert found is not None
    assert (found.start.hour, found.end.hour if found.end else None) == (12, 13)


def test_a_numbered_days_date_has_its_span_in_the_text_as_written() -> None:
    # "Day 1, Aug 07, MON": the date read from "Aug 07, MON", its span where that is.
    text = "Day 1, Aug 07, MON"
    found = find_date(text, year=2023)
    assert found is not None
    assert text[found.span[0] : found.span[1]] == "Aug 07, MON"


@pytest.mark.parametrize("text", ["3.12.1 or later is required", "**03.06.25**", "v2.10.3"])
def test_a_dotted_time_with_a_third_number_is_no_time(text: str) -> None:
    # A version or a date; read as 3:12 or 03:06 it had made items of the lines (review
    # r11_10, r11_13 of stop 39).
    assert parse_time_range(text) is None


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("09:00:00", 9, 0), ("13.15.13.45 Q&A", 13, 15), ("12.30.", 12, 30)],
)
def test_seconds_and_two_joined_times_are_still_read(text: str, hour: int, minute: int) -> None:
    found = parse_time_range(text)
    assert found is not None
    assert (found.start.hour, found.start.minute) == (hour, minute)
