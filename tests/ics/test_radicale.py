"""A real CalDAV server stores the feed's events and gives back the same ones.

Radicale (which parses with vobject) runs on 127.0.0.1 on a port the OS
picks, with storage in a temporary directory and no authentication; the test
speaks CalDAV to it with the standard library only.  Each file ``build
--split DIR --no-method`` writes is PUT exactly as written: one calendar
object per event, with the VTIMEZONE it needs and without METHOD, as
RFC 4791 (4.1, 5.3.2) asks of a calendar collection.  A calendar-query with a
time-range then makes the server itself place every event in UTC.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import os
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import icalendar
import pytest

from fastpath_ical import Program, uids
from fastpath_ical.cli import main
from fastpath_ical.ics import summary

TIMEOUT = 10
USER = "fastpath"
COLLECTION = f"/{USER}/fastpath2021/"
AUTH = "Basic " + base64.b64encode(f"{USER}:".encode()).decode()
NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}


class Server:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            connection.request(
                method, path, body=body, headers={"Authorization": AUTH, **(headers or {})}
            )
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()


def _free_port() -> int:
    # Radicale will not bind port 0; ask the OS for a free port and hand it over.
    # Another process could take it in between: the fixture then tries again.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


#: No authentication: any user name is accepted, with any password.
NO_AUTH = ("--auth-type", "none")


def _start(
    root: Path, log: IO[str], auth: tuple[str, ...] = NO_AUTH
) -> tuple[subprocess.Popen[bytes], int]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("RADICALE")}
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            *auth,
            "--rights-type",
            "owner_only",
            "--storage-filesystem-folder",
            str(root / "collections"),
            "--logging-level",
            "info",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=root,
    )
    return process, port


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=TIMEOUT)


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def running_radicale(root: Path, auth: tuple[str, ...] = NO_AUTH) -> Iterator[Server]:
    """Radicale on loopback with its storage in ``root``, until the generator is closed."""
    with (root / "radicale.log").open("w+") as log:
        for _ in range(3):
            process, port = _start(root, log, auth)
            try:
                deadline = time.monotonic() + 20
                while process.poll() is None and time.monotonic() < deadline:
                    if _answers(port):
                        yield Server(port)
                        return
                    time.sleep(0.1)
            finally:
                _stop(process)
        pytest.fail("Radicale did not start:\n" + (root / "radicale.log").read_text())


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Radicale on loopback, stopped (and killed if it must be) when the module ends."""
    yield from running_radicale(tmp_path_factory.mktemp("radicale"))


@pytest.fixture(scope="module")
def objects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files ``build --split DIR --no-method`` writes, by UID, byte for byte as written:
    one VEVENT with its own VTIMEZONE each, and no METHOD (RFC 4791 4.1)."""
    directory = tmp_path_factory.mktemp("objects")
    assert 0 == main(["build", "--split", str(directory), "--no-method"])
    out = {}
    for path in sorted(directory.iterdir()):
        data = path.read_bytes()
        assert b"METHOD" not in data
        (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        out[str(event["UID"])] = data
    return out


def query(server: Server, time_range: tuple[dt.datetime, dt.datetime] | None = None) -> bytes:
    condition = ""
    if time_range:
        start, end = (t.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ") for t in time_range)
        condition = f'<C:time-range start="{start}" end="{end}"/>'
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        '<C:filter><C:comp-filter name="VCALENDAR">'
        f'<C:comp-filter name="VEVENT">{condition}</C:comp-filter>'
        "</C:comp-filter></C:filter></C:calendar-query>"
    ).encode()
    status, answer = server.request(
        "REPORT",
        COLLECTION,
        body,
        {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
    )
    assert 207 == status, answer[:500]
    return answer


def events_in(multistatus: bytes) -> dict[str, icalendar.Event]:
    out = {}
    for data in ET.fromstring(multistatus).iterfind(".//C:calendar-data", NS):
        for event in icalendar.Calendar.from_ical(data.text or "").walk("VEVENT"):
            out[str(event["UID"])] = event
    return out


@pytest.fixture(scope="module")
def stored(radicale: Server, objects: dict[str, bytes]) -> Server:
    """The shipped program's events, PUT into a new calendar collection."""
    status, body = radicale.request("MKCALENDAR", COLLECTION)
    assert 201 == status, body[:500]
    for uid, data in objects.items():
        name = re.sub(r"[^a-z0-9-]", "-", uid.lower()) + ".ics"
        status, body = radicale.request(
            "PUT",
            COLLECTION + name,
            data,
            {"Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"},
        )
        assert 201 == status, body[:500]
    return radicale


def test_server_gives_back_every_event_as_the_model_says(stored: Server, program: Program) -> None:
    """REPORT returns each UID once, at the model's instants, with the feed's summary."""
    got = events_in(query(stored))
    want = dict(zip(uids(program), program.items, strict=True))
    assert sorted(want) == sorted(got)
    for uid, item in want.items():
        event = got[uid]
        assert (item.start_utc, item.end_utc) == (
            event.start.astimezone(dt.UTC),
            event.end.astimezone(dt.UTC),
        ), uid
        assert summary(item) == str(event["SUMMARY"])
        assert "America/New_York" == event["DTSTART"].params["TZID"]


def test_server_places_each_event_in_utc_itself(stored: Server, program: Program) -> None:
    """A time-range query for each item's own interval finds exactly that item.

    The server, not this test, turns TZID times into UTC to answer, so an hour's
    error in its reading of the VTIMEZONE would return a neighbour or nothing.
    """
    for uid, item in zip(uids(program), program.items, strict=True):
        found = events_in(query(stored, (item.start_utc, item.end_utc)))
        assert [uid] == list(found), item.title
    late = program.items[-1].end_utc
    assert {} == events_in(query(stored, (late, late + dt.timedelta(hours=1))))


def test_a_duplicate_uid_is_refused(stored: Server, objects: dict[str, bytes]) -> None:
    """A calendar collection holds a UID once (RFC 4791 5.3.2.1): the server refuses a copy,
    so the UIDs the feed writes are what a CalDAV client would match on."""
    data = next(iter(objects.values()))
    status, _ = stored.request(
        "PUT", COLLECTION + "copy.ics", data, {"Content-Type": "text/calendar; charset=utf-8"}
    )
    assert status in (403, 409), status
