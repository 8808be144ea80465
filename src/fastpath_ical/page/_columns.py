"""What each column of a program table holds: by its header cell, else by what its cells hold.

A header cell names its column ("Time", "Speaker(s)", "Talk Title"), or
announces it in a word ("Time (New Orleans)", "Speaker / Affiliation").  A
table without a header row (kramdown's, an HTML table of ``<td>`` only), or
whose header cells are labels rather than names ("Morning", a link to a time
zone converter), is read by its cells: the column of times is the time, the
first column of text after it the title.  Every such reading is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._patterns import lazy_compile
from ._blocks import Cell, Table
from ._clock import MONTHS, parse_time_range, time_alone
from ._column_names import AFFILIATION_WORDS, Column, column_of, header_name, misspelt_column
from ._date_words import FOREIGN_MONTHS, FOREIGN_WORDS, MONTH_WORDS, weekday_before
from ._kind_labels import KIND_WORDS

__all__ = [
    "Column",
    "Layout",
    "cell_at",
    "column_of",
    "header_name",
    "header_name_is_a_place",
    "layout",
    "times_in",
    "with_header",
]


@attrs.frozen
class Layout:
    """What each column of a table holds, read once for the table.

    ``columns`` maps a kind of column to its index; ``unknown`` lists the
    other columns with their header text (kept as extra text);
    ``inferred`` says, for each column read from its cells rather than its
    header, what was read, for the reader's warnings.
    """

    columns: dict[Column, int] = attrs.field(factory=dict)
    unknown: tuple[tuple[int, str], ...] = ()
    inferred: tuple[tuple[int, str], ...] = ()
    #: "Speaker, Affiliation" over one column: every second part of its cells is an affiliation.
    header_pairs: bool = False

    @property
    def is_schedule(self) -> bool:
        return Column.TIME in self.columns and (
            Column.TITLE in self.columns or Column.SPEAKER in self.columns
        )

    def cell(self, row: Sequence[Cell], column: Column) -> Cell | None:
        return cell_at(row, self.columns.get(column))


#: Header names that say the column is the talks' titles, whatever other column says what.
_TITLE_ITSELF = frozenset(
    {"title", "titles", "talk title", "paper title", "presentation title", "title of talk"}
)

#: Header names of columns that say where or how, never what: no title is read from them.
_NEVER_TITLES = frozenset(
    {"room", "rooms", "location", "venue", "place", "where", "track", "hall", "format", "mode"}
)


#: Header names of the rooms, of which a row in one differs from its neighbour in another.
_ROOMS = frozenset({"room", "rooms", "location", "venue", "hall", "where"})


def header_name_is_a_place(name: str) -> bool:
    """Whether a column's header text says where its item is ("Room", "Location")."""
    return name.strip().lower() in _ROOMS


def _starts_with_time(cell: Cell) -> bool:
    """Whether a cell's text begins with a time, perhaps after its weekday ("Sat 7:30
    a.m."); another word before it says it is no time cell."""
    text = cell.content.text
    found = parse_time_range(text)
    if found is None:
        return False
    before = text[: found.span[0]]
    return not re.search(r"[^\W\d_]", before) or weekday_before(before) is not None


def times_in(rows: Sequence[Sequence[Cell]], index: int) -> int:
    """How many filled cells of column ``index`` start with a time, when more than half
    of them do; else 0 (the column holds no times)."""
    filled = [row[index] for row in rows if index < len(row) and not row[index].is_empty]
    timed = sum(_starts_with_time(cell) for cell in filled)
    return timed if filled and timed * 2 > len(filled) else 0


def _only_times(rows: Sequence[Sequence[Cell]], index: int) -> bool:
    """Whether four in five filled cells of column ``index``, two at least, say a time and
    nothing else ("9:40am")."""
    filled = [row[index] for row in rows if index < len(row) and not row[index].is_empty]
    alone = sum(time_alone(cell.content.text) for cell in filled)
    return len(filled) >= 2 and alone * 5 >= len(filled) * 4


def _time_column(rows: Sequence[Sequence[Cell]], skip: set[int]) -> int | None:
    """The column most of whose filled cells start with a time, if one does."""
    width = max((len(row) for row in rows), default=0)
    best: tuple[int, int] | None = None
    for index in range(width):
        if index in skip:
            continue
        timed = times_in(rows, index)
        if timed and (best is None or timed > best[0]):
            best = (timed, index)
    return best[1] if best else None


def _text_columns(rows: Sequence[Sequence[Cell]], skip: set[int]) -> list[int]:
    width = max((len(row) for row in rows), default=0)
    return [
        index
        for index in range(width)
        if index not in skip and any(index < len(row) and row[index].content.text for row in rows)
    ]


#: A header cell that is a day: "Day 1", "Tuesday, February 15", "June 4th, 2021", "2021-06-04".
_A_DAY = lazy_compile(
    rf"\W*(?:day\s+\d{{1,2}}|(?:\w+,?\s+)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:\w+,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:,?\s+\d{{4}})?|\d{{4}}-\d\d-\d\d)\W*",
    re.IGNORECASE,
    needs="day - " + MONTH_WORDS,  # "Day 1", "2021-06-04", a month's name
    without=(FOREIGN_MONTHS,),
    unless=FOREIGN_WORDS,
)


def _only_dates(cells: Sequence[Cell]) -> bool:
    """Whether a header row only says which day it is: no cell names a column."""
    texts = [cell for cell in cells if not cell.is_empty]
    return bool(texts) and all(
        _A_DAY.fullmatch(cell.content.text) and column_of(cell) in (None, Column.DATE)
        for cell in texts
    )


def with_header(table: Table) -> Table:
    """A table whose first row names its columns though nothing marked it as the header.

    An HTML table writes its header row with ``<td><b>Time</b></td>`` as often
    as with ``<th>``; a kramdown table may have no delimiter row.  The first
    row is the header when none of its cells is a time and one of them names
    a column.
    """
    if table.header and _only_dates(table.header):
        # "<th>Day 1</th><th>Tuesday, February 15</th>": the day, not the columns' names.
        if table.rows and _names_columns(table.rows[0]):
            # "| **October 1st, 2023** |" over "| **Time** | **Speaker** | **Title** |":
            # the day's row, then the row that names the columns.
            return attrs.evolve(table, header=table.rows[0], rows=(table.header, *table.rows[1:]))
        return attrs.evolve(table, header=(), rows=(table.header, *table.rows))
    if table.header or not table.rows:
        return table
    first = table.rows[0]
    if not _names_columns(first):
        return table
    return attrs.evolve(table, header=first, rows=table.rows[1:])


def _names_columns(row: Sequence[Cell]) -> bool:
    """Whether a row names columns: no cell is a time, and one names a column."""
    if any(_starts_with_time(cell) for cell in row):
        return False
    return any(column_of(cell) is not None for cell in row if not cell.is_empty)


def _kinds_beside_descriptions(rows: Sequence[Sequence[Cell]], columns: dict[Column, int]) -> bool:
    """Whether the title column only labels a few rows with their kind ("Opening", "Break")
    while the description column is filled in (almost) every row: the titles are there."""
    if Column.KIND in columns or Column.TITLE not in columns or Column.ABSTRACT not in columns:
        return False
    titles = [cell_at(row, columns[Column.TITLE]) for row in rows]
    filled = [cell.content.text.strip() for cell in titles if cell and not cell.is_empty]
    described = sum(
        1 for row in rows if (cell := cell_at(row, columns[Column.ABSTRACT])) and not cell.is_empty
    )
    return (
        bool(rows)
        and 2 * len(filled) <= len(rows)
        and 10 * described >= 9 * len(rows)
        and all(text.lower() in KIND_WORDS for text in filled)
    )


def layout(table: Table) -> Layout:
    """What each column of ``table`` holds: by its header cells, then by its cells."""
    columns: dict[Column, int] = {}
    unknown: list[tuple[int, str]] = []
    inferred: list[tuple[int, str]] = []
    titled = any(header_name(cell) in _TITLE_ITSELF for cell in table.header)
    for index, cell in enumerate(table.header):
        column = column_of(cell)
        if titled and column is Column.TITLE and header_name(cell) in ("topic", "topics"):
            # "| Topic | Title |": the topic is what the talks are in.
            column = Column.SESSION
            inferred.append((index, "the session, as a Title column is beside it"))
        if (
            column is Column.TITLE
            and header_name(cell) in ("lecture", "lectures")
            and (titled or Column.TITLE in columns)
        ):
            # "| Time | Lecture | Title |", "| Time | Topic | Lecture |": beside another
            # title column, "Lecture" is read as it was before it named the titles: as
            # "Lecturer" misspelt, the speakers (warned).
            column = Column.SPEAKER
            inferred.append((index, "the 'lecturer' column, as its header is spelled"))
        if column is None and (misspelt := misspelt_column(cell)) is not None:
            column = misspelt[0]
            if column not in columns:
                inferred.append((index, f"the {misspelt[1]!r} column, as its header is spelled"))
        if column is not None and column not in columns:
            columns[column] = index
        elif cell.content.text:
            unknown.append((index, cell.content.text))
    if Column.TITLE not in columns and Column.SESSION in columns:
        # "| Time | Session | Speaker |": with no title column, the session names each row.
        columns[Column.TITLE] = columns.pop(Column.SESSION)
    if Column.TITLE not in columns and Column.SPEAKER not in columns and Column.ABSTRACT in columns:
        # "| Start | End | Description |": the only text column names the items.
        columns[Column.TITLE] = columns.pop(Column.ABSTRACT)
    if _kinds_beside_descriptions(table.rows, columns):
        # "| Time | Event | Description |" with "Opening", "Break" in a few Event cells and
        # every talk in Description: the event column says the kind, the other the title.
        columns[Column.KIND] = columns.pop(Column.TITLE)
        columns[Column.TITLE] = columns.pop(Column.ABSTRACT)
        inferred.append((columns[Column.KIND], "the kind, as its few cells are kinds"))
    used = set(columns.values())
    named = any(column is not Column.END for column in columns)
    # "| | | |" over the rows: a header row of empty cells names nothing, as none does.
    blank = all(not cell.content.text.strip() for cell in table.header)
    if Column.TIME not in columns and (table.rows and (not table.header or named or blank)):
        # "| **Star** | End | ...": a start column whose header is no word, before an End.
        found = _time_column(table.rows, used)
        if found is not None:
            columns[Column.TIME] = found
            inferred.append((found, "the time, by what its cells hold"))
            unknown = [(i, name) for i, name in unknown if i != found]
            used.add(found)
            after = found + 1
            if Column.END not in columns and after not in used and _only_times(table.rows, after):
                # "| 8:40am | 9:40am | Keynote #1 |" with no header: a second column of
                # times alone is where each item ends.
                columns[Column.END] = after
                inferred.append((after, "the end, as its cells are times alone"))
                unknown = [(i, name) for i, name in unknown if i != after]
                used.add(after)
    if Column.END in columns and Column.TIME not in columns:
        # An end with no start is no time column: kept as text.
        index = columns.pop(Column.END)
        used.discard(index)
        unknown.append((index, table.header[index].content.text))
    if Column.TIME in columns and Column.TITLE not in columns:
        used |= {
            index for index, cell in enumerate(table.header) if header_name(cell) in _NEVER_TITLES
        }
        texts = [i for i in _text_columns(table.rows, used) if i > columns[Column.TIME]]
        texts = texts or _text_columns(table.rows, used)
        if Column.SPEAKER in columns:
            # "| Time | Content | Presenter |": an unnamed text column beside the speakers'
            # is their talks' titles; with none, the speakers name their items.
            known = {index for index, _ in unknown}
            texts = [i for i in texts if i in known]
        if texts:
            columns[Column.TITLE] = texts[0]
            inferred.append((texts[0], "the title, by what its cells hold"))
            unknown = [(i, name) for i, name in unknown if i != texts[0]]
    if Column.TIME in columns:
        # A column no header cell names (a table with no header, or more cells in its
        # rows than in its header): what no column is read as is kept as extra text,
        # never dropped.
        taken = set(columns.values()) | {i for i, _ in unknown}
        # Every named header cell is a column or unknown already: these have no name.
        unknown += [(i, f"column {i + 1}") for i in _text_columns(table.rows, taken)]
    unknown.sort()
    return Layout(
        columns=columns,
        unknown=tuple(unknown),
        inferred=tuple(inferred),
        header_pairs=_header_pairs(table, columns),
    )


def cell_at(row: Sequence[Cell], index: int | None) -> Cell | None:
    if index is None or index >= len(row):
        return None
    return row[index]


def _header_pairs(table: Table, columns: dict[Column, int]) -> bool:
    """A speaker header that announces the affiliation too ("Speaker, Affiliation",
    "Speaker (Affiliation)") when the table has no column of its own for it."""
    where = columns.get(Column.SPEAKER)
    if where is None or Column.AFFILIATION in columns or where >= len(table.header):
        return False
    words = re.findall(r"\w+", table.header[where].content.text.lower())
    return any(word in AFFILIATION_WORDS for word in words)
