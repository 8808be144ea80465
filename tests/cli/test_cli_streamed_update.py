"""``build --previous`` writes its update one event at a time, as the update made whole.

The command line makes an update with :func:`~fastpath_ical.ics.update_to_write`
(written into its file as it is made) and makes it whole only where that says
None.  Each case here is run both ways (the second with ``update_to_write``
saying None): the same exit status, the same words on stderr, the same bytes
written; and the first way must have streamed, or the command would hold the
whole calendar again unnoticed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import fastpath_ical.cli._build
import fastpath_ical.ics
from fastpath_ical import FeedOptions, Program
from fastpath_ical._arguments import checked
from fastpath_ical.cli import main
from fastpath_ical.ics import UpdateToWrite

FIRST = ["--stamp", "2021-03-20T09:30:00Z"]
LATER = ["--stamp", "2021-03-21T10:00:00Z"]

#: The previous feed's flags, the update's, and whether it streams: a feed no event of which
#: is as it was line for line (a --utc feed updated in its zone)
#: is read whole by the update made whole, and left to it.
CASES = {
    "as it was": ([], [], True),
    "breaks added": (["--no-breaks"], [], True),
    "breaks cancelled, stopped by the guard": ([], ["--no-breaks"], True),
    "breaks cancelled, allowed": ([], ["--no-breaks", "--allow-removals"], True),
    "a --utc feed updated in its zone": (["--utc"], [], False),
    "reminders added (the breaks, which get none, as they were)": ([], ["--alarm", "10m"], True),
    "reminders kept": (["--alarm", "10m"], ["--alarm", "10m"], True),
    "no METHOD": ([], ["--no-method"], True),
    "HTML kept, strict": (["--html"], ["--html", "--strict"], True),
    "a whole-program event added": ([], ["--all-day"], True),
    "to stdout": ([], ["-o", "-"], True),
}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _update(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, ...]:
    Path("next.ics").unlink(missing_ok=True)
    status = main(["build", "--previous", "pub.ics", "-o", "next.ics", *LATER, *argv])
    out, err = capsys.readouterr()
    written = Path("next.ics").read_bytes() if Path("next.ics").exists() else None
    return status, out, err, written


def _made_whole(
    program: Program, options: FeedOptions, data: bytes, now: dt.datetime, *, method: bool
) -> UpdateToWrite | None:
    """``update_to_write`` leaving every update to be made whole."""
    del program, options, data, now, method
    return None


@pytest.mark.parametrize("case", list(CASES))
def test_an_update_is_streamed_and_written_as_made_whole(
    case: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, then, streams = CASES[case]
    assert 0 == main(["build", "-o", "pub.ics", *FIRST, *first])
    capsys.readouterr()
    original = fastpath_ical.ics.update_to_write
    said: list[bool] = []

    @checked  # as the command line calls it: without its check (``unchecked``)
    def spied(
        program: Program, options: FeedOptions, data: bytes, now: dt.datetime, *, method: bool
    ) -> UpdateToWrite | None:
        result = original(program, options, data, now, method=method)
        said.append(result is not None)
        return result

    monkeypatch.setattr(fastpath_ical.ics, "update_to_write", spied)
    streamed = _update(then, capsys)
    assert said == [streams]  # streamed, unless the update made whole reads the feed whole
    monkeypatch.setattr(fastpath_ical.ics, "update_to_write", checked(_made_whole))
    assert streamed == _update(then, capsys)


def test_the_update_is_written_into_its_file_as_it_is_made(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o FILE``: the feed goes into the file an event at a time, not as its whole bytes
    (128 MB at 100,000 items, issue 13), atomically as ever: a failure midway leaves the
    previous output as it was, and no temporary file."""
    assert 0 == main(["build", "-o", "pub.ics", *FIRST])
    assert 0 == main(["build", "--previous", "pub.ics", "-o", "next.ics", *LATER, "--no-breaks"])
    capsys.readouterr()
    whole = Path("next.ics").read_bytes()
    original = fastpath_ical.cli._build.written_atomically
    writes: list[int] = []

    @contextlib.contextmanager
    def spied(path: str) -> Iterator[object]:
        with original(path) as stream:
            real = stream.write
            stream.write = lambda data: writes.append(len(data)) or real(data)  # type: ignore[method-assign]
            yield stream

    monkeypatch.setattr(fastpath_ical.cli._build, "written_atomically", spied)
    Path("next.ics").write_bytes(b"old")
    argv = ["build", "--previous", "pub.ics", "-o", "next.ics", *LATER, "--no-breaks"]
    assert 0 == main(argv)
    assert whole == Path("next.ics").read_bytes()
    assert sum(writes) == len(whole)
    assert len(writes) > 11  # an event at a time, at least
    assert max(writes) < len(whole) / 4
    capsys.readouterr()

    def broken(data: bytes) -> int:
        raise OSError(28, "No space left on device")

    @contextlib.contextmanager
    def full(path: str) -> Iterator[object]:
        with original(path) as stream:
            stream.write(b"half")
            stream.write = broken  # type: ignore[method-assign]
            yield stream

    monkeypatch.setattr(fastpath_ical.cli._build, "written_atomically", full)
    Path("next.ics").write_bytes(b"old")
    assert 1 == main(argv)
    assert "cannot write: No space left on device" in capsys.readouterr().err
    assert b"old" == Path("next.ics").read_bytes()
    assert sorted(p.name for p in Path().iterdir()) == ["next.ics", "pub.ics"]
