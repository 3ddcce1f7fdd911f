"""Code a stream of documents, in worker processes when there are many.

The input is read lazily, in chunks: at most `2 × workers` chunks are in flight at once, so
memory stays bounded however large the corpus is. Results come back in input order, so a run
with 8 workers stores exactly what a run with 1 worker stores. Documents whose text is already
stored (`known` returns their content hashes) are passed through uncoded, which is what makes
rerunning an interrupted ingest fast.

Each worker process loads the coder once (`allegiance.api.coder()`); starting one costs a few
seconds, so an input that fits in two chunks is coded in this process instead.
"""

from __future__ import annotations

import copy
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice

from allegiance.model import Document, Event

CHUNK_SIZE = 16  # documents per task sent to a worker


@dataclass
class Coded:
    """One input document and what coding it found; `events` is None when it was skipped."""

    document: Document
    events: list[Event] | None
    sentences: int = 0

    @property
    def skipped(self) -> bool:
        return self.events is None


class _CountingNlp:
    """Wraps the spaCy pipeline to count the sentences it parses (for the progress bar)."""

    def __init__(self, nlp):
        self._nlp = nlp
        self.sentences = 0

    def pipe(self, texts, *args, as_tuples: bool = False, **kwargs):
        for item in self._nlp.pipe(texts, *args, as_tuples=as_tuples, **kwargs):
            doc = item[0] if as_tuples else item
            self.sentences += sum(1 for _ in doc.sents)
            yield item

    def __getattr__(self, name):
        return getattr(self._nlp, name)


_counting_coder = None


def _coder():
    """A view of the shared coder whose parser counts sentences (built once per process)."""
    global _counting_coder
    if _counting_coder is None:
        from allegiance import api

        shared = api.coder()
        _counting_coder = copy.copy(shared)
        _counting_coder.nlp = _CountingNlp(shared.nlp)
    return _counting_coder


def code_chunk(documents: list[Document]) -> list[tuple[list[Event], int]]:
    """(events, sentences) for each document, in order."""
    coder = _coder()
    results = []
    before = coder.nlp.sentences
    for _, events in coder.code(documents):
        results.append((events, coder.nlp.sentences - before))
        before = coder.nlp.sentences
    return results


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # each worker is one process on one core: numpy's own threads would only fight each other
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    _coder()


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def code_stream(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
    known: Callable[[list[str]], set[str]] | None = None,
) -> Iterator[Coded]:
    """Code documents lazily, in input order, skipping those whose content hash is `known`."""
    chunks = _chunks(documents, chunk_size)
    head = list(islice(chunks, 2))
    if workers <= 1 or len(head) < 2:
        for chunk in chain(head, chunks):
            todo, skipped = _split(chunk, known)
            yield from _merge(chunk, skipped, code_chunk(todo) if todo else [])
        return
    yield from _parallel(head, chunks, workers, known)


def _split(chunk: list[Document], known) -> tuple[list[Document], set[int]]:
    """The documents still to code, and the positions of those already stored."""
    if known is None:
        return chunk, set()
    stored = known([d.content_hash for d in chunk])
    skipped = {i for i, d in enumerate(chunk) if d.content_hash in stored}
    return [d for i, d in enumerate(chunk) if i not in skipped], skipped


def _merge(chunk, skipped, results) -> Iterator[Coded]:
    coded = iter(results)
    for i, document in enumerate(chunk):
        if i in skipped:
            yield Coded(document, None)
        else:
            events, sentences = next(coded)
            yield Coded(document, events, sentences)


def _parallel(head, chunks, workers, known) -> Iterator[Coded]:
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker)
    pending: deque[tuple[list[Document], set[int], Future | None]] = deque()
    done = False
    try:
        for chunk in chain(head, chunks):
            todo, skipped = _split(chunk, known)
            future = pool.submit(code_chunk, todo) if todo else None
            pending.append((chunk, skipped, future))
            while len(pending) >= 2 * workers:  # the bound on what is read ahead
                chunk, skipped, future = pending.popleft()
                yield from _merge(chunk, skipped, future.result() if future else [])
        while pending:
            chunk, skipped, future = pending.popleft()
            yield from _merge(chunk, skipped, future.result() if future else [])
        done = True
    finally:
        pool.shutdown(wait=True, cancel_futures=not done)
