"""Parallel, lazy coding: bounded read-ahead, skipped known texts, same events with 2 workers."""

from __future__ import annotations

import json
from datetime import date
from itertools import islice

from allegiance import api
from allegiance.ingest import pipeline
from allegiance.model import Document
from allegiance.store import Store

STATES = ["Iraq", "Russia", "Turkey", "Egypt", "Brazil", "Japan", "Kenya", "Chile"]
VERBS = ["praised", "criticised", "met", "threatened", "thanked"]


def text(i: int) -> str:
    a, b = STATES[i % len(STATES)], STATES[(i * 3 + 1) % len(STATES)]
    verb = VERBS[i % len(VERBS)]
    return f"{a} {verb} {b} on Monday. Officials gave no further details in note {i}."


def corpus(n: int):
    for i in range(n):
        yield Document(id=f"d{i}", text=text(i), date=date(2024, 3, 1 + i % 28))


def test_stream_is_read_lazily():
    pulled = 0

    def counted(n):
        nonlocal pulled
        for document in corpus(n):
            pulled += 1
            yield document

    stream = pipeline.code_stream(counted(2000), workers=1, chunk_size=8)
    first = list(islice(stream, 20))
    assert len(first) == 20
    assert pulled <= 20 + 2 * 8  # read ahead by at most two chunks, never the whole corpus
    assert all(c.sentences == 2 for c in first)
    assert sum(len(c.events) for c in first) > 0


def test_known_texts_are_skipped_before_coding(monkeypatch):
    docs = list(corpus(5))
    known = {docs[1].content_hash, docs[3].content_hash}
    calls = []
    real = pipeline.code_chunk
    monkeypatch.setattr(pipeline, "code_chunk", lambda chunk: calls.append(len(chunk)) or real(chunk))
    out = list(pipeline.code_stream(docs, known=lambda hashes: known & set(hashes)))
    assert [c.document.id for c in out] == [d.id for d in docs]  # input order kept
    assert [c.skipped for c in out] == [False, True, False, True, False]
    assert calls == [3]


def test_two_workers_store_the_same_events_as_one(tmp_path, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    with path.open("w") as f:
        for d in corpus(48):
            f.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat()}) + "\n")
    used = []
    real = pipeline._parallel
    monkeypatch.setattr(pipeline, "_parallel", lambda *a: used.append(a[2]) or real(*a))

    results = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        summary = api.ingest([str(path)], db=db, workers=workers, batch_size=10)
        assert summary.added == 48 and summary.events > 0
        with Store(db) as store:
            results[workers] = sorted(
                (e["event_id"], e["group_id"], e["cameo"]) for e in store.events(dedup=False))
    assert used == [2]  # the two-worker run really went through the process pool
    assert results[1] == results[2]
