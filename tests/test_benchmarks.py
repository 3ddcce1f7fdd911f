"""The throughput benchmark and its text generator work (no timing assertions: machines are noisy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import newsgen  # noqa: E402


def test_same_seed_same_texts_other_seed_other_texts():
    assert newsgen.generate(60, seed=3) == newsgen.generate(60, seed=3)
    assert newsgen.generate(60, seed=3) != newsgen.generate(60, seed=4)


@pytest.mark.parametrize("n", [1, 60, 250])
def test_at_least_the_requested_sentences_in_5_to_15_sentence_documents(n):
    docs = newsgen.generate(n)
    counts = [newsgen.count_sentences(d) for d in docs]
    assert sum(counts) >= n
    assert all(5 <= c <= 15 for c in counts)
    # no more than one document's worth of overshoot
    assert sum(counts) - counts[-1] < n


def test_documents_look_like_wire_copy():
    docs = newsgen.generate(200)
    text = "\n".join(docs)
    assert all("(Wire) —" in d.split("\n\n")[0] for d in docs)  # every story opens with a dateline
    assert any("\n\n" in d for d in docs)  # paragraphs
    assert '," ' in text  # attributed quotes
    assert " was " in text and " by " in text  # passives
    assert " did not " in text and " will " in text  # negation and future
    assert "In " in text and any(str(y) in text for y in range(1950, 2016))  # history


def test_sentence_counter_agrees_with_the_parser():
    from allegiance.nlp import load

    docs = newsgen.generate(40, seed=11)
    parsed = sum(1 for doc in load().pipe(docs) for _ in doc.sents)
    expected = sum(newsgen.count_sentences(d) for d in docs)
    assert abs(parsed - expected) <= max(2, expected // 10)


def test_throughput_script_prints_its_figures_as_json():
    run = subprocess.run(
        [sys.executable, str(BENCH / "throughput.py"), "--sentences", "60", "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 1, run.stdout  # --json prints nothing but the JSON line
    result = json.loads(lines[0])
    for key in ("bare_sents_per_s", "full_sents_per_s", "ratio", "sentences", "events"):
        assert key in result
    assert result["sentences"] >= 60
    assert result["bare_sents_per_s"] > 0
    # the full path must actually run and find events in news-like text
    assert result["error"] is None, result["error"]
    assert result["full_sents_per_s"] > 0 and result["ratio"] > 0
    assert result["events"] > 0
