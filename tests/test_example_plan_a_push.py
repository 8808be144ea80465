"""examples/plan_a_push.py runs, and plans exactly the two writes the edit needs."""

from __future__ import annotations

from run_example import run_example


def test_example_plans_one_update_and_one_cancellation() -> None:
    lines = run_example("plan_a_push.py").stdout.splitlines()
    assert [
        'update PUT /alice/fastpath2021/ana-klimovic.ics  (If-Match: "1")  '
        "fastpath-2021-ana-klimovic@fastpath-ical",
        'cancel PUT /alice/fastpath2021/martin-maas.ics  (If-Match: "8")  '
        "fastpath-2021-martin-maas@fastpath-ical",
        "unchanged: 9",
    ] == lines
