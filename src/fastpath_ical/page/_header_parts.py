"""The header of a page as its lines are read: what each line said, gathered.

``_header`` walks the lines; this holds what they said, by the rule of which line
wins (a later label overwrites an earlier one; the first date, title and zone
stand), and freezes it into a :class:`~._records.Header`.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Conference, Person
from ._labels import Said, place_in_sentence
from ._records import Header, Statement, ZoneSaid
from ._zone_statements import LineZones

__all__ = ["HeaderParts"]


@attrs.define
class HeaderParts:
    """The header as the lines are read, one line after another; :meth:`build` freezes it.

    Each field is set by the line that says it: a later label overwrites an earlier
    one; the first date, title and zone stand.
    """

    title: str | None = None
    title_line: int = 1
    short_name: str | None = None
    home_page: str | None = None
    conference: Conference | None = None
    recording: str | None = None
    date: dt.date | None = None
    date_line: int = 0
    last_date: dt.date | None = None
    year: int | None = None
    location: str | None = None
    location_line: int = 0
    organizers: tuple[Person, ...] | None = None
    notes: list[str] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    zone: ZoneSaid = attrs.Factory(ZoneSaid)
    unread_date: tuple[int, str] | None = None

    def zones(self, found: LineZones) -> None:
        """A line's zone names and statements, after the lines above."""
        said = self.zone
        first = said.zone or (found.zone[0] if found.zone else None)
        name = said.name if said.zone else (found.zone[1] if found.zone else None)
        self.statements.extend(found.statements)
        self.zone = ZoneSaid(
            zone=first,
            name=name,
            problem=said.problem or found.problem,
            named=said.named + found.named,
            offsets=said.offsets + found.offsets,
            weak=said.weak or found.weak,
        )

    def place_in(self, text: str, line: int) -> None:
        """The place a sentence of ``line`` says the event is held in, when none is known."""
        if self.location is None:
            place = place_in_sentence(text)
            if place:
                self.location, self.location_line = place, line

    def take(self, said: Said) -> None:
        """What a labelled line, "in conjunction with" line or the front matter says."""
        before = self.zone.problem
        self.zones(said.zones)
        if (
            said.label_problem is not None
            and self.zone.zone is None
            and self.zone.problem is before
        ):
            self.zone = attrs.evolve(self.zone, problem=said.label_problem)
        if said.location is not None:
            self.location, self.location_line = said.location
        if said.organizers is not None:
            self.organizers = said.organizers
        if said.short_name is not None:
            self.short_name = said.short_name
        if said.home_page is not None:
            self.home_page = said.home_page
        if said.recording is not None:
            self.recording = said.recording
        if said.names_conference:
            self.conference = said.conference

    def build(self) -> Header:
        return Header(
            title=self.title,
            title_line=self.title_line,
            short_name=self.short_name,
            home_page=self.home_page,
            conference=self.conference,
            recording=self.recording,
            date=self.date,
            date_line=self.date_line,
            last_date=self.last_date,
            year=self.year,
            location=self.location,
            location_line=self.location_line,
            organizers=self.organizers,
            notes=tuple(self.notes),
            statements=tuple(self.statements),
            zone=self.zone,
            unread_date=self.unread_date,
        )
