"""Kill -9 in the middle of an ingest, rerun the same command: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.store import Store

STATES = ["Iraq", "Russia", "Turkey", "Egypt", "Brazil", "Japan", "Kenya", "Chile", "India"]
VERBS = ["praised", "criticised", "met", "threatened", "thanked", "accused"]
N_DOCS = 300


def write_corpus(path) -> None:
    with path.open("w") as f:
        for i in range(N_DOCS):
            a, b = STATES[i % len(STATES)], STATES[(i * 5 + 2) % len(STATES)]
            text = (f"{a} {VERBS[i % len(VERBS)]} {b} on Tuesday. "
                    f"The two governments also discussed trade, according to bulletin {i}.")
            f.write(json.dumps({"id": f"doc-{i}", "text": text,
                                "date": f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"}) + "\n")


def ingest_args(corpus, db) -> list[str]:
    return ["ingest", "--db", str(db), "--workers", "1", "--batch", "10", str(corpus)]


def snapshot(db) -> tuple[int, int, list]:
    with Store(db) as store:
        events = sorted((e["event_id"], e["group_id"]) for e in store.events(dedup=False))
        return store.count_documents(), store.count_events(), events


def test_rerun_after_kill_9_matches_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    proc = subprocess.Popen(
        [sys.executable, "-m", "allegiance.cli", *ingest_args(corpus, killed_db)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:  # a non-terminal gets one "committed:" line per transaction
            if line.startswith("committed:") or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    stored, _, _ = snapshot(killed_db)
    assert 0 < stored < N_DOCS  # it really stopped part-way, after at least one commit

    runner = CliRunner()
    rerun = runner.invoke(app, ingest_args(corpus, killed_db))
    assert rerun.exit_code == 0, rerun.output
    assert f"{stored} unchanged" in rerun.stderr  # committed work is skipped, not redone
    clean = runner.invoke(app, ingest_args(corpus, clean_db))
    assert clean.exit_code == 0, clean.output

    resumed, uninterrupted = snapshot(killed_db), snapshot(clean_db)
    assert resumed[0] == uninterrupted[0] == N_DOCS
    assert resumed[1] == uninterrupted[1] > 0
    assert resumed[2] == uninterrupted[2]  # the very same events and groups
