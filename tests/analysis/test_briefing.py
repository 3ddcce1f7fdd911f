"""The briefing behind `allegiance report`: partners, drift, bloc and the strongest evidence."""

from __future__ import annotations

import json

from analysis_store import add, event, repeat
from typer.testing import CliRunner

from allegiance.analysis.briefing import briefing, halves
from allegiance.analysis.series import parse_period
from allegiance.cli import analysis  # noqa: F401  (registers the commands)
from allegiance.cli.app import app
from allegiance.store import Store


def build(path):
    """Serbia cools on the EU-leaning partners and warms to China over 2019 → 2021."""
    with Store(path) as s:
        add(s, "early", "2019-02-01", repeat("SRB", "DEU", 4.0, "2019-02-01", 12)
            + repeat("SRB", "CHN", -2.0, "2019-02-01", 6, start=12)
            + repeat("DEU", "FRA", 4.0, "2019-02-01", 6, start=18)
            + repeat("FRA", "SRB", 3.0, "2019-02-01", 4, start=24))
        add(s, "late", "2021-11-01", repeat("CHN", "SRB", 5.0, "2021-11-01", 15)
            + repeat("SRB", "DEU", -3.0, "2021-11-01", 8, start=15)
            + repeat("CHN", "RUS", 4.0, "2021-11-01", 5, start=23)
            + repeat("SRB", "RUS", 3.0, "2021-11-01", 5, start=28)
            + [event("CHN", "SRB", 8.3, "2021-11-02", i=40, sentence="China extended military aid to Serbia."),
               event("SRB", "CHN", 1.0, "2021-11-02", i=41, modality="future")])
    return path


def test_briefing_splits_the_covered_span_and_finds_the_drift(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        brief = briefing(s, "srb")
    assert [d.isoformat() for d in brief.covered] == ["2019-02-01", "2021-11-02"]
    assert brief.drift.period_a.end == brief.drift.period_b.start
    moved = [r.partner for r in brief.drift.partners]
    assert moved[0] == "CHN" and moved[-1] == "DEU"
    assert brief.report.partners[0].partner == "CHN"
    assert brief.evidence[0]["sentence"] == "China extended military aid to Serbia."
    assert brief.evidence[0]["partner"] == "CHN"
    assert brief.bloc is not None and "SRB" in brief.bloc.members


def test_given_periods_win_over_halves():
    assert halves(*[parse_period("2020-01-01").start] * 2) is None


def test_report_command_table_keeps_ranking_and_adds_sections(tmp_path):
    db = build(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["report", "SRB", "--db", str(db), "--plot", str(tmp_path / "b.png")])
    assert result.exit_code == 0, result.output
    rows = [line.split("│") for line in result.stdout.splitlines() if "│" in line]
    ranked = [r[2].strip() for r in rows if r[1].strip().isdigit()]
    assert ranked[0] == "CHN" and ranked[-1] == "DEU"  # only the partner table has numbered rows
    assert "Drift of SRB" in result.stdout and "towards" in result.stdout
    assert "Bloc (all time): SRB sits in bloc" in result.stdout
    assert "Strongest evidence" in result.stdout and "military aid" in result.stdout
    assert "Not counted (stored and shown, but not asserted): 1 future." in result.stdout
    assert (tmp_path / "b.png").read_bytes()[:4] == b"\x89PNG"


def test_report_command_json_with_given_periods(tmp_path):
    db = build(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["report", "SRB", "--db", str(db), "--from", "2019", "--to", "2021",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["partners"][0]["partner"] == "CHN"  # the classic report keys stay
    assert data["drift"]["period_a"]["label"] == "2019" and data["drift"]["partners"][0]["partner"] == "CHN"
    assert data["bloc_period"]["start"] == "2019-01-01" and data["bloc"]["members"]
    assert data["evidence"][0]["goldstein"] == 8.3
    one_sided = CliRunner().invoke(app, ["report", "SRB", "--db", str(db), "--from", "2019"])
    assert one_sided.exit_code == 2
