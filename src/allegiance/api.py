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
def coder(fallback: bool = False):
    """The shared coder (spaCy pipeline, gazetteer and dictionaries are loaded once);
    `fallback` adds the learned classifier for predicates no pattern knows."""
    from allegiance.coder.coder import Coder

    return Coder(fallback=fallback)


def code_documents(documents: Iterable[Document], batch_size: int = 32,
                   fallback: bool = False) -> Iterator[tuple[Document, list[Event]]]:
    """Code a stream of documents in one batched spaCy pass."""
    return coder(fallback).code(documents, batch_size=batch_size)


def code_text(text: str, published: date | None = None, doc_id: str = "text") -> list[Event]:
    """Code one text; `published` anchors relative dates and the historical flag."""
    document = Document(id=doc_id, text=text, date=published)
    return next(code_documents([document]))[1]


@dataclass
class IngestSummary:
    """What an ingest did; updated live, so progress callbacks can show it."""

    documents: int = 0  # read from the input
    added: int = 0
    unchanged: int = 0  # already stored (skipped before coding)
    replaced: int = 0
    duplicates: int = 0  # added as near-copies of a stored story
    events: int = 0  # stored by this run
    sentences: int = 0  # parsed by this run
    coded_events: int = 0  # found by the coder so far (stored at the next commit)
    committed: int = 0  # documents whose outcome is safely on disk
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # left out on purpose (not English)


def ingest(paths: list[str], db: str | Path = DEFAULT_DB, default_date: date | None = None,
           on_document: Callable[[Document, int], None] | None = None,
           on_error: Callable[[str], None] | None = None, *,
           on_skip: Callable[[str], None] | None = None,
           workers: int = 1, batch_size: int = 200,
           on_progress: Callable[[IngestSummary, bool], None] | None = None) -> IngestSummary:
    """Read, code and store documents: resumable, in parallel, in bounded memory.

    Input is streamed; `workers` processes code it (1 = in this process); every `batch_size`
    documents are stored in one transaction. Texts already stored are skipped before coding,
    so rerunning an interrupted ingest finishes the rest and stores nothing twice.
    `on_progress(summary, committed)` is called after each document and after each commit.
    """
    import contextlib

    from allegiance.ingest.pipeline import WorkerPool, code_stream
    from allegiance.ingest.readers import InputError, SkippedInput, iter_documents
    from allegiance.store import Store

    summary = IngestSummary()

    def documents() -> Iterator[Document]:
        for item in iter_documents(paths, default_date=default_date):
            if isinstance(item, SkippedInput):
                summary.skipped.append(str(item))
                if on_skip:
                    on_skip(str(item))
                continue
            if isinstance(item, InputError):
                summary.errors.append(str(item))
                if on_error:
                    on_error(str(item))
                continue
            yield item

    with contextlib.ExitStack() as stack:
        pool = stack.enter_context(WorkerPool(workers)) if workers > 1 else None
        if pool is not None and pool.method == "fork":
            pool.start()  # fork before the store opens: workers inherit no database connection
        store = stack.enter_context(Store(db))
        pending: list[tuple[Document, list[Event]]] = []

        def commit() -> None:
            before = store.near_copies
            outcomes = store.add_batch(pending) if pending else []
            for (_, events), outcome in zip(pending, outcomes):
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                if outcome != "unchanged":
                    summary.events += len(events)
            summary.duplicates += store.near_copies - before
            summary.committed = summary.documents
            pending.clear()
            if on_progress:
                on_progress(summary, True)

        for item in code_stream(documents(), workers=workers, known=store.has_hashes, pool=pool):
            summary.documents += 1
            if item.skipped:
                summary.unchanged += 1
            else:
                pending.append((item.document, item.events))
                summary.sentences += item.sentences
                summary.coded_events += len(item.events)
            if on_document:
                on_document(item.document, 0 if item.skipped else len(item.events))
            if on_progress:
                on_progress(summary, False)
            if len(pending) >= batch_size:
                commit()
        commit()
    return summary


def report(country: str, db: str | Path = DEFAULT_DB):
    """Which way `country` is tilting: partners ranked by alignment, with evidence."""
    from allegiance.analysis.alignment import report as alignment_report
    from allegiance.store import Store

    with Store(db) as store:
        return alignment_report(store, country.upper())
