"""How much does coding cost on top of parsing?

Parsing with spaCy is the floor: the coder cannot be faster than the parse it reads.
This script times, on the same generated news texts and in the same process,

* bare parsing: the shared pipeline (`allegiance.nlp.load()`) over all texts, and
* the full code path: `allegiance.api.code_documents`, which parses *and* codes,

and reports sentences per second for both and their ratio (full / bare; the target is
>= 0.8, i.e. coding adds at most a quarter on top of parsing). Model and dictionary
loading is done before any timing. With `--repeat N` the two runs alternate
(bare, full, bare, full, ...) and the best of each is kept, so neither side profits
from a warmer cache. It always exits 0: this is a measurement, not a test.

    python benchmarks/throughput.py [--sentences 2000] [--repeat 1] [--fallback] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # newsgen sits next to this file

from newsgen import generate  # noqa: E402

TARGET = 0.8
BATCH_SIZE = 32
PUBLISHED = date(2024, 1, 15)


def documents(texts: list[str]):
    from allegiance.model import Document

    return [Document(id=f"bench-{i}", text=t, date=PUBLISHED) for i, t in enumerate(texts)]


def time_bare(nlp, texts: list[str]) -> tuple[float, int]:
    """Seconds to parse every text, and the sentences the parser found."""
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    elapsed = time.perf_counter() - start
    return elapsed, sum(1 for d in docs for _ in d.sents)


def time_full(texts: list[str], fallback: bool = False) -> tuple[float, int]:
    """Seconds to parse and code every text, and the events found."""
    from allegiance.api import code_documents

    docs = documents(texts)  # built outside the clock: callers hand us Documents
    start = time.perf_counter()
    events = sum(len(evs) for _, evs in code_documents(docs, batch_size=BATCH_SIZE, fallback=fallback))
    return time.perf_counter() - start, events


def measure(n_sentences: int, repeat: int, seed: int, fallback: bool = False) -> dict:
    from allegiance.nlp import load

    texts = generate(n_sentences, seed=seed)
    nlp = load()
    warm = texts[:3]
    list(nlp.pipe(warm))  # load model weights and vocab
    full_error = None
    try:
        time_full(warm, fallback)  # build the coder: gazetteer, dictionaries, patterns
        from allegiance.api import coder
        from allegiance.geo import load_gazetteer

        load_gazetteer()  # the place gazetteer loads on the first place a text needs, maybe not in `warm`

        if coder(fallback).nlp is not nlp:  # otherwise "bare" would not be the coder's own parse
            full_error = "the coder does not use the shared allegiance.nlp.load() pipeline"
    except Exception as exc:  # e.g. a dictionary file missing: still report the parse floor
        full_error = f"full code path failed: {type(exc).__name__}: {exc}"

    bare_best = full_best = float("inf")
    sentences = events = 0
    for _ in range(max(1, repeat)):
        seconds, sentences = time_bare(nlp, texts)
        bare_best = min(bare_best, seconds)
        if full_error is None:
            seconds, events = time_full(texts, fallback)
            full_best = min(full_best, seconds)

    bare_rate = sentences / bare_best
    full_rate = sentences / full_best if full_error is None else None
    ratio = full_rate / bare_rate if full_rate is not None else None
    return {
        "documents": len(texts),
        "sentences": sentences,
        "events": events if full_error is None else None,
        "repeat": max(1, repeat),
        "bare_seconds": round(bare_best, 4),
        "full_seconds": round(full_best, 4) if full_error is None else None,
        "bare_sents_per_s": round(bare_rate, 1),
        "full_sents_per_s": round(full_rate, 1) if full_rate is not None else None,
        "ratio": round(ratio, 3) if ratio is not None else None,
        "pipeline": list(nlp.pipe_names),  # the components both rows ran
        "fallback": fallback,
        "target": TARGET,
        "below_target": ratio is not None and ratio < TARGET,
        "error": full_error,
    }


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"allegiance throughput — {result['documents']} documents, "
                        f"{result['sentences']} sentences, best of {result['repeat']}")
    table.add_column("path")
    table.add_column("seconds", justify="right")
    table.add_column("sentences/s", justify="right")
    table.add_column("events", justify="right")
    table.add_row("bare parsing (nlp.pipe)", f"{result['bare_seconds']:.2f}",
                  f"{result['bare_sents_per_s']:.0f}", "-")
    console = Console()
    if result["error"]:
        table.add_row("full code path (code_documents)", "-", "-", "-")
        console.print(table)
        console.print(f"[red]{result['error']}[/red]")
        return
    table.add_row("full code path (code_documents)", f"{result['full_seconds']:.2f}",
                  f"{result['full_sents_per_s']:.0f}", str(result["events"]))
    console.print(table)
    verdict = "below target" if result["below_target"] else "meets target"
    console.print(f"ratio full/bare = {result['ratio']:.2f} (target >= {TARGET}): {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000, help="at least this many sentences (default 2000)")
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare/full this many times, keep the best")
    parser.add_argument("--seed", type=int, default=7, help="seed for the text generator")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--fallback", action="store_true", help="code with the learned fallback on")
    args = parser.parse_args(argv)

    result = measure(args.sentences, args.repeat, args.seed, args.fallback)
    if not args.json:
        show(result)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
