"""Program pages: reading one into a :class:`~fastpath_ical.model.Program`, and writing one.

The reader never guesses silently: what it cannot read is a
:class:`~fastpath_ical.errors.PageError` with the line and column, what it
had to infer is a :class:`PageWarning`.  The stages, each a private module:
the page's blocks and cells (``_markdown``), what each column holds
(``_columns``), the lines around the tables (``_header``) and what they say
about the zone (``_zone``), the rows (``_rows``) and the people in them
(``_people``), and wall-clock times into instants (``_wallclock``).
"""

from __future__ import annotations

from ._reader import read_page, read_program
from ._records import PageReading, PageWarning, Statement
from ._shipped import FASTPATH2021_PAGE, fastpath2021, fastpath2021_page
from ._writer import write_page

__all__ = [
    "FASTPATH2021_PAGE",
    "PageReading",
    "PageWarning",
    "Statement",
    "fastpath2021",
    "fastpath2021_page",
    "read_page",
    "read_program",
    "write_page",
]
