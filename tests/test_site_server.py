"""The preview server: conditional requests, HEAD, no way out of the folder, a clean stop."""

from __future__ import annotations

import concurrent.futures
import email.utils
import http.client
import os
import signal
import socket
import time
from pathlib import Path

import pytest
from icalendar import Calendar

from fastpath_ical import fastpath2021_page
from fastpath_ical.site import respond
from sitekit import BASE, Served, fastpath, serving


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site, a secret beside it, and a symlink from inside to the secret."""
    root = tmp_path_factory.mktemp("serve")
    folder = root / "site"
    fastpath("site", "-o", str(folder), "--base-url", BASE)
    (root / "secret.txt").write_text("secret\n", encoding="utf-8")
    (folder / "out.txt").symlink_to(root / "secret.txt")
    (folder / "events" / "out").symlink_to(root)
    (folder / ".hidden.ics").write_text("hidden\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "index.html").write_text("<!DOCTYPE html><title>sub</title>\n")
    return folder


@pytest.fixture(scope="module")
def server(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Served:
    log = tmp_path_factory.mktemp("log") / "serve.log"
    with serving(str(site), log=log) as served:
        yield served  # type: ignore[misc]


def request(
    served: Served, method: str, target: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    try:
        connection.putrequest(method, target, skip_host=False, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def test_ics_is_text_calendar_utf8_with_validators(server: Served, site: Path) -> None:
    """The feed as text/calendar; charset=utf-8, byte for byte, with ETag and Last-Modified."""
    status, headers, body = request(server, "GET", "/fastpath2021.ics")
    assert 200 == status
    assert "text/calendar; charset=utf-8" == headers["content-type"]
    assert (site / "fastpath2021.ics").read_bytes() == body
    assert str(len(body)) == headers["content-length"]
    assert headers["etag"].startswith('"')
    assert headers["etag"].endswith('"')
    modified = email.utils.parsedate_to_datetime(headers["last-modified"])
    assert int((site / "fastpath2021.ics").stat().st_mtime) == int(modified.timestamp())
    assert 1 == len(Calendar.from_ical(body).walk("VCALENDAR"))
    assert "nosniff" == headers["x-content-type-options"]


def test_index_and_item_files(server: Served) -> None:
    status, headers, body = request(server, "GET", "/")
    assert (200, "text/html; charset=utf-8") == (status, headers["content-type"])
    assert body.startswith(b"<!DOCTYPE html>")
    status, headers, _ = request(server, "GET", "/events/ana-klimovic.ics")
    assert (200, "text/calendar; charset=utf-8") == (status, headers["content-type"])
    status, headers, _ = request(server, "GET", "/sub")
    assert (301, "/sub/") == (status, headers["location"])
    assert 200 == request(server, "GET", "/sub/")[0]
    assert 404 == request(server, "GET", "/events/")[0]  # a folder without index.html


def test_conditional_requests(server: Served) -> None:
    """If-None-Match and If-Modified-Since give 304 with no body; a stale validator gives 200."""
    _, headers, body = request(server, "GET", "/fastpath2021.ics")
    etag, modified = headers["etag"], headers["last-modified"]
    status, again, empty = request(server, "GET", "/fastpath2021.ics", {"If-None-Match": etag})
    assert (304, b"") == (status, empty)
    assert etag == again["etag"]
    status, _, empty = request(
        server, "GET", "/fastpath2021.ics", {"If-None-Match": f'"other", W/{etag}'}
    )
    assert (304, b"") == (status, empty)
    status, _, empty = request(server, "GET", "/fastpath2021.ics", {"If-Modified-Since": modified})
    assert (304, b"") == (status, empty)
    status, _, full = request(
        server, "GET", "/fastpath2021.ics", {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"}
    )
    assert (200, body) == (status, full)
    # If-None-Match wins: a wrong ETag with a matching date is a full answer.
    status, _, full = request(
        server,
        "GET",
        "/fastpath2021.ics",
        {"If-None-Match": '"nope"', "If-Modified-Since": modified},
    )
    assert (200, body) == (status, full)
    status, _, full = request(server, "GET", "/fastpath2021.ics", {"If-Modified-Since": "garbage"})
    assert (200, body) == (status, full)


def test_head_has_the_headers_and_no_body(server: Served) -> None:
    _, got, _body = request(server, "GET", "/fastpath2021.ics")
    status, headed, empty = request(server, "HEAD", "/fastpath2021.ics")
    assert (200, b"") == (status, empty)
    for name in ("content-type", "content-length", "etag", "last-modified"):
        assert got[name] == headed[name]
    status, _, empty = request(server, "HEAD", "/fastpath2021.ics", {"If-None-Match": got["etag"]})
    assert (304, b"") == (status, empty)


@pytest.mark.parametrize(
    "target",
    [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/events/../../secret.txt",
        "/events/%2e%2e/%2e%2e/secret.txt",
        "/./../secret.txt",
        "/..%5csecret.txt",
        "/out.txt",
        "/events/out/secret.txt",
        "/.hidden.ics",
        "/%00",
        "/index.html%00.ics",
        "//secret.txt",
        "secret.txt",
        "/%ff%fe",
        "http://127.0.0.1/../secret.txt",
    ],
)
def test_nothing_outside_the_folder(server: Served, target: str) -> None:
    """Traversal, encoded traversal, symlinks out and hidden files are all 404."""
    status, _, body = request(server, "GET", target)
    assert 404 == status, target
    assert b"secret" not in body


def test_raw_traversal_on_the_socket(server: Served) -> None:
    """A request line http.client would not send: still 404 (or a 400 from the parser)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := raw.recv(65536):
            answer += chunk
    assert answer.split(b" ", 2)[1] in (b"404", b"400")
    assert b"root:" not in answer


def test_other_methods_are_refused(server: Served) -> None:
    status, headers, _ = request(server, "POST", "/fastpath2021.ics")
    assert (405, "GET, HEAD") == (status, headers["allow"])
    status, _, _ = request(server, "DELETE", "/index.html")
    assert 405 == status


def threads_and_fds(pid: int) -> tuple[int, int]:
    return len(os.listdir(f"/proc/{pid}/task")), len(os.listdir(f"/proc/{pid}/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to count threads")
def test_bounded_load_no_error_no_leak(server: Served) -> None:
    """600 requests, 16 at a time, on loopback, in under 60 s: every one 200, nothing leaks."""
    pid = server.process.pid
    request(server, "GET", "/")
    before = threads_and_fds(pid)
    expected = {
        "/": request(server, "GET", "/")[2],
        "/fastpath2021.ics": request(server, "GET", "/fastpath2021.ics")[2],
        "/events/siva-hari.ics": request(server, "GET", "/events/siva-hari.ics")[2],
    }
    targets = list(expected) * 200
    started = time.monotonic()

    def fetch(target: str) -> bool:
        status, _, body = request(server, "GET", target)
        return status == 200 and body == expected[target]

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(fetch, targets, timeout=60))
    elapsed = time.monotonic() - started
    assert all(results)
    assert elapsed < 60
    deadline = time.monotonic() + 10
    while threads_and_fds(pid) != before and time.monotonic() < deadline:
        time.sleep(0.1)
    threads, fds = threads_and_fds(pid)
    assert threads <= before[0], (before, threads)
    assert fds <= before[1], (before, fds)
    assert server.process.poll() is None


def test_ctrl_c_stops_cleanly(site: Path, tmp_path: Path) -> None:
    """SIGINT: the server says so and exits 0 at once; the port is free again."""
    with serving(str(site), log=tmp_path / "log") as served:
        assert 200 == request(served, "GET", "/")[0]
        assert 0 == served.stop(signal.SIGINT)
        assert "fastpath-ical: stopped" in served.stderr()
        assert "Traceback" not in served.stderr()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", served.port))


def test_a_page_is_rebuilt_when_it_changes(tmp_path: Path) -> None:
    """serve PAGE.md: the site of the page, its feed subscribable at the server's URL, rebuilt
    on change; a page that breaks keeps the last good build up; SIGTERM stops it cleanly."""
    page = tmp_path / "program.md"
    page.write_text(fastpath2021_page(), encoding="utf-8")
    with serving(str(page), log=tmp_path / "log") as served:
        status, _, body = request(served, "GET", "/")
        assert 200 == status
        assert f"webcal://127.0.0.1:{served.port}/fastpath2021.ics".encode() in body
        page.write_text(
            fastpath2021_page().replace("Resilience and Safety", "Resilience & Safety"),
            encoding="utf-8",
        )
        deadline = time.monotonic() + 20
        while b"Resilience &amp; Safety" not in body and time.monotonic() < deadline:
            time.sleep(0.1)
            body = request(served, "GET", "/")[2]
        assert b"Resilience &amp; Safety" in body
        page.write_text("not a program\n", encoding="utf-8")
        deadline = time.monotonic() + 20
        while "still serving" not in served.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "still serving the last good build" in served.stderr()
        assert b"Resilience &amp; Safety" in request(served, "GET", "/")[2]
        temporary = [
            line for line in served.stderr().splitlines() if "fastpath-ical-serve-" in line
        ]
        assert 0 == served.stop(signal.SIGTERM)
        assert not temporary  # the temporary folder is never named, and removed at the end


def test_respond_without_a_socket(site: Path) -> None:
    """The request handling itself, as a function: the same answers as over HTTP."""
    ok = respond(site, "GET", "/fastpath2021.ics")
    assert 200 == ok.status
    etag = ok.header("ETag")
    assert etag is not None
    assert 304 == respond(site, "GET", "/fastpath2021.ics", {"if-none-match": etag}).status
    assert b"" == respond(site, "HEAD", "/fastpath2021.ics").body
    assert 404 == respond(site, "GET", "/%2e%2e/secret.txt").status
    assert 405 == respond(site, "PUT", "/x").status
