"""What must not depend on the machine: its locale's day names, the zone names it can load."""

from __future__ import annotations

import re

import pytest

from fastpath_ical import ZoneError, fastpath2021, read_page
from fastpath_ical.agenda import agenda
from fastpath_ical.cli import main
from fastpath_ical.page import write_page
from fastpath_ical.text import clean_text
from paths import ROOT

SRC = ROOT / "src" / "fastpath_ical"


def test_no_locale_dependent_date_names_in_the_source() -> None:
    """strftime's %a %A %b %B follow LC_TIME: "Sonntag" would not match "Sunday" on the page."""
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(SRC.glob("*.py"))
        if path.name != "datenames.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (re.search(r"%-?[aAbB]\b", line) and "strptime" not in line) or "%-d" in line
    ]
    assert [] == offenders


@pytest.mark.parametrize("zone", ["Europe", "localtime", "posix/Europe/Zurich", "Nowhere/Zone"])
def test_every_zone_lookup_says_zone_error(zone: str) -> None:
    with pytest.raises(ZoneError):
        agenda(fastpath2021(), zone)
    with pytest.raises(ZoneError):
        write_page(fastpath2021(), timezone=zone)


def test_agenda_with_a_folder_for_zone_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--in", "Europe"]) != 0
    err = capsys.readouterr().err
    assert 1 == len(err.splitlines())
    assert "unknown time zone 'Europe'" in err


def test_a_lone_surrogate_is_dropped_from_text() -> None:
    assert "Ana Klimovic" == clean_text("Ana\ud800 Klimovic")
    page = (
        "# W\n\nWednesday, June 16, 2021 -- Virtual (all times UTC)\n\n"
        "| Time | Speaker | Title |\n|---|---|---|\n"
        "| 10:00 - 10:30 | Ann\udc80 Lee | Talk |\n"
    )
    (item,) = read_page(page).program.items
    assert "Ann Lee" == item.people[0].name
