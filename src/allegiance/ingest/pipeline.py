"""Code a stream of documents, in worker processes when there are many.

The input is read lazily, in chunks: at most `2 × workers` chunks are in flight at once, so
memory stays bounded however large the corpus is. Results come back in input order, so a run
with 8 workers stores exactly what a run with 1 worker stores. Documents whose text is already
stored (`known` returns their content hashes) are passed through uncoded, which is what makes
rerunning an interrupted ingest fast.

Starting a worker means loading spaCy, the coder's dictionaries, the actor KB and the place
gazetteer: 2.5-3 seconds of CPU. Where the operating system allows it (Linux), the coder is
loaded once in this process and the workers are forked from it, so they start in a few
hundredths of a second and share its memory until they write to it; elsewhere (macOS,
Windows) each worker is a fresh process that loads the coder itself. Without a started pool,
an input that fits in two chunks is coded in this process. A worker whose parent dies (kill
-9) ends itself instead of waiting for work forever.

Reading, cleaning, language detection, near-copy signatures and storing stay in this process:
together about 1.5 ms of CPU per document against about 18 ms of parsing and coding in a
worker (benchmarks/ingest.py reports both). Moving them into the workers would move that CPU,
not save it, and on a machine whose cores are all busy only the total counts.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import Self

from allegiance.model import Document, Event

CHUNK_SIZE = 16  # documents per task sent to a worker (8-64 cost the same; 16 balances load)
PARENT_CHECK_S = 0.5  # how often a worker looks whether its parent is still alive
# a short text that reaches every lazily loaded part of the coder: actors, places, dates
_WARM_TEXT = "The Iraqi foreign minister met Russia's ambassador in Baghdad on Monday."


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


def warm_up() -> None:
    """Load everything coding needs now (some parts load on first use), not mid-corpus."""
    code_chunk([Document(id="warm-up", text=_WARM_TEXT, date=date(2024, 1, 1))])


def code_chunk(documents: list[Document]) -> list[tuple[list[Event], int]]:
    """(events, sentences) for each document, in order."""
    coder = _coder()
    results = []
    before = coder.nlp.sentences
    for _, events in coder.code(documents):
        results.append((events, coder.nlp.sentences - before))
        before = coder.nlp.sentences
    return results


def _init_worker(load: bool = True, parent: int | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    # each worker is one process on one core: numpy's own threads would only fight each other
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    if load:  # a forked worker inherited the loaded coder; a spawned one loads it here
        warm_up()


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (after kill -9 nobody tells it): an orphan
    would otherwise wait for work forever, holding its share of memory."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def _ready() -> int:
    return 0


def start_method() -> str:
    """How workers start: forked on Linux (they inherit the loaded coder), spawned elsewhere:
    macOS system libraries are not safe to fork, and Windows cannot fork."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


class WorkerPool:
    """`workers` coding processes. `start()` is explicit so that a caller can fork them before
    it opens files or threads of its own (the store's DuckDB connection, say)."""

    def __init__(self, workers: int, method: str | None = None):
        self.workers = workers
        self.method = method or start_method()
        self._pool: ProcessPoolExecutor | None = None
        self.startup_s = 0.0  # wall seconds start() took (loading the coder here included)

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> WorkerPool:
        if self._pool is None:
            began = time.perf_counter()
            forked = self.method == "fork"
            if forked:
                warm_up()  # once, here: every worker inherits it
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context(self.method),
                initializer=_init_worker, initargs=(not forked, os.getpid()))
            if forked:  # a forked pool starts all its processes on the first task: do it now
                for future in [self._pool.submit(_ready) for _ in range(self.workers)]:
                    future.result()
            self.startup_s = time.perf_counter() - began
        return self

    def wait_ready(self) -> WorkerPool:
        """Block until a worker has answered (its start-up is done); for timing start-up."""
        self.start()._pool.submit(_ready).result()
        return self

    def submit(self, documents: list[Document]) -> Future:
        return self.start()._pool.submit(code_chunk, documents)

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind, *_) -> None:
        self.close(cancel=kind is not None)


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
    pool: WorkerPool | None = None,
) -> Iterator[Coded]:
    """Code documents lazily, in input order, skipping those whose content hash is `known`.

    `pool` (optional) is a WorkerPool the caller owns (`workers` is then its size); otherwise
    one of `workers` processes is made here, and closed at the end. Unless the pool is already
    started, an input of at most two chunks is coded in this process.
    """
    chunks = _chunks(documents, chunk_size)
    if pool is None or not pool.started:
        workers = pool.workers if pool is not None else workers
        head = list(islice(chunks, 2))
        chunks = chain(head, chunks)
        if workers <= 1 or len(head) < 2:  # coding here is cheaper than starting workers
            for chunk in chunks:
                todo, skipped = _split(chunk, known)
                yield from _merge(chunk, skipped, code_chunk(todo) if todo else [])
            return
    if pool is not None:  # a started pool gets the first chunk as soon as it is read
        yield from _parallel(chunks, pool, known)
        return
    with WorkerPool(workers) as own:
        yield from _parallel(chunks, own, known)


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


def _parallel(chunks: Iterable[list[Document]], pool: WorkerPool, known) -> Iterator[Coded]:
    pending: deque[tuple[list[Document], set[int], Future | None]] = deque()
    for chunk in chunks:
        todo, skipped = _split(chunk, known)
        pending.append((chunk, skipped, pool.submit(todo) if todo else None))
        while len(pending) >= 2 * pool.workers:  # the bound on what is read ahead
            chunk, skipped, future = pending.popleft()
            yield from _merge(chunk, skipped, future.result() if future else [])
    while pending:
        chunk, skipped, future = pending.popleft()
        yield from _merge(chunk, skipped, future.result() if future else [])
