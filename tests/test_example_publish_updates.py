"""examples/publish_updates.py runs, and its second version is what subscribers need."""

from __future__ import annotations

from pathlib import Path

from paths import ROOT
from readback import READERS, by_uid, forget_vobject_timezones
from run_example import run_example

EXAMPLE = ROOT / "examples" / "publish_updates.py"


def test_example_publishes_two_versions(tmp_path: Path) -> None:
    done = run_example(EXAMPLE.name, str(tmp_path))
    lines = done.stdout.splitlines()
    assert "  changed: 2" in lines
    assert "  cancelled: 1" in lines
    assert "  unchanged: 8" in lines
    assert any("kept UID fastpath-2021-kaoutar-el-maghroui@fastpath-ical" in x for x in lines)
    assert "    SEQUENCE 1 CANCELLED fastpath-2021-martin-maas@fastpath-ical" in lines
    data = (tmp_path / "fastpath2021.ics").read_bytes()
    for name, reader in READERS.items():
        forget_vobject_timezones()
        events = by_uid(reader(data))
        assert 11 == len(events), name
        kaoutar = events["fastpath-2021-kaoutar-el-maghroui@fastpath-ical"]
        assert "Kaoutar El Maghraoui" in kaoutar.summary, name
