"""The command line as a user meets it: code, ingest, report."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "iraq-russia-alliance.txt"
REQUIRED = {"doc_id", "sentence_index", "sentence", "source", "target", "cameo", "cameo_root", "plover",
            "plover_mode", "goldstein", "quad_class", "modality", "event_date", "location", "quote",
            "confidence", "rule", "char_start", "char_end"}

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_code_prints_one_json_event_per_line_with_the_whole_record():
    result = run("code", "--format", "jsonl", "--date", "2024-03-04", EXAMPLES / "wire-summit.txt")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) >= 10
    assert all(REQUIRED <= set(e) for e in events)
    assert {e["doc_id"] for e in events} == {"wire-summit.txt"}
    text = (EXAMPLES / "wire-summit.txt").read_text()
    assert all(e["sentence"] in text for e in events)


def test_code_csv_and_table():
    result = run("code", "-f", "csv", "--date", "2024-03-04", EXAMPLES / "wire-summit.txt")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["cameo"] and rows[0]["source"]
    table = run("code", "--date", "2024-03-04", EXAMPLES / "wire-summit.txt")
    assert table.exit_code == 0 and "CAMEO" in table.stdout and "events" in table.stdout


def test_jsonl_documents_keep_their_ids_and_dates(tmp_path):
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a1", "date": "2019-06-01", "text": "Kenya condemned Uganda over the border raid."},
        {"id": "a2", "date": "2021-02-10", "text": "Ghana praised Togo for its mediation."},
    ]))
    result = run("code", "-f", "jsonl", corpus)
    events = {e["doc_id"]: e for e in map(json.loads, result.stdout.splitlines())}
    assert set(events) == {"a1", "a2"}
    assert events["a1"]["event_date"] == "2019-06-01"


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Chile praised Peru for the agreement.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(200))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners protested in Quito.".encode("latin-1"))
    result = run("code", "-f", "jsonl", tmp_path / "missing.txt", tmp_path / "empty.txt",
                 tmp_path / "binary.txt", tmp_path / "latin1.txt", good)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    for name in ("missing.txt", "empty.txt", "binary.txt", "latin1.txt"):
        assert sum(name in line for line in errors) == 1, errors
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["doc_id"] == "good.txt" for e in events)


def test_ingest_twice_stores_once_and_report_ranks_partners(tmp_path):
    db = tmp_path / "events.duckdb"
    first = run("ingest", "--db", db, "--date", "2024-05-14", EXAMPLES / "opinion-tilt.txt")
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        count = store.count_events()
    assert count > 5
    second = run("ingest", "--db", db, "--date", "2024-05-14", EXAMPLES / "opinion-tilt.txt")
    assert "1 unchanged" in second.stderr
    with Store(db) as store:
        assert store.count_events() == count and store.count_documents() == 1

    report = run("report", "SRB", "--db", db, "--format", "json")
    partners = json.loads(report.stdout)["partners"]
    scores = {p["partner"]: p["score"] for p in partners}
    assert scores["CHN"] > 0
    assert partners[0]["partner"] == "CHN"


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared seed sample not present")
def test_seed_article_report_through_the_cli(tmp_path):
    db = tmp_path / "seed.duckdb"
    assert run("ingest", "--db", db, "--date", "2017-07-25", SAMPLE).exit_code == 0
    report = run("report", "IRQ", "--db", db)
    assert report.exit_code == 0
    lines = [line for line in report.stdout.splitlines() if "│" in line and line.split("│")[1].strip().isdigit()]
    ranked = [line.split("│")[2].strip() for line in lines]
    assert ranked[0] == "RUS"
    assert "USA" in ranked and ranked.index("USA") == len(ranked) - 1
    assert "Not counted" in report.stdout  # history and conditions are shown as such
