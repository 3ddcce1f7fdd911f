"""What does a full ingest cost compared with bare spaCy parsing, with 1 and 2 workers?

On one generated corpus (benchmarks/corpus.py, written to a temporary JSONL file; by default
960 articles plus syndicated copies, about 1,100 documents and 9,000 sentences, so that the
one-time costs do not dominate) this script times, in each round:

* bare parsing: `allegiance.nlp.load()` then `nlp.pipe` over the very texts the ingest reads
  (after the reader's cleaning), in this process — the floor;
* bare parsing in 2 processes (`nlp.pipe(n_process=2)`: spaCy forks this process, model
  loaded) — the floor for two cores;
* `allegiance.api.ingest(workers=1)` into a fresh DuckDB file: read, clean, code, group, store;
* `allegiance.api.ingest(workers=2)` into another fresh file, worker start-up included.

Ratios (sentences/s of the ingest ÷ sentences/s of bare parsing, both from the same round):

* `ratio` — ÷ bare parsing in one process;
* `ratio_per_worker` — that ÷ workers: the issue's target (≥ 0.8) reads this one. On a machine
  with as many cores as workers it cannot be met by 2 workers: the parent process (reading,
  storing) needs CPU too, and so does coding itself (the 1-worker ratio is its cost);
* `ratio_vs_bare_same_processes` — ÷ bare parsing in as many processes as workers, i.e. the
  per-worker ratio when each worker is compared with one parsing process on the same cores.

Also reported: CPU seconds of this process and of its worker processes during each ingest,
and the core-seconds left idle or taken by other programs (cores × wall − CPU), which shows
where time goes; the start-up of 2 workers as the ingest starts them (Linux: forked from this
process, which has the coder loaded) and the cold start of one fresh worker process that
loads spaCy, the coder, the KB and the gazetteer itself (what a spawned worker pays, and what
a fresh `allegiance ingest` pays once before forking). Sentences are the parser's own count
on the bare run, used for every rate. Model and coder loading in this process happen before
any timing. `--repeat N` runs N rounds and reports the median of each figure (ratios are
taken within a round, then the median). Always exits 0: it measures, it does not judge.

    python benchmarks/ingest.py [--articles 960] [--seed 11] [--repeat 1] [--threads N] [--json]

`--threads N` caps the BLAS/OpenMP threads of this process and of the worker processes it
starts (OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, MKL_NUM_THREADS). Workers always cap their own
BLAS threads at one. The JSON line records the cap in force.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


def cpu_seconds() -> tuple[float, float]:
    """(CPU seconds of this process, of its finished child processes) so far."""
    try:
        import resource
    except ImportError:  # not on Windows
        return time.process_time(), 0.0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), kids.ru_utime + kids.ru_stime


def _texts(path: Path) -> list[str]:
    """The document texts exactly as the ingest will see them (read and cleaned)."""
    from allegiance.ingest.readers import iter_documents
    from allegiance.model import Document

    return [d.text for d in iter_documents([str(path)]) if isinstance(d, Document)]


def time_bare(texts: list[str], n_process: int = 1) -> tuple[float, int, float]:
    """(wall seconds, sentences, CPU seconds of this process and its children)."""
    from allegiance.nlp import load

    nlp = load()
    cpu_before = sum(cpu_seconds())
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process))
    elapsed = time.perf_counter() - start
    cpu = sum(cpu_seconds()) - cpu_before
    return elapsed, sum(1 for d in docs for _ in d.sents), cpu


def time_ingest(path: Path, db: Path, workers: int) -> tuple[float, dict]:
    from allegiance import api

    cpu_before = cpu_seconds()
    start = time.perf_counter()
    summary = api.ingest([str(path)], db=db, workers=workers)
    elapsed = time.perf_counter() - start
    parent, children = (after - before for after, before in zip(cpu_seconds(), cpu_before))
    return elapsed, {"documents": summary.documents, "added": summary.added, "events": summary.events,
                     "duplicates": summary.duplicates, "sentences": summary.sentences,
                     "errors": len(summary.errors), "parent_cpu_s": round(parent, 2),
                     "workers_cpu_s": round(children, 2),
                     "idle_core_s": round(max(0.0, (os.cpu_count() or 1) * elapsed - parent - children), 2)}  # fmt: skip


def time_worker_startup(workers: int, method: str | None = None) -> float:
    """Seconds until `workers` coding processes are ready, started as the ingest starts them."""
    from allegiance.ingest.pipeline import WorkerPool

    start = time.perf_counter()
    with WorkerPool(workers, method=method) as pool:
        pool.wait_ready()
        return time.perf_counter() - start


def _round(path: Path, texts: list[str], folder: Path, number: int) -> dict:
    bare_s, sentences, bare_cpu = time_bare(texts)
    bare2_s, _, bare2_cpu = time_bare(texts, n_process=2)
    runs = {w: time_ingest(path, folder / f"r{number}-w{w}.duckdb", w) for w in (1, 2)}
    bare = {1: sentences / bare_s, 2: sentences / bare2_s}

    def rate(seconds: float, cpu: float) -> dict:
        return {"seconds": seconds, "docs_per_s": len(texts) / seconds, "sents_per_s": sentences / seconds,
                "cpu_s": cpu, "cpu_ratio": bare_cpu / cpu}  # fmt: skip

    result = {"sentences": sentences, "bare": rate(bare_s, bare_cpu),
              "bare_2_processes": rate(bare2_s, bare2_cpu)}  # fmt: skip
    for workers, (seconds, summary) in runs.items():
        speed = sentences / seconds
        row = rate(seconds, summary["parent_cpu_s"] + summary["workers_cpu_s"]) | summary | {
            "ratio": speed / bare[1],  # ingest ÷ bare single-process parsing
            "ratio_per_worker": speed / workers / bare[1],  # the target reads this
            "ratio_vs_bare_same_processes": speed / bare[workers],  # each worker vs one parser
        }
        if workers > 1:
            row["ratio_vs_bare_2_processes"] = row["ratio_vs_bare_same_processes"]
        result[f"ingest_{workers}_worker{'s' if workers > 1 else ''}"] = row
    return result


def _median(rounds: list[dict]):
    """The median of every number across rounds, keeping the shape of one round."""
    first = rounds[0]
    if isinstance(first, dict):
        return {key: _median([r[key] for r in rounds]) for key in first}
    if isinstance(first, bool) or not isinstance(first, (int, float)):
        return first
    value = statistics.median(rounds)
    return round(value, 3) if isinstance(value, float) else value


def measure(n_articles: int, seed: int, repeat: int = 1) -> dict:
    from allegiance import api
    from allegiance.ingest.pipeline import start_method, warm_up
    from allegiance.nlp import load

    corpus = generate(n_articles, seed=seed)
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        folder = Path(tmp)
        path = corpus.write(folder / "corpus.jsonl")
        texts = _texts(path)
        list(load().pipe(texts[:3]))  # model weights and vocabulary
        api.code_text(texts[0])  # gazetteer, dictionaries, patterns
        warm_up()
        rounds = [_round(path, texts, folder, i) for i in range(repeat)]
        startup = time_worker_startup(2)
        cold = time_worker_startup(1, method="spawn")

    result = {
        "articles": len(corpus.originals), "syndicated": len(corpus.duplicates),
        "documents": len(texts), "rounds": repeat,
    } | _median(rounds) | {
        "worker_start_method": start_method(), "worker_startup_s": round(startup, 3),
        "cold_worker_startup_s": round(cold, 3), "target_per_worker": TARGET,
        "cpus": os.cpu_count(), "blas_threads": blas_threads(),
    }  # fmt: skip
    for key in ("ingest_1_worker", "ingest_2_workers"):
        result[key]["meets_target"] = result[key]["ratio_per_worker"] >= TARGET
    if repeat > 1:  # how far the rounds spread: other programs on the machine move wall times
        result["per_round"] = [
            {f"{key}_{name}": round(r[key][name], 3) for key in ("ingest_1_worker", "ingest_2_workers")
             for name in ("ratio_per_worker", "ratio_vs_bare_same_processes")} for r in rounds]
    return result


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console = Console(width=150)  # a log file or pipe: keep each row on one line
    rounds = f", median of {result['rounds']} rounds" if result["rounds"] > 1 else ""
    table = Table(title=f"allegiance ingest vs bare parsing — {result['documents']} documents "
                        f"({result['articles']} articles + {result['syndicated']} syndicated copies), "
                        f"{result['sentences']} sentences{rounds}")
    for name in ("path", "seconds", "sentences/s", "÷ bare, 1 process", "per worker ÷ bare, 1 process",
                 "÷ bare, same processes", "CPU s (here + workers)", "bare CPU ÷ CPU", "events"):
        table.add_column(name, justify="left" if name == "path" else "right")
    b, b2 = result["bare"], result["bare_2_processes"]

    def cpu(r: dict) -> list[str]:
        return [f"{r['cpu_s']:.1f}", f"{r['cpu_ratio']:.2f}"]

    table.add_row("bare parsing (nlp.pipe)", f"{b['seconds']:.2f}", f"{b['sents_per_s']:.0f}",
                  "1.00", "1.00", "1.00", *cpu(b), "-")
    table.add_row("bare parsing, 2 processes", f"{b2['seconds']:.2f}", f"{b2['sents_per_s']:.0f}",
                  f"{b2['sents_per_s'] / b['sents_per_s']:.2f}",
                  f"{b2['sents_per_s'] / b['sents_per_s'] / 2:.2f}", "1.00", *cpu(b2), "-")
    for key, label in (("ingest_1_worker", "ingest, 1 worker"), ("ingest_2_workers", "ingest, 2 workers")):
        r = result[key]
        table.add_row(label, f"{r['seconds']:.2f}", f"{r['sents_per_s']:.0f}", f"{r['ratio']:.2f}",
                      f"{r['ratio_per_worker']:.2f}", f"{r['ratio_vs_bare_same_processes']:.2f}",
                      f"{r['parent_cpu_s']:.1f} + {r['workers_cpu_s']:.1f}", f"{r['cpu_ratio']:.2f}",
                      str(r["events"]))
    console.print(table)
    two = result["ingest_2_workers"]
    console.print(
        f"Target: 'per worker ÷ bare, 1 process' ≥ {result['target_per_worker']}. '÷ bare, same processes': "
        f"N workers against bare parsing in N processes, i.e. each worker against one parser on the same "
        f"cores. 'bare CPU ÷ CPU': CPU seconds of bare parsing over those of the row, which other programs "
        f"on the machine do not change: on a machine whose cores are all busy, the per-worker ratio cannot "
        f"exceed it.")
    console.print(
        f"Worker start-up ({result['worker_start_method']}): {result['worker_startup_s']:.2f} s for 2 workers "
        f"as the ingest starts them; a fresh process loading spaCy, coder, KB and gazetteer: "
        f"{result['cold_worker_startup_s']:.2f} s (paid once per ingest command, before any timing here). "
        f"The 2-worker ingest left {two['idle_core_s']:.1f} core-seconds idle or to other programs.")
    console.print(f"Syndicated copies grouped: {result['ingest_1_worker']['duplicates']} "
                  f"of {result['syndicated']}. {result['cpus']} CPUs, "
                  f"{result['blas_threads'] or '?'} BLAS threads in this process (1 in workers).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=960, help="original articles (default 960)")
    parser.add_argument("--seed", type=int, default=11, help="corpus seed")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; medians are reported (default 1)")
    parser.add_argument("--threads", type=int, help="cap BLAS/OpenMP threads per process (default: no cap)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    if args.threads:
        # Set before numpy is imported here; worker processes inherit the environment.
        os.environ.update({name: str(args.threads) for name in THREAD_VARIABLES})
    result = measure(args.articles, args.seed, max(1, args.repeat))
    if not args.json:
        show(result)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
