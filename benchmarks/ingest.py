"""What does a full ingest cost compared with bare spaCy parsing, with 1 and 2 workers?

On one generated corpus (benchmarks/corpus.py: ≥ 300 articles plus syndicated copies, written
to a temporary JSONL file) this script times, in one run:

* bare parsing: `allegiance.nlp.load()` then `nlp.pipe` over the very texts the ingest reads
  (after the reader's cleaning), in this process — the floor;
* bare parsing with 2 processes (`nlp.pipe(n_process=2)`), for reference;
* `allegiance.api.ingest(workers=1)` into a fresh DuckDB file: read, code, group, store;
* `allegiance.api.ingest(workers=2)` into another fresh file (worker start-up included: each
  worker process loads spaCy and the coder; the start-up alone is timed too).

It prints documents/s and sentences/s for each, and the ratios to bare single-process parsing:
plain (ingest ÷ bare) and per worker (ingest ÷ workers ÷ bare; the issue's target is ≥ 0.8).
Sentences are the parser's own count on the bare run, used for every rate. Model and coder
loading in this process is done before any timing. Always exits 0: it measures, it does not judge.

    python benchmarks/ingest.py [--articles 320] [--seed 11] [--threads N] [--json]

`--threads N` caps the BLAS/OpenMP threads of this process and of the worker processes it
starts (OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, MKL_NUM_THREADS), to see how much of the cost of
several workers is threads fighting over the cores. The JSON line records the cap in force.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus.py sits next to this file

from corpus import generate

TARGET = 0.8
BATCH_SIZE = 32
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def blas_threads() -> int | None:
    """Threads the linear-algebra library of this process will use (None if unknown)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return None
    import numpy  # noqa: F401  (loads the BLAS library threadpoolctl inspects)

    found = [pool["num_threads"] for pool in threadpool_info() if pool.get("user_api") == "blas"]
    return max(found) if found else None


def _texts(path: Path) -> list[str]:
    """The document texts exactly as the ingest will see them (read and cleaned)."""
    from allegiance.ingest.readers import iter_documents
    from allegiance.model import Document

    return [d.text for d in iter_documents([str(path)]) if isinstance(d, Document)]


def time_bare(texts: list[str], n_process: int = 1) -> tuple[float, int]:
    from allegiance.nlp import load

    nlp = load()
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process))
    elapsed = time.perf_counter() - start
    return elapsed, sum(1 for d in docs for _ in d.sents)


def time_ingest(path: Path, db: Path, workers: int) -> tuple[float, dict]:
    from allegiance import api

    start = time.perf_counter()
    summary = api.ingest([str(path)], db=db, workers=workers)
    elapsed = time.perf_counter() - start
    return elapsed, {"documents": summary.documents, "added": summary.added, "events": summary.events,
                     "duplicates": summary.duplicates, "sentences": summary.sentences,
                     "errors": len(summary.errors)}  # fmt: skip


def _noop(_: int) -> int:
    return 0


def time_worker_startup(workers: int) -> float:
    """Seconds for `workers` fresh coding processes to be ready (what ingest pays up front)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from allegiance.ingest.pipeline import _init_worker

    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")  # the same start method the ingest uses
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker) as pool:
        list(pool.map(_noop, range(workers * 4)))
    return time.perf_counter() - start


def measure(n_articles: int, seed: int) -> dict:
    from allegiance import api
    from allegiance.nlp import load

    corpus = generate(n_articles, seed=seed)
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        folder = Path(tmp)
        path = corpus.write(folder / "corpus.jsonl")
        texts = _texts(path)
        list(load().pipe(texts[:3]))  # model weights and vocabulary
        api.code_text(texts[0])  # gazetteer, dictionaries, patterns

        bare_s, sentences = time_bare(texts)
        bare2_s, _ = time_bare(texts, n_process=2)
        runs = {}
        for workers in (1, 2):
            seconds, summary = time_ingest(path, folder / f"w{workers}.duckdb", workers)
            runs[workers] = (seconds, summary)
        startup_s = time_worker_startup(2)

    def rate(seconds: float) -> dict:
        return {"seconds": round(seconds, 3), "docs_per_s": round(len(texts) / seconds, 1),
                "sents_per_s": round(sentences / seconds, 1)}  # fmt: skip

    bare = sentences / bare_s
    result = {
        "articles": len(corpus.originals), "syndicated": len(corpus.duplicates),
        "documents": len(texts), "sentences": sentences,
        "bare": rate(bare_s), "bare_2_processes": rate(bare2_s),
        "worker_startup_s": round(startup_s, 3), "target_per_worker": TARGET,
        "cpus": os.cpu_count(), "blas_threads": blas_threads(),
    }  # fmt: skip
    for workers, (seconds, summary) in runs.items():
        speed = sentences / seconds
        row = rate(seconds) | summary | {
            "ratio": round(speed / bare, 3),  # ingest ÷ bare single-process parsing
            "ratio_per_worker": round(speed / workers / bare, 3),
        }
        if workers > 1:
            row["ratio_vs_bare_2_processes"] = round(speed / (sentences / bare2_s), 3)
            steady = max(seconds - startup_s, 1e-9)
            row["ratio_per_worker_without_startup"] = round(sentences / steady / workers / bare, 3)
        row["meets_target"] = row["ratio_per_worker"] >= TARGET
        result[f"ingest_{workers}_worker{'s' if workers > 1 else ''}"] = row
    return result


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"allegiance ingest vs bare parsing — {result['documents']} documents "
                        f"({result['articles']} articles + {result['syndicated']} syndicated copies), "
                        f"{result['sentences']} sentences")
    for name in ("path", "seconds", "docs/s", "sentences/s", "ratio", "ratio per worker", "events"):
        table.add_column(name, justify="left" if name == "path" else "right")
    b, b2 = result["bare"], result["bare_2_processes"]
    table.add_row("bare parsing (nlp.pipe)", f"{b['seconds']:.2f}", f"{b['docs_per_s']:.1f}",
                  f"{b['sents_per_s']:.0f}", "1.00", "1.00", "-")
    table.add_row("bare parsing, 2 processes", f"{b2['seconds']:.2f}", f"{b2['docs_per_s']:.1f}",
                  f"{b2['sents_per_s']:.0f}", f"{b2['sents_per_s'] / b['sents_per_s']:.2f}",
                  f"{b2['sents_per_s'] / b['sents_per_s'] / 2:.2f}", "-")
    for key, label in (("ingest_1_worker", "ingest, 1 worker"), ("ingest_2_workers", "ingest, 2 workers")):
        r = result[key]
        table.add_row(label, f"{r['seconds']:.2f}", f"{r['docs_per_s']:.1f}", f"{r['sents_per_s']:.0f}",
                      f"{r['ratio']:.2f}", f"{r['ratio_per_worker']:.2f}", str(r["events"]))
    console = Console()
    console.print(table)
    two = result["ingest_2_workers"]
    console.print(f"ratio = ingest ÷ bare single-process parsing; per worker = ratio ÷ workers "
                  f"(target ≥ {result['target_per_worker']}).")
    console.print(f"2 workers: {two['ratio_vs_bare_2_processes']:.2f} × bare parsing in 2 processes; "
                  f"worker start-up {result['worker_startup_s']:.1f} s, without it "
                  f"{two['ratio_per_worker_without_startup']:.2f} per worker.")
    console.print(f"Syndicated copies grouped: {result['ingest_1_worker']['duplicates']} "
                  f"of {result['syndicated']}. {result['cpus']} CPUs, "
                  f"{result['blas_threads'] or '?'} BLAS threads per process.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=320, help="original articles (default 320)")
    parser.add_argument("--seed", type=int, default=11, help="corpus seed")
    parser.add_argument("--threads", type=int, help="cap BLAS/OpenMP threads per process (default: no cap)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    if args.threads:
        # Set before numpy is imported here; spawned workers inherit the environment.
        os.environ.update({name: str(args.threads) for name in THREAD_VARIABLES})
    result = measure(args.articles, args.seed)
    if not args.json:
        show(result)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
