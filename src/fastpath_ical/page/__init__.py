"""Program pages: reading one into a :class:`~fastpath_ical.model.Program`, and writing one.

The reader never guesses silently: what it cannot read is a
:class:`~fastpath_ical.errors.PageError` with the line and column, what it
had to infer is a :class:`PageWarning`.  The stages, each a private module:

* the page's blocks and cells (``_markdown``, ``_html``, ``_lines``, ``_inline``,
  ``_frontmatter``) and what each column holds (``_columns``);
* the lines around the tables (``_header``, ``_labels``, ``_dates``), the zone
  names they write (``_zone_names``, ``_zone_statements``) and the zone the page
  settles on (``_page_zone``);
* the rows: the table read row by row (``_table``), a time cell (``_time_cell``),
  a timed row (``_row``), untimed rows (``_untimed``), the day's end (``_day_ends``),
  links (``_cell_links``), titles (``_titles``, ``_title_text``, ``_kinds``);
* the people in them: names split (``_name_split``), names told from titles
  (``_name_words``), affiliations (``_affiliations``), cells that name no one
  (``_nobody``), all read by ``_people``;
* wall-clock times into instants (``_wallclock``), and the whole (``_reader``).
"""

from __future__ import annotations

from ._reader import read_page, read_program
from ._records import PageReading, PageWarning, Statement, ZoneSource
from ._shipped import FASTPATH2021_PAGE, fastpath2021, fastpath2021_page
from ._writer import write_page

__all__ = [
    "FASTPATH2021_PAGE",
    "PageReading",
    "PageWarning",
    "Statement",
    "ZoneSource",
    "fastpath2021",
    "fastpath2021_page",
    "read_page",
    "read_program",
    "write_page",
]
