"""How many events one update may cancel without being told it means it.

Apart from the guards (:mod:`._guards`) that apply them, which import the
update machinery: the command line names the floor in ``--allow-removals``'
help, and a plain ``build`` must not load feed parsing to say it.
"""

from __future__ import annotations

__all__ = ["REMOVAL_FLOOR", "REMOVAL_SHARE"]

#: One update may always cancel this many events ...
REMOVAL_FLOOR = 2
#: ... or one in this many of those published, whichever is more.
REMOVAL_SHARE = 4
