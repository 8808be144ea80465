"""The network edge of a push: a CalDAV calendar collection over plain HTTP.

Plain HTTP (the standard library's ``http.client``) rather than a CalDAV
client library, because a push must say exactly which requests it makes: one
REPORT to list the calendar, then one conditional PUT or DELETE per object
that changes (``If-None-Match: *`` to create, ``If-Match: <ETag>`` to
replace or remove), and nothing else.  Every failure is a
:class:`~fastpath_ical.errors.PublishError` with the URL and the status.
"""

from __future__ import annotations

import base64
import http.client
import socket
import ssl
import urllib.parse
import xml.etree.ElementTree as ET

from ..errors import PublishError
from ._plan import Stored

__all__ = ["Collection"]

_NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}
_QUERY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
    b"<D:prop><D:getetag/><C:calendar-data/></D:prop>"
    b'<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/>'
    b"</C:comp-filter></C:filter></C:calendar-query>"
)
_MKCALENDAR = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
    b"<D:set><D:prop><D:displayname>{name}</D:displayname></D:prop></D:set></C:mkcalendar>"
)
TIMEOUT = 30.0


class Collection:
    """A calendar collection at ``url``, spoken to over one kept-alive connection."""

    def __init__(self, url: str, *, user: str | None = None, password: str = "") -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(f"not an http(s) URL: {url!r}", url=url)
        self.url = url
        self.path = (parts.path or "/").rstrip("/") + "/"
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
        self._headers = {"User-Agent": "fastpath-ical"}
        if user is not None:
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"
        self._connection: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            if self._scheme == "https":
                context = ssl.create_default_context()
                self._connection = http.client.HTTPSConnection(
                    self._host, self._port, timeout=TIMEOUT, context=context
                )
            else:
                self._connection = http.client.HTTPConnection(
                    self._host, self._port, timeout=TIMEOUT
                )
        return self._connection

    def _request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        where = urllib.parse.urlunsplit((self._scheme, self._netloc(), path, "", ""))
        try:
            connection = self._connect()
            connection.request(
                method, path, body=body, headers={**self._headers, **(headers or {})}
            )
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            if isinstance(exc, socket.timeout):
                reason = "timed out"
            raise PublishError(
                f"{method} {where}: no answer from the server ({reason or type(exc).__name__})",
                url=where,
            ) from None
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        if response.status == 401:
            raise PublishError(
                f"{method} {where}: the server refused the user name or password (401)",
                url=where,
                status=401,
            )
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def _netloc(self) -> str:
        return self._host if self._port is None else f"{self._host}:{self._port}"

    def _fail(self, method: str, path: str, status: int, body: bytes) -> PublishError:
        where = urllib.parse.urlunsplit((self._scheme, self._netloc(), path, "", ""))
        text = " ".join(body.decode("utf-8", "replace").split())[:200]
        return PublishError(
            f"{method} {where}: the server answered {status}" + (f": {text}" if text else ""),
            url=where,
            status=status,
        )

    def objects(self) -> tuple[Stored, ...] | None:
        """Every VEVENT object in the collection (href, ETag, bytes); None if there is none."""
        status, _, body = self._request(
            "REPORT",
            self.path,
            _QUERY,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if status == 404:
            return None
        if status != 207:
            raise self._fail("REPORT", self.path, status, body)
        try:
            root = ET.fromstring(body)
        except ET.ParseError as exc:
            raise self._fail("REPORT", self.path, status, f"not XML ({exc})".encode()) from None
        out = []
        for response in root.iterfind("D:response", _NS):
            href = urllib.parse.unquote(response.findtext("D:href", "", _NS))
            for propstat in response.iterfind("D:propstat", _NS):
                if " 200 " not in (propstat.findtext("D:status", "", _NS) + " "):
                    continue
                data = propstat.findtext("D:prop/C:calendar-data", None, _NS)
                etag = propstat.findtext("D:prop/D:getetag", "", _NS)
                if data is not None:
                    out.append(Stored(href=href, etag=etag, data=data.encode("utf-8")))
        return tuple(out)

    def create_collection(self, name: str) -> None:
        """MKCALENDAR at the collection's path, named ``name``."""
        text = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = _MKCALENDAR.replace(b"{name}", text.encode("utf-8"))
        status, _, answer = self._request(
            "MKCALENDAR", self.path, body, {"Content-Type": "application/xml; charset=utf-8"}
        )
        if status not in (200, 201):
            raise self._fail("MKCALENDAR", self.path, status, answer)

    def put(self, href: str, data: bytes, *, etag: str | None) -> None:
        """PUT ``data`` at ``href``: a new object (``etag`` None), or over the one with ``etag``."""
        condition = {"If-None-Match": "*"} if etag is None else {"If-Match": etag} if etag else {}
        path = urllib.parse.quote(href)
        status, _, body = self._request(
            "PUT", path, data, {"Content-Type": "text/calendar; charset=utf-8", **condition}
        )
        if status not in (200, 201, 204):
            raise self._fail("PUT", path, status, body)

    def delete(self, href: str, *, etag: str) -> None:
        path = urllib.parse.quote(href)
        status, _, body = self._request("DELETE", path, headers={"If-Match": etag} if etag else {})
        if status not in (200, 204, 404):
            raise self._fail("DELETE", path, status, body)
