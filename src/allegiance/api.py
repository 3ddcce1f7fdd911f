"""The one Python API: the CLI, the REST API and the dashboard are thin shells over it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from allegiance.model import Document, Event

DEFAULT_DB = "allegiance.duckdb"


@functools.cache
def coder():
    """The shared coder (spaCy pipeline, gazetteer and dictionaries are loaded once)."""
    from allegiance.coder.coder import Coder

    return Coder()


def code_documents(documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[Event]]]:
    """Code a stream of documents in one batched spaCy pass."""
    return coder().code(documents, batch_size=batch_size)


def code_text(text: str, published: date | None = None, doc_id: str = "text") -> list[Event]:
    """Code one text; `published` anchors relative dates and the historical flag."""
    document = Document(id=doc_id, text=text, date=published)
    return next(code_documents([document]))[1]


@dataclass
class IngestSummary:
    documents: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def ingest(paths: list[str], db: str | Path = DEFAULT_DB, default_date: date | None = None,
           on_document: Callable[[Document, int], None] | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestSummary:
    """Read, code and store documents; storing the same document twice changes nothing."""
    from allegiance.ingest.readers import InputError, iter_documents
    from allegiance.store import Store

    summary = IngestSummary()

    def documents() -> Iterator[Document]:
        for item in iter_documents(paths, default_date=default_date):
            if isinstance(item, InputError):
                summary.errors.append(str(item))
                if on_error:
                    on_error(str(item))
                continue
            yield item

    with Store(db) as store:
        for document, events in code_documents(documents()):
            status = store.add(document, events)
            summary.documents += 1
            setattr(summary, status, getattr(summary, status) + 1)
            if status != "unchanged":
                summary.events += len(events)
            if on_document:
                on_document(document, len(events))
    return summary


def report(country: str, db: str | Path = DEFAULT_DB):
    """Which way `country` is tilting: partners ranked by alignment, with evidence."""
    from allegiance.analysis.alignment import report as alignment_report
    from allegiance.store import Store

    with Store(db) as store:
        return alignment_report(store, country.upper())
