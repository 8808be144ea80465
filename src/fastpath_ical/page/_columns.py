"""What each column of a program table holds, recognised by its header cell."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from ._markdown import Cell, Table

__all__ = [
    "Column",
    "cell_at",
    "header_name",
    "is_schedule",
    "read_columns",
    "speaker_header_pairs",
]


class Column(enum.Enum):
    """What a table column holds, recognised by its header cell."""

    TIME = "time"
    #: "| Start | End |": the end of the time in a column of its own.
    END = "end"
    DATE = "date"
    SPEAKER = "speaker"
    AFFILIATION = "affiliation"
    TITLE = "title"
    SLIDES = "slides"
    VIDEO = "video"
    LINKS = "links"
    SESSION = "session"
    CHAIR = "chair"
    ABSTRACT = "abstract"
    KIND = "kind"


_COLUMN_NAMES: dict[str, Column] = {
    name: column
    for column, names in {
        Column.TIME: (
            "time",
            "times",
            "when",
            "slot",
            "time slot",
            "timeslot",
            "hour",
            "hours",
            "schedule",
            "start",
            "start time",
            "starts",
            "begin",
            "begins",
            "begin time",
            "local time",
        ),
        Column.END: ("end", "ends", "end time", "finish", "finish time", "finishes"),
        Column.DATE: ("date", "day"),
        Column.SPEAKER: (
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "who",
            "author",
            "authors",
            "name",
            "names",
            "speaker(s)",
            "presenter(s)",
            "author(s)",
            "panelists",
            "panelist",
            "keynote speaker",
            "invited speaker",
            "speaker name",
        ),
        Column.AFFILIATION: (
            "affiliation",
            "affiliations",
            "institution",
            "institutions",
            "organization",
            "organisation",
            "organizations",
            "organisations",
            "company",
            "affiliation(s)",
            "university",
            "employer",
        ),
        Column.TITLE: (
            "title",
            "titles",
            "talk",
            "talks",
            "talk title",
            "topic",
            "topics",
            "presentation",
            "paper",
            "paper title",
            "what",
            "event",
            "activity",
            "item",
            "program",
            "agenda",
            "title of talk",
            "presentation title",
            "program item",
        ),
        Column.SLIDES: ("slides", "slide", "deck", "pdf", "slide deck"),
        Column.VIDEO: ("video", "videos", "recording", "recordings", "youtube", "talk video"),
        Column.LINKS: ("links", "link", "materials", "resources", "material", "url", "urls"),
        Column.SESSION: ("session", "track", "session name", "session title"),
        Column.CHAIR: ("chair", "session chair", "moderator", "chairs", "chair(s)"),
        Column.ABSTRACT: ("abstract", "summary", "description", "details", "abstracts"),
        Column.KIND: ("kind", "type", "category"),
    }.items()
    for name in names
}


#: Header cells read only as a whole, never as a word of a longer header ("Notes from chair").
_WHOLE_COLUMN_NAMES: dict[str, Column] = {
    "from": Column.TIME,
    "to": Column.END,
    "until": Column.END,
    "till": Column.END,
}


def header_name(cell: Cell) -> str:
    name = cell.content.text.lower()
    name = re.sub(r"\((?:s|es)\)", "", name)
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name)
    return re.sub(r"[\s:*_.]+", " ", name).strip()


def read_columns(table: Table) -> tuple[dict[Column, int], list[tuple[int, str]]]:
    """What each header cell means, by name and then by its words; and the unknown ones."""
    columns: dict[Column, int] = {}
    unknown: list[tuple[int, str]] = []
    for index, cell in enumerate(table.header):
        name = header_name(cell)
        column = _COLUMN_NAMES.get(name) or _WHOLE_COLUMN_NAMES.get(name)
        if column is None:
            for word in re.split(r"\s*(?:/|&|\band\b|,|\+)\s*|\s+", name):
                column = _COLUMN_NAMES.get(word)
                if column is not None:
                    break
        if column is not None and column not in columns:
            columns[column] = index
        elif cell.content.text:
            unknown.append((index, cell.content.text))
    if Column.TITLE not in columns and Column.SESSION in columns:
        # "| Time | Session | Speaker |": with no title column, the session names each row.
        columns[Column.TITLE] = columns.pop(Column.SESSION)
    if Column.END in columns and Column.TIME not in columns:
        # An end with no start is no time column: kept as text.
        index = columns.pop(Column.END)
        unknown.append((index, table.header[index].content.text))
        unknown.sort()
    return columns, unknown


def is_schedule(table: Table) -> bool:
    columns, _ = read_columns(table)
    return Column.TIME in columns and (Column.TITLE in columns or Column.SPEAKER in columns)


def cell_at(row: Sequence[Cell], index: int | None) -> Cell | None:
    if index is None or index >= len(row):
        return None
    return row[index]


def speaker_header_pairs(table: Table, columns: dict[Column, int]) -> bool:
    """A speaker header that announces the affiliation too ("Speaker, Affiliation",
    "Speaker (Affiliation)") when the table has no column of its own for it."""
    where = columns.get(Column.SPEAKER)
    if where is None or Column.AFFILIATION in columns:
        return False
    return bool(
        re.search(
            r"\b(?:affiliations?|institutions?|organi[sz]ations?|company|university|employer)\b",
            table.header[where].content.text,
            re.IGNORECASE,
        )
    )
