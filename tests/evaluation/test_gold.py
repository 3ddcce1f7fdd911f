"""Scoring the coder against gold sentence files: exact figures on hand-built events, then the CLI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import allegiance.cli.evaluate  # noqa: F401  (registers the command)
from allegiance.cli.app import app
from allegiance.evaluation.gold import (
    GoldActor,
    GoldError,
    gold_as_coded,
    gold_country,
    load_gold,
    load_gold_files,
    same_actor,
    score,
    span_overlaps,
)

GOLD = Path(__file__).parent / "fixtures" / "gold.jsonl"
runner = CliRunner()


def actor(code, text=None):
    igo = code.startswith(("IGO", "IMG"))
    return {"text": text or code, "code": code, "country": None if igo else code[:3],
            "sector": None if igo else (code[3:] or None), "name": None}


def ev(source, target, code, plover, modality="asserted", rule="verb:test", target_text=None):
    return {"source": actor(source) if source else None,
            "target": actor(target, target_text) if target else None,
            "cameo": code, "cameo_root": code[:2], "plover": plover, "modality": modality, "rule": rule}


# What a (deliberately imperfect) coder might produce for the fixture sentences.
CODED = {
    "s1": [ev("KEN", "UGA", "111", "ACCUSE")],
    "s2": [ev("CHLGOV", "ARGMIL", "040", "CONSULT")],  # wrong sector: root yes, actor no
    "s3": [ev("GHAGOV", "GHAMIL", "054", "SUPPORT", "negated")],  # wrong target country: miss + extra
    "s4": [],
    "s5": [ev("IGOUNO", "SDN", "0233", "REQUEST")],  # PLOVER gold
    "s6": [ev("VNM", "LAOGOV", "043", "CONSULT"),
           ev("LAOGOV", "VNM", "042", "CONSULT", rule="implied:verb:host/obj")],  # a mirror may match
    "s7": [ev("BRA", "BOL", "072", "AID")],  # gold 073, future: code and modality wrong
    "s8": [ev("PER", "MEXGOV", "161", "SANCTION", target_text="Mexico's ambassador")],  # text-span gold
    "s9": [ev("PER", None, "141", "PROTEST")],  # nothing to code: an extra
    "s10": [ev("UKR", "RUS", "083", "CONCEDE")],  # gold 0841 RETREAT: same root, wrong PLOVER type
}


def test_hand_built_events_score_exactly():
    report = score(load_gold(GOLD), CODED).to_dict()
    assert (report["sentences"], report["gold_events"], report["coded_events"], report["implied_events"]) == (10, 9, 10, 1)
    levels = report["levels"]
    assert levels["root"] == {"gold": 9, "coded": 10, "matched": 8, "precision": 0.8, "recall": 0.8889, "f1": 0.8421}
    assert levels["code"]["matched"] == 6 and levels["code"]["precision"] == 0.6   # s7, s10 fail the full code
    assert levels["actor"]["matched"] == 7 and levels["actor"]["recall"] == 0.7778  # s2 fails the sector
    assert levels["strict"]["matched"] == 5 and levels["strict"]["f1"] == round(2 * 0.5 * 5 / 9 / (0.5 + 5 / 9), 4)
    assert report["modality_accuracy"] == {"correct": 7, "total": 8, "accuracy": 0.875}
    assert report["plover_accuracy"] == {"correct": 7, "total": 8, "accuracy": 0.875}
    assert report["actor_country_accuracy"] == {"correct": 16, "total": 17, "accuracy": 0.9412}
    assert report["extras"] == 2 and report["extras_per_gold"] == 0.2222
    by_root = report["by_root"]
    assert by_root["04"] == {"gold": 3, "coded": 3, "matched": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert by_root["05"]["recall"] == 0.0 and by_root["REQUEST"]["matched"] == 1
    assert by_root["14"] == {"gold": 0, "coded": 1, "matched": 0, "precision": 0.0, "recall": None, "f1": None}
    kinds = sorted((e["kind"], e["id"]) for e in report["errors"])
    assert kinds == [("extra", "s3"), ("extra", "s9"), ("miss", "s3")]
    miss = next(e for e in report["errors"] if e["kind"] == "miss")
    assert miss["gold"]["target"] == "NER" and miss["coded"][0]["target"] == "GHAMIL"
    assert miss["text"].startswith("Ghana's government")


def test_perfect_coding_scores_one_and_mirrors_are_not_extras():
    gold = load_gold(GOLD)
    coded = {s.id: [] for s in gold}
    coded["s1"] = [ev("KEN", "UGA", "111", "ACCUSE"), ev("UGA", "KEN", "112", "ACCUSE", rule="implied:x")]
    report = score([gold[0]], coded)
    assert report.levels["strict"].f1 == 1.0 and report.extras == 0 and report.errors == []


def test_a_sentence_with_nothing_to_code_turns_every_event_into_an_extra():
    quiet = [s for s in load_gold(GOLD) if not s.events]
    report = score(quiet, {"s4": [ev("LKA", None, "010", "AGREE")], "s9": [ev("PER", None, "141", "PROTEST")]})
    assert report.extras == 2 and report.gold_events == 0 and report.extras_per_gold is None
    assert report.levels["root"].precision == 0.0


def test_a_gold_file_agrees_with_itself_and_a_second_coder_is_scored_like_the_program(tmp_path):
    gold = load_gold(GOLD)
    assert score(gold, gold_as_coded(gold)).levels["strict"].f1 == 1.0
    second = tmp_path / "second.jsonl"  # another person: same root for s1, another target for s2
    second.write_text("\n".join(json.dumps(row) for row in [
        {"id": "s1", "text": "-", "events": [{"source": "KEN", "target": "UGA", "code": "112"}]},
        {"id": "s2", "text": "-", "events": [{"source": "CHLGOV", "target": "BRA", "code": "040"}]}]))
    report = score(gold[:2], gold_as_coded(load_gold(second)))
    assert (report.levels["root"].matched, report.levels["code"].matched, report.extras) == (1, 0, 1)


def test_greedy_matching_prefers_the_exact_code(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Ukraine freed prisoners and agreed to reforms.", "events": [
        {"source": "UKR", "target": "RUS", "code": "0841"}, {"source": "UKR", "target": "RUS", "code": "083"}]}))
    coded = {"x": [ev("UKR", "RUS", "083", "CONCEDE"), ev("UKR", "RUS", "0841", "RETREAT")]}
    report = score(load_gold(path), coded)
    assert report.levels["code"].matched == 2 and report.plover.correct == 2


def test_actor_codes_countries_and_spans():
    assert [gold_country(c) for c in ("IRQGOV", "IRQ", "SUN", "SDNRSF", "IGOUNO")] == ["IRQ", "IRQ", "RUS", "SDN", "IGOUNO"]
    assert same_actor(GoldActor("IRQGOV"), {"code": "IRQGOVX", "country": "IRQ", "sector": "GOV"})
    assert not same_actor(GoldActor("IRQGOV"), actor("IRQMIL"))
    assert same_actor(GoldActor("IRQ"), actor("IRQMIL"))  # a country code checks only the country
    assert span_overlaps("Iraq's Vice President", "Iraq's Vice President Nouri al-Maliki")
    assert not span_overlaps("the President", "the Foreign Minister")
    assert span_overlaps("ELN", "Colombia's ELN guerrillas")  # the gold span inside the coded phrase
    assert not span_overlaps("ELN", "Colombian army")


def test_gold_written_with_another_dictionarys_igo_codes(tmp_path):
    # the CAMEO codebook's IGOWAS (ECOWAS) and the common IGONAT (NATO) name our bodies
    line = {"id": "o1", "text": "ECOWAS suspended Mali and NATO criticised it.", "events": [
        {"source": "IGOWAS", "target": "MLI", "code": "1711"}, {"source": "IGONAT", "target": "MLI", "code": "111"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(line) + "\n")
    gold = load_gold(path)
    assert [e.source.code for e in gold[0].events] == ["IGOAFRECOWAS", "IGOWSTNAT"]
    coded = {"o1": [ev("IGOAFRECOWAS", "MLI", "1711", "SANCTION"), ev("IGOWSTNAT", "MLI", "111", "ACCUSE")]}
    assert score(gold, coded).to_dict()["levels"]["strict"]["f1"] == 1.0


@pytest.mark.parametrize("line, problem", [
    ('{"id": "a", "text": "Chad praised Niger.", "events": [', "not valid JSON"),
    ('{"id": "a", "text": "Chad praised Niger."}', '"events" must be a list'),
    ('{"id": "a", "text": "Chad praised Niger.", "events": [{"source": "TCD", "target": "NER", "code": "999"}]}', "999"),
    ('{"id": "a", "text": "Chad praised Niger.", "events": [{"source": "TCD", "target": "NER", "code": "PRAISE", "scheme": "PLOVER"}]}', "PLOVER type"),
    ('{"id": "a", "text": "Chad praised Niger.", "events": [{"source": "TCD", "target": "NER", "code": "051", "modality": "maybe"}]}', "modality"),
])
def test_malformed_lines_give_one_line_naming_file_and_line(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    good = '{"id": "ok", "text": "Mali thanked Senegal.", "events": []}'
    path.write_text(good + "\n" + line.replace('"id": "a"', '"id": "b"') + "\n")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert f"{path}:2:" in message and problem in message and "\n" not in message

    result = runner.invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 1
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "bad.jsonl:2" in lines[0]


def test_duplicate_ids_across_files_are_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "Mali thanked Senegal.", "events": []}\n')
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "Chad thanked Niger.", "events": []}\n')
    with pytest.raises(GoldError, match="duplicate id"):
        load_gold_files([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])


def test_cli_runs_the_real_coder_and_prints_json():
    result = runner.invoke(app, ["evaluate", "--format", "json", str(GOLD)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {"sentences", "gold_events", "coded_events", "levels", "by_root", "plover_accuracy",
            "modality_accuracy", "actor_country_accuracy", "extras_per_gold", "errors"} <= set(report)
    assert set(report["levels"]) == {"root", "code", "actor", "strict"}
    assert report["sentences"] == 10 and report["gold_events"] == 9
    assert report["by_root"]["11"]["matched"] == 1  # Kenya condemned Uganda
    missed = {e["id"] for e in report["errors"] if e["kind"] == "miss"}
    assert "s1" not in missed and "s8" not in missed  # the text-span target matches too
    assert report["levels"]["root"]["recall"] >= 0.5


def test_cli_table_with_errors_and_limit(tmp_path):
    result = runner.invoke(app, ["evaluate", "--errors", "--limit", "3", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert "3 sentences" in result.stdout and "Per root" in result.stdout
    assert "Actor-country accuracy" in result.stdout  # the method is stated with the figures
    # a gold event no coder can find (nothing in the sentence names it) is listed as a miss
    gold = tmp_path / "miss.jsonl"
    gold.write_text(json.dumps({"id": "m1", "text": "The weather in Accra stayed mild all week.",
                                "events": [{"source": "GHA", "target": "TGO", "code": "040", "scheme": "CAMEO"}]}))
    wide = runner.invoke(app, ["evaluate", "--errors", str(gold)], env={"COLUMNS": "200"})
    assert "Misses and extras" in wide.stdout and "Accra" in wide.stdout
