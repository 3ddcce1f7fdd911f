"""Per-rule precision: which dictionary rows misfire, counted over the gold, worst first."""

import json

from typer.testing import CliRunner

import allegiance.cli.evaluate  # noqa: F401  (registers the command)
from allegiance.cli.app import app
from allegiance.evaluation.gold import load_gold, rule_family, score

runner = CliRunner()


def actor(code):
    return {"text": code, "code": code, "country": code[:3], "sector": code[3:] or None, "name": None}


def ev(source, target, code, rule):
    return {"source": actor(source), "target": actor(target), "cameo": code, "cameo_root": code[:2],
            "plover": None, "modality": "asserted", "rule": rule}


def gold_file(tmp_path):
    rows = [
        {"id": "a", "text": "Oslo hosted envoys from Kigali.", "events": [{"source": "NOR", "target": "RWA", "code": "043"}]},
        {"id": "b", "text": "Lima praised Quito.", "events": [{"source": "PER", "target": "ECU", "code": "051"}]},
        {"id": "c", "text": "Hanoi hosted a fair.", "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_a_rules_firings_are_counted_together_whatever_linked_its_actors(tmp_path):
    coded = {
        "a": [ev("NOR", "RWA", "043", "verb:host/obj"), ev("RWA", "NOR", "042", "implied:verb:host/obj")],
        "b": [ev("PER", "ECU", "051", "verb:praise/obj")],
        "c": [ev("VNM", "LAO", "043", "verb:host/prep:for")],
    }
    rules = score(load_gold(gold_file(tmp_path)), coded).rules
    assert set(rules) == {"verb:host", "verb:praise"}  # mirrors are not a rule's firings
    assert (rules["verb:host"].coded, rules["verb:host"].matched) == (2, 1)
    assert rules["verb:praise"].precision == 1.0
    assert rule_family("frame:appeal:urge>verb:free+hostage/obj") == "frame:appeal:urge>verb:free+hostage"
    assert rule_family(None) == "?"


def test_cli_lists_the_least_precise_rules_first(tmp_path):
    path = gold_file(tmp_path)
    result = runner.invoke(app, ["evaluate", "--by-rule", "--min-fired", "1", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    table = result.stdout.split("least precise first")[1]
    assert "praise" in table  # the real coder codes "Lima praised Quito"
    json_out = json.loads(runner.invoke(app, ["evaluate", "-f", "json", str(path)]).stdout)
    precisions = [r["precision"] for r in json_out["by_rule"].values()]
    assert precisions and all(0 <= p <= 1 for p in precisions)
    rows = [line for line in table.splitlines() if line.startswith("│")]
    shown = [float(line.split("│")[-2]) for line in rows]
    assert shown == sorted(shown)
