"""Fetching URLs: bodies come back, and every failure is a short reason, never a hang."""

import pytest

from allegiance.ingest.fetch import USER_AGENT, FetchError, fetch, is_url


def test_fetch_returns_body_type_charset_and_sends_our_user_agent(local_site):
    url = local_site.add("/page", "<html><body>Olá</body></html>", "text/html; charset=utf-8")
    got = fetch(url)
    assert got.data.decode("utf-8") == "<html><body>Olá</body></html>"
    assert (got.content_type, got.charset, got.url) == ("text/html", "utf-8", url)
    assert local_site.requests == [("/page", USER_AGENT)]
    assert USER_AGENT.startswith("allegiance/")


def test_http_error_is_named(local_site):
    with pytest.raises(FetchError, match=r"^HTTP 404"):
        fetch(local_site.url("/missing"))


def test_slow_server_times_out(local_site):
    url = local_site.add("/slow", "late", delay=1.0)
    with pytest.raises(FetchError, match="timed out after 0.2 s"):
        fetch(url, timeout=0.2)


def test_oversized_response_is_refused(local_site):
    url = local_site.add("/big", b"x" * 5000, "text/plain")
    with pytest.raises(FetchError, match="too large"):
        fetch(url, max_bytes=1000)
    assert fetch(url, max_bytes=5000).data == b"x" * 5000


def test_refused_connection_is_a_clear_error():
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/nothing-listens-here", timeout=2)


@pytest.mark.parametrize("text, expected", [
    ("https://example.org/a", True), ("HTTP://example.org", True),
    ("ftp://example.org/a", False), ("file:///etc/passwd", False), ("notes.txt", False),
])
def test_only_http_urls_are_urls(text, expected):
    assert is_url(text) is expected
    if not expected:
        with pytest.raises(FetchError, match="not an http"):
            fetch(text)


def test_redirect_to_another_scheme_is_refused(local_site):
    local_site.redirects["/hop"] = "ftp://127.0.0.1/secret.txt"
    with pytest.raises(FetchError, match="redirected to a non-http URL"):
        fetch(local_site.url("/hop"))


def test_redirect_within_http_is_followed(local_site):
    target = local_site.add("/final", "<html><body>here</body></html>")
    local_site.redirects["/moved"] = target
    got = fetch(local_site.url("/moved"))
    assert got.url == target and b"here" in got.data
