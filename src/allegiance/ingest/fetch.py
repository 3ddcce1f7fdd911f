"""Fetch one web page or feed the user named, politely and within limits.

allegiance never crawls: it only fetches URLs given on the command line and the item links
of feeds given there. Each request has a timeout, a size cap and an honest user agent, so a
slow or enormous server cannot hang or exhaust a batch. Failures become :class:`FetchError`
with a one-line reason; the reader turns that into an input error naming the URL.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass


__all__ = ["FetchError", "Fetched", "fetch", "is_url", "TIMEOUT_S", "MAX_BYTES", "USER_AGENT"]

TIMEOUT_S = 20.0  # seconds to wait for a connection or for the next chunk of a response
MAX_BYTES = 10 * 1024 * 1024  # larger responses are refused: no news article is this big


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("allegiance")
    except Exception:  # running from a source tree that was never installed
        return "dev"


USER_AGENT = f"allegiance/{_version()} (political event coder; fetches only URLs given to it)"

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_CHUNK = 64 * 1024


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not bounce us to ftp:// or file://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise FetchError(f"redirected to a non-http URL ({newurl[:80]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is the one-line reason."""


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    data: bytes
    content_type: str  # lower-case media type without parameters, "" if none was sent
    charset: str | None  # the charset the server declared, if any


def is_url(text: str) -> bool:
    """True for http(s) URLs: the only kind allegiance will fetch."""
    return bool(_URL.match(text.strip()))


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET ``url`` and return its body; raise FetchError with a short reason on any failure."""
    if not is_url(url):
        raise FetchError("not an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"response too large ({_mb(int(declared))}; limit {_mb(max_bytes)})")
            chunks, size = [], 0
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response too large (over {_mb(max_bytes)})")
                chunks.append(chunk)
            content_type = (response.headers.get_content_type() or "").lower()
            if not response.headers.get("Content-Type"):
                content_type = ""
            charset = response.headers.get_content_charset()
            return Fetched(response.geturl(), b"".join(chunks), content_type, charset)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}".strip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot fetch ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # resets, bad ports, malformed URLs
        raise FetchError(f"cannot fetch ({exc})") from None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
