"""Day and month names in English, whatever the machine's locale.

``strftime("%A")`` follows ``LC_TIME``: under a German locale the shipped
page's "Sunday" would not match its own date ("Sonntag"), and the same
program would give other feed bytes.  Pages, feeds and agendas are written
in English, so the names are fixed here.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS", "WEEKDAYS", "long_date", "month_name", "weekday_name"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def weekday_name(day: dt.date, *, short: bool = False) -> str:
    """``Sunday``, or ``Sun`` when ``short``."""
    name = WEEKDAYS[day.weekday()]
    return name[:3] if short else name


def month_name(day: dt.date) -> str:
    """``March``."""
    return MONTHS[day.month - 1]


def long_date(day: dt.date) -> str:
    """``Sunday 28 March 2021``: the form feeds and agendas write a day in."""
    return f"{weekday_name(day)} {day.day} {month_name(day)} {day.year}"
