"""Read input documents from files, directories, globs, JSONL, stdin, HTML, URLs and feeds - safely.

A batch of thousands of files must not die on one bad file, so problems are *yielded* as
:class:`InputError` values (one line, naming the file and, for JSONL, the line) next to the
documents that did read. JSONL is streamed line by line so a corpus never has to fit in
memory. Every text goes through :func:`allegiance.ingest.clean.clean_document`, so what
gets coded has no page chrome, and the chrome's metadata fills gaps in the record.

HTML pages (``ingest/html.py``), ``http(s)://`` URLs (``ingest/fetch.py``, fetched only
because the user named them) and RSS/Atom feeds (``ingest/feeds.py``) are dispatched to their
own modules. Every document's language is checked (``ingest/language.py``); non-English ones
become :class:`SkippedInput`, an InputError that callers show as a note, not a failure.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from allegiance.ingest.clean import clean_document
from allegiance.model import Document

__all__ = ["InputError", "SkippedInput", "iter_documents", "DIRECTORY_EXTENSIONS"]

JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
# What a directory walk picks up; other files there (images, PDFs, notes) are skipped.
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
FEED_EXTENSIONS = {".rss", ".atom"}  # .xml files are read as feeds only when their root is one
DIRECTORY_EXTENSIONS = {".txt", ".md"} | JSONL_EXTENSIONS | HTML_EXTENSIONS | FEED_EXTENSIONS
STDIN_NAME = "<stdin>"
SNIFF_BYTES = 8192

# Formats people drop into a folder by mistake, recognised by their first bytes.
_MAGIC = [
    (b"%PDF", "PDF document, not text (extract its text first, e.g. with pdftotext)"),
    (b"\x89PNG", "PNG image, not text"),
    (b"\xff\xd8\xff", "JPEG image, not text"),
    (b"GIF8", "GIF image, not text"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub), not text; extract the text first"),
    (b"\x1f\x8b", "gzip-compressed file, not text; decompress it first"),
    (b"\xff\xfe", "UTF-16 text; save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text; save it as UTF-8"),
]
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13} | {127}


class InputError(Exception):
    """An input that cannot be coded. ``str()`` is one line: ``name[:line]: reason``."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.line = line
        self.reason = " ".join(str(reason).split())
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InputError) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class SkippedInput(InputError):
    """An input deliberately not coded (e.g. not English): a note for the user, not a failure."""


# --------------------------------------------------------------------------- public API


def iter_documents(
    paths: Iterable[str], *, default_date: date | None = None
) -> Iterator[Document | InputError]:
    """Yield a Document for every usable input and an InputError for every problem.

    ``paths`` may mix files, directories (walked recursively, sorted, hidden files
    skipped), glob patterns and ``-`` for standard input. ``default_date`` is the
    publication date for documents that do not state one.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # a single path, not a list of one-character paths
    seen: set[str] = set()
    for given in paths:
        if _is_url(str(given)):
            if str(given) not in seen:
                seen.add(str(given))
                yield from _read_url(str(given), default_date)
            continue
        for item in _expand(str(given)):
            if isinstance(item, InputError):
                yield item
                continue
            key = item if item == "-" else os.path.realpath(item)
            if key in seen:
                continue
            seen.add(key)
            if item == "-":
                yield from _read_stdin(default_date)
            else:
                yield from _read_file(item, default_date)


# --------------------------------------------------------------------------- expansion


def _expand(given: str) -> Iterator[str | InputError]:
    """Turn one argument into file paths (or "-"), or an error saying why not."""
    if given == "-":
        yield "-"
        return
    path = os.path.expanduser(given)
    if os.path.isdir(path):
        found = list(_walk(path))
        if not found:
            exts = "/".join(sorted(DIRECTORY_EXTENSIONS))
            yield InputError(given, f"directory has no {exts} files")
        yield from found
        return
    if os.path.exists(path):
        yield path
        return
    if any(ch in given for ch in "*?["):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield InputError(given, "no files match this pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            else:
                yield match
        return
    yield InputError(given, "no such file")


def _walk(root: str) -> Iterator[str]:
    """Files under ``root`` with a text extension, sorted, hidden files and folders skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in DIRECTORY_EXTENSIONS:
                found.append(os.path.join(dirpath, name))
    return iter(sorted(found))


# --------------------------------------------------------------------------- files


def _sniff(head: bytes) -> str | None:
    """Why the first bytes of a file show it is not UTF-8 text, or None if they look fine."""
    for magic, why in _MAGIC:
        if head.startswith(magic):
            return why
    if b"\x00" in head:
        return "binary file, not text"
    if head:
        controls = sum(1 for b in head if b in _CONTROL)
        if controls / len(head) > 0.1:
            return "binary file, not text (too many control characters)"
    return None


def _decode(data: bytes, name: str, line: int | None = None, base: int = 0) -> str | InputError:
    """Strict UTF-8 (a leading BOM is fine); errors give the byte and its file offset."""
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = base + skip + exc.start
        bad = data[skip + exc.start]
        return InputError(name, f"not valid UTF-8 (byte 0x{bad:02x} at offset {offset})", line)


def _read_file(path: str, default_date: date | None) -> Iterator[Document | InputError]:
    suffix = Path(path).suffix.lower()
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except IsADirectoryError:
        yield InputError(path, "is a directory")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    if not head:
        yield InputError(path, "empty file")
        return
    why = _sniff(head)
    if why:
        yield InputError(path, why)
        return
    if suffix in HTML_EXTENSIONS:
        yield _read_html_file(path, default_date)
    elif suffix in FEED_EXTENSIONS or (suffix == ".xml" and _looks_like_feed(head)):
        yield from _read_feed_file(path, default_date)
    elif suffix == ".xml":
        yield InputError(path, "XML file, not an RSS/Atom feed")
    elif suffix in JSONL_EXTENSIONS:
        yield from _read_jsonl_file(path, default_date)
    elif suffix == ".json":
        yield from _read_json_file(path, default_date)
    else:
        yield from _read_text_file(path, default_date)


def _read_text_file(path: str, default_date: date | None) -> Iterator[Document | InputError]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    text = _decode(data, path)
    if isinstance(text, InputError):
        yield text
        return
    yield _text_document(text, doc_id=os.path.basename(path), name=path, origin=path,
                         default_date=default_date)


def _text_document(text: str, *, doc_id: str, name: str, origin: str,
                   default_date: date | None, url: str | None = None) -> Document | InputError:
    if not text.strip():
        return InputError(name, "empty file")
    cleaned = clean_document(text)
    if not cleaned.text.strip():
        return InputError(name, "no text to code (only page chrome)")
    return _english_only(Document(
        id=doc_id, text=cleaned.text, date=default_date, title=cleaned.title,
        outlet=cleaned.outlet, author=cleaned.author, section=cleaned.section, origin=origin,
        dateline=cleaned.dateline, url=url,
    ), name)


def _read_jsonl_file(path: str, default_date: date | None) -> Iterator[Document | InputError]:
    """Stream a JSONL file one line at a time."""
    base = os.path.basename(path)
    offset = 0
    any_content = False
    try:
        with open(path, "rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                start, offset = offset, offset + len(raw)
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw, start = raw[3:], start + 3
                if not raw.strip():
                    continue
                line = _decode(raw, path, lineno, start)
                if isinstance(line, InputError):
                    yield line
                    any_content = True
                    continue
                if not any_content and not line.lstrip().startswith("{"):
                    # A text file named .jsonl: one error, not one per line.
                    yield InputError(path, "not JSONL (expected one JSON object per line)", lineno)
                    return
                any_content = True
                yield _record_document(line, path, lineno, f"{base}:{lineno}", default_date)
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    if not any_content:
        yield InputError(path, "empty file")


def _read_json_file(path: str, default_date: date | None) -> Iterator[Document | InputError]:
    """A .json file: one object, an array of objects, or JSONL under the wrong name."""
    data = _decode(Path(path).read_bytes(), path)
    if isinstance(data, InputError):
        yield data
        return
    base = os.path.basename(path)
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one a line: it is JSONL
            yield from _read_jsonl_file(path, default_date)
        else:
            yield InputError(path, f"invalid JSON ({exc.msg}, line {exc.lineno})")
        return
    items = parsed if isinstance(parsed, list) else [parsed]
    for n, item in enumerate(items, start=1):
        label = n if isinstance(parsed, list) else None
        yield _record_document(item, path, label, f"{base}:{n}" if label else base, default_date)


# --------------------------------------------------------------------------- stdin


def _read_stdin(default_date: date | None) -> Iterator[Document | InputError]:
    """Standard input: JSONL when every non-blank line starts with "{", else plain text."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        why = _sniff(data[:SNIFF_BYTES])
        if why:
            yield InputError(STDIN_NAME, why)
            return
        text = _decode(data, STDIN_NAME)
        if isinstance(text, InputError):
            yield text
            return
    else:
        text = sys.stdin.read()
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    content = [ln for ln in lines if ln.strip()]
    if not content:
        yield InputError(STDIN_NAME, "empty input")
        return
    if all(ln.lstrip().startswith("{") for ln in content):
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                yield _record_document(line, STDIN_NAME, lineno, f"-:{lineno}", default_date)
        return
    yield _text_document(text, doc_id="-", name=STDIN_NAME, origin="-", default_date=default_date)


# --------------------------------------------------------------------------- records


def _record_document(record: str | object, name: str, lineno: int | None, fallback_id: str,
                     default_date: date | None) -> Document | InputError:
    """Build a Document from one JSON object (given as text or already parsed)."""
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as exc:
            return InputError(name, f"invalid JSON ({exc.msg})", lineno)
    if not isinstance(record, dict):
        return InputError(name, f"expected a JSON object, found {type(record).__name__}", lineno)
    if "text" not in record or record["text"] is None:
        return InputError(name, 'no "text" field', lineno)
    text = record["text"]
    if not isinstance(text, str):
        return InputError(name, '"text" is not a string', lineno)
    if not text.strip():
        return InputError(name, 'empty "text" field', lineno)
    when = record.get("date")
    if when in (None, ""):
        doc_date = default_date
    else:
        doc_date = _parse_date(when)
        if doc_date is None:
            return InputError(name, f'invalid date {json.dumps(when)} (use YYYY-MM-DD)', lineno)

    title = _field(record, "title")
    cleaned = clean_document(text, known_title=title)
    if not cleaned.text.strip():
        return InputError(name, "no text to code (only page chrome)", lineno)
    section = _field(record, "section")
    raw_id = record.get("id")
    return _english_only(Document(
        id=str(raw_id) if raw_id not in (None, "") else fallback_id,
        text=cleaned.text,
        date=doc_date,
        title=title or cleaned.title,
        url=_field(record, "url"),
        outlet=_field(record, "source") or _field(record, "outlet") or cleaned.outlet,
        author=_field(record, "author") or cleaned.author,
        section=section if section in ("news", "opinion") else cleaned.section,
        origin="-" if name == STDIN_NAME else name,
        dateline=cleaned.dateline,
    ), name, lineno)


def _field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _parse_date(value: object) -> date | None:
    """ISO date or date-time string to a date; anything else is None."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        return None


# --------------------------------------------------------------------------- language


def _english_only(doc: Document, name: str, line: int | None = None) -> Document | InputError:
    """The document if it is English, else a SkippedInput note naming it and its language."""
    from allegiance.ingest.language import is_english

    english, lang = is_english(doc.text)
    if english:
        return doc
    return SkippedInput(name, f"language '{lang}' (not English), skipped", line)


# --------------------------------------------------------------------------- HTML, URLs, feeds


def _is_url(given: str) -> bool:
    from allegiance.ingest.fetch import is_url

    return is_url(given)


def _looks_like_feed(head: bytes) -> bool:
    from allegiance.ingest.feeds import looks_like_feed

    return looks_like_feed(head)


def _read_bytes(path: str, limit: int) -> bytes | InputError:
    """A whole file, unless it is over ``limit`` bytes (a page that size is not an article)."""
    try:
        size = os.path.getsize(path)
        if size > limit:
            return InputError(path, f"file larger than {limit // (1024 * 1024)} MB; not read")
        return Path(path).read_bytes()
    except OSError as exc:
        return InputError(path, f"cannot read ({exc.strerror or exc})")


def _read_html_file(path: str, default_date: date | None) -> Document | InputError:
    from allegiance.ingest.html import MAX_HTML_BYTES, HtmlError, page_document

    data = _read_bytes(path, MAX_HTML_BYTES)
    if isinstance(data, InputError):
        return data
    try:
        doc = page_document(data, doc_id=os.path.basename(path), origin=path,
                            default_date=default_date)
    except HtmlError as exc:
        return InputError(path, str(exc))
    return _english_only(doc, path)


def _read_feed_file(path: str, default_date: date | None) -> Iterator[Document | InputError]:
    from allegiance.ingest.feeds import read_feed
    from allegiance.ingest.fetch import MAX_BYTES

    data = _read_bytes(path, MAX_BYTES)
    if isinstance(data, InputError):
        yield data
        return
    yield from _gated(read_feed(data, name=path, default_date=default_date))


def _gated(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    for item in items:
        yield _english_only(item, item.id) if isinstance(item, Document) else item


def _read_url(url: str, default_date: date | None) -> Iterator[Document | InputError]:
    """Fetch a URL the user named and read it as a feed, an HTML page or plain text."""
    from allegiance.ingest.feeds import FEED_TYPES, HTML_TYPES, looks_like_feed, read_feed
    from allegiance.ingest.fetch import FetchError, fetch
    from allegiance.ingest.html import HtmlError, looks_like_html, page_document

    try:
        got = fetch(url)
    except FetchError as exc:
        yield InputError(url, str(exc))
        return
    if not got.data.strip():
        yield InputError(url, "empty response")
        return
    kind = got.content_type
    if kind in FEED_TYPES or looks_like_feed(got.data):
        yield from _gated(read_feed(got.data, name=url, default_date=default_date))
    elif kind in HTML_TYPES or looks_like_html(got.data):
        try:
            doc = page_document(got.data, doc_id=url, origin=url, url=got.url or url,
                                default_date=default_date, charset=got.charset)
        except HtmlError as exc:
            yield InputError(url, str(exc))
            return
        yield _english_only(doc, url)
    elif kind in ("", "text/plain"):
        why = _sniff(got.data[:SNIFF_BYTES])
        if why:
            yield InputError(url, why)
            return
        text = _decode(got.data, url)
        if isinstance(text, InputError):
            yield text
            return
        yield _text_document(text, doc_id=url, name=url, origin=url,
                             default_date=default_date, url=url)
    else:
        yield InputError(url, f"unsupported content type {kind!r} (expected HTML, a feed or text)")
