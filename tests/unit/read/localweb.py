"""A small HTTP server on 127.0.0.1 for the fetch tests: news pages, bad content types, redirects, slow answers.

Never the internet: every test fetches from this server (or is refused before connecting)."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.unit.read import newspages
from tests.unit.read.pdfwriters import pdf_one_text_object

BIG = 200_000  # bytes of the /big answers


class Hold:
    """``/held.html`` waits, once it has arrived, until the test releases it: a fetch that is certainly
    in progress, for as long as the test needs, without guessing how long a sleep is long enough."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()


HOLD = Hold()


@contextmanager
def holding() -> Iterator[Hold]:
    """A fresh :data:`HOLD` for one test; released on the way out whatever happened."""
    global HOLD
    HOLD = Hold()
    try:
        yield HOLD
    finally:
        HOLD.release.set()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def _send(self, status: int, body: bytes, media: str, *, length: bool = True, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        path = parts.path
        if path.startswith("/tin/"):
            site = path.removeprefix("/tin/").removesuffix(".html")
            self._send(200, newspages.PAGES[site]().encode(), "text/html; charset=utf-8")
        elif path == "/bai.txt":
            self._send(200, f" date {newspages.PUBLISHED}\n{newspages.PLAIN}".encode(), "text/plain; charset=utf-8")
        elif path == "/anh.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path == "/big.html":
            self._send(200, b"<p>" + b"a" * BIG + b"</p>", "text/html")
        elif path == "/big-undeclared.html":  # no Content-Length: the limit must hold while reading
            self._send(200, b"<p>" + b"a" * BIG + b"</p>", "text/html", length=False)
        elif path == "/redirect":
            self._send(302, b"", "text/plain", Location=query["to"][0])
        elif path == "/redirect-nowhere":  # a redirect without a Location
            self._send(302, b"", "text/plain")
        elif path == "/loop":
            self._send(302, b"", "text/plain", Location="/loop")
        elif path == "/slow.html":
            time.sleep(3)
            self._send(200, b"<p>late</p>", "text/html")
        elif path == "/held.html":
            HOLD.arrived.set()
            HOLD.release.wait(timeout=60)
            self._send(200, b"<p>late</p>", "text/html")
        elif path == "/van-ban":  # a PDF served as a web page (a download script that says text/html)
            self._send(200, pdf_one_text_object(list(newspages.BODY)), "text/html")
        elif path == "/host":  # what Host the request carried
            self._send(200, (self.headers.get("Host") or "").encode(), "text/plain")
        else:
            self._send(404, b"not here", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (a refused size, a timeout) is what the tests do on purpose."""
        return


@contextmanager
def local_web(tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """The server on a free loopback port, in a thread; yields its base URL (``http://127.0.0.1:PORT``, or
    ``https://`` with ``tls``)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
