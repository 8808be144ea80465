"""What the site tests share: hostile programs, a preview server in its own process."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

from fastpath_ical import Conference, Item, Link, Person, Program

BASE = "https://example.org/ws/"

#: Text that is markup, template code or entity syntax in every format the site writes.
HOSTILE = (
    '<script>alert("x")</script> & "quotes" \'single\' </h3><b>bold</b> '
    "{{ site.title }} {% include x.html %} {{< shortcode >}} *star* _under_ [a](b) | pipe"
)


def hostile_program() -> Program:
    """A program whose every text field is hostile, with one very long unbroken title."""
    zone = ZoneInfo("Europe/Zurich")

    def at(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime(2021, 6, 7, hour, minute, tzinfo=zone)

    return Program(
        title=f"Workshop {HOSTILE}",
        short_name="Hostile <2021>",
        date=dt.date(2021, 6, 7),
        timezone="Europe/Zurich",
        location='Room "A" & <B>',
        virtual=False,
        home_page="https://example.org/?a=1&b=<2>",
        conference=Conference(name=f"Conf {HOSTILE}", url="https://example.org/conf"),
        items=(
            Item(
                start=at(9),
                end=at(9, 30),
                kind="talk",
                title=HOSTILE,
                people=(
                    Person(
                        name='Eve <img src=x onerror=alert(1)> "E"',
                        affiliation="A&B <i>",
                        profile="https://example.org/eve?x=\"'<>",
                    ),
                ),
                links=(Link(kind="slides", url="https://example.org/s.pdf?a=1&b='\"><script>"),),
                abstract=f"Line one {HOSTILE}\nLine two",
                extra=(("Room <b>", "Hall & <i>"),),
            ),
            Item(
                start=at(9, 30),
                end=at(10),
                kind="talk",
                title="A" + "very" * 60 + "longunbrokentitle",
                people=(Person(name="Mallory"),),
            ),
            Item(start=at(10), end=at(10, 30), kind="break", title="Coffee"),
        ),
    )


def with_bad_url(program: Program, url: str) -> Program:
    """The program with its first link's URL replaced, past the model's validator.

    The model refuses a non-http(s) URL; the templates must not rely on that.
    """
    item = program.items[0]
    link = attrs.evolve(item.links[0])
    object.__setattr__(link, "url", url)
    person = attrs.evolve(item.people[0])
    object.__setattr__(person, "profile", url)
    new_item = attrs.evolve(item)
    object.__setattr__(new_item, "links", (link,))
    object.__setattr__(new_item, "people", (person,))
    new_program = attrs.evolve(program)
    object.__setattr__(new_program, "items", (new_item, *program.items[1:]))
    object.__setattr__(new_program, "home_page", url)
    return new_program


def fastpath(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``fastpath-ical ARGS`` in its own process, this Python."""
    return subprocess.run(
        [sys.executable, "-m", "fastpath_ical", *args],
        capture_output=True,
        text=True,
        check=check,
        timeout=120,
    )


class Served:
    """A ``fastpath-ical serve`` process on loopback; its stderr goes to a file, never a pipe."""

    def __init__(self, process: subprocess.Popen[bytes], log: Path, url: str) -> None:
        self.process = process
        self.log = log
        self.url = url
        self.port = int(url.rsplit(":", 1)[1].strip("/"))

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self, sig: int = signal.SIGINT) -> int:
        """Interrupt as Ctrl-C does; the exit status (killed after 10 s, failing the caller)."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise


@contextlib.contextmanager
def _interruptible_children() -> Iterator[None]:
    """Children started within the block take SIGINT as Ctrl-C, as from a terminal.

    A test run started in the background of a shell (``pytest &``) ignores SIGINT, and a
    child inherits an ignored signal: the server would never hear the Ctrl-C that
    :meth:`Served.stop` sends, and the test would fail for how it was started.
    """
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def serving(*args: str, log: Path) -> Iterator[Served]:
    """Start ``fastpath-ical serve ARGS --port 0``; wait (at most 30 s) for its URL; stop it."""
    with log.open("wb") as sink, _interruptible_children():
        process = subprocess.Popen(
            [sys.executable, "-m", "fastpath_ical", "serve", *args, "--port", "0"],
            stdout=subprocess.DEVNULL,
            stderr=sink,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    deadline = time.monotonic() + 30
    url = None
    while time.monotonic() < deadline and process.poll() is None:
        found = re.search(r"at (http://\S+/) \(Ctrl-C", log.read_text(errors="replace"))
        if found:
            url = found.group(1)
            break
        time.sleep(0.05)
    if url is None:
        process.kill()
        process.wait(timeout=10)
        raise AssertionError(f"serve did not start: {log.read_text(errors='replace')}")
    served = Served(process, log, url)
    try:
        yield served
    finally:
        if process.poll() is None:
            served.stop()
