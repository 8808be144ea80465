"""Rewrite the golden feeds after an intended change: ``python tests/golden/regenerate.py``.

Review the diff of the .ics files before committing them: every changed
byte is a change every subscriber will see.
"""

from __future__ import annotations

from pathlib import Path

from fastpath_ical import FeedOptions, fastpath2021, feed_bytes

HERE = Path(__file__).parent

#: Golden file name -> the options it is built with.
GOLDEN = {
    "fastpath2021.ics": FeedOptions(),
    "fastpath2021-utc.ics": FeedOptions(utc=True),
    "fastpath2021-no-breaks.ics": FeedOptions(breaks=False),
}


def main() -> None:
    program = fastpath2021()
    for name, options in GOLDEN.items():
        (HERE / name).write_bytes(feed_bytes(program, options))
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
