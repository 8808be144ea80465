"""``push`` against a real CalDAV server: exact writes, none when nothing changed, nothing lost.

Radicale runs on loopback with a user and a password (htpasswd); a small
recording proxy in front of it, also on loopback, counts every request the
push makes and can drop the connection at a chosen PUT, as a server that
goes away mid-push does.  What the server then holds is read back with a
REPORT of its own, not through the code under test.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
import test_radicale
from test_radicale import Server, events_in, query, running_radicale

from fastpath_ical import build_calendar, fastpath2021, fastpath2021_page, uids
from fastpath_ical.cli import main
from fastpath_ical.publish import Action, Stored, plan

USER, PASSWORD = "fastpath", "s3cret pass"
CALENDAR = f"/{USER}/fastpath2021/"
STAMP = "2021-03-20T12:00:00Z"
ANA = "fastpath-2021-ana-klimovic@fastpath-ical"
MAAS = "fastpath-2021-martin-maas@fastpath-ical"


class Recorder(http.server.ThreadingHTTPServer):
    """A forwarding proxy on loopback that records (method, path) and can fail a PUT."""

    daemon_threads = True

    def __init__(self, upstream: int) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.upstream = upstream
        self.requests: list[tuple[str, str]] = []
        #: Drop the connection, unanswered and unforwarded, at this PUT (1-based); 0: never.
        self.drop_at_put = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{CALENDAR}"

    def count(self, method: str) -> int:
        return sum(m == method for m, _ in self.requests)


class _Forward(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Recorder

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _forward(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        self.server.requests.append((self.command, self.path))
        if self.command == "PUT" and self.server.count("PUT") == self.server.drop_at_put:
            self.close_connection = True
            self.connection.close()
            return
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream, timeout=10)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host",)}
            upstream.request(self.command, self.path, body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
        finally:
            upstream.close()
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_DELETE = do_REPORT = do_PROPFIND = do_MKCALENDAR = _forward
    do_OPTIONS = do_HEAD = do_POST = _forward


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    (tmp_path / "users").write_text(f"{USER}:{PASSWORD}\n")
    auth = (
        "--auth-type",
        "htpasswd",
        "--auth-htpasswd-filename",
        str(tmp_path / "users"),
        "--auth-htpasswd-encryption",
        "plain",
    )
    yield from running_radicale(tmp_path, auth)


@pytest.fixture
def proxy(server: Server) -> Iterator[Recorder]:
    recorder = Recorder(server.port)
    thread = threading.Thread(target=recorder.serve_forever, daemon=True)
    thread.start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()
    thread.join(timeout=10)


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTPATH_CALDAV_PASSWORD", PASSWORD)


def page(tmp_path: Path, *edits: tuple[str, str]) -> str:
    text = fastpath2021_page()
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / f"page-{len(list(tmp_path.glob('page-*')))}.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(proxy: Recorder, page_path: str, *extra: str) -> tuple[int, dict[str, int]]:
    """One push through the proxy: exit status and the requests it made, by method."""
    before = len(proxy.requests)
    args = ["push", page_path, "--caldav", proxy.url, "--user", USER, "--stamp", STAMP, *extra]
    status = main(args)
    made: dict[str, int] = {}
    for method, _ in proxy.requests[before:]:
        made[method] = made.get(method, 0) + 1
    return status, made


def held(server: Server) -> dict[str, icalendar.Event]:
    """What the server holds, read with its own REPORT."""
    return events_in(query(server))


def _without_a_talk() -> tuple[str, str]:
    row = next(line for line in fastpath2021_page().splitlines() if "Martin Maas" in line)
    return row + "\n", ""


@pytest.fixture(autouse=True)
def _auth(monkeypatch: pytest.MonkeyPatch) -> None:
    """The REPORT the tests read with logs in as the user too."""
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    monkeypatch.setattr(test_radicale, "AUTH", f"Basic {token}")
    monkeypatch.setattr(test_radicale, "COLLECTION", CALENDAR)


def test_first_push_creates_the_calendar_and_one_object_per_item(
    proxy: Recorder, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, made = run(proxy, page(tmp_path))
    assert 0 == status
    assert {"REPORT": 1, "MKCALENDAR": 1, "PUT": 11} == made
    assert (
        f"fastpath-ical: pushed to {proxy.url}: 11 created, 0 updated, 0 cancelled, 0 deleted, "
        "0 unchanged; made the calendar\n"
    ) in capsys.readouterr().err
    events = held(server)
    assert sorted(uids_of_shipped()) == sorted(events)
    assert all(b"METHOD" not in e.to_ical() for e in events.values())


def uids_of_shipped() -> tuple[str, ...]:
    return uids(fastpath2021())


def test_a_second_push_with_no_change_writes_nothing(
    proxy: Recorder, server: Server, tmp_path: Path
) -> None:
    shipped = page(tmp_path)
    assert (0, {"REPORT": 1, "MKCALENDAR": 1, "PUT": 11}) == run(proxy, shipped)
    before = {uid: e.to_ical() for uid, e in held(server).items()}
    assert (0, {"REPORT": 1}) == run(proxy, shipped)
    assert (0, {"REPORT": 1}) == run(proxy, shipped, "--stamp", "2021-03-21T00:00:00Z")
    assert before == {uid: e.to_ical() for uid, e in held(server).items()}


def test_a_changed_title_is_one_put_with_if_match_and_sequence_one(
    proxy: Recorder, server: Server, tmp_path: Path
) -> None:
    assert 0 == run(proxy, page(tmp_path))[0]
    changed = page(
        tmp_path, ("Ingesting and Processing Data", "Ingesting and Processing All the Data")
    )
    assert (0, {"REPORT": 1, "PUT": 1}) == run(proxy, changed)
    ana = held(server)[ANA]
    assert "Ingesting and Processing All the Data" in str(ana["SUMMARY"])
    assert 1 == ana["SEQUENCE"]
    assert (0, {"REPORT": 1}) == run(proxy, changed)


def test_a_removed_talk_is_cancelled_once(proxy: Recorder, server: Server, tmp_path: Path) -> None:
    assert 0 == run(proxy, page(tmp_path))[0]
    shorter = page(tmp_path, _without_a_talk())
    assert (0, {"REPORT": 1, "PUT": 1}) == run(proxy, shorter)
    maas = held(server)[MAAS]
    assert ("CANCELLED", 1) == (str(maas["STATUS"]), maas["SEQUENCE"])
    assert (0, {"REPORT": 1}) == run(proxy, shorter)


def test_a_removed_talk_is_deleted_when_asked(
    proxy: Recorder, server: Server, tmp_path: Path
) -> None:
    assert 0 == run(proxy, page(tmp_path))[0]
    shorter = page(tmp_path, _without_a_talk())
    assert (0, {"REPORT": 1, "DELETE": 1}) == run(proxy, shorter, "--delete-removed")
    assert MAAS not in held(server)
    assert 10 == len(held(server))
    assert (0, {"REPORT": 1}) == run(proxy, shorter, "--delete-removed")


def test_a_wrong_password_is_one_clear_line_and_writes_nothing(
    proxy: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FASTPATH_CALDAV_PASSWORD", "wrong")
    status, made = run(proxy, page(tmp_path))
    assert 1 == status
    assert {"REPORT": 1} == made
    err = capsys.readouterr().err
    assert err == (
        f"fastpath-ical: REPORT {proxy.url.rstrip('/')}/: the server refused the user name "
        "or password (401)\n"
    )


def test_no_password_is_an_error_not_a_prompt_off_a_terminal(
    proxy: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("FASTPATH_CALDAV_PASSWORD")
    status, made = run(proxy, page(tmp_path))
    assert (1, {}) == (status, made)
    assert "set FASTPATH_CALDAV_PASSWORD" in capsys.readouterr().err


def test_the_server_going_away_mid_push_loses_nothing_and_a_rerun_finishes(
    proxy: Recorder, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = page(tmp_path)
    proxy.drop_at_put = 4
    status, made = run(proxy, shipped)
    assert (1, {"REPORT": 1, "MKCALENDAR": 1, "PUT": 4}) == (status, made)
    err = capsys.readouterr().err
    assert err.startswith("fastpath-ical: PUT ")
    assert "no answer from the server" in err
    assert (
        "(after 3 of 11 writes; nothing is half written: the same push again writes the rest)"
        in err
    )
    assert 3 == len(held(server))
    proxy.drop_at_put = 0
    assert (0, {"REPORT": 1, "PUT": 8}) == run(proxy, shipped)
    assert sorted(uids_of_shipped()) == sorted(held(server))
    assert (0, {"REPORT": 1}) == run(proxy, shipped)


def test_only_this_programs_objects_are_touched() -> None:
    """Another program's event in the same calendar is neither cancelled nor deleted."""
    program = fastpath2021()
    other = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:party@example.org\r\nDTSTAMP:20210301T000000Z\r\nSUMMARY:Party\r\n"
        b"DTSTART:20210328T220000Z\r\nDTEND:20210328T230000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    stored = [Stored(href=f"{CALENDAR}party.ics", etag='"1"', data=other)]
    now = dt.datetime(2021, 3, 20, tzinfo=dt.UTC)
    for delete_removed in (False, True):
        writes = plan(
            build_calendar(program),
            program,
            stored,
            now,
            collection=CALENDAR,
            delete_removed=delete_removed,
        )
        assert 11 == writes.count(Action.CREATE)
        assert all(write.href != f"{CALENDAR}party.ics" for write in writes.writes)
