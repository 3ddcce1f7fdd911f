"""Figures: PNG or SVG by extension, written without a display, from the analyses' results."""

from __future__ import annotations

import json

import pytest
from analysis_store import add, repeat
from typer.testing import CliRunner

from allegiance.analysis.blocs import blocs
from allegiance.analysis.drift import drift
from allegiance.analysis.index import dyad_alignment
from allegiance.analysis.plots import plot_drift, plot_dyad, plot_network
from allegiance.analysis.series import dyad_series, parse_period
from allegiance.cli import analysis  # noqa: F401  (registers the commands)
from allegiance.cli.app import app
from allegiance.store import Store

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        for month, g in (("01", 4.0), ("03", 2.0), ("06", -3.0), ("09", -6.0)):
            add(s, f"m{month}", f"2017-{month}-20", repeat("IRQ", "RUS", g, f"2017-{month}-10", 6)
                + repeat("RUS", "IRQ", g, f"2017-{month}-11", 3, start=6)
                + repeat("USA", "GBR", 4.0, f"2017-{month}-12", 4, start=9))
    return path


def test_dyad_network_and_drift_figures_in_both_formats(db, tmp_path):
    with Store(db) as s:
        series, index = dyad_series(s, "IRQ", "RUS"), dyad_alignment(s, "IRQ", "RUS")
        nets = blocs(s, parse_period("2017"))
        moved = drift(s, "IRQ", parse_period("2017-01..2017-03"), parse_period("2017-06..2017-09"))
    assert plot_dyad(series, index, tmp_path / "d.png").read_bytes()[:8] == PNG
    assert "<svg" in plot_dyad(series, index, tmp_path / "d.svg").read_text()[:500]
    assert plot_network(nets, tmp_path / "n.png").read_bytes()[:8] == PNG
    assert plot_drift(moved, tmp_path / "out" / "drift.png").read_bytes()[:8] == PNG  # folder made


def test_unknown_extension_is_refused(db, tmp_path):
    with pytest.raises(ValueError, match="png or .svg"):
        plot_dyad([], [], tmp_path / "d.jpg")
    result = CliRunner().invoke(app, ["dyad", "IRQ", "RUS", "--db", str(db), "--plot", str(tmp_path / "d.gif")])
    assert result.exit_code == 2 and not (tmp_path / "d.gif").exists()


def test_dyad_command_table_json_and_plot(db, tmp_path):
    runner = CliRunner()
    png = tmp_path / "dyad.png"
    table = runner.invoke(app, ["dyad", "IRQ", "RUS", "--db", str(db), "--plot", str(png)])
    assert table.exit_code == 0, table.output
    assert "IRQ→RUS" in table.stdout and "2017-09-01" in table.stdout
    assert png.read_bytes()[:8] == PNG
    data = json.loads(runner.invoke(app, ["dyad", "irq", "rus", "--db", str(db), "--period", "year",
                                          "--format", "json"]).stdout)
    assert [(s["source"], s["n"]) for s in data["series"]] == [("IRQ", 24), ("RUS", 12)]
    assert len(data["alignment"]) == 1 and data["alignment"][0]["n"] == 36
    bad = runner.invoke(app, ["dyad", "IRQ", "RUS", "--db", str(db), "--period", "fortnight"])
    assert bad.exit_code == 2
