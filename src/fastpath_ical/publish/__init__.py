"""Publishing a program into a CalDAV calendar: one object per item, kept in step.

:func:`plan` (pure) decides what to write from what the server holds;
:func:`push` lists the calendar, creates it if it is missing, and makes the
planned writes, one request each.  The network is only in ``_caldav``.
A push that stops half-way (the server went away) has written whole objects
only, each on its own: the same push again lists what is there and writes the
rest.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._arguments import checked
from ..errors import PublishError
from ..ics import FeedOptions, build_calendar, calendar_name
from ..model import Program
from ._caldav import Collection
from ._plan import Action, Plan, Stored, Write, plan

__all__ = [
    "Action",
    "Plan",
    "PublishError",
    "PushResult",
    "Stored",
    "Write",
    "plan",
    "push",
]


@attrs.frozen(kw_only=True)
class PushResult:
    """What a push did: the writes made, in order, and the UIDs left as they were."""

    plan: Plan
    created_calendar: bool = False

    def count(self, action: Action) -> int:
        return self.plan.count(action)


@checked
def push(
    program: Program,
    url: str,
    now: dt.datetime,
    *,
    user: str | None = None,
    password: str = "",
    options: FeedOptions | None = None,
    delete_removed: bool = False,
) -> PushResult:
    """Make the calendar at ``url`` hold ``program``'s items, writing only what changed.

    ``options`` are the feed's (its stamp is ignored: ``now`` stamps what
    changes); ``user`` and ``password`` are sent as HTTP Basic credentials.
    Raises :class:`PublishError` when the server refuses or cannot be reached.
    """
    options = attrs.evolve(options or FeedOptions(), stamp=now)
    uid_domain = options.uid_domain
    collection = Collection(url, user=user, password=password)
    try:
        stored = collection.objects()
        created = stored is None
        if stored is None:
            collection.create_collection(calendar_name(program))
            stored = ()
        writes = plan(
            build_calendar(program, options),
            program,
            stored,
            now,
            collection=collection.path,
            uid_domain=uid_domain,
            delete_removed=delete_removed,
        )
        for done, write in enumerate(writes.writes):
            try:
                if write.action is Action.DELETE:
                    collection.delete(write.href, etag=write.etag or "")
                else:
                    collection.put(write.href, write.data, etag=write.etag)
            except PublishError as exc:
                raise PublishError(
                    f"{exc} (after {done} of {len(writes.writes)} writes; nothing is half "
                    "written: the same push again writes the rest)",
                    url=exc.url,
                    status=exc.status,
                ) from None
    finally:
        collection.close()
    return PushResult(plan=writes, created_calendar=created)
