"""How fast are the analysis queries on a big store? (target: < 2 s each at 10 million events)

Generates synthetic events straight into a temporary DuckDB store with SQL (no coding, no
Python loop over rows), then times the two queries analysts run most:

- a dyad-month series (`analysis.series.dyad_series` + `analysis.index.dyad_alignment`);
- the full alignment matrix over one year (`analysis.index.alignment_matrix`).

The synthetic store looks like a real one where it matters for speed: 40 states with a skewed
choice of partners, ten events per document, half the events without their own day (so the
publication date is joined in), 15% not asserted, 5% derived mirror events, and one event in
ten a second mention of the previous one (same group) when the store groups duplicates.

    python benchmarks/queries.py                    # 10 million events
    python benchmarks/queries.py --events 100000 --json
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from allegiance.analysis.index import alignment_matrix, dyad_alignment
from allegiance.analysis.series import dyad_series, has_column, parse_period
from allegiance.store import Store

STATES = ["IRQ", "RUS", "USA", "IRN", "SYR", "TUR", "SAU", "ISR", "EGY", "JOR", "CHN", "GBR",
          "FRA", "DEU", "QAT", "ARE", "LBN", "YEM", "PAK", "IND", "AFG", "KWT", "OMN", "BHR",
          "UKR", "POL", "JPN", "KOR", "PRK", "BRA", "MEX", "CAN", "AUS", "ZAF", "NGA", "ETH",
          "KEN", "ITA", "ESP", "SRB"]  # fmt: skip
GOLDSTEIN = [1.0, 3.4, 3.0, 5.2, 7.4, 8.3, 1.9, -2.0, -4.0, -5.0, -7.0, -10.0, 0.0, 4.0]


def generate(path: Path, n_events: int, seed: int = 7) -> None:
    """Fill a fresh store with `n_events` synthetic events (ten per document)."""
    with Store(path) as store:
        con = store._con
        con.execute("SET enable_progress_bar = false")
        con.execute(f"SELECT setseed({(seed % 1000) / 1000})")
        n_docs = max(1, n_events // 10)
        doc_cols = ("doc_id, content_hash, title, url, outlet, author, section, published, origin, "
                    "text, n_events, ingested_at")  # fmt: skip
        extra_doc = ", story_id" if has_column(store, "documents", "story_id") else ""
        con.execute(f"""
            INSERT INTO documents ({doc_cols}{extra_doc})
            SELECT 'd' || i, md5('d' || i), NULL, NULL, 'outlet' || (i % 50), NULL, 'news',
                   DATE '2010-01-01' + CAST(floor(random() * 3650) AS INTEGER), NULL, 'synthetic',
                   10, TIMESTAMP '2024-01-01'{", 's' || i" if extra_doc else ""}
            FROM range({n_docs}) t(i)
        """)  # fmt: skip
        states = "[" + ", ".join(f"'{s}'" for s in STATES) + "]"
        scores = "[" + ", ".join(str(g) for g in GOLDSTEIN) + "]"
        grouped = has_column(store, "events", "group_id")
        # One event in ten repeats the previous one (same dyad and code): a second mention.
        con.execute(f"""
            CREATE TEMP TABLE raw AS
            SELECT i, CASE WHEN i % 10 = 1 THEN i - 1 ELSE i END AS base FROM range({n_events}) t(i)
        """)  # fmt: skip
        con.execute(f"""
            INSERT INTO events (event_id, doc_id, sentence_index, sentence, source_code,
                source_country, target_code, target_country, cameo, cameo_root, goldstein,
                quad_class, modality, event_date, event_day, date_precision, confidence, rule,
                char_start, char_end{", group_id" if grouped else ""})
            SELECT 'e' || i, 'd' || (i // 10), i % 10, 'synthetic sentence',
                   s || 'GOV', s, t || 'GOV', t, '0' || (1 + base % 9), '0' || (1 + base % 9), g,
                   CASE WHEN g >= 0 THEN 1 + (base % 2) ELSE 3 + (base % 2) END,
                   CASE WHEN hash(base) % 100 < 85 THEN 'asserted' ELSE 'hypothetical' END,
                   NULL, CASE WHEN i % 2 = 0 THEN DATE '2010-01-01' + CAST(base % 3650 AS INTEGER) END,
                   'day', 0.7, CASE WHEN hash(i) % 100 < 5 THEN 'implied:visit' ELSE 'bench' END,
                   0, 10{", 'e' || base" if grouped else ""}
            FROM (
                SELECT i, base,
                       {states}[1 + CAST(floor(pow((hash(base) % 1000) / 1000.0, 2) * 40) AS INTEGER)] AS s,
                       {states}[1 + CAST((hash(base * 7 + 3) % 40) AS INTEGER)] AS t,
                       {scores}[1 + CAST((hash(base * 13 + 5) % {len(GOLDSTEIN)}) AS INTEGER)] AS g
                FROM raw
            )
        """)  # fmt: skip
        con.execute("DROP TABLE raw")
        con.execute("CHECKPOINT")


def _timed(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def _peak_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(n_events: int, repeat: int = 3, keep: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(keep) if keep else Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        generate(path, n_events)
        generate_s = time.perf_counter() - start
        year = parse_period("2015")
        with Store(path) as store:
            store._con.execute("SET enable_progress_bar = false")
            stored = store.count_events()
            series_s, (series, index) = _timed(
                lambda: (dyad_series(store, "IRQ", "RUS", period="month"),
                         dyad_alignment(store, "IRQ", "RUS", period="month")),
                repeat,
            )  # fmt: skip
            matrix_s, matrix = _timed(lambda: alignment_matrix(store, within=year), repeat)
            all_time_s, _ = _timed(lambda: alignment_matrix(store), repeat)
        return {
            "events": stored,
            "generate_s": round(generate_s, 2),
            "dyad_month_series_s": round(series_s, 3),
            "dyad_series_rows": len(series),
            "dyad_index_periods": len(index),
            "alignment_matrix_year_s": round(matrix_s, 3),
            "alignment_matrix_all_time_s": round(all_time_s, 3),
            "matrix_pairs": len(matrix),
            "peak_memory_mb": round(_peak_mb(), 1),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="time each query N times, keep the best")
    parser.add_argument("--keep", help="write the store here instead of a temporary file")
    parser.add_argument("--json", action="store_true", help="print only a JSON line")
    args = parser.parse_args(argv)
    result = run(args.events, args.repeat, args.keep)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>30}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
