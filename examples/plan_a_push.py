"""What ``fastpath-ical push`` would write into a CalDAV calendar, without a network.

Run it: ``python examples/plan_a_push.py``.

The calendar is taken to hold the shipped program as pushed once (one object
per item, as ``build --split DIR --no-method`` writes them).  Then a talk is
retitled and another dropped: the plan is one PUT over the retitled talk's
object (SEQUENCE 1, If-Match its ETag) and one PUT that cancels the dropped
one, and nothing for the nine others.  ``fastpath_ical.publish.push`` makes
the same plan against a real server and sends it.
"""

from __future__ import annotations

import datetime as dt

import attrs

from fastpath_ical import build_calendar, fastpath2021
from fastpath_ical.ics import split
from fastpath_ical.publish import Stored, plan

CALENDAR = "/alice/fastpath2021/"
NOW = dt.datetime(2021, 3, 25, 9, 30, tzinfo=dt.UTC)


def main() -> None:
    program = fastpath2021()
    on_server = [
        Stored(href=f"{CALENDAR}{key}.ics", etag=f'"{number}"', data=single.to_ical())
        for number, (key, single) in enumerate(
            split(build_calendar(program), program, method=False)
        )
    ]
    items = list(program.items)
    items[1] = attrs.evolve(items[1], title=items[1].title + " (updated)")
    del items[8]
    changed = attrs.evolve(program, items=tuple(items))
    writes = plan(build_calendar(changed), changed, on_server, NOW, collection=CALENDAR)
    for write in writes.writes:
        condition = f"If-Match: {write.etag}" if write.etag else "If-None-Match: *"
        print(f"{write.action.value:6} PUT {write.href}  ({condition})  {write.uid}")
    print(f"unchanged: {len(writes.unchanged)}")


if __name__ == "__main__":
    main()
