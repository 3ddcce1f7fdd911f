"""Drift: partners a state moves towards or away from, ranked, with a significance measure."""

from __future__ import annotations

import json

import pytest
from analysis_store import add, event, repeat
from typer.testing import CliRunner

from allegiance.analysis.drift import drift
from allegiance.analysis.series import parse_period
from allegiance.cli import analysis  # noqa: F401  (registers the commands)
from allegiance.cli.app import app
from allegiance.store import Store


def build(path):
    """IRQ turns from the USA to Russia between 2016 and 2018; Turkey barely features."""
    with Store(path) as s:
        add(s, "y2016", "2016-06-01", repeat("IRQ", "RUS", -4.0, "2016-06-01", 20)
            + repeat("USA", "IRQ", 4.0, "2016-06-01", 20, start=20)
            + [event("IRQ", "TUR", 3.0, "2016-06-01", i=40)])
        add(s, "y2018", "2018-06-01", repeat("RUS", "IRQ", 5.0, "2018-06-01", 25)
            + repeat("IRQ", "USA", -5.0, "2018-06-01", 15, start=25)
            + [event("IRQ", "TUR", -2.0, "2018-06-01", i=40), event("IRQ", "EGY", 1.0, "2018-06-01", i=41)])
        add(s, "y2017", "2017-06-01", repeat("IRQ", "RUS", 8.0, "2017-06-01", 30))  # outside both periods
    return path


def test_partners_ranked_towards_first_away_last_with_counts(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        moved = drift(s, "irq", parse_period("2016"), parse_period("2018"))
    ranked = [r.partner for r in moved.partners]
    assert ranked[0] == "RUS" and ranked[-1] == "USA"
    rus, usa = moved.partners[0], moved.partners[-1]
    assert (rus.n_a, rus.n_b, usa.n_a, usa.n_b) == (20, 25, 20, 15)  # 2017 is in neither period
    assert rus.direction == "towards" and usa.direction == "away"
    assert rus.change == pytest.approx(rus.index_b - rus.index_a)
    assert rus.significant and usa.significant and rus.z > 3 and usa.z < -3


def test_thin_evidence_moves_little_and_is_not_significant(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        moved = drift(s, "IRQ", parse_period("2016"), parse_period("2018"))
    by = {r.partner: r for r in moved.partners}
    assert not by["TUR"].significant and abs(by["TUR"].change) < 0.1
    assert (by["EGY"].n_a, by["EGY"].n_b) == (0, 1) and not by["EGY"].significant


def test_drift_command_json_and_plot(tmp_path):
    db = build(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["drift", "IRQ", "--from", "2016", "--to", "2018", "--db", str(db),
                                      "--format", "json", "--plot", str(tmp_path / "drift.png")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["period_a"]["start"] == "2016-01-01" and data["period_b"]["end"] == "2018-12-31"
    assert data["partners"][0]["partner"] == "RUS" and data["partners"][0]["significant"]
    assert (tmp_path / "drift.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = CliRunner().invoke(app, ["drift", "IRQ", "--from", "2016", "--to", "2018", "--db", str(db)])
    assert table.exit_code == 0 and "towards *" in table.stdout and "away *" in table.stdout


def test_drift_command_refuses_bad_periods_and_missing_store(tmp_path):
    db = build(tmp_path / "s.duckdb")
    bad = CliRunner().invoke(app, ["drift", "IRQ", "--from", "sixteen", "--to", "2018", "--db", str(db)])
    assert bad.exit_code == 2 and "sixteen" in bad.output
    missing = CliRunner().invoke(app, ["drift", "IRQ", "--from", "2016", "--to", "2018",
                                       "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 1 and "no such store" in missing.output
    assert not (tmp_path / "nope.duckdb").exists()
