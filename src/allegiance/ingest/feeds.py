"""Read an RSS or Atom feed the user named: one Document per item.

A feed item is usually a teaser; the story is on the page it links to. So each item's link is
fetched and read as an HTML page, and the item's own title, publication date and author fill
whatever the page lacks (the feed's title stands in for a missing site name). An item with no
web link is coded from the text the feed carries (``content:encoded`` or the summary).
Document ids are the item link, else its guid.

Problems are yielded as :class:`InputError` (naming the feed or the item link), never
raised, so one dead link does not stop the rest of the feed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from allegiance.ingest.fetch import FetchError, Fetched, fetch, is_url
from allegiance.ingest.html import HtmlError, looks_like_html, page_document
from allegiance.ingest.readers import InputError
from allegiance.model import Document

__all__ = ["looks_like_feed", "read_feed", "FEED_TYPES", "MAX_ITEMS"]

MAX_ITEMS = 500  # items read from one feed; a longer feed is cut with a note
# Media types servers use for feeds ("text/xml" and "application/xml" are checked by content).
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}

# The root element after the XML declaration, comments, processing instructions and doctype.
_ROOT = re.compile(rb"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w:.-]*)",
                   re.DOTALL)
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    match = _ROOT.match(head)
    return bool(match) and match.group(1).lower() in _FEED_ROOTS


def read_feed(data: bytes, *, name: str, default_date: date | None = None,
              fetcher: Callable[[str], Fetched] = fetch) -> Iterator[Document | InputError]:
    """Yield a Document (or InputError) for every item of the feed in ``data``."""
    import feedparser  # only needed when a feed is actually read

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient, but a hostile feed must not crash us
        yield InputError(name, f"not a valid RSS/Atom feed ({type(exc).__name__})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            why = " ".join(str(parsed.get("bozo_exception") or "unreadable").split())[:120]
            yield InputError(name, f"not a valid RSS/Atom feed ({why})")
        else:
            yield InputError(name, "feed has no items")
        return
    outlet = _text(parsed.get("feed", {}).get("title"))
    for n, entry in enumerate(entries, start=1):
        if n > MAX_ITEMS:
            yield InputError(name, f"feed has {len(entries)} items; only the first {MAX_ITEMS} read")
            return
        yield _item(entry, n, name=name, outlet=outlet, default_date=default_date, fetcher=fetcher)


def _item(entry, n: int, *, name: str, outlet: str | None, default_date: date | None,
          fetcher: Callable[[str], Fetched]) -> Document | InputError:
    link = _text(entry.get("link"))
    guid = _text(entry.get("id"))
    fallback = {
        "title": _text(entry.get("title")),
        "date": _entry_date(entry),
        "author": _text(entry.get("author")),
        "outlet": outlet,
    }
    url = link if link and is_url(link) else guid if guid and is_url(guid) else None
    doc_id = url or link or guid or f"{name}#{n}"
    if url is None:
        return _from_feed_text(entry, doc_id=doc_id, name=name, default_date=default_date,
                               fallback=fallback)
    try:
        got = fetcher(url)
    except FetchError as exc:
        return InputError(url, f"feed item: {exc}")
    if got.content_type and got.content_type not in HTML_TYPES and not looks_like_html(got.data):
        return InputError(url, f"feed item is not an HTML page ({got.content_type})")
    try:
        return page_document(got.data, doc_id=doc_id, origin=name, url=got.url or url,
                             default_date=default_date, charset=got.charset, fallback=fallback)
    except HtmlError as exc:
        return InputError(url, str(exc))


def _from_feed_text(entry, *, doc_id: str, name: str, default_date: date | None,
                    fallback: dict) -> Document | InputError:
    """An item without a web link: code the (HTML) text the feed itself carries."""
    body = ""
    for content in entry.get("content") or []:
        body = max(body, content.get("value") or "", key=len)
    body = body or entry.get("summary") or ""
    if not body.strip():
        return InputError(doc_id, "feed item has no link and no text")
    page = f"<html><body><article><p>{body}</p></article></body></html>".encode("utf-8")
    try:
        return page_document(page, doc_id=doc_id, origin=name, default_date=default_date,
                             fallback=fallback)
    except HtmlError as exc:
        return InputError(doc_id, f"feed item: {exc}")


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def _text(value) -> str | None:
    value = " ".join(str(value).split()) if value else ""
    return value or None
