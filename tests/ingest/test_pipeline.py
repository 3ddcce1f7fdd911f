"""Parallel, lazy coding: bounded read-ahead, skipped known texts, same events with 2 workers,
workers forked with the coder loaded (spawned where fork is unavailable), none left after kill -9."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from itertools import islice

import pytest

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
    monkeypatch.setattr(pipeline, "_parallel", lambda *a: used.append(a[1].workers) or real(*a))

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


def _coder_loaded() -> bool:
    return pipeline._counting_coder is not None


def test_forked_workers_start_with_the_coder_already_loaded():
    if pipeline.start_method() != "fork":
        pytest.skip("workers are forked only on Linux")
    with pipeline.WorkerPool(2) as pool:
        pool.start()
        # asked before any chunk was sent: the workers inherited the parent's loaded coder
        assert pool._pool.submit(_coder_loaded).result(timeout=30)
        docs = list(corpus(20))
        coded = list(pipeline.code_stream(docs, pool=pool, chunk_size=4))
    assert [c.document.id for c in coded] == [d.id for d in docs]
    assert [c.events for c in coded] == [events for events, _ in pipeline.code_chunk(docs)]


def test_spawned_workers_load_the_coder_themselves():
    docs = list(corpus(6))
    with pipeline.WorkerPool(1, method="spawn") as pool:  # what macOS and Windows get
        coded = pool.submit(docs).result(timeout=300)
    assert coded == pipeline.code_chunk(docs)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("pgrep"),
                    reason="finds the workers through pgrep and /proc")
def test_kill_9_with_two_workers_leaves_no_orphans_and_rerun_completes(tmp_path):
    path = tmp_path / "corpus.jsonl"
    n = 240
    with path.open("w") as f:
        for d in corpus(n):
            f.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat()}) + "\n")
    db = tmp_path / "killed.duckdb"
    args = ["ingest", "--db", str(db), "--workers", "2", "--batch", "10", str(path)]
    proc = subprocess.Popen([sys.executable, "-m", "allegiance.cli", *args], text=True,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:  # one "committed:" line per transaction when not a terminal
            if line.startswith("committed:") or time.monotonic() > deadline:
                break
        workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(proc.pid)], check=False,
                                                  text=True, capture_output=True).stdout.split()]
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stderr.close()
    assert workers, "the ingest ran no worker processes"
    time.sleep(3 * pipeline.PARENT_CHECK_S + 1)
    assert not [p for p in workers if _running(p)]  # the workers went with their parent

    with Store(db) as store:
        stored = store.count_documents()
    assert 0 < stored < n
    rerun = api.ingest([str(path)], db=db, workers=2, batch_size=10)
    assert rerun.unchanged == stored and rerun.added == n - stored
    clean = api.ingest([str(path)], db=tmp_path / "clean.duckdb", workers=1)
    with Store(db) as a, Store(tmp_path / "clean.duckdb") as b:
        assert a.count_events() == b.count_events() == clean.events > 0
        assert sorted(e["event_id"] for e in a.events(dedup=False)) == sorted(
            e["event_id"] for e in b.events(dedup=False))


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
