"""End to end: a corpus with planted trends goes in with one command; the analysis finds them.

The corpus (benchmarks/corpus.py) is invented, 2016–2018, with a known truth: Hungary drifts
from Austria towards India, Chile/Colombia/Ecuador/Peru become a bloc in 2018, and ~15% of
articles are syndicated copies that must be grouped, not counted twice. Everything is generated
into a temporary folder; nothing here depends on committed data.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from allegiance import api
from allegiance.cli import app
from allegiance.store import Store


def _load_generator():
    """benchmarks/corpus.py under a name no other module can shadow."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("allegiance_benchmark_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


corpusgen = _load_generator()

PLANT = corpusgen.PLANT
A, OLD, NEW = PLANT["drifter"], PLANT["old_partner"], PLANT["new_partner"]
BLOC = sorted(PLANT["bloc"])

runner = CliRunner()


def cli(*args) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The corpus, ingested twice: everything with one CLI command, and the originals alone."""
    folder = tmp_path_factory.mktemp("trends")
    generated = corpusgen.generate()
    everything = generated.write(folder / "corpus.jsonl")
    originals = generated.write(folder / "originals.jsonl", originals_only=True)
    full_db, plain_db = folder / "full.duckdb", folder / "originals.duckdb"
    runner_result = runner.invoke(app, ["ingest", str(everything), "--db", str(full_db), "--workers", "1"])
    assert runner_result.exit_code == 0, runner_result.output
    summary = api.ingest([str(originals)], db=plain_db, workers=1)
    assert not summary.errors
    return {"corpus": generated, "full": full_db, "plain": plain_db, "folder": folder}


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.replace('," ', ', ')) if s.strip()])


def test_the_corpus_is_what_the_issue_asks_for():
    generated = corpusgen.generate()
    assert len(generated.originals) >= 300
    years = {a["date"][:4] for a in generated.originals}
    assert years == {"2016", "2017", "2018"}
    assert all(5 <= _sentences(a["text"]) <= 10 for a in generated.articles)
    assert 0.12 <= len(generated.duplicates) / len(generated.originals) <= 0.18
    assert len({a["source"] for a in generated.articles}) >= 5
    by_id = {a["id"]: a for a in generated.originals}
    for copy in generated.duplicates:
        original = by_id[copy["duplicate_of"]]
        assert copy["source"] != original["source"] and copy["title"] != original["title"]
        assert copy["text"] != original["text"]
    # deterministic: the same seed gives the same corpus, another seed another one
    assert corpusgen.generate().articles == generated.articles
    assert corpusgen.generate(seed=12).articles != generated.articles


def test_one_command_ingests_everything_and_groups_syndicated_copies_into_stories(world):
    generated = world["corpus"]
    with Store(world["full"]) as store:
        documents = {d["doc_id"]: d for d in store.documents()}
        assert len(documents) == len(generated.articles)
        assert len(store.stories()) == len(generated.originals) < len(documents)
        for copy in generated.duplicates:
            assert documents[copy["id"]]["story_id"] == documents[copy["duplicate_of"]]["story_id"]


def test_syndicated_copies_add_no_events_to_the_counts(world):
    with Store(world["full"]) as full, Store(world["plain"]) as plain:
        assert full.count_events() > plain.count_events()  # the copies' mentions are stored…
        assert len(full.events(dedup=True)) == len(plain.events(dedup=True))  # …but count once
        assert full.count_event_groups() == plain.count_event_groups()


def test_partner_counts_are_the_same_with_or_without_copies(world):
    from allegiance.analysis.index import partner_alignment

    with Store(world["full"]) as full, Store(world["plain"]) as plain:
        with_copies = {p.b: p.n for p in partner_alignment(full, A)}
        without = {p.b: p.n for p in partner_alignment(plain, A)}
    assert with_copies == without


def test_sentences_with_nothing_to_code_yield_no_events(world):
    prefixes = [plain.split("{")[0] for plain, _ in corpusgen.BACKGROUND]
    with Store(world["full"]) as store:
        sentences = [e["sentence"] for e in store.events(dedup=False)]
    assert sentences
    assert not [s for s in sentences if any(s.startswith(p) for p in prefixes if len(p) > 8)]


def test_drift_finds_the_state_moving_from_its_old_partner_to_its_new_one(world):
    moved = json.loads(cli("drift", A, "--from", "2016", "--to", "2018", "--db", world["full"], "--format", "json"))
    partners = moved["partners"]  # most towards first
    assert partners[0]["partner"] == NEW and partners[0]["direction"] == "towards"
    assert partners[-1]["partner"] == OLD and partners[-1]["direction"] == "away"
    assert partners[0]["significant"] and partners[-1]["significant"]
    old = partners[-1]
    assert old["index_a"] > 0 > old["index_b"]  # a friend in 2016, hostile in 2018


def test_the_planted_bloc_forms_in_2018_and_is_not_there_in_2016(world):
    late = json.loads(cli("blocs", "--period", "2018", "--db", world["full"], "--format", "json"))
    early = json.loads(cli("blocs", "--period", "2016", "--db", world["full"], "--format", "json"))
    late_blocs = [sorted(b["members"]) for b in late["blocs"]]
    assert BLOC in late_blocs  # exactly the four, nobody else
    early_blocs = [set(b["members"]) for b in early["blocs"]]
    assert not any(set(BLOC) <= members for members in early_blocs)
    assert not any({"CHL", "PER"} <= members for members in early_blocs)  # the 2016 quarrel


def test_report_ranks_the_new_partner_above_the_old_one(world):
    brief = json.loads(cli("report", A, "--from", "2016", "--to", "2018", "--db", world["full"], "--format", "json"))
    ranking = [p["partner"] for p in brief["partners"]]
    assert ranking.index(NEW) < ranking.index(OLD)
    scores = {p["partner"]: p["score"] for p in brief["partners"]}
    assert scores[NEW] > 0
    in_2018 = {p["partner"]: p["index_b"] for p in brief["drift"]["partners"]}
    assert in_2018[NEW] > 0 > in_2018[OLD]
    assert brief["bloc"] is not None and NEW in brief["bloc"]["members"]
