"""The tools for dictionary maintainers: explain one sentence, list uncoded predicates."""

import json

from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.coder.explain import explain, uncoded
from allegiance.model import Document


def test_explain_shows_actors_events_and_why_not():
    [result] = explain("Kenya praised Uganda and glimpsed Rwanda's offer.")
    assert [(e.source.code, e.cameo, e.target.code) for e in result.events] == [("KEN", "051", "UGA")]
    assert {a["code"] for a in result.actors} >= {"KEN", "UGA", "RWA"}
    verdicts = {p.lemma: p.verdict for p in result.predicates}
    assert verdicts["praise"].startswith("coded")
    assert "no pattern" in verdicts["glimpse"]


def test_explain_cli_json():
    result = CliRunner().invoke(app, ["explain", "--format", "json", "Chile condemned Peru."])
    [sentence] = json.loads(result.stdout)
    assert sentence["events"][0]["cameo"].startswith("11")
    assert any(t["dep"] == "nsubj" for t in sentence["tokens"])


def test_uncoded_counts_predicates_between_actors_that_no_pattern_codes():
    docs = [Document(id=str(i), text=text) for i, text in enumerate([
        "Kenya pondered Uganda's offer. Ghana pondered Togo's plan.",
        "Chile praised Peru.",
    ])]
    rows = {r.key: r for r in uncoded(docs)}
    assert rows["ponder"].count == 2 and len(rows["ponder"].examples) == 2
    assert "praise" not in rows
