"""A parasitology society's meeting (NB/02, measured blind): an HTML grid of half-hour
rows whose columns are rooms named in Japanese ("IPEホール", "M101講義室", "IPE棟 4階
ラウンジ"), each cell spanning its rows and ending on a line of its own time
("開会式<br>08:50–09:00" in the row of 08:30). The rooms had not been read as tracks: the
first room's cells were the items, cut at every row, their times in their titles, and
every other room's talks kept as extra text of the first's.
"""

from __future__ import annotations

import datetime as dt

from fastpath_ical import read_page

PAGE = """# プログラム

March 21, 2026

<table>
  <thead>
    <tr><th>Time</th><th>IPEホール</th><th>M101講義室</th><th>IPE棟 4階ラウンジ</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>08:30–09:00</td>
      <td><div>開会式</div><div>08:50–09:00</div></td>
      <td></td>
      <td></td>
    </tr>
    <tr>
      <td>09:00–09:30</td>
      <td rowspan="2"><div>総会</div><div>09:00–10:00</div></td>
      <td rowspan="2"><div>一般口演 No.1</div><div>09:00–10:00</div></td>
      <td></td>
    </tr>
    <tr>
      <td>09:30–10:00</td>
      <td><div>ポスター</div><div>09:30–10:00</div></td>
    </tr>
  </tbody>
</table>
"""


def test_rooms_in_japanese_are_tracks_and_a_cell_keeps_its_own_time() -> None:
    items = read_page(PAGE, timezone="Asia/Tokyo").program.items
    read = sorted((item.start.time(), item.end.time(), item.title) for item in items)
    assert read == [
        (dt.time(8, 50), dt.time(9, 0), "開会式"),
        (dt.time(9, 0), dt.time(10, 0), "一般口演 No.1"),
        (dt.time(9, 0), dt.time(10, 0), "総会"),
        (dt.time(9, 30), dt.time(10, 0), "ポスター"),
    ]


def test_a_cells_range_its_rows_do_not_hold_is_no_time_of_the_item() -> None:
    """A range far from the rows the cell spans (a typo, another day's hours) does not move
    the item: the grid places it, and the line stays in its title, as written."""
    page = PAGE.replace("<div>08:50–09:00</div>", "<div>15:50–16:00</div>")
    items = read_page(page, timezone="Asia/Tokyo").program.items
    opening = next(item for item in items if item.title.startswith("開会式"))
    assert (opening.start.time(), opening.title) == (dt.time(8, 30), "開会式 15:50–16:00")
