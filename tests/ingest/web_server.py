"""A tiny web site on 127.0.0.1 for tests that fetch URLs: the internet is never touched.

``local_site`` is a pytest fixture: it serves a dict of routes on a random port from a
background thread, answers a bounded number of requests, and shuts down when the test ends.
Tests add routes with ``site.add(path, body, content_type)`` and get URLs with ``site.url(path)``.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

MAX_REQUESTS = 100  # a runaway loop in the code under test cannot keep the server busy


class Site:
    def __init__(self):
        self.routes: dict[str, tuple[int, str | None, bytes, float]] = {}
        self.requests: list[tuple[str, str]] = []  # (path, user agent) of every request
        self.redirects: dict[str, str] = {}  # path -> Location of a 302 answer

        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the name http.server expects
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                if self.path in site.redirects:
                    self.send_response(302)
                    self.send_header("Location", site.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status, ctype, body, delay = site.routes.get(
                    self.path, (404, "text/plain", b"not found", 0.0))
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    if ctype:
                        self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeouts, size limits): fine
                    pass

            def log_message(self, *args):  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.timeout = 0.05
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set() and len(self.requests) < MAX_REQUESTS:
            self.server.handle_request()

    def add(self, path: str, body: bytes | str, content_type: str | None = "text/html; charset=utf-8",
            status: int = 200, delay: float = 0.0) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = (status, content_type, body, delay)
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=5)
        self.server.server_close()


@pytest.fixture
def local_site():
    site = Site()
    try:
        yield site
    finally:
        site.stop()
