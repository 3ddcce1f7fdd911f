"""Turn an HTML news page into a Document: the article's text and what the page says about it.

A saved or fetched page is mostly navigation, adverts, comments and scripts. trafilatura finds
the main text and reads the page's metadata (title, date, author, site name, categories and
tags); the page chrome left inside the article (bylines, share prompts) then goes through the
same cleaner as plain text. An article is flagged ``section="opinion"`` when its section,
categories or tags, or a folder in its URL, name opinion, analysis, comment, editorial,
op-ed or column.

Pages come from anywhere, so nothing here may crash: undecodable bytes, binary junk, script
bombs and absurd nesting all end as :class:`HtmlError` with a one-line reason. Paragraphs are
kept separated by blank lines because the sentence splitter treats those as hard breaks.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from allegiance.ingest.clean import clean_document
from allegiance.model import Document

__all__ = ["HtmlError", "Page", "decode_html", "extract", "is_opinion", "page_document",
           "looks_like_html", "MAX_HTML_BYTES", "MIN_WORDS"]

MAX_HTML_BYTES = 10 * 1024 * 1024  # larger files are refused rather than parsed
MIN_WORDS = 5  # a "main text" shorter than this is not an article (e.g. an empty shell page)

# Labels that mark commentary rather than news, matched as whole words in the page's
# section, categories, tags and URL folders ("Opinion", "News Analysis", "Op-Ed", "Columns").
_OPINION = re.compile(
    r"\b(?:opinions?|analysis|analyses|comments?|commentary|commentisfree|editorials?|"
    r"op-?eds?|columns?|columnists?)\b",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                           re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
# Script and style bodies are dropped before parsing: lxml gives up on a text node over 10 MB,
# so one giant script (a "script bomb") would otherwise hide the whole article.
_SCRIPTS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Control characters that never occur in real text; lxml refuses strings containing them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# WHATWG rule, followed by every browser: pages labelled Latin-1 or ASCII are windows-1252.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
            "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}


class HtmlError(Exception):
    """A page that cannot be turned into text; ``str()`` is the one-line reason."""


@dataclass
class Page:
    """The main text of a page (paragraphs separated by blank lines) and its metadata."""

    text: str
    title: str | None = None
    date: date | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def opinion(self) -> bool:
        return is_opinion(self.categories + self.tags, self.url)


def looks_like_html(data: bytes) -> bool:
    """True when the first bytes are an HTML document (used for URLs without a content type)."""
    return bool(_HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def is_opinion(labels: list[str], url: str | None = None) -> bool:
    """Do these section/category/tag labels, or a folder in the URL, mark commentary?"""
    if any(_OPINION.search(label or "") for label in labels):
        return True
    if url:
        folders = [p for p in urlsplit(url).path.split("/") if p][:-1]  # not the article slug
        return any(_OPINION.fullmatch(f) for f in folders)
    return False


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: BOM, then the server's charset, then <meta charset>, else UTF-8. Strict."""
    if data.startswith(b"\xef\xbb\xbf"):
        charset, data = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        charset = "utf-16"
    else:
        found = _META_CHARSET.search(data[:4096])
        charset = declared or (found.group(1).decode("ascii") if found else "utf-8")
    label = charset.strip().strip("\"'").lower()
    codec = _ALIASES.get(label, label)
    try:
        codec = codecs.lookup(codec).name
    except LookupError:
        raise HtmlError(f"HTML page declares an unknown character set {charset!r}") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise HtmlError(f"HTML page is not valid {label} (byte 0x{data[exc.start]:02x} "
                        f"at offset {exc.start})") from None


def extract(html: str, *, url: str | None = None) -> Page:
    """Main text and metadata of one page; HtmlError when there is no article to code."""
    import trafilatura  # slow to import: only when a page is actually read

    junk = len(_CONTROL.findall(html))
    if junk > max(20, len(html) // 100):
        raise HtmlError("HTML page contains binary data, not text")
    html = _SCRIPTS.sub(" ", _CONTROL.sub("", html))
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=False,
            # Only dates the page's markup states, never guesses from the text or today.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise HtmlError("HTML page is nested too deeply to read") from None
    except Exception as exc:  # a hostile page must never crash a batch
        raise HtmlError(f"HTML page could not be parsed ({type(exc).__name__})") from None
    text = _paragraphs(getattr(result, "text", None) or "")
    if len(text.split()) < MIN_WORDS:
        raise HtmlError("HTML page has no article text (empty, only scripts or navigation, "
                        "or nested too deeply to read)")
    return Page(
        text=text,
        title=_one_line(result.title),
        date=_date(result.date),
        author=_one_line(result.author),
        sitename=_one_line(result.sitename),
        url=_one_line(result.url) or url,
        categories=[c for c in (result.categories or []) if c],
        tags=[t for t in (result.tags or []) if t],
    )


def page_document(data: bytes, *, doc_id: str, origin: str, url: str | None = None,
                  default_date: date | None = None, charset: str | None = None,
                  fallback: dict | None = None) -> Document:
    """A Document from the bytes of one HTML page.

    ``fallback`` fills what the page lacks (a feed item's ``title``, ``date``, ``author``,
    ``outlet``); ``default_date`` comes last. Raises HtmlError with a one-line reason.
    """
    if len(data) > MAX_HTML_BYTES:
        raise HtmlError(f"HTML page larger than {MAX_HTML_BYTES // (1024 * 1024)} MB; not read")
    page = extract(decode_html(data, charset), url=url)
    fallback = fallback or {}
    title = page.title or fallback.get("title")
    cleaned = clean_document(page.text, known_title=title)
    if len(cleaned.text.split()) < MIN_WORDS:
        raise HtmlError("HTML page has no article text (only page chrome)")
    opinion = page.opinion or cleaned.section == "opinion"
    # trafilatura falls back to the host name for a site name; a feed's title is better.
    host = urlsplit(page.url or url or "").netloc.lower()
    named = page.sitename if page.sitename and page.sitename.lower() not in (
        host, host.removeprefix("www.")) else None
    return Document(
        id=doc_id,
        text=cleaned.text,
        date=page.date or fallback.get("date") or default_date,
        title=title or cleaned.title,
        url=page.url or url,
        outlet=named or fallback.get("outlet") or cleaned.outlet or page.sitename,
        author=page.author or fallback.get("author") or cleaned.author,
        section="opinion" if opinion else "news",
        origin=origin,
        dateline=cleaned.dateline,
    )


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; the coder wants a blank line between blocks."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _one_line(value: str | None) -> str | None:
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
